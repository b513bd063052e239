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
from collections.abc import Callable, Sequence
from datetime import date, timedelta

from newsevents.model import Published
from newsevents.temporal import calendar as cal
from newsevents.temporal import make_context, parse
from newsevents.temporal.parse import Expr
from newsevents.temporal.resolve import Context, Resolver, TimeValue, calendar_value

# a dated event is reported the same day or within two days (tuned on the seed gold: an article
# whose newest event is on the 14th was published 14..16)
PUBLICATION_LAG_DAYS = 2
# "a déclaré mardi" is said within the week that follows that Tuesday
WEEKDAY_WINDOW_DAYS = 6
# a range of days up to a month ("du 6 au 7 mai", "la nuit du 6 au 7") is over when reported
RANGE_EVIDENCE_MAX_DAYS = 31
_QUOTE = re.compile(r'"[^"\n]{1,3000}"|«[^»]{1,3000}»|“[^”]{1,3000}”')


def _floor_of(v: TimeValue) -> date:
    """The day publication cannot precede: the start of a month or season named as a past time,
    the last day of a short range of days (the range is over when it is reported)."""
    if v.kind == "range" and (v.end - v.start).days <= RANGE_EVIDENCE_MAX_DAYS:
        return v.end
    return v.start


def _evidence(values: list[TimeValue], ctx: Context) -> TimeValue | None:
    past = [v for v in values if v.kind in ("date", "range") and not ctx.is_future(v.span[0])]
    return max(past, key=lambda v: (_floor_of(v), v.precision == "day")) if past else None


def _quotes(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _QUOTE.finditer(text)]


def _inside(quotes: list[tuple[int, int]], span: tuple[int, int]) -> bool:
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
                    tense: Callable[[int], str | None] | None = None) -> Published | None:
    """The publication date the text implies, or None when it gives no dated evidence."""
    exprs = parse(text, language)
    ctx = make_context(text, language, sentences, future, tense)
    values = Resolver(text, exprs, None, ctx).run()
    best = _evidence(values, ctx)
    if best is None:
        return None
    floor, end, precision, floor_span = _floor_of(best), best.end, best.precision, best.span
    if best.kind == "range" and floor == best.end:  # a short range of days: its last day
        precision = "day"
    basis = f"newest dated reference {best.text!r}"
    resolved = {v.span for v in values}
    for e in _yearless(exprs, resolved, ctx):
        iv = _first_on_or_after(e, best.start)
        if iv and iv[0] > floor:
            floor, end, precision, floor_span = iv[0], iv[1], "day" if e.day or e.holiday else "month", e.span
            basis = (f"{text[e.span[0]:e.span[1]]!r} written without a year, placed after "
                     f"{best.text!r}")
    for e in exprs:
        if e.season and e.direction == -1 and e.year is None:
            named = [v for v in values if v.expr.season == e.season and v.year_from == "explicit"]
            if named:
                latest = max(named, key=lambda v: v.end)
                bound = latest.end + timedelta(days=1)
                if bound > floor:
                    floor, end, precision, floor_span = bound, bound, "day", e.span
                    basis = f"{text[e.span[0]:e.span[1]]!r} is {latest.text!r}, so after it"
    # the newest date is inside a quotation: the words were said after it, on the weekday that
    # dates the reporting clause ("«Le 1er avril, j'ai appelé...», a déclaré X mardi")
    quotes = _quotes(text)
    weekday = _weekday_pin(exprs, floor, ctx, quotes) if _inside(quotes, floor_span) else None
    if weekday is not None:
        day, e = weekday
        basis += f"; {text[e.span[0]:e.span[1]]!r} is the first such weekday on or after it"
        return Published(date=day, precision="day", inferred=True, basis=basis,
                         end=day + timedelta(days=WEEKDAY_WINDOW_DAYS))
    if precision == "day":
        return Published(date=floor, precision="day", inferred=True, basis=basis,
                         end=floor + timedelta(days=PUBLICATION_LAG_DAYS))
    return Published(date=floor, precision=precision,  # type: ignore[arg-type]
                     inferred=True, basis=basis, end=max(end, floor))


def _weekday_pin(exprs: list[Expr], floor: date, ctx: Context,
                 quotes: list[tuple[int, int]]) -> tuple[date, Expr] | None:
    """The latest 'first weekday on or after the evidence' among past weekday mentions outside
    quotations (a weekday inside the quoted words is part of what was said, not of when it was
    said: "«Le 2 juin, après les pluies de mardi, le barrage a cédé»" dates nothing after it)."""
    best: tuple[date, Expr] | None = None
    for e in exprs:
        if e.kind != "date" or e.weekday is None or e.day is not None or e.this \
                or e.direction == 1 or ctx.is_future(e.span[0]) or _inside(quotes, e.span):
            continue
        start = floor + timedelta(days=1) if e.direction == -1 else floor
        d = cal.weekday_on_or_after(start, e.weekday)
        if best is None or d > best[0]:
            best = (d, e)
    return best
