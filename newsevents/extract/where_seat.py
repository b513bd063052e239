"""Where a source sits is not where the act it tells of happened.

Why: a toll is often cited with the source's own description: "les combats ont fait 250 morts,
selon l'OSDH, basé au Royaume-Uni", "according to the monitor, which is based in Britain",
"selon un opposant exilé à Paris". The place of that participle or relative clause is the source's
seat; taken as the act's place it put a battle in Syria in the United Kingdom. A place is a seat
when the first verb above it is one of ``seat_verbs`` (lang/<code>/places.yaml: "basé", "based",
"exilé", "headquartered") on a noun that is a source: marked by ``source_markers`` ("selon X",
"according to X"), or the subject of a verb of saying ("the monitor, based in London, said").
A seat on any other noun stays ("struck a militia based in X": the strike may well be there).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsevents.extract.where_speech import saying_verb
from newsevents.lang import section_words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from newsevents.extract.arguments import Ref
    from newsevents.extract.where_spots import Spot

# heads climbed from a place to the participle it hangs from ("Royaume-Uni" -> "au" -> "basé")
SEAT_CLIMB = 4
# a participle or relative clause on a noun, in both models' labels
NOUN_CLAUSE_DEPS = frozenset({"acl", "relcl", "acl:relcl"})
# an apposition the climb passes to reach the source ("selon l'OSDH, une ONG basée à Londres")
APPOSITION_DEPS = frozenset({"appos"})
# the subject of a verb of saying ("the monitor, based in London, said")
SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass", "nsubjpass"})
# steps from a source noun up to its marker ("the Observatory" -> "to" -> "according")
MARKER_CLIMB = 2


def source_seat(token: Token) -> bool:
    """The place whose root is `token` is the seat of a source (module docstring)."""
    lang = token.doc.lang_
    seats = section_words(lang, "places", "seat_verbs")
    t = token
    for _ in range(SEAT_CLIMB):
        if t.head.i == t.i:
            return False
        t = t.head
        if t.pos_ in ("VERB", "AUX", "ADJ"):
            break
    else:
        return False
    if not (t.lemma_.lower() in seats or t.lower_ in seats) or t.dep_ not in NOUN_CLAUSE_DEPS:
        return False
    return _source(t.head, lang)


def _source(noun: Token, language: str) -> bool:
    """A noun that is a source: marked by a source word, or the subject of a verb of saying."""
    while noun.dep_ in APPOSITION_DEPS and noun.head.i != noun.i:
        noun = noun.head
    markers = section_words(language, "places", "source_markers")
    if any(c.lower_ in markers for c in noun.children):
        return True  # "selon l'OSDH"
    t = noun
    for _ in range(MARKER_CLIMB):
        if t.head.i == t.i:
            break
        t = t.head
        if t.lower_ in markers:
            return True  # "according to the Observatory"
    return noun.dep_ in SUBJECT_DEPS and saying_verb(noun.head)


def seat_tokens(doc: Doc, spots: list[Spot]) -> frozenset[int]:
    """Tokens of the named places that are a source's seat: they tell nothing of which country the
    story is about (where.document_context), nor of which town a name is."""
    return frozenset(i for s in spots if source_seat(doc[s.name_start:s.name_end].root)
                     for i in range(s.name_start, s.name_end))


def seat_starts(doc: Doc, places: list[Ref]) -> set[int]:
    """First tokens of the place references that are a source's seat (arguments_places drops them)."""
    return {r.start for r in places if source_seat(doc[r.start:r.end].root)}
