"""The place of an act's victims, when the act's own words name only a line it crossed.

Why: "Pakistani shelling across the Line of Control killed at least 12 people in Poonch": the act's
phrase names the line (a ceasefire line, a border, a front), and the town its victims died in is on
the verb the act is the subject of ("killed ... in X", "ont tué ... à X"). A line is hundreds of km
long; the town says where the shells fell. The town was ranked after the line (it lies outside the
act's noun phrase) and, with a reporting verb after it (", officials said"), was no place of the
act at all (the tree climbs past the killing verb to the verb of saying).

A victims' place hangs, marked by a preposition of scene (``scene_prepositions`` of
lang/<code>/arguments.yaml), from a verb whose subject is the act and which has an object (the
victims). It replaces a line or border only (a place of no one country, or a border named " border"),
never a town or a region of the act's own words.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsevents.extract.arguments import SUBJECT_DEPS, marked_by
from newsevents.lang import section_words

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from newsevents.extract.drafts import Draft
    from newsevents.model import Place

# the victims, object of the killing verb, in both models' labels
VICTIM_DEPS = frozenset({"dobj", "obj"})
# the end of a border's name as where_borders writes it ("Cambodia-Thailand border")
BORDER_SUFFIX = " border"


def _victims_verb(word: Token) -> Token | None:
    """The verb with an object a scene-marked place hangs from ("killed seven people in X")."""
    if not marked_by(word, section_words(word.doc.lang_, "arguments", "scene_prepositions")):
        return None
    verb = word.head.head if word.head.pos_ == "ADP" else word.head
    if verb.dep_ in VICTIM_DEPS:  # "killed seven people in X" with the place hung on the victims
        verb = verb.head
    if verb.pos_ != "VERB" or not any(c.dep_ in VICTIM_DEPS for c in verb.children):
        return None
    return verb


def _subjects(verb: Token) -> list[Token]:
    """The verb's subjects (a mis-parse may hang the act on its adjective: "Indian shelling")."""
    return [c for c in verb.children if c.dep_ in SUBJECT_DEPS]


def victims_place(trigger: Span, word: Token) -> bool:
    """The place whose root is `word` is where the victims of the trigger's act died."""
    verb = _victims_verb(word)
    return verb is not None and any(c.left_edge.i <= trigger.root.i <= c.right_edge.i
                                    for c in _subjects(verb))


def subject_act(word: Token, drafts: list[Draft]) -> int | None:
    """The draft whose trigger is the subject of the victims' verb the place hangs from."""
    verb = _victims_verb(word)
    if verb is None:
        return None
    roots = {t.root.i: n for n, d in enumerate(drafts) for t in d.triggers}
    return next((roots[i] for c in _subjects(verb) for i in range(c.left_edge.i, c.right_edge.i + 1)
                 if i in roots), None)


def line_like(place: Place) -> bool:
    """A line or border: of no one country, or named as a border."""
    return place.precision == "region" and (place.country is None or place.name.endswith(BORDER_SUFFIX))
