"""Stage `events`: a downing or violation counted again in a later statement is the incident told.

Why a module of its own: "Polish and allied aircraft shot down drones that entered Polish airspace
overnight during a Russian attack ... Tusk told parliament that 19 airspace violations had been
recorded and that at least three drones were downed. No one was hurt": the count of the statement
(the violations hosting the drones downed, drafts.fold_mentions) stood as a second drone strike with
neither place, party nor day of its own, anchored only by the zero toll of "no one was hurt". A
violent incident with no stated day, no place, no actor and no target, whose toll is none or zero,
told after an incident of the same type that has a place or a party of its own, is that incident
counted again: it joins the latest such one. One marked
as another ("another drone") or opened apart ("Separately, ...") stays its own. events.py is at its
size limit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newsevents.extract.drafts import Draft


def _bare(d: Draft) -> bool:
    """Nothing of its own but a zero toll: no stated day, no place, no party, no victims."""
    stated = d.date is not None and not d.date.inferred
    return d.violent and not (stated or d.dates or d.place or d.actors or d.targets or d.lead
                              or d.distinct or d.separate or d.entry) \
        and not d.fatalities and not d.injured


def fold_recounted(drafts: list[Draft]) -> list[Draft]:
    """Each incident counted again with nothing of its own joins the same-type incident told before."""
    out: list[Draft] = []
    for d in drafts:
        told = [o for o in out if o.violent and o.type == d.type and max(o.sents) < min(d.sents)
                and (o.place is not None or o.actors or o.targets)] if _bare(d) else []
        if not told:
            out.append(d)
            continue
        max(told, key=lambda o: max(o.sents)).sents |= d.sents
    return out
