"""The place of an incident told "in the same area": the place of the incident told before it.

Why: a follow-up act is often placed by reference to the one before it ("A second mine exploded in
the same area on July 16", "Une deuxième mine a explosé au même endroit", "non loin de là", "dans la
même zone"). Its own sentence names no place, and its paragraph none either (wire copy gives each
sentence a paragraph of its own): left alone, the act got no place, or the dateline's town, which is
where the reporter files from, not where the mine went off. The phrase says where: at the place of
the last incident told before it. The cues are language data (``same_place_cues`` of
lang/<code>/places.yaml); the phrase must be in the act's own sentence. Only an incident with no place
of its own takes it, and only from an earlier incident that has one (the nearest before it).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from newsevents.lang import section_words
from newsevents.model import Place

if TYPE_CHECKING:
    from spacy.tokens import Span

    from newsevents.extract.drafts import Draft


@dataclass(frozen=True, slots=True)
class Resumed:
    """A place taken from another incident, read like a place mention's reference (``.value``)."""

    value: Place


@cache
def _cues(code: str) -> tuple[tuple[str, ...], ...]:
    """The cue phrases of a language as tuples of lowercased words, longest first."""
    words = section_words(code, "places", "same_place_cues")
    return tuple(sorted((tuple(w.replace("’", "'").split()) for w in words), key=len, reverse=True))


def says_same_place(sent: Span, code: str) -> bool:
    """The sentence holds a cue phrase, word for word ("in the same area", "au même endroit"), that
    no name follows: "dans la même localité de X" names its place (another step reads it)."""
    words = [t.lower_.replace("’", "'") for t in sent]
    links = section_words(code, "places", "of_words")
    for cue in _cues(code):
        n = len(cue)
        if any(tuple(words[k:k + n]) == cue and (k + n >= len(words) or words[k + n] not in links)
               for k in range(len(words) - n + 1)):
            return True
    return False


def same_area_place(d: Draft, found: list[Draft], sentence: Span, code: str) -> Resumed | None:
    """The place of the nearest incident told before `d` that has one, when `d`'s own sentence
    (`sentence`) says it happened in the same area; else None."""
    if not says_same_place(sentence, code):
        return None
    before = [o for o in found if o is not d and o.place is not None and o.sent < d.sent]
    if not before:
        return None
    place = max(before, key=lambda o: o.sent).place
    return Resumed(place) if place is not None else None
