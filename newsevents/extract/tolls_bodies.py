"""Bodies handed over or recovered: "Le Hamas a remis les corps de quatre otages", "rescuers
recovered the bodies of 14 miners". The count is of the dead, but the act its sentence tells is the
handover or the recovery, no violent act: the toll belongs to the act that killed them only when
the sentence names it ("les corps de six soldats tués lors des combats de la semaine dernière",
"the bodies of 14 miners killed in Tuesday's attack"), not to an incident told in another sentence.

Why the parse: the counted noun is the complement of a body noun (``body_nouns`` in
lang/<code>/numbers.yaml: "corps de", "bodies of"), or the body noun is itself counted ("14 bodies
were recovered"). A count of the victims told before ("les corps des deux soldats") is theirs.
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
    return any(h.i <= noun.i and (h.lower_ in nouns or h.lemma_.lower() in nouns) for h in heads)
