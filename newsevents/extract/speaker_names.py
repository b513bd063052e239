"""A body named by a capitalised noun and its complement ("le Centre de médecine d'urgence", "the
Office for Emergency Relief"): the whole phrase is its name, not the one capitalised word
("Centre"), which alone names nothing.

Why a module of its own: speakers.py is at its size limit."""

from __future__ import annotations

from typing import Any

# The complements that name a body after its capitalised noun ("Centre de ...", "Office for ...").
_COMPLEMENT_DEPS = frozenset({"nmod", "prep"})


def named_by_complement(head: Any, end: int) -> bool:
    """Whether `head`, a lone capitalised noun (no proper noun beside it), heads a complement in
    lower case that ends before `end` (nlp offset of the speaker's words' end): a body whose name
    is its phrase. The complement opens with its preposition right after the noun."""
    doc = head.doc
    if head.pos_ not in ("PROPN", "NOUN") or not head.is_title or head.is_sent_start \
            or (head.i > 0 and doc[head.i - 1].pos_ == "PROPN") \
            or (head.i + 1 < len(doc) and doc[head.i + 1].pos_ == "PROPN"):
        return False
    complement = next((c for c in head.children if c.dep_ in _COMPLEMENT_DEPS and c.i > head.i), None)
    if complement is None:
        return False
    words = [t for t in doc[head.i + 1:complement.right_edge.i + 1] if t.is_alpha]
    return bool(words) and doc[head.i + 1].pos_ == "ADP" \
        and complement.right_edge.idx < end and all(t.is_lower for t in words)
