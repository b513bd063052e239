"""The noun a number counts when the parser hangs the number on a modifier of that noun.

"Three Thai soldiers were wounded": the English model makes "Three" a compound of "Thai" and "Thai"
a compound of "soldiers", so the number seems to count Thais (a demonym, a person noun) with no
relation to "wounded"; the toll was lost. A word hung as a ``compound`` on a noun after it is that
noun's modifier: the number counts the noun ("Three Thai soldiers", "two Hamas fighters").
"""

from __future__ import annotations

from typing import Any


def modified_noun(tok: Any) -> Any:
    """The noun after `tok` that `tok` modifies as a compound, else `tok`."""
    head = tok.head
    if tok.dep_ == "compound" and head.i > tok.i and head.pos_ in ("NOUN", "PROPN"):
        return head
    return tok
