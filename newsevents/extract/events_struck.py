"""Stage `events`: a thing of the attack told just before, said to have been hit with no weapon named.

Why a module of its own: an impact verb needs a weapon to have a type (extract/events_typing.py), but
a wire often tells the attack first and then, in the next sentence, what was hit and when ("Trois
soldats ont été tués dans une embuscade mercredi. Leur véhicule a été pris pour cible vers 15
heures", "Their vehicle was targeted at around 3 p.m."). That passive impact, its subject a thing the
attack's victims own (a possessive determiner), no doer of its own and only a clock for a date, is
the attack told again: it takes the type of the violent trigger of the sentence right before, so its
clock reaches that incident instead of being lost. A date of its own ("their families were targeted
in a smear campaign last year") is another matter, and no incident.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from newsevents.extract.drafts import type_table
from newsevents.extract.triggers import Trigger

if TYPE_CHECKING:
    from newsevents.extract.events import Context

PASSIVE_SUBJECT_DEPS = frozenset({"nsubj:pass", "nsubjpass"})
AGENT_DEPS = frozenset({"agent", "obl:agent"})
# a possessive determiner of the subject ("leur véhicule", "their vehicle"): spaCy's morphology
POSSESSIVE = "Poss=Yes"


def struck_after_attack(ctx: Context, trig: Trigger,
                        resolve: Callable[[Context, Trigger], tuple[str | None, bool]]) -> str | None:
    """The violent type of the attack told in the sentence right before, for a passive impact with
    a possessed subject, no agent and only clock times in its sentence ("leur véhicule a été pris
    pour cible vers 15 heures"); else None."""
    root = trig.root
    subjects = [c for c in root.children if c.dep_ in PASSIVE_SUBJECT_DEPS]
    if not subjects or any(c.dep_ in AGENT_DEPS for c in root.children):
        return None
    if not any(POSSESSIVE in str(d.morph) or d.tag_ == "PRP$" for s in subjects for d in s.children):
        return None
    n = ctx.sent_of[trig.span.start]
    times = [r.value for r in ctx.refs.get("time", []) if r.sent == n]
    if n == 0 or not times or any(getattr(t, "time", None) is None for t in times):
        return None
    before = ctx.sentence(n - 1)
    types = type_table().get("types") or {}
    for other in ctx.matches.triggers:
        if other is trig or not before.start <= other.span.start < before.end:
            continue
        typed, _ = resolve(ctx, other)
        if typed and (types.get(typed) or {}).get("violent"):
            return typed
    return None
