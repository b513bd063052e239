"""Find temporal expressions and read their parts, before any reference date is known.

Parsing and resolving are separate on purpose: publication-date inference (read/published.py)
needs the parts ("14 novembre", no year) of every expression to work out the date, and resolution
then needs that date. ``parse(text, language)`` returns ``Expr`` records sorted by span.

Selection: every pattern of the grammar is run over the text; overlapping candidates are settled
longest first (then by pattern order), which is how "le 14 novembre 2025" beats "novembre 2025".
A clock time next to a date is a mention of its own AND is carried by the date: "le 14 novembre
vers 01h00" gives "le 14 novembre" (``time="01:00"``) and "01h00" (anchored to that date, so it
takes its day); "de 19 h 30 à 20 h 30" gives two clock times. TimeML annotates them so, and a
reader of mentions must see the hour, while an incident keeps its date with its time. A
coordination ("les 8 et 18 août 2025") gives one expression per day, each with its own tight span.
"""

from __future__ import annotations

import hashlib
import re
from collections import OrderedDict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from newsevents.temporal.first_chars import first_chars_class
from newsevents.temporal.lexicon import GUARD_WINDOW, Lexicon, Pattern, lexicon, norm_key

CALENDAR_KINDS = frozenset({"date", "relday", "anaphor"})

# texts whose parse is remembered: the when stage parses each article twice (publication-date
# inference, then resolution), and running the ~50 patterns of the grammar over a text is most of
# that stage's time (0.6 s of 1.4 s on the 456 articles of bench/throughput.py). A few entries
# are enough since the two calls come one after the other; more would only hold texts in memory.
PARSE_MEMO_SIZE = 4
# texts whose parse another process made and handed over (``give``): a worker's parse of each
# undated article, which the storing process reads again to date it through other sources
# (anchoring.py, anchoring_joint.py). The most recent are kept, by a digest of the text: an entry
# is ~0.2 kB plus ~0.25 kB per expression (measured: 166 bytes on average for the 454 articles of
# bench/scale.py, 1.4 expressions each), so 1,000 hold at most a few MB, and cover the undated
# articles of the last few thousand of a long run; the others are parsed here again, same result.
GIVEN_PARSES_MAX = 1_000
_GIVEN: OrderedDict[tuple[str, bytes], tuple[Expr, ...]] = OrderedDict()


@dataclass(slots=True)
class Expr:
    """The parts of one temporal expression, as written (no reference date applied yet)."""

    span: tuple[int, int]
    kind: str  # date | range | relday | anaphor | shift | relunit | sofar | ago | later | time
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    season: str | None = None
    holiday: str | None = None  # a rule: "12-25" or "easter+49"
    decade: int | None = None  # first year: "les années 60" -> 1960
    century: int | None = None  # "le XIXe siècle" -> 19
    mod: str | None = None  # early | mid | late | all | sofar ("plus tôt en mai")
    direction: int | None = None  # -1 last, +1 next
    this: bool = False
    part: str | None = None  # morning, evening, night...
    unit: str | None = None
    num: int | None = None
    offset: int | None = None  # relday / anaphor offset in days
    time: str | None = None  # "HH:MM"
    end: Expr | None = None  # the second end of a range
    anchor: tuple[int, int] | None = None  # a clock time: the span of the date it goes with
    # "the previous month", "l'année suivante": counted from the last date the text named, not
    # from publication (the direction word is in `narrative_directions`, lang/<code>/time.yaml)
    narrative: bool = False

    @property
    def explicit_year(self) -> bool:
        return self.year is not None or (self.end is not None and self.end.year is not None)

    @property
    def bare_weekday(self) -> bool:
        """A weekday with no day of the month ("mardi", "on Tuesday", "Tuesday's"): a day counted
        from publication, which any publication day places within its week."""
        return self.kind == "date" and self.weekday is not None and self.day is None and self.month is None

    @property
    def long_span(self) -> bool:
        """A decade or a century: dated on its own, but never a governing year."""
        return self.decade is not None or self.century is not None


