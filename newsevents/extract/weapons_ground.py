"""A bare "bomb" set on the ground is an explosive device, not an aerial bomb (weapons stage).

Why: the lexicon reads "bomb"/"bombe" alone as an aerial bomb, which is right under aircraft ("the
jets dropped bombs on the town") and wrong for the bomb of an attack on the ground ("a bomb exploded
near a paramilitary convoy", "l'explosion d'une bombe dans un marché", "a bomb planted on a
motorcycle"): no aircraft dropped it, and an analyst records an explosive device. The parse says
which: the bomb is the subject of a verb of going off, the object of a verb of placing, or the
complement of an explosion (`ground_bomb_verbs` of lang/<code>/weapons.yaml), and nothing of the
air is in its sentence (`aerial_cues`). A bomb named otherwise ("car bomb", "roadside bomb",
"guided bomb") is its own entry and never reaches this rule.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from newsevents.lang import load_language


@cache
def _words(language: str) -> tuple[frozenset[str], str, frozenset[str], frozenset[str]]:
    """(bare bomb words, the name of a bomb on the ground, verbs and nouns of going off or
    placing, words of the air), from lang/<code>/weapons.yaml; empty when the language has none."""
    s = load_language(language).section("weapons")

    def words(key: str) -> frozenset[str]:
        return frozenset(str(w).casefold() for w in s.get(key) or [])
    bombs = frozenset(w.removesuffix("s") for w in words("ground_bomb_words"))  # "bombs", "bombes"
    return (bombs, str(s.get("ground_bomb_name") or ""), words("ground_bomb_verbs"),
            words("aerial_cues"))


def _said(tok: Any, words: frozenset[str]) -> bool:
    return tok.lower_ in words or tok.lemma_.casefold() in words


def on_the_ground(doc: Any, start: int, end: int, language: str) -> str | None:
    """The name of the bare bomb at char offsets [start, end) when the parse sets it on the ground
    (see the module docstring), else None."""
    bombs, name, verbs, air = _words(language)
    span = doc.char_span(start, end, alignment_mode="expand") if doc is not None and name else None
    if span is None or len(span) != 1 or span[0].lower_.removesuffix("s") not in bombs:
        return None
    bomb = span[0]
    head = bomb.head.head if bomb.head.pos_ == "ADP" and bomb.dep_ == "pobj" else bomb.head
    grounded = (head.i != bomb.i and _said(head, verbs)) or any(
        c.dep_.startswith("acl") and _said(c, verbs) for c in bomb.children)
    if not grounded or any(_said(t, air) for t in bomb.sent):
        return None
    return name
