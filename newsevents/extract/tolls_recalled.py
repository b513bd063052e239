"""A toll told of an act the sentence recalls, not of the incident: "The attack came a week after
the bombing of a railway station that killed 26 people", "L'attaque survient une semaine après
l'attentat contre la gare, qui avait fait 26 morts", "in response to the attack, which resulted in
the deaths of 26 tourists".

Why the parse: the count's clause is a relative (or participle) clause of a noun phrase that is
the object of a preposition placing the news against an earlier act ("after", "since", "après",
"depuis": `recalled_toll_prepositions` in lang/<code>/numbers.yaml) or the act a response answers
(the events stage's `response_heads`). The toll describes that earlier act, which is another
incident (or only background); the sentence's own incident, or the one told before it, has not
that toll. A window of words cannot tell "the bombing that killed 26" from "the attack killed 26".
"""

from __future__ import annotations

from typing import Any

from newsevents.lang import section_words

# dependency labels of a clause describing a noun (UD and the English model's)
DESCRIBING_DEPS = frozenset({"acl", "acl:relcl", "relcl"})
# dependency labels through which a noun phrase hangs from the noun it complements
NOUN_LINK_DEPS = frozenset({"nmod", "pobj", "prep", "case", "appos", "compound"})
# how many links from the described noun up to the recalled act's preposition ("after the bombing
# of a railway station in the city that killed": city -> in -> station -> of -> bombing -> after)
MAX_CLIMB = 8


def _clause_verb(tok: Any) -> Any:
    """The verb (or noun) whose clause holds the count: up from the number to the first verb."""
    steps = 0
    while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i and steps < MAX_CLIMB:
        if tok.dep_ in DESCRIBING_DEPS:
            return tok
        tok, steps = tok.head, steps + 1
    return tok


def _marker(noun: Any) -> Any | None:
    """The preposition of a noun phrase: its ``case`` child (UD) or its ``prep`` head (English)."""
    case = next((c for c in noun.children if c.dep_ == "case"), None)
    if case is not None:
        return case
    return noun.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else None


def recalled_act(doc: Any, token: int, language: str, response_heads: frozenset[str]) -> Any | None:
    """The noun of the earlier act whose describing clause holds the count at `token` (see the
    module's docstring), else None."""
    if not 0 <= token < len(doc):
        return None
    preps = section_words(language, "numbers", "recalled_toll_prepositions")
    verb = _clause_verb(doc[token])
    if verb.dep_ not in DESCRIBING_DEPS:
        # "which resulted in the deaths of 26": the count's noun is under the clause's verb
        verb = next((t for t in [verb, *verb.ancestors][:MAX_CLIMB] if t.dep_ in DESCRIBING_DEPS), None)
        if verb is None:
            return None
    noun = verb.head
    for _ in range(MAX_CLIMB):
        if noun.pos_ not in ("NOUN", "PROPN"):
            return None
        marker = _marker(noun)
        if marker is not None and marker.lower_ in preps:
            return noun
        above = marker.head if marker is not None and marker.dep_ == "prep" else noun.head
        if above.lemma_.lower() in response_heads or above.lower_ in response_heads:
            return noun
        if noun.dep_ not in NOUN_LINK_DEPS or above.i == noun.i:
            return None
        noun = above
    return None


def recalled_owner(act: Any, owners: list[Any], drafts: list[Any]) -> list[Any]:
    """The drafts a count goes to, an owner whose trigger lies in the recalled act's phrase after its
    noun (the verb of the clause telling that act's toll: "une riposte à une attaque de l'armée ...,
    qui a tué 13 combattants", the parser hanging "qui a tué" on "armée") giving way to the draft of
    the act itself: the count is that act's own."""
    if act is None:
        return owners
    told = next((d for d in drafts if any(t.span.start <= act.i < t.span.end for t in d.triggers)), None)
    inside = range(act.i + 1, act.right_edge.i + 1)
    return [told if told is not None and d.first.span.start in inside and d.first.span.end - 1 in inside
            else d for d in owners]
