"""The place a video shows an act at, for an act its own sentences place nowhere.

Why: a wire story often tells a strike in one sentence and where it was only in the description of
the footage released of it ("The military struck a boat on Tuesday, killing three. He later posted
a video that showed a small vessel exploding in the southern Caribbean"; "une vidéo montrant une
embarcation explosant dans le sud des Caraïbes"). The place hangs on a participle or clause under
the object of a verb of showing (``showing_verbs`` of arguments.yaml) whose subject or head is a
footage noun (``footage_nouns``): that is the scene of the act the footage is of. Only after the
act, in its paragraph, and set by a preposition of scene (``scene_prepositions``).
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span, Token

from newsevents.extract.arguments import Ref, marked_by
from newsevents.lang import load_language

MAX_SHOWN_HOPS = 5  # place -> preposition phrase -> participle -> object -> verb of showing


@cache
def _words(language: str) -> dict[str, frozenset[str]]:
    data = load_language(language).section("arguments")
    return {k: frozenset(str(w).lower() for w in data.get(k) or ())
            for k in ("showing_verbs", "footage_nouns", "scene_prepositions")}


def _shows(verb: Token, footage: frozenset[str]) -> bool:
    """A verb of showing whose subject, or the noun its clause qualifies, is footage."""
    if verb.dep_ in ("acl", "relcl", "acl:relcl") and verb.head.lemma_.lower() in footage:
        return True
    return any(c.dep_ in ("nsubj", "nsubj:pass") and c.lemma_.lower() in footage for c in verb.children)


def shown_place(places: list[Ref], trigger: Span, paragraph_of: list[int], sent: int,
                skip: set[int]) -> Ref | None:
    """The first place after the trigger in its paragraph that a video of the act shows it at."""
    words = _words(trigger.doc.lang_)
    if not words["showing_verbs"] or not words["footage_nouns"]:
        return None
    for r in places:
        if r.start < trigger.end or r.start in skip or r.value.lat is None \
                or paragraph_of[r.sent] != paragraph_of[sent]:
            continue
        node, scene = trigger.doc[r.start:r.end].root, False
        for _ in range(MAX_SHOWN_HOPS):
            scene = scene or marked_by(node, words["scene_prepositions"])
            if node.head.i == node.i:
                break
            node = node.head
            if node.lemma_.lower() in words["showing_verbs"]:
                if scene and _shows(node, words["footage_nouns"]):
                    return r
                break
    return None
