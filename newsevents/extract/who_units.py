"""Armed units named by their unit noun: "the 444th Brigade", "the Radaa force", "la brigade 444",
"la force Radaa", "le bataillon X". Read by who.find_parties before names and organisations.

Why: a militia named by number or by a proper name beside "brigade", "force", "battalion" is a
party of its own (an armed group), yet the NER tags the name alone as a person ("la force Radaa")
or misses it ("la brigade 444"), so clashes between two such units had no sides. The unit nouns
are language data (``unit_nouns`` of lang/<code>/parties.yaml); the name is syntax: a number, an
ordinal or capitalised proper nouns right before (English) or right after (French, "Brigade 444")
the noun. A country, a place or a known organisation in the name leaves it to their tables ("the
Israeli force", "the Pakistani Air Force", "le groupe Wagner").
"""

from __future__ import annotations

from typing import Any

from newsevents.lang import section_words
from newsevents.model import Party

_NAME_POS = frozenset({"PROPN", "NUM"})


def _name_token(tok: Any, words_not_names: frozenset[str]) -> bool:
    """A word that can name a unit: a number, an ordinal ("444th", "444e") or a capitalised name."""
    if tok.like_num or (tok.text[:1].isdigit() and tok.text[-2:].lower() in ("th", "st", "nd", "rd", "e")):
        return True
    return tok.pos_ in _NAME_POS and tok.text[:1].isupper() and tok.lower_ not in words_not_names


def _name_span(doc: Any, noun: Any, words_not_names: frozenset[str]) -> tuple[int, int] | None:
    """Token range [i, j) of the unit's name with its noun, or None when no name stands beside it."""
    i = noun.i
    while i > noun.sent.start and _name_token(doc[i - 1], words_not_names):
        i -= 1
    if i < noun.i:
        return i, noun.i + 1
    j = noun.i + 1
    while j < noun.sent.end and _name_token(doc[j], words_not_names) and j - noun.i <= 3:
        j += 1
    if j == noun.i + 1:
        return None
    if doc[j - 1].like_num and j < noun.sent.end and doc[j].pos_ == "NOUN":
        return None  # "la brigade 15 minutes plus tard": a count of something else
    return noun.i, j


def armed_units(ctx: Any) -> None:
    """Emit each armed unit named by its noun as a group, unless a country, a place, a known
    organisation or a party already found covers its words."""
    nouns = section_words(ctx.code, "parties", "unit_nouns")
    if not nouns:
        return
    words_not_names = section_words(ctx.code, "parties", "unit_name_stopwords")
    taken = [(s, e) for s, e, _ in ctx.orgs] + [(c.start, c.end) for c in ctx.countries] \
        + [(s, e) for s, e, _ in ctx.places] + [(n.start, n.end) for n in ctx.entities]
    for noun in ctx.doc:
        if noun.lower_ not in nouns or noun.pos_ not in ("NOUN", "PROPN"):
            continue
        found = _name_span(ctx.doc, noun, words_not_names)
        if found is None:
            continue
        span = ctx.doc[found[0]:found[1]]
        start, end = span.start_char, span.end_char
        if not ctx.free(start, end) or any(s < end and start < e for s, e in taken):
            continue
        ctx.emit(start, end, Party(span.text, "group", None))


__all__ = ["armed_units"]