def _guard_ok(p: Pattern, text: str, start: int, end: int) -> bool:
    before = text[max(0, start - GUARD_WINDOW):start]
    if p.lead is not None and not p.lead.search(before):
        return False
    if p.not_lead is not None and p.not_lead.search(before):
        return False
    return not (p.not_trail is not None and p.not_trail.match(text, end, min(len(text), end + GUARD_WINDOW)))


def _candidates(text: str, lex: Lexicon) -> list[tuple[int, int, int, re.Match[str]]]:
    """Every pattern's matches (as each pattern's own ``finditer`` finds them) that pass the guards.

    Why not one ``finditer`` per pattern: each of the ~50 scans tried its pattern at every
    position of the text, 0.5 s CPU on the 454 articles of bench/scale.py. One scan of the gate
    (``_gate``) finds the positions where some pattern matches, usually a handful; each pattern
    is then tried at those positions only, skipping the ones inside its previous match, which is
    how ``finditer`` goes on after a match: the same matches, in 0.28 s (tests/test_engine_stages.py).
    """
    gate = _gate(lex)
    starts = [m.start() for m in gate.finditer(text)] if gate is not None else None
    found = []
    for index, p in enumerate(lex.patterns):
        for m in _pattern_matches(p.regex, text, starts):
            s, e = m.span()
            if e > s and _guard_ok(p, text, s, e):
                found.append((s, e, index, m))
    return found


def _pattern_matches(regex: re.Pattern[str], text: str, starts: list[int] | None) -> Iterator[re.Match[str]]:
    """The matches ``regex.finditer(text)`` gives, looked for at ``starts`` only (the gate's
    positions, in order); ``None``: finditer itself."""
    if starts is None:
        yield from regex.finditer(text)
        return
    after = 0  # finditer looks for the next match from the end of the last one
    for s in starts:
        if s < after:
            continue
        m = regex.match(text, s)
        if m is not None:
            after = m.end()
            yield m


_GROUP_NAME = re.compile(r"\(\?P<\w+>")
# what a pattern may not hold to be gated: a group referred to by name or number (renamed or
# renumbered in the gate), inline flags (global ones must open the whole regex)
_UNGATED = re.compile(r"\(\?P=|\(\?\(|\\[1-9]|\(\?[aiLmsux]+\)")
_WORD_START = r"(?<![\w])"  # how lexicon.py starts every pattern: tested once per position
_GATES: dict[str, re.Pattern[str] | None] = {}


def _gate(lex: Lexicon) -> re.Pattern[str] | None:
    """A zero-width regex matching wherever one of the grammar's patterns matches (its patterns,
    without their group names, as lookahead alternatives); compiled once per language. None when
    a pattern cannot be part of it (``_UNGATED``): each pattern then scans the whole text."""
    if lex.language in _GATES:
        return _GATES[lex.language]
    gate = None
    sources = [_GROUP_NAME.sub("(?:", p.regex.pattern) for p in lex.patterns]
    flags = {p.regex.flags for p in lex.patterns}
    if sources and len(flags) == 1 and not any(_UNGATED.search(s) for s in sources):
        lead = _WORD_START if all(s.startswith(_WORD_START) for s in sources) else ""
        flag = flags.pop()
        # the characters a match (of any pattern, of each pattern) can start with, tested first:
        # most positions, and most patterns at a word start, fail there at once (first_chars.py)
        alternatives = "|".join(_first_tested(s[len(lead):], flag) for s in sources)
        first = first_chars_class(sources, flag)
        try:
            gate = re.compile(f"{f'(?={first})' if first else ''}{lead}(?=(?:{alternatives}))", flag)
        except re.error:
            gate = None
    _GATES[lex.language] = gate
    return gate


def _first_tested(source: str, flags: int) -> str:
    """A pattern as a gate alternative, behind a test of the characters it can start with."""
    first = first_chars_class([source], flags)
    return f"(?={first})(?:{source})" if first else f"(?:{source})"


