"""Infer an article's publication date from its own text when no one gives it.

Why: relative dates ("hier", "mardi", "le 14 novembre") cannot be resolved without it, and a
crawl date is not a publication date (GDELT's users learnt that the hard way). The evidence, in
order:
1. the newest dated reference written with its year, or whose year an explicit year governs
   (same sentence / paragraph rule of temporal/resolve.py) — news reports the past, so the
   article appeared on or after it (after the last day of a short range of days);
2. dates written without a year ("le 1er avril") are recent events: each is placed at its first
   occurrence on or after the evidence of step 1, and the newest wins;
3. "l'automne dernier" next to "l'automne 2020" puts publication after that autumn;
4. when that newest date is inside a quotation, the words were said after it: a weekday naming
   a past event ("«Le 1er avril, j'ai appelé...», a déclaré X mardi") pins the day, the first
   such weekday on or after the evidence, taken outside quotations (the reporting clause). When
   the newest date is not quoted, a weekday is read as part of the narrative around it ("Le
   samedi 10 [...] parti dans la nuit du vendredi") and does not move it.
Sentences that speak of the future are not evidence. The result is an interval: ``date`` is the
earliest plausible day, ``end`` allows the usual lag between event and report.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from datetime import date, timedelta
from functools import cache

from newsevents.model import Published
from newsevents.read.datelines import dated_dateline
from newsevents.read.pubsignals import UrlDate, stated_publication, url_date
from newsevents.temporal import calendar as cal
from newsevents.temporal import make_context, parse
from newsevents.temporal.lexicon import GUARD_WINDOW, lexicon, norm_key
from newsevents.temporal.parse import Expr
from newsevents.temporal.resolve import Context, Resolver, TimeValue, calendar_value

# a dated event, or a weekday of the reporting clause, is reported that day or the next (the
# undated articles of news-dev were published on the day of their newest event or the day after
# in 18 of 21 cases; 2 before, when the seed gold alone was read)
PUBLICATION_LAG_DAYS = 1
# a range of days up to a month ("du 6 au 7 mai", "la nuit du 6 au 7") is over when reported
RANGE_EVIDENCE_MAX_DAYS = 31
# how far back a weekday-pinned year is looked for when the text writes no year: weekday and day
# of the month repeat every 5, 6 or 11 years, so the most recent match is within this window
PIN_LOOKBACK_YEARS = 28
# a yearless date is placed after a weekday-pinned day only within this many days (a month: "le
# mardi 15 novembre [...] le 16 novembre" moves on; "début avril" after "mercredi 22 juin" is the
# April before, not the next one). Set from the reading of news-dev's undated French articles.
PINNED_HORIZON_DAYS = 31
# a yearless date placed this long after the dated reference it follows has a guessed year: the
# basis says so ("fin 2021 [...] le 3 mai" may be any May after 2021); half a year
WEAK_PLACEMENT_DAYS = 183
# said of a publication floor whose year is a guess; such a floor dates no incident either
# (extract/events_dates_unanchored.py)
WEAK_BASIS = " (weak: its year is only the first after that reference)"
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_QUOTE = re.compile(r'"[^"\n]{1,3000}"|«[^»]{1,3000}»|“[^”]{1,3000}”')


def _floor_of(v: TimeValue) -> date:
    """The day publication cannot precede: the start of a month or season named as a past time,
    the last day of a short range of days (the range is over when it is reported)."""
    if v.kind == "range" and (v.end - v.start).days <= RANGE_EVIDENCE_MAX_DAYS:
        return v.end
    return v.start


def _evidence(values: list[TimeValue], ctx: Context) -> TimeValue | None:
    """The newest past day the text names: a dated or ranged expression, or a day counted forward
    from one ("le lendemain", "six jours plus tard"; a look back such as "la veille" is never newer)."""
    past = [v for v in values if not ctx.is_future(v.span[0]) and (
        v.kind in ("date", "range")
        or (v.kind in ("anaphor", "shift") and v.precision == "day" and not _looks_back(v.expr)))]
    return max(past, key=lambda v: (_floor_of(v), v.precision == "day")) if past else None


@cache
def _cue_regex(language: str, key: str) -> re.Pattern[str] | None:
    """A cue of time.yaml compiled once: a list of words, or a regex written out."""
    cue = lexicon(language).extra.get(key)
    if not cue:
        return None
    if isinstance(cue, list):
        cue = r"(?<!\w)(?:" + "|".join(re.escape(c) for c in cue) + r")(?!\w)"
    return re.compile(cue, re.IGNORECASE)


def _outside_captions(text: str, language: str, values: list[TimeValue], ctx: Context) -> list[TimeValue]:
    """Values outside archive-photo captions: "(File photo: ... on July 11, 2024)" dates the
    picture, not the article (the cue words are ``archive_cues`` in time.yaml)."""
    regex = _cue_regex(language, "archive_cues")
    if regex is None:
        return values
    captions = {ctx.sentence_of(m.start()) for m in regex.finditer(text)}
    return [v for v in values if ctx.sentence_of(v.span[0]) not in captions] if captions else values


def _recalled(text: str, language: str, ctx: Context, offset: int) -> bool:
    """The sentence at ``offset`` recalls the story's past: a pluperfect auxiliary and a recall
    adverb ("Le 2 janvier 2024 déjà, un missile avait creusé un cratère", "had already"); the
    words are ``recall_auxiliaries`` and ``recall_adverbs`` in time.yaml. A pluperfect alone is
    reported speech of the day's news ("a indiqué que le missile était tombé le 14 novembre"). A
    date after "depuis"/"since" in its sentence is a landmark, not the news (``recall_since``). A
    sentence that says its account is of that past time ("officials said at the time", "à
    l'époque") recalls it whatever its tense (``recall_markers``)."""
    auxiliaries, adverbs = _cue_regex(language, "recall_auxiliaries"), _cue_regex(language, "recall_adverbs")
    if auxiliaries is None or adverbs is None:
        return False
    start, end = _sentence_bounds(text, ctx, offset)
    since = _cue_regex(language, "recall_since")
    if since is not None and since.search(text, start, offset):  # a landmark: "depuis ... le 24 février 2022"
        return True
    markers = _cue_regex(language, "recall_markers")
    if markers is not None and markers.search(text, start, end):  # "..., officials said at the time"
        return True
    return bool(auxiliaries.search(text, start, end)) and bool(adverbs.search(text, start, end))


def _deictic_days(exprs: list[Expr], ctx: Context, sentence: int) -> bool:
    """The text tells something by a day counted from publication ("mardi", "hier", "on
    Tuesday") outside the given sentence."""
    return any((e.kind == "relday" or e.bare_weekday) and ctx.sentence_of(e.span[0]) != sentence
               for e in exprs)


def _looks_back(e: Expr) -> bool:
    if e.kind == "anaphor":
        return (e.offset or 0) <= 0
    return (e.direction or 1) < 0


def quoted_spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _QUOTE.finditer(text)]


