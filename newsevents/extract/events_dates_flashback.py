"""A day counted back ("two days earlier", "la veille", "deux jours plus tôt") counts from the
incident told before it, not from a day of reporting.

Why: the time stage counts such a phrase from the last day named in the text, and news names the
day it reports between two incidents ("A drone strike killed 12 people on Saturday, residents told
AFP on Tuesday. ... Two days earlier, Fano fighters had attacked an army camp"): the attack is two
days before Saturday, not before Tuesday. When the day the phrase was counted from dates no
incident (a statement's day) and an incident told before has a day of its own, the phrase counts
from that incident's day. The phrase's words are the time stage's own lexicon (temporal/parse.py).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

from newsevents.extract.arguments import Ref
from newsevents.model import When
from newsevents.temporal.parse import parse

if TYPE_CHECKING:
    from newsevents.extract.drafts import Draft
    from newsevents.extract.events import Context

_UNIT_DAYS = {"day": 1, "week": 7}


def _back_days(text: str, language: str) -> int | None:
    """Days a phrase counts back from the day told before ("two days earlier" -> 2, "la veille"
    -> 1); None for any other time phrase."""
    exprs = parse(text, language)
    if len(exprs) != 1:
        return None
    e = exprs[0]
    if e.kind == "anaphor" and (e.offset or 0) < 0 and (not e.unit or e.unit == "day"):
        return -int(e.offset or 0)
    if e.kind == "shift" and (e.direction or 1) < 0 and e.num is not None and e.unit in _UNIT_DAYS:
        return int(e.num) * _UNIT_DAYS[e.unit]
    return None


def _day(ref: Ref) -> date | None:
    v = ref.value
    if isinstance(v, When) and v.precision == "day" and v.start == v.end and not v.inferred:
        return v.start
    return None


def recount_flashbacks(ctx: Context, drafts: list[Draft], pick: Callable[[list[Ref]], When | None]) -> None:
    """Re-date an incident dated by a day counted back from a day no incident holds (see module);
    `pick` is the date an incident takes of its time mentions (events_dates.pick_date)."""
    language = ctx.article.language or "fr"
    times = sorted(ctx.refs.get("time", []), key=lambda r: r.start)
    picked = {d_id: w for d_id, w in ((id(d), pick(d.dates)) for d in drafts) if w is not None}
    owned = {w.span for w in picked.values()}
    for d in drafts:
        if len(d.dates) != 1:
            continue
        ref = d.dates[0]
        day = _day(ref)
        back = _back_days(ref.mention.text, language) if day is not None else None
        if day is None or not back:
            continue
        # the day the time stage counted from: the last day named before the phrase
        named = [r for r in times if r.start < ref.start and _day(r) is not None
                 and _back_days(r.mention.text, language) is None]
        if not named or _day(named[-1]) != day + timedelta(days=back) or named[-1].value.span in owned:
            continue
        told = [(o.sent, o.first.span.start, w.start) for o in drafts if o is not d
                and (w := picked.get(id(o))) is not None and not w.inferred and w.precision == "day"
                and w.start == w.end and o.first.span.start < ref.start]
        if not told:
            continue
        anchor = max(told)[2]
        if anchor == named[-1].value.start:
            continue
        new = anchor - timedelta(days=back)
        value = replace(ref.value, start=new, end=new)
        d.dates = [Ref(replace(ref.mention, value=value), ref.start, ref.end, ref.sent)]
