"""Stage `where`, an act spread over "the country": "pagers exploded across the country",
"des attaques ont frappé des postes dans tout le pays", "à travers le pays".

Why: "the country" is no place name, so such an act had no place of its own, or took the
dateline's city (where the reporter files from, not where a countrywide wave happened). The
phrase places the act over a whole country, at country precision: the country of the place named
last before it in its sentence (a dateline's town included: "BEIRUT, Sept 17 (AP) — ... across
the country"), else the state body that tells of it ("the Lebanese health ministry said":
where_airspace._reporting_state), else the country the document is most about
(where_borders.document_side). Phrases: ``spread_country_phrases`` of lang/<code>/places.yaml,
matched on the tokens' lower-case texts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from newsevents.extract.where_airspace import _reporting_state
from newsevents.extract.where_borders import document_side
from newsevents.extract.where_sites import Phrases, Tokens
from newsevents.model import Article, Mention, Place

if TYPE_CHECKING:
    from newsevents.extract.where_spots import Spot
    from newsevents.geo import Candidate, Gazetteer


def with_spreads(article: Article, doc: Any, data: dict[str, Any], gaz: Gazetteer,
                 sentence_of: dict[int, int], mentions: list[Mention], spots: list[Spot],
                 support: dict[str, set[str]]) -> list[Mention]:
    """`mentions` and a country mention for each spread phrase over "the country", spanning the
    phrase; none where a place mention overlaps it or no country is found."""
    phrases = [str(w).lower() for w in data.get("spread_country_phrases") or ()]
    if not phrases:
        return mentions
    spread = Phrases(phrases)
    standing = {str(w).lower() for w in data.get("country_nouns") or ()}
    toks = Tokens.of(doc)
    out = list(mentions)
    for i in range(len(doc)):
        n = spread.match(toks, i)
        if not n:
            continue
        span = article.to_original(doc[i].idx, doc[i + n - 1].idx + len(doc[i + n - 1]))
        if any(m.span[0] < span[1] and span[0] < m.span[1] for m in out):
            continue
        noun = next((t for t in doc[i:i + n] if t.lower_ in standing), doc[i + n - 1])
        country = _country_of(doc, i, noun, spots, standing, data, gaz, support)
        if country is None or country.lat is None:
            continue
        place = Place(name=country.name, country=country.country, lat=round(country.lat, 5),
                      lon=round(country.lon, 5), precision="country", geonameid=country.geonameid,
                      text=article.words(span), span=span)
        out.append(Mention("place", span, article.words(span), place, sentence_of.get(i, -1)))
    return sorted(out, key=lambda m: m.span)


def _country_of(doc: Any, i: int, noun: Any, spots: list[Spot], standing: set[str], data: dict[str, Any],
                gaz: Gazetteer, support: dict[str, set[str]]) -> Candidate | None:
    """The country "the country" of a spread phrase starting at token i stands for."""
    sent_start = doc[i].sent.start
    before = [s for s in spots if sent_start <= s.start and s.end <= i and s.candidate is not None
              and s.candidate.country and not s.metonymic]
    if before:
        return gaz.country(before[-1].candidate.country)  # type: ignore[union-attr]
    found = _reporting_state(noun, standing, data, gaz)
    if found is not None:
        return found
    side = document_side(support, "")
    return gaz.country(side) if side else None