def inside_any(quotes: list[tuple[int, int]], span: tuple[int, int]) -> bool:
    return any(s <= span[0] and span[1] <= e for s, e in quotes)


def _first_on_or_after(e: Expr, floor: date) -> tuple[date, date] | None:
    options = [r for k in (0, 1) if (r := calendar_value(e, floor.year + k)) and r[0][0] >= floor]
    if e.weekday is not None and options:
        pinned = [r for r in options if r[0][0].weekday() == e.weekday]
        options = pinned or options
    return min(options, key=lambda r: r[0][0])[0] if options else None


def _yearless(exprs: list[Expr], resolved: set[tuple[int, int]], ctx: Context) -> list[Expr]:
    return [e for e in exprs if e.kind == "date" and e.year is None and (e.month or e.holiday)
            and not e.direction and e.span not in resolved and not ctx.is_future(e.span[0])]


def infer_published(text: str, language: str, sentences: Sequence[tuple[int, int]] | None = None,
                    future: Sequence[bool] | None = None,
                    tense: Callable[[int], str | None] | None = None, *, url: str | None = None,
                    today: date | None = None,
                    told: Mapping[tuple[int, int], date] | None = None) -> Published | None:
    """The publication date the URL or the text implies, or None when nothing dates it.

    ``today`` (default: the clock) bounds the year a weekday pins ("mercredi 22 juin" is the most
    recent such Wednesday not after today). ``told`` gives the first day of expressions (by span)
    that another report of the same incident dates ("la nuit de mardi à mercredi" is its "nuit du
    9 au 10 septembre": newsevents/anchoring_joint.py); they are read as written with that day."""
    today = today or date.today()
    from_url = url_date(url, today)
    if from_url is not None and from_url.day is not None:
        day = from_url.as_date
        return Published(date=day, precision="day", inferred=True, end=day,
                         basis=f"date in the URL ({from_url.text})")
    exprs = parse(text, language)
    for e in exprs:
        if told and e.span in told:
            _write_day(e, told[e.span])
    stated = stated_publication(text, language, exprs)
    if stated is not None and (day := cal.safe_date(stated.year or 0, stated.month or 0, stated.day or 0)):
        what = "wire dateline" if stated is dated_dateline(text, exprs) else "publication line"
        return Published(date=day, precision="day", inferred=True, end=day,
                         basis=f"{what} {text[stated.span[0]:stated.span[1]]!r}")
    ctx = make_context(text, language, sentences, future, tense)
    values = Resolver(text, exprs, None, ctx).run()
    filed = _yearless_dateline(text, language, exprs, values, ctx, today, from_url)
    if filed is not None:
        return filed
    counted: dict[tuple[int, int], int] = {}  # a pinned day the text tells a weekday so many days after
    told_spans: set[tuple[int, int]] = set()  # days whose weekday another sentence of the happening gives
    pins = _pin_years(text, language, exprs, values, ctx, today, from_url, counted, told_spans)
    if pins:
        values = Resolver(text, exprs, None, ctx).run()
    month_floor = from_url.as_date if from_url is not None else None
    best = _evidence(_outside_captions(text, language, values, ctx), ctx)
    if best is not None and month_floor is not None and not (
            month_floor <= _floor_of(best) <= cal.month(month_floor.year, month_floor.month)[1]):
        best = None  # the text's newest date is outside the month the URL gives: the URL wins
    if best is None and month_floor is None:
        return None
    recalled = False  # the newest reference is the story's past: publication only after it
    if best is not None:
        floor, end, precision = _floor_of(best), best.end, best.precision
        floor_span, base = best.span, best.start
        if best.kind == "range" and floor == best.end:  # a short range of days: its last day
            precision = "day"
        basis = f"newest dated reference {best.text!r}"
        recalled = month_floor is None and _recalled(text, language, ctx, best.span[0])
        if recalled:
            basis += " (recalled as past: publication is only after it)"
    else:
        assert month_floor is not None and from_url is not None
        floor, base, floor_span = month_floor, month_floor, (-1, -1)
        end, precision = cal.month(month_floor.year, month_floor.month)[1], "month"
        basis = f"year and month in the URL ({from_url.text})"
    if pins:
        basis += "; " + "; ".join(pins.values())
    if best is not None and counted.get(best.span, 0) > 0 and precision == "day":
        # "Deux jours après l'attaque du 3 juin, le maire a décrété jeudi": told on the Thursday
        floor = end = floor + timedelta(days=counted[best.span])
        basis += f"; its sentence's weekday is {counted[best.span]} days after it"
    # a weekday-pinned day is the news of the day: a yearless date long after it is an earlier one
    horizon = PINNED_HORIZON_DAYS if best is not None and best.span in pins else None
    resolved = {v.span for v in values}
    weak = False  # the newest date's year is a guess (see WEAK_PLACEMENT_DAYS)
    for e in _yearless(exprs, resolved, ctx):
        iv = _first_on_or_after(e, base)
        if iv and iv[0] > floor and (month_floor is None or iv[0] <= end) \
                and (horizon is None or (iv[0] - base).days <= horizon):
            floor, end, precision, floor_span = iv[0], iv[1], "day" if e.day or e.holiday else "month", e.span
            basis = (f"{text[e.span[0]:e.span[1]]!r} written without a year, placed after "
                     f"{best.text if best else from_url.text if from_url else ''!r}")
            # a reference that names only a year or a month ("En 2023, la ville avait déjà été
            # frappée"; "since ... November 2022") bounds the year from below, no more
            # nor does a month written without its day ("In March, troops entered the town" after
            # "the coup of 1 February 2021"): a page recalls past months by name, while it writes
            # the day of a recent event, so a bare month's year is a guess at any distance
            # nor does a yearless day its sentence recalls as past ("Repairs were completed on
            # 15 December, officials said at the time" after "struck on 2 October 2022"): the
            # page's news is elsewhere, at any distance after it
            weak = (iv[0] - base).days > WEAK_PLACEMENT_DAYS \
                or (best is not None and best.precision in ("year", "month")) \
                or not (e.day or e.holiday) \
                or (month_floor is None and _recalled(text, language, ctx, e.span[0]))
            if weak:
                basis += WEAK_BASIS
    for e in exprs:
        if e.season and e.direction == -1 and e.year is None:
            named = [v for v in values if v.expr.season == e.season and v.year_from == "explicit"]
            if named:
                latest = max(named, key=lambda v: v.end)
                bound = latest.end + timedelta(days=1)
                if bound > floor:
                    floor, end, precision, floor_span = bound, bound, "day", e.span
                    basis = f"{text[e.span[0]:e.span[1]]!r} is {latest.text!r}, so after it"
    # a month, a season or a year as the newest reference of an article that tells its news by
    # weekdays or "hier" ("Un drone a frappé mardi [...] En mars 2022, la ville avait été
    # encerclée") bounds publication from below: read as the publication month, it would date
    # "mardi" in March 2022
    coarse = best is not None and precision not in ("day", "range") and floor_span == best.span \
        and _deictic_days(exprs, ctx, ctx.sentence_of(best.span[0]))
    if (weak or recalled or coarse) and month_floor is None:
        # never a confident wrong day: the earliest possible date, as an open range up to today
        return Published(date=floor, precision="range", inferred=True, basis=basis,
                         end=max(today, floor))
    # a weekday of the reporting clause dates the writing: "«Le 1er avril, j'ai appelé...», a
    # déclaré X mardi", "the Kremlin said on Monday" after the newest dated event
    quotes = quoted_spans(text)
    weekday = _weekday_pin(text, language, exprs, floor, ctx, quotes, quoted=inside_any(quotes, floor_span),
                           told=floor_span in told_spans) if precision == "day" else None
    if weekday is not None:
        day, e = weekday
        basis += f"; {text[e.span[0]:e.span[1]]!r} is the first such weekday on or after it"
        return Published(date=day, precision="day", inferred=True, basis=basis,
                         end=day + timedelta(days=PUBLICATION_LAG_DAYS))
    if precision == "day":
        return Published(date=floor, precision="day", inferred=True, basis=basis,
                         end=floor + timedelta(days=PUBLICATION_LAG_DAYS))
    return Published(date=floor, precision=precision,  # type: ignore[arg-type]
                     inferred=True, basis=basis, end=max(end, floor))


