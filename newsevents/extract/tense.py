"""Tense read on the morphology, shared by the stages that ask when a verb tells its act.

Why a module of its own: the events stage (an incident recalled in a pluperfect stands apart:
drafts_recalled) and the claims stage (a toll claimed in a pluperfect is an earlier count:
claim_tolls.told_before) ask the same question of a verb.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token


def pluperfect(verb: Token) -> bool:
    """A participle with a past or imperfect tense auxiliary, not a passive one ("avait fait",
    "had killed", "had been attacked"; not "a été tué", "was killed")."""
    if "Part" not in verb.morph.get("VerbForm") and verb.tag_ != "VBN":
        return False
    return any(c.dep_ in ("aux", "aux:tense") and {"Past", "Imp"} & set(c.morph.get("Tense"))
               for c in verb.children)
