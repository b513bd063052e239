"""A bare group noun after a body spoke ("..., the Sudan Emergency Lawyers said. The strike destroyed
the roof, the group said"): the body that spoke, not the armed group its words named.

Why: the who stage resolves "the group" to the last group named, and an account names the armed
group it blames ("a drone strike by the RSF"): the watchdog's second statement then went to the
accused. A bare "the group" / "le groupe" / "l'organisation" that goes on speaking resumes the last
speaker (within PRONOUN_SENTENCES sentences) when that speaker is an organisation or a group and the
who stage's antecedent never spoke in the article.

Why a module of its own: speakers.py is at its size limit."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from newsevents.extract.stance import Lexicon, fold
from newsevents.model import Party

# The kinds of body a bare group noun may resume.
_BODIES = ("organization", "group")


def resumed_speaker(lex: Lexicon, party: Party, head: Any | None, start: int,
                    spoken: list[tuple[int, Party]], sentence_at: Callable[[int], int], within: int) -> Party:
    """The last speaker a bare group noun resumes, else `party` (the who stage's antecedent)."""
    if head is None or head.pos_ != "NOUN" or party.kind not in _BODIES or not spoken:
        return party
    if "Plur" in head.morph.get("Number") or fold(head.text) in fold(party.name).split():
        return party  # "the rebels, who denied any role": fighters named, not a body resumed
    lemma = fold(head.lemma_)
    if lemma not in lex.group_nouns and lemma not in lex.institution_nouns:
        return party
    if any(c.dep_ not in ("det", "punct") for c in head.lefts) \
            or any(c.dep_ not in ("punct", "acl", "relcl") for c in head.rights):
        return party  # "the paramilitary group", "le groupe armé": a qualifier says which
    at, last = spoken[-1]
    if last.kind not in _BODIES or last.name == party.name or sentence_at(start) - sentence_at(at) > within:
        return party
    if any(p.name == party.name for _s, p in spoken):
        return party  # the antecedent spoke itself: the who stage's reading stands
    return last