def _write_day(e: Expr, day: date) -> None:
    """Give a yearless day, or a weekday, the full day another source fixes (a range keeps its
    length: "la nuit de mardi à mercredi" told as 9 September ends on the 10th)."""
    end = e.end
    length = range_days(e) if end is not None else 0
    e.year, e.month, e.day = day.year, day.month, day.day
    if end is not None:
        last = day + timedelta(days=length or 0)
        end.year, end.month, end.day = last.year, last.month, last.day


def range_days(e: Expr) -> int | None:
    """Days from the first to the last day of a short range written as two weekdays ("de mardi à
    mercredi": 1) or two days of one month ("du 9 au 10 septembre": 1); None for anything else."""
    end = e.end
    if e.kind != "range" or end is None:
        return None
    if e.weekday is not None and end.weekday is not None and e.day is None and end.day is None:
        return (end.weekday - e.weekday) % 7
    if e.day is not None and end.day is not None and e.month == end.month and end.day >= e.day:
        return end.day - e.day
    return None


@cache
def _weekday_after_regex(language: str) -> re.Pattern[str] | None:
    """``weekday_after_date`` of time.yaml followed by a weekday of the language, anchored where a
    date ends ("March 3, a Monday", "le 3 mars, un lundi")."""
    lex = lexicon(language)
    glue = lex.extra.get("weekday_after_date")
    names = lex.tables.get("weekdays") or {}
    if not glue or not names:
        return None
    words = "|".join(re.escape(str(k)) for k in sorted(names, key=len, reverse=True))
    return re.compile(rf"{glue}(?P<weekday>{words})(?!\w)", re.IGNORECASE)


