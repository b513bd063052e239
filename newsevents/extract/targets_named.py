"""A struck thing's own name told after its noun, and a thing told as another of its kind.

- "another tanker, the Silver Dawn", "un autre pétrolier, le Silver Dawn": the name in loose
  apposition after the noun is the thing's own (targets._apposed_name reads the name before it,
  "the Eternity C, the Liberian-flagged cargo ship").
- "another tanker", "un autre pétrolier" (``other_words`` of lang/<code>/targets.yaml) is not the
  tanker named before: it takes no earlier name (targets.find_facilities).
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Span, Token

from newsevents.lang import section_words

NAME_POS = frozenset({"PROPN", "NOUN", "X", "NUM"})
# entity labels of a day or a time, never a facility's own name
TIME_LABELS = frozenset({"DATE", "TIME"})


def name_around(tok: Token) -> Span:
    """The capitalised words of the name a proper noun belongs to ("Eternity C", "Magic Seas")."""
    doc, sent = tok.doc, tok.sent
    a = tok.i
    while a > sent.start and doc[a - 1].text[:1].isupper() and doc[a - 1].pos_ in NAME_POS:
        a -= 1
    b = tok.i + 1
    while b < sent.end and doc[b].text[:1].isupper() and doc[b].pos_ in NAME_POS:
        b += 1
    return doc[a:b]


def named_after(span: Span, places: list[Any], parties: list[Any], own_names: frozenset[str],
                name: str) -> Span | None:
    """The proper name after a comma and an article that follows the noun of a thing with a name of
    its own ("another bulk carrier, the Silver Dawn, off the port"): that name, read on the surface.
    Not a place's nor a party's other than an organisation's, nor a day."""
    if name not in own_names:
        return None
    doc = span.doc
    right = span.end  # the parser often hangs the name on the noun: read on the surface
    if right + 2 >= len(doc) or doc[right].text != "," or doc[right + 1].pos_ != "DET":
        return None
    first = doc[right + 2]
    if first.pos_ != "PROPN" or not first.text[:1].isupper():
        return None
    found = name_around(first)
    if found.start != first.i or any(t.ent_type_ in TIME_LABELS for t in found):
        return None
    refs = places + [r for r in parties if getattr(r.value, "kind", None) != "organization"]
    if any(r.start < found.end and found.start < r.end for r in refs):
        return None
    return found


def another(span: Span | None, language: str) -> bool:
    """The noun is told as another of its kind ("another tanker", "un autre pétrolier")."""
    if span is None:
        return False
    words = section_words(language, "targets", "other_words")
    lo = min(span.root.left_edge.i, span.start)
    return any(t.lower_ in words for t in span.doc[lo:span.end])
