"""Stage `events`: the act a weapon is used for says when and how often the use was.

"Russian forces used drones to systematically attack civilians over ten months", "ont utilisé des
drones pour attaquer des civils pendant dix mois": the trigger is the use of the weapon, and the
span of months or the word of frequency hangs from the verb of its aim, not from "used". Read
with the aim's words (qualifiers.campaign, qualifiers.habitual), a campaign told through a tool is
a campaign, no incident dated the day of the report.

Why a module of its own: qualifiers.py is at its size limit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsevents.extract.arguments_purpose import PURPOSE_DEPS

if TYPE_CHECKING:
    from spacy.tokens import Token

    from newsevents.extract.triggers import Trigger

# the trigger kind of a weapon's use ("use", "fire", "launch" + a weapon: lang/<code>/events.yaml)
USE_KIND = "use"


def aims(trig: Trigger) -> list[Token]:
    """The verbs a use of a weapon is for: its purpose infinitive ("used drones to attack", "a
    utilisé des drones pour attaquer")."""
    if trig.spec.type != USE_KIND or trig.root.pos_ != "VERB":
        return []
    return [c for c in trig.root.children if c.dep_ in PURPOSE_DEPS and c.pos_ == "VERB"]