def _weekday_after(text: str, language: str, e: Expr) -> int | None:
    """The weekday a yearless day is given right after it ("on March 3, a Monday, ...", "le 3 mars,
    soit lundi"): as "lundi 3 mars", it fixes the year."""
    regex = _weekday_after_regex(language)
    m = regex.match(text, e.span[1]) if regex is not None else None
    if m is None:
        return None
    value = lexicon(language).value("weekday", m.group("weekday"))
    return int(value) if isinstance(value, int) else None


@cache
def _count_regex(language: str) -> tuple[re.Pattern[str], dict[str, int]] | None:
    """``days_from_date`` of time.yaml as one regex ending where a date starts ("au lendemain de
    l'attaque du ", "two days after the "), and the days of each phrase."""
    table = lexicon(language).extra.get("days_from_date")
    if not table:
        return None
    days = {str(k).lower(): int(v) for k, v in table.items()}
    phrases = "|".join(re.escape(k) for k in sorted(days, key=len, reverse=True))
    words = r"[^\s.;:!?«»\"“”()]+"
    return re.compile(rf"(?<!\w)(?P<phrase>{phrases})\s+(?:{words}\s+){{0,4}}$", re.IGNORECASE), days


def _count_regex_days(language: str, phrase: str) -> int:
    found = _count_regex(language)
    return found[1].get(phrase.lower(), 0) if found else 0


