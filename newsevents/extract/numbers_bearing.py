"""A counted group described by the injuries it bears: "31 people with gunshot wounds", "22
personnes souffrant de blessures par balle". The group is the injured, whatever the sentence's
verb: in "We counted five bodies and 31 people with gunshot wounds" the people are no more bodies;
read as a conjunct of "bodies" they were summed into 36 dead.

Why the parse: the injury noun (the `injured` entries of `death_nouns` in
lang/<code>/numbers.yaml) hangs on the counted noun through one of `bearing_words` ("with",
"avec", "suffering", "souffrant"), either as the preposition's object (English) or as a nominal
modifier carrying the preposition as its case marker (French UD).
"""

from __future__ import annotations

from typing import Any


def bearing_injury(tok: Any, bearing: frozenset[str], death_nouns: dict[str, str]) -> tuple[str, Any] | None:
    """("injured", injury noun) when the counted noun `tok` bears injuries, else None."""
    return _bearing(tok, bearing, death_nouns, 2)


def _bearing(tok: Any, bearing: frozenset[str], death_nouns: dict[str, str],
             depth: int) -> tuple[str, Any] | None:
    """Down the right dependents through bearing words only, `depth` of them ("suffering from")."""
    for d in tok.rights:
        carried = depth < 2 or any(c.lower_ in bearing for c in d.children)  # French: its case marker
        if death_nouns.get(d.lower_) == "injured" and carried:
            return "injured", d
        if d.lower_ in bearing and depth > 0:
            found = _bearing(d, bearing, death_nouns, depth - 1)
            if found:
                return found
    return None
