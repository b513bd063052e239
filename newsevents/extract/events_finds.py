"""Stage `events` (see extract/events.py): a weapon found where it fell is part of its fall.

Why a module of its own: a find is an incident of its own when troops come upon a cache, seize
arms or clear an unexploded shell; but a page telling that a drone fell on a house goes on with
"le drone ayant été retrouvé posé sur le toit" or "the drone was found lying in a field": the
definite noun resumes the weapon of the fall told before, and the find is how the fall was seen,
not a second incident (a `weapons_found` dated apart and placed by whatever country the page names).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newsevents.extract.drafts import Draft
    from newsevents.extract.events import Context
    from newsevents.extract.triggers import Trigger

FIND_TYPE = "weapons_found"


def fold_fallen_finds(ctx: Context, drafts: list[Draft]) -> list[Draft]:
    """Drafts without the finds of a weapon told before (resumed_find): each gives its sentences,
    words and targets to the last violent incident before it with a weapon of the same category."""
    out: list[Draft] = []
    for d in drafts:
        host = _fall_of(ctx, d, out) if d.type == FIND_TYPE else None
        if host is None:
            out.append(d)
            continue
        host.sents |= d.sents
        host.spans.extend(s for s in d.spans if s not in host.spans)
        host.targets.extend(t for t in d.targets if t not in host.targets)
    return out


def _fall_of(ctx: Context, d: Draft, before: list[Draft]) -> Draft | None:
    if not all(t.spec.verb and _resumed_weapon(ctx, t) for t in d.triggers):
        return None  # "cache d'armes", "munitions non explosées", "découvert des armes": a find
    categories = {w.category for w in d.weapons}
    hosts = [h for h in before
             if h.violent and h.sent < d.sent and categories & {w.category for w in h.weapons}]
    return max(hosts, key=lambda h: h.sent, default=None)


def _resumed_weapon(ctx: Context, trig: Trigger) -> bool:
    """A word the find requires (the weapon) in its clause, with a determiner that resumes
    (`anaphoric_determiners`: "le drone", "ce drone", "the drone")."""
    lo, hi = ctx.clause(trig.span)
    definite = ctx.words("anaphoric_determiners")
    return any((t.lemma_.lower() in trig.spec.requires or t.lower_ in trig.spec.requires)
               and any(c.dep_ == "det" and c.lower_ in definite for c in t.children)
               for t in ctx.doc[lo:hi])