def _related_weekday(text: str, language: str, exprs: list[Expr], i: int,
                     ctx: Context) -> tuple[int, str] | None:
    """The weekday of a yearless day that a count of days relates to the one bare weekday of its
    sentence ("Au lendemain de l'attaque du 3 juin, le maire a décrété mercredi un deuil": 3 June is
    the day before a Wednesday; "two days after the June 3 attack, the mayor on Thursday ..."). The
    phrases and their days are ``days_from_date`` in time.yaml; at most four words between the
    phrase and the date. Returns the weekday and the phrase."""
    found = _count_regex(language)
    e = exprs[i]
    sentence = ctx.sentence_of(e.span[0])
    start = ctx.sentence_starts[sentence]
    if found is None:
        return None
    regex, days = found
    m = regex.search(text, max(start, e.span[0] - 80), e.span[0])
    if m is None:
        return None
    quotes = quoted_spans(text)
    weekdays = {w.weekday for w in exprs if w.bare_weekday and w.weekday is not None and not w.direction
                and ctx.sentence_of(w.span[0]) == sentence and not inside_any(quotes, w.span)
                and not ctx.is_future(w.span[0])}
    if len(weekdays) != 1:
        return None
    weekday = int(next(iter(weekdays)) or 0)
    return (weekday - days[m.group("phrase").lower()]) % 7, m.group("phrase")


def _sentence_bounds(text: str, ctx: Context, offset: int) -> tuple[int, int]:
    n = ctx.sentence_of(offset)
    end = ctx.sentence_starts[n + 1] if n + 1 < len(ctx.sentence_starts) else len(text)
    return ctx.sentence_starts[n], end


def _sentence_has(text: str, ctx: Context, offset: int, regex: re.Pattern[str]) -> bool:
    start, end = _sentence_bounds(text, ctx, offset)
    return regex.search(text, start, end) is not None


@cache
def _count_noun_regex(language: str) -> re.Pattern[str] | None:
    """A number (digits or a number word of time.yaml ``numbers``) and the word after it."""
    words = lexicon(language).numbers
    if not words:
        return None
    alternatives = "|".join(re.escape(k) for k in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![\w.,])(?P<n>\d+|{alternatives})\s+(?P<noun>[^\W\d_]{{3,}})", re.IGNORECASE)