def _select(cands: list[tuple[int, int, int, re.Match[str]]]) -> list[tuple[int, int, int, re.Match[str]]]:
    """Non-overlapping candidates, longest first, then pattern order."""
    taken: list[tuple[int, int, int, re.Match[str]]] = []
    occupied: list[tuple[int, int]] = []
    for c in sorted(cands, key=lambda c: (-(c[1] - c[0]), c[2], c[0])):
        if all(c[1] <= s or c[0] >= e for s, e in occupied):
            taken.append(c)
            occupied.append((c[0], c[1]))
    return sorted(taken, key=lambda c: c[0])


def _time_of(lex: Lexicon, g: dict[str, str | None]) -> str | None:
    if g.get("clock"):
        return str(lex.value("clock", g["clock"] or ""))
    if g.get("hour") is None:
        return None
    hour = int(g["hour"] or 0)
    minute = int(g["minute"]) if g.get("minute") else 0
    ampm = lex.value("ampm", g["ampm"]) if g.get("ampm") else None
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    return f"{hour:02d}:{minute:02d}"


@cache
def _night_days(language: str) -> frozenset[str]:
    """``night_days`` of time.yaml: relative days that name the night before publication."""
    return frozenset(norm_key(str(w)) for w in lexicon(language).extra.get("night_days") or [])


def _fields(lex: Lexicon, g: dict[str, str | None], suffix: str = "") -> dict[str, object]:
    """Expr fields from the groups with a given suffix ("" or "2")."""
    def val(slot: str) -> object:
        raw = g.get(slot + suffix)
        return lex.value(slot, raw) if raw else None

    out: dict[str, object] = {}
    raw_month = g.get("month" + suffix) or g.get("monthnum" + suffix)
    if raw_month:
        out["month"] = lex.value("month", raw_month) if not raw_month.isdigit() else int(raw_month)
    for slot in ("year", "day", "weekday", "season", "holiday", "decade", "mod", "part", "unit", "num"):
        v = val(slot)
        if v is not None:
            out[slot] = v
    if g.get("dir" + suffix) or g.get("dirpre" + suffix):
        out["direction"] = val("dir") if g.get("dir" + suffix) else val("dirpre")
        word = norm_key(str(g.get("dir" + suffix) or g.get("dirpre" + suffix)))
        if word in {norm_key(str(w)) for w in lex.extra.get("narrative_directions") or []}:
            out["narrative"] = True
    if g.get("roman" + suffix) or g.get("century" + suffix):
        out["century"] = val("roman") if g.get("roman" + suffix) else val("century")
    if g.get("this" + suffix):
        out["this"] = True
    if g.get("rel" + suffix):
        out["offset"] = val("rel")
        if "part" not in out and norm_key(str(g["rel" + suffix])) in _night_days(lex.language):
            out["part"] = "night"  # "overnight", "la nuit dernière": a night, read as one (resolve.py)
    if g.get("present" + suffix):
        out["offset"] = val("present")
    if g.get("anaphor" + suffix):
        out["offset"] = val("anaphor")
    if g.get("shift" + suffix):
        out["direction"] = val("shift")
    return out


def _build(lex: Lexicon, kind: str, m: re.Match[str]) -> list[Expr]:
    g = m.groupdict()
    base = Expr(span=m.span(), kind=kind, **_fields(lex, g))  # type: ignore[arg-type]
    if kind == "time":
        base.time = _time_of(lex, g)
        if not base.time:
            return []
        if g.get("hour2"):  # "de 19 h 30 à 20 h 30": two clock times
            second = Expr(span=(m.start("hour2"), m.end()), kind="time",
                          time=_time_of(lex, {"hour": g["hour2"], "minute": g.get("minute2")}))
            after_hour = _CLOCK_END.match(m.string, m.end("hour"))
            first_end = m.end("minute") if g.get("minute") else (after_hour or m).end(
                0 if after_hour else "hour")
            return [replace(base, span=(m.start("hour"), first_end)), second]
        return [base]
    if kind == "coord":
        return _coord(lex, m, base)
    if kind == "range":
        end = Expr(span=m.span(), kind="date", **_fields(lex, g, "2"))  # type: ignore[arg-type]
        for attr in ("month", "year"):
            if getattr(end, attr) is None and attr == "month" and end.day is not None:
                end.month = base.month
            if getattr(base, attr) is None:
                setattr(base, attr, getattr(end, attr))
        if end.year is None and base.year is not None:
            end.year = base.year
        if end.direction is None:
            end.direction = base.direction
        base.end = end
    if kind == "date" and base.unit and base.season is None and base.month is None:
        base.kind = "relunit"
    return [base]


