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
    """A word that can name a unit: a number, an ordinal ("444th", "444e") or a capitalised name.
    An article is none, though French tags "un" / "une" as a number ("un groupe de médecins")."""
    if tok.pos_ == "DET":
        return False
    if tok.like_num or (tok.text[:1].isdigit() and tok.text[-2:].lower() in ("th", "st", "nd", "rd", "e")):
        return True
    return tok.pos_ in _NAME_POS and tok.text[:1].isupper() and tok.lower_ not in words_not_names


def _link(doc: Any, i: int, particles: frozenset[str], step: int) -> int:
    """Tokens from `i` (going by `step`) of a hyphen or a lower-case name particle ("al", "al-",
    "ben") that joins two capitalised parts of one name ("Al-Quds", "Ezzedine al-Qassam"); 0 when
    none stands there or no name part lies beyond it."""
    n, seen = 0, set()
    while n < 2:
        k = i + step * n
        if not 0 < k < len(doc) - 1:
            return 0
        tok = doc[k]
        if tok.text == "-" and "-" not in seen and not tok.whitespace_ and not doc[k - 1].whitespace_:
            seen.add("-")
        elif tok.lower_ in particles and tok.is_lower and "p" not in seen:
            seen.add("p")
        else:
            break
        n += 1
    k = i + step * n
    if n == 0 or not 0 <= k < len(doc) or doc[k].sent.start != doc[i].sent.start:
        return 0
    return n if doc[k].is_alpha and doc[k].text[:1].isupper() else 0


def _run(doc: Any, noun: Any, words_not_names: frozenset[str], particles: frozenset[str],
         step: int) -> int:
    """The far end (exclusive going forward, first token going back) of the run of name words
    beside the unit noun, over hyphens and particles; the noun's own index when none."""
    sent = noun.sent
    i, names, named = noun.i, 0, False
    while True:
        k = i + step
        if not sent.start <= k < sent.end:
            break
        if _name_token(doc[k], words_not_names) and (step < 0 or names < 3):
            i, names, named = k, names + 1, True
            continue
        gap = _link(doc, k, particles, step) if named and not doc[i].like_num else 0
        if not gap:
            break
        i, names = k + step * gap, names + 1  # the name part past the link, whatever its tag
    return i


def _name_span(doc: Any, noun: Any, words_not_names: frozenset[str],
               particles: frozenset[str] = frozenset()) -> tuple[int, int] | None:
    """Token range [i, j) of the unit's name with its noun, or None when no name stands beside it."""
    i = _run(doc, noun, words_not_names, particles, -1)
    if i < noun.i:
        return i, noun.i + 1
    j = _run(doc, noun, words_not_names, particles, 1) + 1
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
    particles = ctx.lex.name_particles
    taken = [(s, e) for s, e, _ in ctx.orgs] + [(c.start, c.end) for c in ctx.countries] \
        + [(s, e) for s, e, _ in ctx.places] + [(n.start, n.end) for n in ctx.entities]
    for noun in ctx.doc:
        if noun.lower_ not in nouns or noun.pos_ not in ("NOUN", "PROPN"):
            continue
        found = _name_span(ctx.doc, noun, words_not_names, particles)
        if found is None:
            continue
        span = ctx.doc[found[0]:found[1]]
        start, end = span.start_char, span.end_char
        if not ctx.free(start, end) or any(s < end and start < e for s, e in taken):
            continue
        ctx.emit(start, end, Party(span.text, "group", None))


__all__ = ["armed_units"]
