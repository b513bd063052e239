"""Stage `where`: two place entities joined by "and"/"et" or by "de" that are one place's name.

Why: the NER cuts "Jammu and Kashmir" into "Jammu" and "Kashmir", so "shelled villages in Jammu
and Kashmir's Poonch district" was placed at the city of Jammu. When the gazetteer knows the two
names with their conjunction as one area (a first-level division, a region or a country: "Jammu
and Kashmir", "Trinidad and Tobago"), the two entities are read as that one name; two towns
("Kharkiv and Sumy") stay two. The French model cuts "le département du Norte de Santander" alike
into "Norte" and "Santander", and the act went to the department of Santander, another one: a
lower-case preposition between the two ("de", "of") joins them the same way, on the same test.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Span

from newsevents.extract.where_spots import entity_parts
from newsevents.geo.index import Gazetteer

# gazetteer kinds of a name that joins two entities
AREA_KINDS = frozenset({"admin1", "region", "country"})
# capitalised words read after the joining word ("Norte de Santander", "Valle del Cauca")
MAX_JOINED_WORDS = 3
# letters of a lower-case particle joining two names whatever its tag ("del", "da", "do")
MAX_PARTICLE_CHARS = 3


def joined_entities(doc: Any, gaz: Gazetteer, labels: set[str]) -> list[Any]:
    """The document's entities, with each `labels` entity followed by one joining word and
    capitalised words (another entity or none: "Valle del Cauca" of the English model, whose "del
    Cauca" is no entity) that name one area with it merged into one span (the first entity's
    label); the longest such name wins."""
    ents = list(doc.ents)
    out: list[Any] = []
    i = 0
    while i < len(ents):
        ent = ents[i]
        end = _joined_end(doc, ent, gaz) if ent.label_ in labels else None
        nxt = ents[i + 1] if i + 1 < len(ents) else None
        if end is not None and (nxt is None or nxt.start >= end or (nxt.end == end and nxt.label_ in labels)):
            out.append(Span(doc, ent.start, end, label=ent.label_))
            i += 2 if nxt is not None and nxt.end == end else 1
            continue
        out.append(ent)
        i += 1
    return out


def _joined_end(doc: Any, ent: Any, gaz: Gazetteer) -> int | None:
    """The end of the longest area name made of the entity, a joining word right after it and up to
    MAX_JOINED_WORDS capitalised words after that, else None."""
    if ent.end + 1 >= len(doc) or not _link(doc[ent.end]):
        return None
    found = None
    for end in range(ent.end + 2, min(len(doc), ent.end + 1 + MAX_JOINED_WORDS) + 1):
        if not doc[end - 1].text[:1].isupper() or not doc[end - 1].is_alpha:
            break
        if _one_area(doc, ent.start, end, gaz):
            found = end
    return found


def _link(tok: Any) -> bool:
    """A word that may join two names into one: a conjunction, a lower-case preposition ("de"), a
    short lower-case particle the model reads as a name's word ("del", "da")."""
    return (tok.pos_ in ("CCONJ", "ADP") and tok.is_lower) or (tok.is_lower and tok.is_alpha
                                                            and len(tok) <= MAX_PARTICLE_CHARS)


def _one_area(doc: Any, start: int, end: int, gaz: Gazetteer) -> bool:
    """The words name one area whose name holds a conjunction or a preposition ("Bosnia and
    Herzegovina", "Norte de Santander")."""
    return any(_link(t) for t in doc[start + 1:end - 1]) \
        and any(c.kind in AREA_KINDS for c in gaz.lookup(doc[start:end].text))


def place_parts(doc: Any, ent: Any, gaz: Gazetteer) -> list[Any]:
    """The place names an entity holds (where_spots.entity_parts), but one area whose name holds a
    conjunction stays whole."""
    return [ent] if _one_area(doc, ent.start, ent.end, gaz) else entity_parts(doc, ent)


HYPHENS = "-\u2010\u2011"


def cut_at_hyphen(doc: Any, name_start: int, name_end: int, gaz: Gazetteer) -> bool:
    """The name is one half of a hyphenated name the gazetteer lacks ("Kourgan-Tioubé": not Kurgan,
    Russia): a hyphen glued to it and to a capitalised word that is no place of its own, on
    either side. Two places so joined ("the Kyiv-Moscow talks") stay places."""
    text = doc.text
    lo, hi = doc[name_start].idx, doc[name_end - 1].idx + len(doc[name_end - 1])
    while hi > lo and text[hi - 1] in HYPHENS:
        hi -= 1
    after = _glued_word(text, hi, 1)
    before = _glued_word(text, lo, -1)
    return any(w and w[:1].isupper() and not gaz.lookup(w) for w in (after, before))


def _glued_word(text: str, at: int, step: int) -> str:
    """The word glued by a hyphen to the name ending (step 1) or starting (step -1) at `at`."""
    k = at if step > 0 else at - 1
    if not 0 <= k < len(text) or text[k] not in HYPHENS:
        return ""
    k += step
    j = k
    while 0 <= j < len(text) and text[j].isalpha():
        j += step
    return text[k:j] if step > 0 else text[j + 1:k + 1]