def _coord(lex: Lexicon, m: re.Match[str], base: Expr) -> list[Expr]:
    """'les 8 et 18 août 2025': one Expr per day, the last one spanning day2 to the end."""
    out = [replace(base, kind="date", span=m.span(group), day=lex.value("day", m.group(group)))
           for group in ("day", "day3") if m.group(group)]
    out.append(replace(base, kind="date", span=(m.start("day2"), m.end()),
                       day=lex.value("day", m.group("day2"))))
    # month-first languages ("August 8 and 18"): the first span starts at the match start
    if m.start("month") < m.start("day"):
        out[0].span = (m.start(), out[0].span[1])
    return out


_CLOCK_END = re.compile(r"\s*[hH]")


def _fold_times(text: str, lex: Lexicon, exprs: list[Expr]) -> list[Expr]:
    """A clock time right before or after a date: the date carries its time, and the clock time
    stays a mention of its own, anchored to that date (it takes the date's day)."""
    out: list[Expr] = []
    i = 0
    while i < len(exprs):
        cur = exprs[i]
        nxt = exprs[i + 1] if i + 1 < len(exprs) else None
        if nxt is not None and cur.time is None and cur.kind in CALENDAR_KINDS and nxt.kind == "time" \
                and lex.time_after_date.match(text[cur.span[1]:nxt.span[0]]):
            out += [replace(cur, time=nxt.time), replace(nxt, anchor=cur.span)]
            i += 2
            continue
        if nxt is not None and cur.kind == "time" and nxt.kind in CALENDAR_KINDS and nxt.time is None \
                and lex.time_before_date.match(text[cur.span[1]:nxt.span[0]]):
            out += [replace(cur, anchor=nxt.span), replace(nxt, time=cur.time)]
            i += 2
            continue
        out.append(cur)
        i += 1
    return out


def parse(text: str, language: str) -> list[Expr]:
    """Every temporal expression in ``text`` with its parts, sorted by span; never raises on text.

    Each call gets its own copies of the records (the parse itself is remembered for the last few
    texts, see ``PARSE_MEMO_SIZE``), so a caller may change them without touching another's."""
    found = _GIVEN.get(_text_key(text, language)) if _GIVEN else None
    return [_copy(e) for e in (found if found is not None else _parse_memo(text, language))]


def _text_key(text: str, language: str) -> tuple[str, bytes]:
    """A text by its digest: the registry holds no copy of the texts it was given."""
    return language, hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()


def give(text: str, language: str, exprs: Sequence[Expr]) -> None:
    """Take ``parse(text, language)`` as made by another process of this package (the grammar is
    the same data: engine/work.py hands over a worker's), so that this process need not build
    the grammar nor run it over the text again."""
    key = _text_key(text, language)
    _GIVEN[key] = tuple(exprs)
    _GIVEN.move_to_end(key)
    while len(_GIVEN) > GIVEN_PARSES_MAX:
        _GIVEN.popitem(last=False)


def _copy(e: Expr) -> Expr:
    return replace(e, end=_copy(e.end) if e.end is not None else None)


@lru_cache(maxsize=PARSE_MEMO_SIZE)
def _parse_memo(text: str, language: str) -> tuple[Expr, ...]:
    return tuple(_parse(text, language))


def _parse(text: str, language: str) -> list[Expr]:
    lex = lexicon(language)
    exprs: list[Expr] = []
    for _s, _e, index, m in _select(_candidates(text, lex)):
        try:
            exprs.extend(_build(lex, lex.patterns[index].kind, m))
        except (ValueError, TypeError, AttributeError):  # a malformed number: skip, keep the rest
            continue
    exprs.sort(key=lambda x: x.span)
    return _fold_times(text, lex, exprs)
