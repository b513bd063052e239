"""A country's capital named by a common noun, for the `where` stage: "la capitale ukrainienne",
"la capitale de l'Ukraine", "the Ukrainian capital", "Ukraine's capital" are the national capital
of that country (geo index: GeoNames' capital), a city like the name itself.

Why by the parse and not by words next to each other: the country hangs from the capital noun as
an adjective (``amod``), a "de"/"of" complement (``nmod``, ``pobj``) or a possessive (``poss``);
any other adjective on the noun ("la capitale économique", "the regional capital", "the capital
of the province") says it is not the national capital, and the phrase is left alone. The nouns
are language data (``capital_nouns`` in lang/<code>/places.yaml).
"""

from __future__ import annotations

from typing import Any

from newsevents.geo import Gazetteer
from newsevents.model import Article, Mention, Place
from newsevents.parties.countries import country_from_adjective, country_from_name

# dependency labels of a country word on the capital noun, in the UD (French) and ClearNLP
# (English) schemes
ADJECTIVE_DEPS = frozenset({"amod"})
COMPLEMENT_DEPS = frozenset({"nmod", "poss", "pobj", "compound"})


def _country(noun: Any, language: str) -> tuple[str, int, int] | None:
    """(ISO2, first token, end token) of the country the capital noun belongs to, else None."""
    found: tuple[str, int, int] | None = None
    words = [c for c in noun.children if c.dep_ in ADJECTIVE_DEPS | COMPLEMENT_DEPS]
    words += [g for c in noun.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    for w in words:
        if w.dep_ in ADJECTIVE_DEPS:
            code = country_from_adjective(w.text, language)
            if code is None:
                return None  # "la capitale économique", "the regional capital"
        else:
            code = country_from_name(w.text, language) or country_from_name(
                noun.doc[w.left_edge.i:w.i + 1].text, language)
        if code is not None and found is None:
            found = (code, min(w.left_edge.i, noun.i), max(w.i + 1, noun.i + 1))
    return found


def with_capitals(article: Article, doc: Any, data: dict[str, Any], gaz: Gazetteer,
                  sentence_of: dict[int, int], mentions: list[Mention]) -> list[Mention]:
    """`mentions` (the place mentions made so far) with capital nouns and their country read as
    the capital: the country's own mention inside the phrase ("la capitale de l'Ukraine") gives way
    to it; a phrase overlapping any other place mention is left alone."""
    nouns = {str(w).lower() for w in data.get("capital_nouns") or ()}
    if not nouns:
        return mentions
    language = article.language or "fr"
    out = list(mentions)
    for tok in doc:
        if tok.lower_ not in nouns or tok.pos_ != "NOUN":
            continue
        found = _country(tok, language)
        city = gaz.capital_of(found[0]) if found else None
        if found is None or city is None:
            continue
        start, end = found[1], found[2]
        span = article.to_original(doc[start].idx, doc[end - 1].idx + len(doc[end - 1]))
        inner = [m for m in out if m.span[0] < span[1] and span[0] < m.span[1]]
        if any(m.value.precision != "country" or m.value.country != city.country for m in inner):
            continue
        out = [m for m in out if m not in inner]
        place = Place(name=city.name, country=city.country, lat=round(city.lat, 5), lon=round(city.lon, 5),
                      precision="city", admin1=city.admin1, geonameid=city.geonameid,
                      text=article.words(span), span=span)
        out.append(Mention("place", span, article.words(span), place, sentence_of.get(tok.i, -1)))
    return sorted(out, key=lambda m: m.span)
