"""Counts given per place with the counted noun left out: "deux morts à Largu, quatre à Pimbo",
"Five people were killed in Komanda and three in Mambasa". The second number counts nothing of
its own (the next word opens a place), so the numbers stage would drop it as a bare number; it
counts the same victims as the count before it, in another place.

Why the surface and not the parse: both models hang the bare number on the first place ("quatre"
conj of "Komanda", or nummod of "Pimbo"), so the dependency says nothing reliable; the order
count - place - separator - number - place is what the writer uses for a breakdown by place.
Each part stays a mention of its own and their sum is one more mention over the whole list, as
for coordinated groups (tolls.totals): the incident's largest count is then the total when the
places are one incident's.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from newsevents.extract.numbers_written import number_at
from newsevents.model import Quantity

CASUALTY_UNITS = ("killed", "injured")
# words of a place phrase after its preposition: a determiner then the name's words
# ("à El Fasher", "in the Mambasa area" stops at "area": a name is what the breakdown names)
PLACE_NAME_TAGS = frozenset({"PROPN"})
LIST_SEPARATORS = frozenset({","})


def _place_end(doc: Any, i: int, end: int) -> int | None:
    """The token after a place phrase opened at `i` ("à Pimbo", "in Komanda", "au Tchad"), None
    when no preposition followed by a proper name starts there."""
    if i >= end or doc[i].pos_ != "ADP":
        return None
    j = i + 1
    while j < end and doc[j].pos_ == "DET":
        j += 1
    k = j
    while k < end and (doc[k].pos_ in PLACE_NAME_TAGS or (k > j and doc[k].text == "-")):
        k += 1
    return k if k > j else None


def _token_at(doc: Any, char: int) -> int:
    """The first token starting at or after the character offset `char`."""
    return next((t.i for t in doc if t.idx >= char), len(doc))


def elided_counts(doc: Any, counts: Sequence[Any], lex: Any) -> list[tuple[int, int, Quantity, int]]:
    """(start, end, quantity, token) of each count per place that leaves its noun out, and of the
    sum of each breakdown (token -1); `counts` are the numbers stage's finds (char offsets,
    quantity, token of the number), `lex` its lexicon (``number_joiners``)."""
    taken = {c.token for c in counts if c.token >= 0}
    out: list[tuple[int, int, Quantity, int]] = []
    for c in sorted(counts, key=lambda c: c.start):
        unit = c.quantity.unit
        if unit not in CASUALTY_UNITS or c.token < 0 or c.quantity.approximate:
            continue
        end = doc[c.token].sent.end
        i = _token_at(doc, c.end)
        parts: list[tuple[int, int, Quantity, int]] = []
        while (after := _place_end(doc, i, end)) is not None:
            k = after
            while k < end and (doc[k].text in LIST_SEPARATORS or doc[k].lower_ in lex.joiners):
                k += 1
            n = number_at(doc, k, lex) if after < k < end else None
            if n is None or n.start in taken or _place_end(doc, n.end, end) is None:
                break
            last = doc[n.end - 1]
            parts.append((doc[n.start].idx, last.idx + len(last.text),
                          Quantity(n.value, unit, n.minimum, n.approximate), n.start))
            i = n.end
        if parts:
            out += parts
            whole = [c.quantity, *(p[2] for p in parts)]
            out.append((c.start, parts[-1][1], Quantity(sum(q.value for q in whole), unit,
                                                        any(q.minimum for q in whole)), -1))
    return out
