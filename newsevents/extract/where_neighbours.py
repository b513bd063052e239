"""A town the gazetteer lacks, told as the neighbour of a town the story placed, is placed by it.

Why: small towns are often missing from GeoNames ("la ville voisine de Saut-d'Eau", "the
neighbouring town of Saut-d'Eau"); left alone, the name is unplaced or, worse, a piece of it reads
as another place. The story itself says where it lies: next to the town it named before. The name
becomes a place at that town's point with the coarser ``admin1`` precision (it is not the town
itself), in the town's country and first-level division, the cue words kept as ``near`` ("la ville
voisine de Saut-d'Eau", what = the town). The words are ``neighbour_words`` with a
``settlement_nouns`` noun and a ``settlement_links`` word before the name (lang/<code>/places.yaml).
With no town placed before the name, it stays unplaced: no point is better than a wrong one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from newsevents.lang import section_words
from newsevents.model import Article, Mention, Near, Place

if TYPE_CHECKING:
    from newsevents.extract.where_spots import Spot

MAX_NEIGHBOUR_NAME_TOKENS = 8  # "Fonds-des-Nègres" is 5 tokens with its hyphens


def with_neighbours(article: Article, doc: Any, places: list[Spot],
                    sentence_of: dict[int, int], mentions: list[Mention]) -> list[Mention]:
    """`mentions` and a place for each unplaced name told as a placed town's neighbour."""
    code = article.language or "fr"
    neighbours = section_words(code, "places", "neighbour_words")
    if not neighbours:
        return mentions
    nouns = section_words(code, "places", "settlement_nouns")
    links = section_words(code, "places", "settlement_links")
    towns = [s for s in places if s.candidate is not None and s.candidate.kind == "city"]
    out = list(mentions)
    for t in doc:
        if t.lower_ not in neighbours:
            continue
        name = _name_after(doc, t.i, nouns, links)
        if name is None:
            continue
        cue_start, start, end = name
        chars = (doc[start].idx, doc[end - 1].idx + len(doc[end - 1]))
        span = article.to_original(*chars)
        if any(m.kind == "place" and m.span[0] < span[1] and span[0] < m.span[1] for m in out):
            continue  # a place the gazetteer knows: read by the other steps
        town = next((s for s in reversed(towns) if s.end <= cue_start), None)
        if town is None or town.candidate is None:
            continue
        c = town.candidate
        cue = article.to_original(doc[cue_start].idx, chars[1])
        place = Place(name=doc[start:end].text, country=c.country, lat=round(c.lat, 5), lon=round(c.lon, 5),
                      precision="admin1", admin1=c.admin1, text=article.words(span), span=span,
                      near=Near(c.name, None, article.words(cue), cue))
        out.append(Mention("place", span, article.words(span), place, sentence_of.get(start, -1)))
    return out


def _name_after(doc: Any, i: int, nouns: frozenset[str],
                links: frozenset[str]) -> tuple[int, int, int] | None:
    """(first cue token, start, end) of the capitalised name after a neighbour word at `i` with its
    settlement noun right before or after it and a link word ("ville voisine de X", "neighbouring
    town of X"); the cue starts at its determiner ("la ville voisine de")."""
    def noun(j: int) -> bool:
        return 0 <= j < len(doc) and (doc[j].lower_ in nouns or doc[j].lemma_.lower() in nouns)

    if noun(i + 1):
        first, k = i, i + 2  # "the neighbouring town of"
    elif noun(i - 1):
        first, k = i - 1, i + 1  # "la ville voisine de"
    else:
        return None
    if k >= len(doc) or doc[k].lower_.replace("’", "'") not in links:
        return None
    start = end = k + 1
    stop = min(doc[i].sent.end, start + MAX_NEIGHBOUR_NAME_TOKENS)
    while end < stop and (doc[end].text[:1].isupper() or (end > start and not doc[end - 1].whitespace_ and (
            doc[end].text == "-" or doc[end - 1].text == "-"))):
        end += 1
    while end > start and not doc[end - 1].text[:1].isalpha():
        end -= 1  # no trailing hyphen
    if end == start or not doc[start].text[:1].isupper():
        return None
    while first > doc[i].sent.start and doc[first - 1].pos_ == "DET":
        first -= 1
    return first, start, end
