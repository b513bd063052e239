"""Stage `where`: a village the gazetteer lacks, told near a border, keeps its own name.

Why: "Un missile est tombé mardi à Przewodów, un village près de la frontière ukrainienne", "in
Kamenka, a village near the Russian border": the border was read (where_borders.py) but the village
was not, so the register said "Poland-Ukraine border" of no country and dropped the name the text
gave. The name becomes a place at the border's point with its precision (region), under the name the
text gave; the border's own mention takes the name too, whichever of the two the act is given. The
pattern is syntax, not a list, like where_unlisted's: a location preposition, a capitalised name no
place mention covers, a comma, a settlement noun (``settlement_nouns``), a near cue (``near_cues``),
then the border. Its country: a village near "the Ukrainian border" lies on the other side of it (one
says "the Polish border" from Ukraine), so the border's other country when the words of the border
name one of its two countries; else none, as the border itself.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from newsevents.extract.where_unlisted import (
    BORDER_SUFFIX,
    MAX_NAME_TOKENS,
    OWN_KINDS,
    _after_cue,
    _name_word,
    with_unlisted,
)
from newsevents.lang import section_words
from newsevents.model import Article, Mention, Place

# words between the comma and the border: "a small village near the", "un petit village près de la"
MAX_LINK_TOKENS = 7


def with_unlisted_places(article: Article, doc: Any, places: list[Any], sentence_of: dict[int, int],
                         mentions: list[Mention]) -> list[Mention]:
    """The places the gazetteer lacks that the text places: in a unit (where_unlisted), near a
    border (below)."""
    return with_border_villages(article, doc, with_unlisted(article, doc, places, sentence_of, mentions))


def with_border_villages(article: Article, doc: Any, mentions: list[Mention]) -> list[Mention]:
    """`mentions` and the villages named before a border they lie near (see the module's docstring)."""
    code = article.language or "fr"
    nouns = section_words(code, "places", "settlement_nouns")
    near = section_words(code, "places", "near_cues") | section_words(code, "places", "border_near_cues")
    preps = section_words(code, "places", "location_preps") | near
    out = list(mentions)
    for m in mentions:
        v = m.value
        if m.kind != "place" or not isinstance(v, Place) or v.lat is None or v.country is not None \
                or v.precision != "region" or not v.name.endswith(BORDER_SUFFIX):
            continue
        unit = doc.char_span(*article.to_nlp(*m.span), alignment_mode="expand")
        found = None if unit is None else _village_before(doc, unit.start, nouns, near, preps)
        if found is None:
            continue
        span = article.to_original(doc[found[0]].idx, doc[found[1] - 1].idx + len(doc[found[1] - 1]))
        words = article.words(span)
        if any(o.kind in OWN_KINDS and o.span[0] < span[1] and span[0] < o.span[1] for o in out):
            continue  # a place of its own (read by the other steps), or a time
        named = replace(v, name=words, geonameid=None)
        out[out.index(m)] = Mention(m.kind, m.span, m.text, named, m.sentence)
        place = replace(named, text=words, span=span, near=None)
        out.append(Mention("place", span, words, place, m.sentence))
    return out


def _village_before(doc: Any, i: int, nouns: frozenset[str], near: frozenset[str],
                    preps: frozenset[str]) -> tuple[int, int] | None:
    """(start, end) of the capitalised name set before the border starting at token `i`: back over
    the near cue, the settlement noun and its determiners and adjectives to a comma, then the name,
    then a location preposition right before it."""
    sent = doc[i].sent
    j, settled, cued = i - 1, False, False
    while j > sent.start and i - j <= MAX_LINK_TOKENS and doc[j].text != ",":
        t = doc[j]
        if not cued and _after_cue(doc, j + 1, near):
            cued = True
            j -= len(next(c for c in near if _ends_at(doc, j + 1, c)).split())
            continue
        if t.lower_ in nouns or t.lemma_.lower() in nouns:
            if settled or not cued:
                return None
            settled = True
        elif t.pos_ not in ("DET", "ADJ") or not t.is_lower:
            return None
        j -= 1
    if not (settled and cued) or j <= sent.start or doc[j].text != ",":
        return None
    end = start = j
    while start > sent.start and end - start < MAX_NAME_TOKENS and _name_word(doc, start - 1, start < end):
        start -= 1
    while start < end and not doc[start].text[:1].isupper():
        start += 1
    if start == end or start <= sent.start or not _after_cue(doc, start, preps):
        return None
    return start, end


def _ends_at(doc: Any, end: int, cue: str) -> bool:
    n = len(cue.split())
    return end - n >= 0 and " ".join(t.lower_.replace("’", "'") for t in doc[end - n:end]) == cue
