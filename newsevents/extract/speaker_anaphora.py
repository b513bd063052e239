"""The noun phrase a "the latter" word stands for: "…a accusé des factions armées, ce que ces
dernières ont rejeté".

Why apart from speakers.py's pronouns: "ces derniers" names no salient party but the noun phrase
named last before it, which the who stage may not hold as a party at all ("des groupes armés"),
so it is read on the parse, not on the party mentions; the phrase found is then resolved as any
speaker's words are (speakers.SpeakerResolver.resolve).
"""

from __future__ import annotations

from typing import Any

# Dependencies of a noun inside a modifier of another noun ("des groupes liés à l'Iran": "Iran" on
# "liés" on "groupes"): the phrase meant is the one it qualifies.
_MODIFIER_DEPS = frozenset({"nmod", "obl", "acl", "amod"})


def named_last(start: int, anaphor: Any) -> tuple[int, int, Any] | None:
    """The noun phrase named last before ``start`` (nlp offsets, where the anaphor's words begin)
    in its sentence agreeing in gender and number with the anaphor, as its words and head; a noun
    inside a modifier stands for the phrase it qualifies while that one agrees too ("ces
    dernières": "des factions", not the "groupes" they are "liés à"; "ces derniers": "des groupes
    liés à l'Iran", not "l'Iran")."""
    nouns = [t for t in anaphor.sent if t.idx + len(t.text) <= start and t.pos_ in ("NOUN", "PROPN")
             and _agrees(t, anaphor)]
    if not nouns:
        return None
    best = tok = nouns[-1]
    while tok.dep_.split(":")[0] in _MODIFIER_DEPS and tok.head.i < tok.i:
        tok = tok.head
        if tok.pos_ in ("NOUN", "PROPN"):
            if not _agrees(tok, anaphor):
                break
            best = tok
    left = min([best.i] + [c.i for c in best.lefts if c.dep_ in ("det", "amod", "nummod")])
    right = best.i  # its adjectives and bare noun modifiers after it ("factions armées pro-iraniennes")
    while right + 1 < len(best.doc) and best.doc[right + 1].head.i == best.i \
            and best.doc[right + 1].dep_ in ("amod", "nmod") \
            and not any(c.dep_ == "case" for c in best.doc[right + 1].children):
        right += 1
    doc = best.doc
    return doc[left].idx, doc[right].idx + len(doc[right].text), best


def _agrees(noun: Any, anaphor: Any) -> bool:
    """Same gender and number, where the tagger tells them."""
    return all(not noun.morph.get(f) or not anaphor.morph.get(f)
               or noun.morph.get(f) == anaphor.morph.get(f) for f in ("Gender", "Number"))
