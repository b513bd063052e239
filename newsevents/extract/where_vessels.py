"""The place of an attack on a ship told by the next sentence, where the ship was: "Houthi rebels
attacked a bulk carrier on Sunday, setting it ablaze. The vessel was sailing in the Red Sea some 50
nautical miles southwest of Hodeidah when ...", "Un pétrolier a été frappé lundi par un drone naval.
Le navire transitait par la mer Rouge". Wire copy at sea names the ship first and its position after.

Only for an act whose own sentence names a ship (``vessel_nouns`` of lang/<code>/places.yaml) and
has no place of its own; only the sentence right after it, whose main verb (or the clause a
reporting verb heads) has a definite ship noun for subject ("the vessel", "le navire") and tells
what the ship was doing then (an ongoing tense: "was sailing", "had been transiting", "naviguait";
where_clauses.ongoing), not where it went after ("the ship later docked in Djibouti").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from newsevents.extract.arguments_places import best_place, definite
from newsevents.extract.triggers import SUBJECT_DEPS
from newsevents.extract.where_clauses import ongoing
from newsevents.lang import section_words

if TYPE_CHECKING:
    from newsevents.extract.arguments import Ref
    from newsevents.extract.drafts import Draft
    from newsevents.extract.events import Context

# the clause a reporting verb heads ("The ship was sailing in X, the firm said")
REPORTED_DEPS = frozenset({"ccomp", "parataxis"})


def vessel_place(ctx: Context, d: Draft) -> Ref | None:
    """The place the sentence after the act gives the ship it struck (module docstring)."""
    nxt = max(d.sents) + 1
    if nxt >= len(ctx.bounds) or not d.violent:
        return None
    nouns = section_words(ctx.lang, "places", "vessel_nouns")
    if not nouns or not any(t.lemma_.lower() in nouns for t in ctx.sentence(d.sent)):
        return None
    sent = ctx.sentence(nxt)
    verb = _ship_verb(sent, nouns)
    places = [r for r in ctx.places if r.sent == nxt]
    if verb is None or not places:
        return None
    return best_place(places, sent.doc[verb.i:verb.i + 1], ctx.owner_starts)


def _ship_verb(sent: Span, nouns: frozenset[str]) -> Token | None:
    """The sentence's main verb (or the one its reporting verb heads) in an ongoing tense, with a
    definite ship noun for subject."""
    root = sent.root
    for verb in (root, *(c for c in root.children if c.dep_ in REPORTED_DEPS)):
        if ongoing(verb) and any(c.dep_ in SUBJECT_DEPS and c.lemma_.lower() in nouns and definite(c)
                                 for c in verb.children):
            return verb
    return None
