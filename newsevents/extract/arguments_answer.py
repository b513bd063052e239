"""The subject of a verb of answering is the doer of the act its complement names: "Thailand
responded with air strikes on Cambodian positions", "l'Iran a riposté par des tirs de missiles".

Why apart from the ``perpetrator_verbs`` (carry out, mener): "respond", "riposter" take the act
answered as well as the answer, and only the preposition tells which ("responded to the attack",
"a riposté à l'attaque": the act answered, whose doer is the other side). So the
``answering_verbs`` of lang/<code>/arguments.yaml name each verb with the prepositions that mark
its answer. Read by arguments_acting.acting_verb for arguments.attack_agents. The answer is often
counted ("retaliated with a wave of strikes", "a riposté par une série de frappes"): the count
noun (``quantity_nouns``) then stands between the verb and the attack noun (through_quantity).
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from newsevents.lang import load_language, section_words

# the marker of a noun's prepositional phrase in a UD parse ("par des frappes": "par" a case child)
CASE_DEPS = frozenset({"case"})


@cache
def _answering(language: str) -> dict[str, frozenset[str]]:
    table = load_language(language).section("arguments").get("answering_verbs") or {}
    return {str(k).lower(): frozenset(str(p).lower() for p in v or ()) for k, v in table.items()}


def answers_with(verb: Token, via: Token | None, language: str) -> bool:
    """Whether ``via`` (the attack noun, or the preposition it hangs from) is the answer a verb of
    answering names: a preposition of ``answering_verbs`` for the verb's lemma marks it, hung
    between them ("responded with strikes": "with" the verb's own child; "a riposté par des
    frappes": "par" the noun's case marker)."""
    if via is None:
        return False
    preps = _answering(language).get(verb.lemma_.lower())
    if not preps:
        return False
    if via.pos_ == "ADP":
        return via.lower_ in preps
    return any(c.dep_ in CASE_DEPS and c.lower_ in preps for c in via.children)


def through_quantity(head: Token, via: Token, language: str) -> tuple[Token, Token]:
    """The word an attack noun's count noun hangs from, and the count noun's own link to it, when
    ``head`` is such a noun ("a wave of strikes": "with" under "retaliated"; "une série de
    frappes": "série" itself, its marker "par" a case child); else ``head`` and ``via`` as given."""
    if head.lemma_.lower() not in section_words(language, "arguments", "quantity_nouns"):
        return head, via
    up = head.head
    if up.i == head.i:
        return head, via
    if up.pos_ == "ADP":
        return up.head, up
    return up, head