def _counted_nouns(text: str, language: str, ctx: Context, offset: int) -> dict[tuple[int, str], str]:
    """The counted things of the sentence at ``offset`` ("six drones", "12 missiles"), by (number,
    noun without its plural ending): two sentences counting the same things tell one happening.
    Counts of one ("un drone" is any drone) and of time units ("deux jours") are left out."""
    regex = _count_noun_regex(language)
    if regex is None:
        return {}
    lex = lexicon(language)
    units = lex.tables.get("units") or {}
    start, end = _sentence_bounds(text, ctx, offset)
    found: dict[tuple[int, str], str] = {}
    for m in regex.finditer(text, start, end):
        n = m.group("n")
        value = int(n) if n.isdigit() else lex.numbers.get(norm_key(n))
        noun = norm_key(m.group("noun"))
        stem = noun[:-1] if noun.endswith(("s", "x")) else noun
        if value is not None and value >= 2 and noun not in units and stem not in units:
            found[(value, stem)] = m.group(0)
    return found


def _told_weekday(text: str, language: str, exprs: list[Expr], i: int,
                  ctx: Context) -> tuple[int, str] | None:
    """The weekday of a yearless day that another sentence gives when it tells the same happening
    by a bare weekday: "Le 25 novembre, le ministère a déclaré que six drones avaient pénétré dans
    l'espace aérien [...] Six drones ont violé mardi l'espace aérien" (the same things counted
    alike: ``_counted_nouns``). The weekday, outside quotations and not of the future, must be the
    only one such sentences give; the day's own sentence writes none. Returns the weekday and the
    counted words."""
    e = exprs[i]
    own = ctx.sentence_of(e.span[0])
    counts = _counted_nouns(text, language, ctx, e.span[0])
    if not counts:
        return None
    quotes = quoted_spans(text)
    weekdays: set[int] = set()
    pair = ""
    for w in exprs:
        if not w.bare_weekday or w.weekday is None or w.direction or inside_any(quotes, w.span) \
                or ctx.is_future(w.span[0]):
            continue
        if ctx.sentence_of(w.span[0]) == own:
            return None
        shared = counts.keys() & _counted_nouns(text, language, ctx, w.span[0]).keys()
        if shared:
            weekdays.add(int(w.weekday))
            pair = counts[min(shared)]
    return (next(iter(weekdays)), pair) if len(weekdays) == 1 else None


def _pin_years(text: str, language: str, exprs: list[Expr], values: list[TimeValue], ctx: Context,
               today: date, from_url: UrlDate | None,
               counted: dict[tuple[int, int], int] | None = None,
               told_spans: set[tuple[int, int]] | None = None) -> dict[tuple[int, int], str]:
    """A weekday written with a yearless day ("le mercredi 22 juin", "on Wednesday (Apr 12)"), or
    given to it by a count of days from a weekday ("said on Tuesday that [...] the day before, on
    March 3": ``_apposed_weekday``), fixes the year: the most recent year where that day is that
    weekday, not after ``today`` and not before the newest year the text writes as past ("depuis
    février 2022") nor outside the URL's year; or a count of days relating it to the weekday of
    its sentence ("au lendemain de l'attaque du 3 juin, [...] mercredi": ``_related_weekday``).
    Sets ``year`` on those expressions; returns their spans and the reasons. ``counted`` receives,
    by span, the days from such a related day to its sentence's weekday; ``told_spans`` the days
    whose weekday another sentence telling the same happening gives (``_told_weekday``)."""
    resolved = {v.span for v in values}
    low, high, written = _year_window(values, ctx, today, from_url)
    reasons: dict[tuple[int, int], str] = {}
    for i, e in enumerate(exprs):
        if e.kind != "date" or e.day is None or e.month is None or e.year is not None \
                or e.direction or e.span in resolved or ctx.is_future(e.span[0]):
            continue
        weekday, how = e.weekday, "falls on that weekday"
        after = _weekday_after(text, language, e) if weekday is None else None
        if after is not None:
            weekday, how = after, "falls on the weekday written after it"
        if weekday is None:
            apposed = _apposed_weekday(text, language, exprs, i, ctx)
            related = _related_weekday(text, language, exprs, i, ctx) if apposed is None else None
            told = None if apposed is not None or related is not None \
                else _told_weekday(text, language, exprs, i, ctx)
            if told is not None:
                weekday, pair = told
                how = (f"is the day of {pair!r}, told again on a bare {WEEKDAY_NAMES[weekday]} "
                       f"in another sentence")
                if told_spans is not None:
                    told_spans.add(e.span)
            elif apposed is not None:
                weekday, counted = apposed
                how = (f"is {text[counted.span[0]:counted.span[1]]!r} counted from the weekday before it, "
                       f"a {WEEKDAY_NAMES[weekday]}")
            elif related is not None:
                weekday, words = related
                if counted is not None:
                    counted[e.span] = _count_regex_days(language, words)
                how = (f"is the day {words!r} counts from to the weekday of its sentence, "
                       f"a {WEEKDAY_NAMES[weekday]}")
            else:
                continue
        years = years_on(e.month, e.day, {weekday}, low, high, today)
        if not years:
            continue
        e.year = years[0]
        floor_note = f"none before {low} written in the text" if written else "the most recent"
        reasons[e.span] = (f"{text[e.span[0]:e.span[1]]!r} {how} in {years[0]} "
                           f"({floor_note}, not after {high if from_url else 'today'})")
    return reasons


