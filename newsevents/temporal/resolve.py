"""Resolve parsed expressions to inclusive day intervals, relative to the publication date.

The governing-year rule for a date written without a year ("le 14 novembre", "en mars"):
1. an explicit year in the same sentence governs it (the nearest one: "les 8 et 18 août 2025",
   "fin septembre 2020 ... jusqu'au 10 novembre");
2. else the last explicit year earlier in the same paragraph governs it when the narrative moves
   forward (the date falls on or after the start of that anchor: "À la fin du mois de septembre
   2020 [...]. Dans la nuit du 10 novembre" -> 2020-11-10, but "à l'automne 2020. [...] le 15 mars"
   is not governed, since 15 March 2020 precedes the anchor);
3. else the publication date: the latest such day on or before publication, or the first one on or
   after it when the sentence speaks of the future ("aura lieu", "prochain"); "dernier"/"prochain"
   make it strictly before/after. A date is never put after publication unless the text marks the
   future; a weekday written with the date ("mardi 13 avril") picks the year where it fits.

Nights: "dans la nuit du 10 novembre" is that day; "la nuit du 7 au 8 août" / "la nuit de vendredi
à samedi" is the two-day interval (precision ``range``): the text does not say on which side of
midnight the event fell, and the interval contains both readings.

Weekdays: "mardi" is the latest Tuesday on or before publication (the first on or after it when
the sentence speaks of the future); "mardi dernier" is strictly before, "mardi prochain" strictly
after, "ce mardi" the Tuesday of publication's week. Where the language's data says so
(``present_weekday: nearest``, French), a weekday whose verb is in the present is the nearest
such day: "le conseil se réunit lundi" announces, while a French report of the past uses the
passé composé ("a déclaré mardi").
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from newsevents.temporal import calendar as cal
from newsevents.temporal.parse import Expr

Interval = tuple[date, date]
Resolved = tuple[Interval, str]  # (interval, precision)

# characters read before an anchor for its "since" word (the longest such words are ~8 letters)
SINCE_WINDOW = 20

# years tried around the reference when a date has no year of its own
YEAR_WINDOW = (-1, 0, 1)
# a yearless date in a sentence about the future may still be a few days past (the tense may be
# misread, a deadline just passed): within this many days before publication it stays in the past
FUTURE_SLACK_DAYS = 7
# precisions of a date told after the last day that a shift ("a week later") counts from instead
COARSE_ANCHORS = frozenset({"month", "season", "range"})
NIGHT = "night"
# "ce week-end" / "this weekend" in a report published on a Monday is the weekend that just ended
# (two days before), not the one five days ahead (news-dev: the Monday reports of a Saturday
# incident at sea). Only Monday: from Tuesday on the phrase is as often the coming weekend.
PAST_WEEKEND_WEEKDAYS = frozenset({0})
# from Tuesday to Friday "ce week-end" with a verb in a past tense ("ont attaqué ce week-end",
# "were killed this weekend") is the weekend before publication: the coming one has not happened
SATURDAY = 5


@dataclass(slots=True)
class TimeValue:
    """One resolved temporal expression: the interval, how precise, and where it came from."""

    span: tuple[int, int]
    text: str
    start: date
    end: date
    precision: str
    time: str | None
    sentence: int
    kind: str
    year_from: str  # explicit | sentence | paragraph | published | relative
    expr: Expr


@dataclass(slots=True)
class Context:
    """Where sentences and paragraphs start, and which sentences speak of the future.

    "The same sentence" always means the same sentence AND the same paragraph: a sentence
    splitter may run over a line break, a paragraph never does."""

    sentence_starts: Sequence[int]
    paragraph_starts: Sequence[int]
    future: Sequence[bool]
    # the tense of the verb governing an offset ("future", "past", "present") when a parse gives it
    tense: Callable[[int], str | None] | None = None
    # the language reads a weekday with a verb in the present as the nearest such day (French
    # "le conseil se réunit lundi" announces; English headlines "strikes Kyiv on Monday" report)
    present_weekday_nearest: bool = False
    # words opening a span that runs to the present ("depuis avril 2023", "since 2023"): the year of
    # a date after them governs no later sentence (rule 2), the narrative is back in the present
    since_words: frozenset[str] = frozenset()
    # words tying a bare month to the year last named ("later that year", "la même année")
    year_ties: tuple[str, ...] = ()
    # whether the verb governing an offset is a reporting verb ("the UN said on Monday"): that day
    # dates the words, so a clock time with no day of its own does not take it (Resolver._time)
    reported: Callable[[int], bool] | None = None
    # the words naming a night (the parts_of_day table): "la nuit de jeudi à vendredi" is one
    night_words: frozenset[str] = frozenset()

    def sentence_of(self, offset: int) -> int:
        return max(0, bisect_right(self.sentence_starts, offset) - 1)

    def paragraph_of(self, offset: int) -> int:
        return max(0, bisect_right(self.paragraph_starts, offset) - 1)

    def is_present(self, offset: int) -> bool:
        """The governing verb is in the present, or the sentence has no verb at all (a title: "Concert
        à Besançon mardi"), and the sentence has no future cue."""
        tense = self.tense(offset) if self.tense is not None else None
        return tense in ("present", "verbless") and not self.is_future(offset)

    def is_past(self, offset: int) -> bool:
        """The governing verb is read in a past tense ("ont attaqué", "attacked"): stricter than
        not `is_future`, for a phrase whose default is the coming unit ("ce week-end")."""
        return self.tense is not None and self.tense(offset) == "past"

    def is_future(self, offset: int) -> bool:
        """The governing verb is in the future; or it is not in a past tense and the sentence has a
        future cue ("est prévu", "prochain", "aura lieu"); without a parse, the cue alone."""
        tense = self.tense(offset) if self.tense is not None else None
        if tense in ("future", "past"):
            return tense == "future"
        i = self.sentence_of(offset)
        return bool(self.future[i]) if i < len(self.future) else False


def calendar_value(e: Expr, y: int | None) -> Resolved | None:
    """The interval of a calendar expression in year ``y`` (None when it needs more)."""
    mod = e.mod if e.mod in ("early", "mid", "late") else None
    if e.decade is not None or e.century is not None:
        first = max(1, e.decade if e.decade is not None else (int(e.century or 1) - 1) * 100)
        iv = (date(first, 1, 1), date(first + (9 if e.decade is not None else 99), 12, 31))
        return (cal.thirds_of(iv, mod) if mod else iv), "range"
    if y is None or not cal.MIN_YEAR <= y <= cal.MAX_YEAR:
        return None
    if e.holiday:
        d = cal.holiday(y, e.holiday)
        return ((d, d), "day") if d else None
    if e.season:
        iv = cal.season(y, e.season)
        return (cal.thirds_of(iv, mod), "range") if mod else (iv, "season")
    if e.month and e.day:
        d = cal.safe_date(y, e.month, e.day)
        return ((d, d), "day") if d else None
    if e.month:
        return (cal.thirds_of_month(y, e.month, mod), "range") if mod else (cal.month(y, e.month), "month")
    if e.day is None and e.weekday is None:
        return (cal.thirds_of_year(y, mod), "range") if mod else (cal.year(y), "year")
    return None


def _pick_year(e: Expr, pub: date, future: bool) -> Resolved | None:
    """Rule 3: the year that puts a yearless date where the publication date says."""
    options = [r for k in YEAR_WINDOW if (r := calendar_value(e, pub.year + k))]
    if e.weekday is not None and e.day:
        pinned = [r for r in options if r[0][0].weekday() == e.weekday]
        if pinned:
            return min(pinned, key=lambda r: abs((r[0][0] - pub).days))
    if e.this and options:  # "cette fête de Pentecôte", "this Christmas": the nearest one
        return min(options, key=lambda r: min(abs((r[0][0] - pub).days), abs((r[0][1] - pub).days)))
    if e.direction == -1:
        fits = [r for r in options if r[0][1] < pub]
        return max(fits, key=lambda r: r[0][0]) if fits else None
    if e.direction == 1:
        fits = [r for r in options if r[0][0] > pub]
        return min(fits, key=lambda r: r[0][0]) if fits else None
    if e.season and not e.mod:  # "à l'automne": the season we are in, if any
        current = [r for r in options if r[0][0] <= pub <= r[0][1]]
        if current:
            return current[0]
    if future:
        fits = [r for r in options if r[0][1] >= pub - timedelta(days=FUTURE_SLACK_DAYS)]
        return min(fits, key=lambda r: r[0][0]) if fits else None
    fits = [r for r in options if r[0][0] <= pub]
    return max(fits, key=lambda r: r[0][0]) if fits else None


def weekday_value(e: Expr, ref: date, future: bool, nearest: bool = False) -> date:
    """The day a weekday name points to, relative to ``ref`` (see module docstring)."""
    wd = e.weekday if e.weekday is not None else ref.weekday()
    if e.this:
        return cal.iso_week(ref)[0] + timedelta(days=wd)
    if e.direction == -1:
        return cal.weekday_on_or_before(ref - timedelta(days=1), wd)
    if e.direction == 1:
        return cal.weekday_on_or_after(ref + timedelta(days=1), wd)
    if nearest:
        before, after = cal.weekday_on_or_before(ref, wd), cal.weekday_on_or_after(ref, wd)
        return before if (ref - before) <= (after - ref) else after
    if future:
        return cal.weekday_on_or_after(ref, wd)
    return cal.weekday_on_or_before(ref, wd)


def _flashback(e: Expr) -> bool:
    """"la veille", "une semaine plus tôt" look back from the narrative's day without moving it."""
    if e.kind == "anaphor":
        return (e.offset or 0) < 0
    return e.kind == "shift" and (e.direction or 1) < 0


class Resolver:
    """Resolves a document's expressions in order, keeping the anchors the rules need."""

    def __init__(self, text: str, exprs: list[Expr], published: date | None, ctx: Context) -> None:
        self.text = text
        self.exprs = exprs
        self.pub = published
        self.ctx = ctx
        self.anchors: list[tuple[Expr, Interval]] = []
        for e in exprs:
            if e.kind in ("date", "range") and e.explicit_year:
                r = calendar_value(e, e.year if e.year is not None else e.end.year if e.end else None)
                if r:
                    self.anchors.append((e, r[0]))
            elif e.kind == "relunit" and e.unit in ("year", "month") and published is not None:
                # "cette année, le 6 juin", "l'an dernier, en mars": a year named relative to
                # publication governs like a written one
                try:
                    got = self._relunit(e, published)
                except (ValueError, OverflowError):
                    continue
                if got:
                    self.anchors.append((e, got[0][0]))
        self.last_day: date | None = None
        # the night before publication last named ("overnight", "la nuit dernière"), until a day is
        # named: "during the night" after it is that night, on either side of midnight
        self.last_night: tuple[date, date] | None = None
        # (paragraph, first day) of the last expression resolved: what "the previous month" counts from
        self.last_told: tuple[int, date] | None = None
        # a month, a season or a range named after the last day ("In June 2024, ... a week later"):
        # what a shift of days or weeks counts from, as a range
        self.last_span: tuple[int, date, date] | None = None  # (paragraph, start, end)

    # -- the governing year -------------------------------------------------------------------
    def governed(self, e: Expr) -> tuple[Resolved, str] | None:
        """Rules 1 and 2 of the module docstring ("dernier"/"prochain" are deictic: rule 3). A
        weekday written with the day must fall on it in the governing year ("Depuis 2017 [...] le
        mardi 15 novembre" is not 2017, a Wednesday that year)."""
        if e.direction or e.this:
            return None
        r = self._governed(e)
        if r and e.weekday is not None and e.day and r[0][0][0].weekday() != e.weekday:
            return None
        return r

    def _governed(self, e: Expr) -> tuple[Resolved, str] | None:
        sent = self.ctx.sentence_of(e.span[0])
        para = self.ctx.paragraph_of(e.span[0])
        future = self.ctx.is_future(e.span[0])
        same = [(a, iv) for a, iv in self.anchors
                if a is not e and self.ctx.sentence_of(a.span[0]) == sent
                and self.ctx.paragraph_of(a.span[0]) == para]
        if same:
            _a, iv = min(same, key=lambda x: abs(x[0].span[0] - e.span[0]))
            r = calendar_value(e, iv[0].year)
            if r and (self.pub is None or future or r[0][0] <= self.pub):
                return r, "sentence"
        before = [(a, iv) for a, iv in self.anchors if a.span[1] <= e.span[0]
                  and self.ctx.paragraph_of(a.span[0]) == para and self.ctx.sentence_of(a.span[0]) != sent
                  and not self._opens_span_to_now(a)]
        if before and not future and _bare_month(e) and self._in_since_clause(before[-1][0]) \
                and not self._tied_to_year(e, sent):
            # "since seizing power in July 2023. In December, an attack killed 39 people": a bare
            # month of the past after a span to now is the latest one before publication; a
            # narrative of that year's events ("fighting broke out in April 2023. In May") carries it
            before = []
        if before:
            _a, iv = before[-1]
            r = calendar_value(e, iv[0].year)
            if r and r[0][0] >= iv[0] and self._fits_publication(r, future):
                return r, "paragraph"
        return None

    def _in_since_clause(self, a: Expr) -> bool:
        """A word of `since_words` opens the clause of the anchor, a few words before it, no
        punctuation between ("since seizing power in July 2023", "depuis sa prise du pouvoir en
        juillet 2023"): a span running to now, whatever words stand between."""
        lead = self.text[max(0, a.span[0] - SINCE_CLAUSE_CHARS):a.span[0]]
        for mark in ",;:.()":
            lead = lead.rsplit(mark, 1)[-1]
        words = lead.lower().split()[-SINCE_CLAUSE_WORDS:]
        return any(w in self.ctx.since_words for w in words)

    def _tied_to_year(self, e: Expr, sent: int) -> bool:
        """The sentence of ``e`` ties it to the year last named ("Later that year, in December")."""
        starts = self.ctx.sentence_starts
        end = starts[sent + 1] if sent + 1 < len(starts) else len(self.text)
        words = " " + " ".join(self.text[starts[sent]:end].lower().replace(",", " ").split()) + " "
        return any(f" {w} " in words for w in self.ctx.year_ties)

    def _opens_span_to_now(self, a: Expr) -> bool:
        """The anchor follows a word of `since_words` ("Les FSR, en guerre depuis avril 2023, ...
        En mai, ..." is last May, not May 2023)."""
        words = self.text[max(0, a.span[0] - SINCE_WINDOW):a.span[0]].split()
        return bool(words) and words[-1].lower() in self.ctx.since_words

    def _fits_publication(self, r: Resolved, future: bool) -> bool:
        """Not after publication unless the sentence speaks of the future; not long before it
        when it does."""
        if self.pub is None:
            return True
        if future:
            return r[0][1] >= self.pub - timedelta(days=FUTURE_SLACK_DAYS)
        return r[0][0] <= self.pub

    def partial(self, e: Expr) -> tuple[Resolved, str] | None:
        """A calendar expression without a year of its own."""
        g = self.governed(e)
        if g:
            return g
        if self.pub is None:
            return None
        r = _pick_year(e, self.pub, self.ctx.is_future(e.span[0]))
        return (r, "published") if r else None

    # -- one expression -----------------------------------------------------------------------
    def calendar(self, e: Expr) -> tuple[Resolved, str] | None:
        if e.long_span:
            r = calendar_value(e, None)
            return (r, "explicit") if r else None
        if e.year is not None:
            r = calendar_value(e, e.year)
            return (r, "explicit") if r else None
        if e.month or e.season or e.holiday:
            return self.partial(e)
        if e.weekday is not None and self.pub is not None:
            nearest = self.ctx.present_weekday_nearest and self.ctx.is_present(e.span[0])
            d = weekday_value(e, self.pub, self.ctx.is_future(e.span[0]), nearest)
            return ((d, d), "day"), "relative"
        return None

    def range_(self, e: Expr) -> tuple[Resolved, str] | None:
        end_expr = e.end
        if end_expr is None:
            return None
        if end_expr.weekday is not None and end_expr.month is None and e.weekday is not None:
            if self.pub is None:
                return None
            last = weekday_value(end_expr, self.pub, self.ctx.is_future(e.span[0]))
            first = last - timedelta(days=(end_expr.weekday - e.weekday) % 7)
            return ((first, last), "range"), "relative"
        got = self.calendar(end_expr) if end_expr.year is not None else self.partial(end_expr)
        if not got:
            return None
        (iv_end, _p), source = got
        start = calendar_value(e, e.year if e.year is not None else iv_end[1].year)
        if not start:
            return None
        s = start[0][0]
        if s > iv_end[1]:  # "du 28 décembre au 3 janvier"
            moved = calendar_value(e, s.year - 1)
            if not moved:
                return None
            s = moved[0][0]
        return ((s, iv_end[1]), "range"), source

    def relative(self, e: Expr) -> tuple[Resolved, str] | None:
        pub = self.pub
        if pub is None:
            # no publication date yet (publication inference): "le lendemain", "six jours plus
            # tard" still count from the last day named, and are evidence of their own
            if self.last_day is None or e.kind not in ("anaphor", "shift") or (e.unit and e.unit != "day"
                                                                               and e.kind == "anaphor"):
                return None
            pub = self.last_day
        if e.kind == "relday":
            if e.offset is None:  # "ce soir", "cette nuit"
                if e.part == NIGHT:
                    return ((pub - timedelta(days=1), pub), "range"), "relative"
                return ((pub, pub), "day"), "relative"
            d = pub + timedelta(days=int(e.offset))
            if e.part == NIGHT and e.offset == -1:  # "overnight", "la nuit dernière": either side of midnight
                return ((d, pub), "range"), "relative"
            return ((d, d), "day"), "relative"
        if e.kind == "anaphor":
            if e.part == NIGHT and self.last_night is not None and not e.offset and not e.unit:
                return (self.last_night, "range"), "relative"
            if e.part == NIGHT and self.last_day is None and not e.offset and not e.unit:
                # "dans la nuit", "during the night" with no day named before: the night before
                # publication, on either side of midnight (as "cette nuit", "la nuit dernière").
                # Not after a day named, even publication's ("Le même jour, ... au cours de la
                # nuit"): on news-dev an interception so dated stood apart from the day's attack
                return ((pub - timedelta(days=1), pub), "range"), "relative"
            ref = self.last_day or pub
            if e.unit and e.unit != "day":  # "cette année-là"
                precision = "range" if e.unit == "weekend" else e.unit
                return (cal.unit_interval(ref, e.unit), precision), "relative"
            d = ref + timedelta(days=int(e.offset or 0))
            return ((d, d), "day"), "relative"
        if e.kind in ("ago", "later", "shift") and e.unit in ("day", "week", "month", "year") \
                and e.num is not None:
            # "il y a deux jours" counts from publication; "une semaine plus tôt" from the last day
            n = e.num if e.kind == "later" else -e.num if e.kind == "ago" else e.num * (e.direction or 1)
            span = self.last_span
            if e.kind == "shift" and span is not None and e.unit in ("day", "week") \
                    and span[0] == self.ctx.paragraph_of(e.span[0]):  # told in the shift's paragraph
                first, last = (cal.shift(d, e.unit, n) for d in span[1:])
                return ((first, last), "range"), "relative"
            d = cal.shift(self.last_day or pub if e.kind == "shift" else pub, e.unit, n)
            if e.unit in ("day", "week"):
                return ((d, d), "day"), "relative"
            return (cal.unit_interval(d, e.unit), e.unit), "relative"
        if e.kind == "sofar" and e.unit:
            return ((cal.unit_interval(pub, e.unit)[0], pub), "range"), "relative"
        if e.kind == "relunit" and e.unit:
            return self._relunit(e, self._narrative_ref(e) or pub)
        return None

    def _narrative_ref(self, e: Expr) -> date | None:
        """"In October, ... In the previous month, ..." is September: a unit qualified by a narrative
        direction word counts from the last date named before it in its paragraph ("last month",
        with no such word, counts from publication). With none there, publication it is."""
        if not e.narrative or self.last_told is None:
            return None
        para, day = self.last_told
        return day if para == self.ctx.paragraph_of(e.span[0]) else None

    def _relunit(self, e: Expr, pub: date) -> tuple[Resolved, str] | None:
        unit = str(e.unit)
        step = e.direction or 0
        if unit == "season":
            y, name = cal.season_of(pub)
            idx = cal.SEASON_ORDER.index(name) + step
            y += (idx // 4) if idx >= 0 else -((-idx + 3) // 4)
            iv = cal.season(y, cal.SEASON_ORDER[idx % 4])
            precision = "season"
        elif unit == "weekend":
            if step == 0 and (pub.weekday() in PAST_WEEKEND_WEEKDAYS
                              or (pub.weekday() < SATURDAY and self.ctx.is_past(e.span[0]))):
                step = -1
            iv = cal.weekend_of(pub + timedelta(days=7 * step))
            precision = "range"
        else:
            iv = cal.unit_interval(cal.shift(pub, "week" if unit == "week" else unit, step)
                                   if unit != "day" else pub + timedelta(days=step), unit)
            precision = unit
        mod = e.mod if e.mod in ("early", "mid", "late") else None
        if mod:
            if unit == "year":
                iv = cal.thirds_of_year(iv[0].year, mod)
            elif unit == "month":
                iv = cal.thirds_of_month(iv[0].year, iv[0].month, mod)
            else:
                iv = cal.thirds_of(iv, mod)
            precision = "range"
        return (iv, precision), "relative"

    def resolve(self, e: Expr) -> tuple[Resolved, str] | None:
        if e.kind == "date":
            return self._so_far(e, self.calendar(e))
        if e.kind == "range":
            return self.range_(e)
        if e.kind == "time":
            return None  # second pass
        return self._so_far(e, self.relative(e))

    def _so_far(self, e: Expr, got: tuple[Resolved, str] | None) -> tuple[Resolved, str] | None:
        """"Plus tôt en mai", "earlier in 2024" (modifier `sofar`): the part of the period before
        the publication day, when publication falls in it (the rest has not happened yet, and a
        thing of the publication day is told as "today")."""
        if got is None or e.mod != "sofar" or self.pub is None:
            return got
        ((start, end), _), source = got
        if start < self.pub <= end:
            return ((start, self.pub - timedelta(days=1)), "range"), source
        return got

    def run(self) -> list[TimeValue]:
        out: list[TimeValue] = []
        pending_times: list[Expr] = []
        for e in self.exprs:
            if e.kind == "time":
                pending_times.append(e)
                continue
            try:
                got = self.resolve(e)
            except (ValueError, OverflowError):  # a date beyond the calendar (year 0, 10000)
                continue
            if not got:
                continue
            ((start, end), precision), source = got
            if start > end:
                continue
            if precision == "day" and not _flashback(e) and not self._opens_span_to_now(e):
                # "ont fait 250 morts depuis dimanche. [...] dans la soirée": the start of a span
                # to now is no day the narrative stands on; a part of the day keeps the day before it
                self.last_day, self.last_night, self.last_span = start, None, None
            elif precision in COARSE_ANCHORS and not _flashback(e) and e.kind in ("date", "month") \
                    and not self._opens_span_to_now(e):  # "since August 2023" is a landmark
                self.last_span = (self.ctx.paragraph_of(e.span[0]), start, end)
            elif e.kind == "relday" and e.part == NIGHT and precision == "range":
                self.last_night = (start, end)
            self.last_told = (self.ctx.paragraph_of(e.span[0]), start)
            out.append(self._value(e, start, end, precision, source))
        out.extend(v for t in pending_times if (v := self._time(t, out)))  # days already valid
        out.sort(key=lambda v: v.span)
        return out

    def _time(self, e: Expr, dated: list[TimeValue]) -> TimeValue | None:
        """A clock time on its own takes the day of the nearest dated expression of its sentence,
        else the last day named before it in the paragraph, else the publication day."""
        if e.anchor is not None:  # "le 14 novembre vers 01h00": the day of its date
            own = next((v for v in dated if v.span == e.anchor), None)
            if own is not None and _night(own, self.ctx.night_words):  # "overnight at around 3 a.m."
                return self._on_day(e, own)
            if own is not None:
                return self._value(e, own.start, own.end, own.precision, own.year_from)
        sent = self.ctx.sentence_of(e.span[0])
        para = self.ctx.paragraph_of(e.span[0])
        # a night across two days dates a clock of its own sentence only ("overnight ... at 3 a.m.");
        # another sentence's "overnight" is no day the clock's act stands on
        days = [v for v in dated if v.precision == "day"
                or (_night(v, self.ctx.night_words) and v.sentence == self.ctx.sentence_of(e.span[0]))]
        reported = self.ctx.reported
        if reported is not None:  # the day of the act, not of the statement telling it, when both are told
            acts = [v for v in days if not reported(v.span[0])]
            days = acts or days
        same = [v for v in days if v.sentence == sent and self.ctx.paragraph_of(v.span[0]) == para]
        if same:
            v = min(same, key=lambda v: abs(v.span[0] - e.span[0]))
            return self._on_day(e, v)
        before = [v for v in days if v.span[1] <= e.span[0] and self.ctx.paragraph_of(v.span[0]) == para]
        if not before and not self._opens_paragraph(e, para):
            # wire copy tells the day in its lead and the hour in the next paragraph ("... a mené
            # mercredi une frappe ... \n\n Un avion a largué deux bombes vers 10 heures"); a clock
            # opening its paragraph is a live blog's time stamp, the entry's own time
            prev = self._previous_paragraph(para)
            while prev >= 0 and not before:  # the nearest paragraph naming a day: the narrative's
                before = [v for v in days
                          if self.ctx.paragraph_of(v.span[0]) == prev and not _flashback(v.expr)]
                prev = self._previous_paragraph(prev)
        if before:
            return self._on_day(e, before[-1])
        after = [v for v in days if v.span[0] >= e.span[1] and self.ctx.paragraph_of(v.span[0]) == para
                 and not _flashback(v.expr)]
        if after and not self._opens_paragraph(e, para):
            # "Shortly before 7 a.m., two missiles struck X. The attack on Wednesday killed 25": the
            # day the paragraph goes on to name, not the publication day
            return self._on_day(e, after[0])
        # no day named before it: the publication day (a live blog's "at around 6 a.m."); a day
        # named in an earlier paragraph is the narrative's, never the publication day ("early on
        # Wednesday [...] \n\n struck the buildings shortly before 7 a.m." in Sunday's copy)
        if self.pub is not None:
            return self._value(e, self.pub, self.pub, "day", "published")
        return None

    def _on_day(self, e: Expr, v: TimeValue) -> TimeValue:
        """The clock ``e`` on the day ``v`` names. A night across two days ("à 3 h 40 dans la
        nuit de jeudi à vendredi", "la nuit du 12 au 13") gives its second day to a morning
        hour and its first to an evening one; midnight itself, told as "peu avant minuit" as
        often as "peu après", keeps the two days (never a confident wrong day)."""
        if not _night(v, self.ctx.night_words):
            return self._value(e, v.start, v.end, "day", v.year_from)
        if e.time is None or e.time == "00:00":
            return self._value(e, v.start, v.end, "range", v.year_from)
        day = v.end if e.time < NIGHT_CLOCK_SPLIT else v.start
        return self._value(e, day, day, "day", v.year_from)

    def _previous_paragraph(self, para: int) -> int:
        """The paragraph with words before `para` (a blank line is a paragraph of none); -1 if none."""
        starts = self.ctx.paragraph_starts
        for n in range(para - 1, -1, -1):
            end = starts[n + 1] if n + 1 < len(starts) else len(self.text)
            if any(ch.isalnum() for ch in self.text[starts[n]:end]):
                return n
        return -1

    def _opens_paragraph(self, e: Expr, para: int) -> bool:
        """Nothing but spaces and punctuation stands before the clock in its paragraph."""
        starts = self.ctx.paragraph_starts
        lead = self.text[starts[para]:e.span[0]] if para < len(starts) else ""
        return not any(ch.isalnum() for ch in lead)

    def _value(self, e: Expr, start: date, end: date, precision: str, source: str) -> TimeValue:
        return TimeValue(span=e.span, text=self.text[e.span[0]:e.span[1]], start=start, end=end,
                         precision=precision, time=e.time, sentence=self.ctx.sentence_of(e.span[0]),
                         kind=e.kind, year_from=source, expr=e)


# a clock time told in a night across two days falls on its second day before this hour, on its
# first from it: news nights run from the evening to the small hours (calendar.NIGHT_FROM/UNTIL)
NIGHT_CLOCK_SPLIT = "12:00"


# how far before an anchor a word of `since_words` still opens its clause ("since taking power in")
SINCE_CLAUSE_WORDS = 6
SINCE_CLAUSE_CHARS = 60


def _bare_month(e: Expr) -> bool:
    """A month with no day, year or weekday of its own ("In December", "en décembre")."""
    return e.kind == "date" and e.month is not None and e.day is None and e.year is None \
        and e.weekday is None and e.end is None


def _night(v: TimeValue, night_words: frozenset[str]) -> bool:
    """A night across two consecutive days: "la nuit de jeudi à vendredi", "overnight"."""
    if v.precision != "range" or (v.end - v.start).days != 1:
        return False
    if v.kind == "relday":
        return v.expr.part == NIGHT
    return v.kind == "range" and any(w in night_words for w in v.text.lower().split())


def resolve(text: str, exprs: list[Expr], published: date | None, ctx: Context,
            keep: Callable[[TimeValue], bool] | None = None) -> list[TimeValue]:
    """Resolve parsed expressions; those that cannot be resolved (no reference) are left out."""
    values = Resolver(text, exprs, published, ctx).run()
    return [v for v in values if keep is None or keep(v)]
