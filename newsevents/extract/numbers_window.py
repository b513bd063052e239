"""The casualty participle found by position after a counted noun, when the parse gives no relation:
"des employés ont été blessés" (auxiliaries only between), and past an apposition between commas
("plus de cent personnes, en majorité des soldats, ont été tuées", "some 40 people, most of them
soldiers, were killed").

Why: an apposition that says who the victims mostly were is common in tolls of attacks on towns,
and the parser then hangs the noun anywhere (a relative clause of "au cours de laquelle", a
conjunct): the count, the act's own toll, was read as no casualty at all. The apposition holds no
verb (a verb there tells a clause of its own: "cinq personnes, a indiqué la police, ...").
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

# tokens between a counted noun and a casualty participle when the parse gives no relation
# ("des employés ont été blessés": two auxiliaries); tuned on the test tables
PARTICIPLE_WINDOW = 3
# tokens of an apposition between the counted noun's commas ("en majorité des soldats", "most of
# them civilians", "dont des femmes et des enfants")
APPOSED_REACH = 8


def participle_after(tok: Any, lex: Any, casualty_word: Callable[[Any, Any], str | None]) \
        -> tuple[str, Any] | None:
    """(unit, participle) of a casualty participle right after the noun ``tok`` (auxiliaries and
    adverbs only between), or right after an apposition between commas that follows it."""
    return _window(tok, tok.i + 1, lex, casualty_word) or _past_apposition(tok, lex, casualty_word)


def _window(tok: Any, start: int, lex: Any, casualty_word: Callable[[Any, Any], str | None]) \
        -> tuple[str, Any] | None:
    doc = tok.doc
    auxiliaries: list[str] = []
    for j in range(start, min(len(doc), start + PARTICIPLE_WINDOW + 1)):
        nxt = doc[j]
        unit = casualty_word(nxt, lex)
        passive = any(a in lex.passive_aux for a in auxiliaries) or not (
            auxiliaries or (nxt.i == tok.head.i and tok.dep_ in lex.subject_deps))
        if unit and nxt.pos_ in ("VERB", "ADJ", "AUX") and passive:
            return unit, nxt
        if nxt.pos_ not in ("AUX", "ADV", "PART"):
            return None
        if nxt.pos_ == "AUX":
            auxiliaries.append(nxt.lemma_.lower())
    return None


def _past_apposition(tok: Any, lex: Any, casualty_word: Callable[[Any, Any], str | None]) \
        -> tuple[str, Any] | None:
    """The window after the closing comma of an apposition with no verb, opened right after the
    noun ("cent personnes, en majorité des soldats, ont été tuées"), with auxiliaries before the
    participle (a bare participle there is an apposed one, read by _apposed_participle)."""
    doc = tok.doc
    if tok.i + 1 >= len(doc) or doc[tok.i + 1].text != ",":
        return None
    for j in range(tok.i + 2, min(len(doc) - 1, tok.i + APPOSED_REACH + 3)):
        if doc[j].pos_ in ("VERB", "AUX") or doc[j].text in (".", ";", ":"):
            return None
        if doc[j].text == ",":
            if j == tok.i + 2 or doc[j + 1].pos_ != "AUX":
                return None
            return _window(tok, j + 1, lex, casualty_word)
    return None