def counted_days(e: Expr) -> int | None:
    """The days a count from the narrative's last day moves by ("la veille" -1, "le lendemain" +1,
    "two days later" +2, "le même jour" 0); None for any other expression."""
    if e.kind == "anaphor" and e.unit in (None, "day") and e.part is None:
        return int(e.offset or 0)
    if e.kind == "shift" and e.unit == "day" and e.num is not None:
        return e.num * (e.direction or 1)
    return None


def _apposed_weekday(text: str, language: str, exprs: list[Expr], i: int,
                     ctx: Context) -> tuple[int, Expr] | None:
    """The weekday of a yearless day written in apposition to a count of days ("the day before, on
    March 3", "le lendemain, 19 février") when the count starts from a bare weekday of its
    paragraph ("officials said on Tuesday that a bomb had hit a market the day before, on March
    3"): the weekday of that day plus the count. A bare weekday moves with publication, so it pins
    nothing alone; written as the same day as a day of the month, it fixes the year as "mardi 15
    novembre" does. The glue words are ``apposition_glue`` in time.yaml. Returns the weekday and
    the count."""
    glue = _cue_regex(language, "apposition_glue")
    if glue is None or i == 0:
        return None
    e, counted = exprs[i], exprs[i - 1]
    shift = counted_days(counted)
    if shift is None or not glue.match(text[counted.span[1]:e.span[0]]):
        return None
    para = ctx.paragraph_of(counted.span[0])
    for ref in reversed(exprs[:i - 1]):
        if ctx.paragraph_of(ref.span[0]) != para:
            return None
        if ref.kind == "time" or (counted_days(ref) is not None and counted_days(ref) < 0 < shift):
            continue
        if ref.bare_weekday and ref.direction != 1 and not ctx.is_future(ref.span[0]):
            return (int(ref.weekday or 0) + shift) % 7, counted
        return None  # the count starts from a day of the month, or a day this rule cannot read
    return None


