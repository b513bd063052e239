"""The noun a number counts when the parser hangs the number on a modifier of that noun.

"Three Thai soldiers were wounded": the English model makes "Three" a compound of "Thai" and "Thai"
a compound of "soldiers", so the number seems to count Thais (a demonym, a person noun) with no
relation to "wounded"; the toll was lost. A word hung as a ``compound`` on a noun after it is that
noun's modifier: the number counts the noun ("Three Thai soldiers", "two Hamas fighters").
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


def modified_noun(tok: Any) -> Any:
    """The noun after `tok` that `tok` modifies as a compound, else `tok`."""
    head = tok.head
    if tok.dep_ == "compound" and head.i > tok.i and head.pos_ in ("NOUN", "PROPN"):
        return head
    return tok


# what the French model makes of a person noun read as an adjective of the count ("23 civils mardi":
# "civils" ADJ hung on "23", "23" hung on "mardi")
MISREAD_DEPS = frozenset({"amod", "dep", "nmod"})


def misread_adjective(num: Any, counts_people: Callable[[Any], bool]) -> Any | None:
    """The noun a count names when the parser read it as the count's adjective and hung the count on
    the word after ("a tué au moins 23 civils mardi, un bilan ...": "civils" an adjective of "23",
    "23" a modifier of "mardi"): the word right after the number, hung on it, that counts people."""
    doc = num.doc
    if num.i + 1 >= len(doc) or num.head.i <= num.i + 1:
        return None
    nxt = doc[num.i + 1]
    if nxt.head.i == num.i and nxt.dep_ in MISREAD_DEPS and nxt.pos_ == "ADJ" and counts_people(nxt):
        return nxt
    return None
