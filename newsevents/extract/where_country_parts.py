"""A side of "the country", for the `where` stage: "dans le sud-est du pays", "in the south of the
country", "the country's south" is the side of the country the text is speaking of (Lebanon in
"Lebanon's health ministry said one person was killed in an Israeli strike on the country's south").

Why: wire copy names the country once and then says "le pays"; a village the gazetteer lacks
("à Przewodów, dans le sud-est du pays") or no town at all leaves the incident with no place of
its own, while the words say which part of which country. The country is the one of the nearest
place named before the noun in its sentence; else, when every place named before it in the
document is in one country, that one (a story told of one country). Otherwise which country is
meant is left open: "un drone russe s'est écrasé dans l'est du pays" names no place before, and
the demonym may be the attacker's.

The words are language data (lang/<code>/places.yaml): ``country_nouns``, ``sides``,
``side_frames`` (shared with where_parts); the point of the side comes from geo/parts.py.
"""

from __future__ import annotations

from typing import Any

from newsevents.extract.where_airspace import plain_country_noun
from newsevents.extract.where_parts import FRAME_WORDS, SIDE_NAMES, side_before
from newsevents.extract.where_spots import Spot
from newsevents.geo import Candidate, Gazetteer
from newsevents.geo.parts import part
from newsevents.model import Article, Mention, Place

# the possessive of "the country's south" (English): its own token under the country noun
POSSESSIVE_DEPS = frozenset({"case", "poss"})


def with_country_parts(article: Article, doc: Any, data: dict[str, Any], gaz: Gazetteer,
                       sentence_of: dict[int, int], mentions: list[Mention],
                       spots: list[Spot]) -> list[Mention]:
    """`mentions`, and a region mention for each side of "the country" whose country is known;
    none where a place mention already covers the words."""
    nouns = {str(w).lower() for w in data.get("country_nouns") or ()}
    if not nouns:
        return mentions
    out = list(mentions)
    for tok in doc:
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in nouns or not plain_country_noun(tok):
            continue
        found = _side_words(doc, tok, data)
        if found is None:
            continue
        lo, hi, side = found
        country = _referent(tok, spots, gaz)
        point = part(gaz, country, side) if country is not None else None
        if country is None or point is None:
            continue
        span = article.to_original(doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1]))
        if any(m.span[0] < span[1] and span[0] < m.span[1] for m in out):
            continue
        place = Place(name=f"{SIDE_NAMES[side]} {country.name}", country=country.country,
                      lat=round(point[0], 5), lon=round(point[1], 5), precision="region",
                      text=article.words(span), span=span)
        out.append(Mention("place", span, article.words(span), place, sentence_of.get(tok.i, -1)))
    return sorted(out, key=lambda m: m.span)


def _side_words(doc: Any, tok: Any, data: dict[str, Any]) -> tuple[int, int, str] | None:
    """(first token, end token, direction) of "sud-est du pays" / "the south of the country"
    (a side frame right before the noun), or of "the country's south" (a direction word the
    possessed noun is)."""
    first = max(tok.sent.start, tok.i - FRAME_WORDS)
    before = doc[first:tok.i]
    if len(before):
        found = side_before(before.text + doc[tok.i - 1].whitespace_, data)
        if found is not None:
            offset, side = found
            start = next((t.i for t in before if t.idx - before.start_char + len(t) > offset), tok.i)
            return start, tok.i + 1, side
    head = tok.head
    if head.i > tok.i and any(c.dep_ in POSSESSIVE_DEPS and c.i > tok.i for c in tok.children):
        for side, words in (data.get("sides") or {}).items():
            if head.lower_ in {str(w).lower() for w in words}:
                return tok.i, head.i + 1, str(side)
    return None


def _referent(tok: Any, spots: list[Spot], gaz: Gazetteer) -> Candidate | None:
    """The country "the country" stands for: the nearest place named before it in its sentence,
    else the one country of every place named before it in the document."""
    before = [s for s in spots if s.end <= tok.i and s.candidate is not None and s.candidate.country]
    in_sentence = [s for s in before if s.start >= tok.sent.start]
    if in_sentence:
        return gaz.country(in_sentence[-1].candidate.country)  # type: ignore[union-attr]
    countries = {s.candidate.country for s in before}  # type: ignore[union-attr]
    return gaz.country(countries.pop()) if len(countries) == 1 else None  # type: ignore[arg-type]