def _yearless_dateline(text: str, language: str, exprs: list[Expr], values: list[TimeValue], ctx: Context,
                       today: date, from_url: UrlDate | None) -> Published | None:
    """A wire dateline without its year ("KYIV, March 14 (Reuters) - ... officials said on
    Friday"): a weekday closing a reporting clause outside quotations is the filing day's in wire
    copy, so the most recent year where the dateline's day falls on one of those weekdays, not after
    ``today``, not before a year the text writes as past, within the URL's year, dates the page.
    None without such a weekday: a yearless day alone may be any year's."""
    filed = dated_dateline(text, exprs)
    if filed is None or filed.year is not None or filed.month is None or filed.day is None:
        return None
    quotes = quoted_spans(text)
    said = {e.weekday for e in exprs if e.bare_weekday and e.weekday is not None and not e.direction
            and not inside_any(quotes, e.span) and said_on(text, language, e)}
    if not said:
        return None
    low, high, _ = _year_window(values, ctx, today, from_url)
    years = years_on(filed.month, filed.day, said, low, high, today)
    if not years:
        return None
    day = date(years[0], filed.month, filed.day)
    return Published(date=day, precision="day", inferred=True, end=day,
                     basis=f"wire dateline {text[filed.span[0]:filed.span[1]]!r} without a year, "
                           f"on the weekday its reporting clause names in {years[0]}")


def _year_window(values: list[TimeValue], ctx: Context, today: date,
                 from_url: UrlDate | None) -> tuple[int, int, bool]:
    """The years a yearless day may take (lowest, highest) and whether the text writes one: not
    after today, not before the newest year the text writes as past ("depuis février 2022"),
    within the URL's year; ``PIN_LOOKBACK_YEARS`` back when the text writes none."""
    written = [v.start.year for v in values if v.expr.year is not None and not v.expr.long_span
               and not ctx.is_future(v.span[0])]
    low = max(written) if written else today.year - PIN_LOOKBACK_YEARS
    high = today.year
    if from_url is not None:
        low = high = from_url.year
    return low, high, bool(written)


def years_on(month: int, day: int, weekdays: set[int], low: int, high: int, today: date) -> list[int]:
    """The years from ``high`` down to ``low`` where that day falls on one of ``weekdays``, not
    after ``today``: the most recent first."""
    return [y for y in range(high, low - 1, -1)
            if (d := cal.safe_date(y, month, day)) and d.weekday() in weekdays and d <= today]


def said_on(text: str, language: str, e: Expr) -> bool:
    """The weekday closes a reporting clause ("a déclaré jeudi", "said on Monday") or opens one
    ("the governor on Thursday said"): it dates when the words were said, so it is on or after
    the newest event they report (``time.yaml`` ``reporting_before_weekday``,
    ``reporting_after_weekday``)."""
    reporting = _cue_regex(language, "reporting_before_weekday")
    if reporting is not None and reporting.search(text, max(0, e.span[0] - GUARD_WINDOW), e.span[0]):
        return True
    after = _cue_regex(language, "reporting_after_weekday")  # "the governor on Thursday said"
    return after is not None and bool(after.match(text, e.span[1]))


def _weekday_pin(text: str, language: str, exprs: list[Expr], floor: date, ctx: Context,
                 quotes: list[tuple[int, int]], quoted: bool, told: bool = False) -> tuple[date, Expr] | None:
    """The latest 'first weekday on or after the evidence' among past weekday mentions outside
    quotations (a weekday inside the quoted words is part of what was said, not of when it was
    said: "«Le 2 juin, après les pluies de mardi, le barrage a cédé»" dates nothing after it).
    When the evidence is quoted, any such weekday is the reporting clause's; otherwise only one
    right after a reporting verb ("a déclaré mardi", "said on Monday"): a weekday in the narrative
    ("il était parti dans la nuit du vendredi") may be before the newest date. When the evidence
    is a day the page tells again by a bare weekday (``told``: its news is counted in weekdays from
    publication), a weekday whose sentence says its act followed ("Convoqué mercredi suite à
    l'incursion", ``consequence_cues`` in time.yaml) is on or after it too."""
    follows = _cue_regex(language, "consequence_cues") if told else None
    best: tuple[date, Expr] | None = None
    for e in exprs:
        if not e.bare_weekday or e.direction == 1 \
                or ctx.is_future(e.span[0]) or inside_any(quotes, e.span):
            continue
        if not (said_on(text, language, e) or (quoted and not e.this)
                or (follows is not None and _sentence_has(text, ctx, e.span[0], follows))):
            continue
        start = floor + timedelta(days=1) if e.direction == -1 else floor
        d = cal.weekday_on_or_after(start, e.weekday)
        if best is None or d > best[0]:
            best = (d, e)
    return best
