"""Stage `events`: the onset of an incident told after its end is that incident, which runs from one to
the other.

Why: "Le siège de l'hôtel a pris fin samedi, faisant 26 morts. L'attaque a commencé vendredi soir
lorsqu'un kamikaze a fait exploser un véhicule piégé", "The siege ended on Saturday ... The assault
began on Friday evening": the sentence opening on the incident's definite noun, subject of a verb of
beginning (`phase_verbs` in lang/<code>/events.yaml), tells when the incident told just before
started. Dated a day apart, the two read as two incidents (drafts.dates_compatible), the earlier one
with the first toll of the evening. They are one incident, dated over both days: from the onset's
day to the end's.

Why a module of its own: events.py, which builds the drafts, is at its size limit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsevents.extract.drafts import places_compatible
from newsevents.model import When
from newsevents.settings import ONSET_MAX_DAYS

if TYPE_CHECKING:
    from newsevents.extract.drafts import Draft
    from newsevents.extract.events import Context


def fold_onsets(ctx: Context, drafts: list[Draft]) -> list[Draft]:
    """The drafts, each onset of an incident told before it folded into that incident, whose date
    then runs from the onset's day to its own."""
    out: list[Draft] = []
    for d in drafts:
        host = _host(ctx, d, out)
        if host is None:
            out.append(d)
            continue
        assert host.date is not None and d.date is not None  # _host checks both
        start, end = d.date, host.date
        host.absorb(d)
        host.date = When(start.start, end.end, "range", None, f"{start.text} - {end.text}", False, end.span)
    return out


def _host(ctx: Context, d: Draft, before: list[Draft]) -> Draft | None:
    """The incident `d` tells the onset of: `d` opens its sentence on a definite noun, subject of a
    verb of beginning, dated by its own words; the incident is the latest violent draft of the same
    family told in an earlier sentence, dated to a day after `d`'s, at most ONSET_MAX_DAYS later, at
    a place that may be the onset's."""
    if not d.violent or not d.opens_definite or not _stated_day(d.date):
        return None
    verb = d.first.root.head
    if verb.lemma_.lower() not in ctx.words("phase_verbs"):
        return None
    for host in reversed(before):
        if not host.violent or host.family != d.family or min(host.sents) >= d.sent \
                or not _stated_day(host.date):
            continue
        if not places_compatible(host.place, d.place):
            return None  # begun elsewhere: another act ("L'attaque a commencé jeudi contre un convoi à Gao")
        assert host.date is not None and d.date is not None
        gap = (host.date.start - d.date.end).days
        return host if 0 < gap <= ONSET_MAX_DAYS else None
    return None


def _stated_day(w: When | None) -> bool:
    return w is not None and not w.inferred and w.start == w.end
