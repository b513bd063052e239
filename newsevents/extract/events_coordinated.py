"""Stage `events`: a consequence act coordinated with the attack's own verb is no incident of its own.

Why a module of its own: a `consequence` trigger (lang/*/events.yaml: arson, looting) told after an
attack joins it (events.py), but one coordinated with the attack's verb in the same clause ("des
hommes armés ont incendié des maisons et tué cinq villageois dimanche", "gunmen killed five
villagers and set fire to houses") shares its date and place: as an incident of its own it took
them and left the killing placeless. The deed is part of that attack.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsevents.extract.drafts import type_table
from newsevents.extract.triggers import GENERIC_KINDS, Trigger

if TYPE_CHECKING:
    from newsevents.extract.events import Context



def coordinated_with_attack(ctx: Context, trig: Trigger) -> bool:
    """Whether the consequence trigger's verb and the verb of a use of force (not a protest: a crowd
    that marched and looted stays a riot) are conjuncts ("killed ... and set fire to", "ont
    incendié ... et tué")."""
    root = trig.root
    if not trig.spec.consequence or root.pos_ not in ("VERB", "AUX"):
        return False
    linked = {c.i for c in root.children if c.dep_ == "conj"}
    if root.dep_ == "conj":
        linked.add(root.head.i)
    types = type_table().get("types") or {}
    return any(other.root.i in linked for other in ctx.matches.triggers
               if other is not trig and not other.spec.consequence
               and (other.spec.type in GENERIC_KINDS or (types.get(other.spec.type) or {}).get("violent")))
