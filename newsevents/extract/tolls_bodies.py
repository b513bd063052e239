"""Bodies handed over: "Le Hamas a remis les corps de quatre otages", "the militia returned the
bodies of 14 soldiers". The count is of the dead, but the act its sentence tells is the handover,
no violent act: the toll belongs to the act that killed them only when
the sentence names it ("les corps de six soldats tués lors des combats de la semaine dernière",
"the bodies of 14 miners killed in Tuesday's attack"), not to an incident told in another sentence.

Why the parse: the counted noun is the complement of a body noun (``body_nouns`` in
lang/<code>/numbers.yaml: "corps de", "bodies of"), or the body noun is itself counted ("14 bodies
were returned"), and the verb that governs it hands them over (``handover_verbs``). Bodies counted,
received or collected after an act ("We counted five bodies and 31 people with gunshot wounds",
"the hospital received 30 bodies") are that act's toll. A count of the victims told before ("les
corps des deux soldats") is theirs.
"""

from __future__ import annotations

from typing import Any

from newsevents.extract.tolls import _anchor
from newsevents.lang import section_words


def bodies_counted(start: int, end: int, doc: Any, language: str) -> bool:
    """True when the count in doc[start:end] counts bodies (the body noun or its complement)."""
    nouns = section_words(language, "numbers", "body_nouns")
    if not nouns or not 0 <= start < end <= len(doc):
        return False
    numbers = [t for t in doc[start:end] if t.like_num or t.pos_ == "NUM"]
    if not numbers:
        return False
    before = numbers[0].i - 1
    if before >= 0 and doc[before].lower_ in section_words(language, "numbers", "body_anaphors"):
        return False  # "les corps des deux soldats": the victims told before, whose toll it is
    noun = _anchor(numbers[0])
    heads = [noun, noun.head]
    if noun.head.pos_ == "ADP" and noun.head.i < noun.i:  # "bodies of 14 miners": pobj of "of"
        heads.append(noun.head.head)
    body = next((h for h in heads if h.i <= noun.i and (h.lower_ in nouns or h.lemma_.lower() in nouns)),
                None)
    return body is not None and _handed_over(body, section_words(language, "numbers", "handover_verbs"))


def _handed_over(body: Any, verbs: frozenset[str]) -> bool:
    """The body noun hangs (within a few steps) on a verb of handing over."""
    token = body
    for _ in range(4):
        if token.pos_ in ("VERB", "AUX") or token.head is token:
            break
        token = token.head
    return token.lemma_.lower() in verbs
