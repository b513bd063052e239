"""A shoal, reef or atoll the gazetteer lacks is placed at the sea the document names.

Why: GeoNames' populated places have no shoals, and the names of disputed reefs are often a town's
elsewhere ("Scarborough Shoal" is not Scarborough, England). A name with its feature noun ("near
Sabina Shoal", "près du banc Sabina", "au récif de Whitsun"; ``shoal_nouns`` in
lang/<code>/places.yaml) is such a feature: a town read inside it is dropped, and when the document
names a sea (a region whose English name has a ``water_words`` word, data/coasts.yaml) the feature
is a place of ``region`` precision at that sea's point -- already moved off the coast the story is
about (where_coasts.py) -- named after the feature, the cue words kept as ``near`` ("near Sabina
Shoal"). With no sea named, the feature is at the one sea of data/coasts.yaml on whose coasts two
or more of the story's countries lie ("a Chinese vessel rammed a Philippine boat near Second Thomas
Shoal": the South China Sea, which no other sea of the table shares between China and the
Philippines); else it is not placed: no point is better than a wrong one.

An island is such a feature too when the gazetteer lacks its name (``island_nouns``: "over Kessaloo
island", "l'île de X"; the noun may follow the name in lower case): it lies in the nearest sea the
document names, else in the country its sentence names ("near X Island in the Philippines"), else
in the shared sea. An island the gazetteer knows ("the island of Crete") is left to the gazetteer.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from newsevents.datafiles import load_yaml
from newsevents.extract.where_coasts import COASTS_FILE, coast_table, off_coast
from newsevents.geo import Gazetteer, normalize
from newsevents.model import Article, Mention, Near, Place

# a sea shared by this many of the story's countries is the sea of a shoal the story names no sea for
SHARED_SEA_COUNTRIES = 2
MAX_FEATURE_NAME_TOKENS = 3  # "Second Thomas", "Union Banks": longest name before or after the noun
NAME_LINKS = frozenset({"de", "du", "des", "d'", "d’", "of"})  # "récif de Whitsun", "Reef of X"


@dataclass(frozen=True, slots=True)
class Feature:
    """A maritime feature's tokens: [start, end) over its name and noun."""

    start: int
    end: int
    name: str = ""  # the name without the noun ("Kessaloo"), for islands: looked up in the gazetteer


@cache
def _water_words() -> frozenset[str]:
    return frozenset(str(w).lower() for w in (load_yaml(COASTS_FILE) or {}).get("water_words") or ())


def _is_water(place: Place) -> bool:
    return place.precision == "region" and bool(set(normalize(place.name).split()) & _water_words())


def _name_token(tok: Any) -> bool:
    return tok.text[:1].isupper() and tok.is_alpha


def find_features(doc: Any, nouns: frozenset[str], lower_noun_after: bool = False) -> list[Feature]:
    """Features named before a capitalised noun ("Sabina Shoal"), before any noun when
    `lower_noun_after` ("Kessaloo island"), or after a noun ("banc Sabina", "récif de Whitsun")."""
    out: list[Feature] = []
    for tok in doc:
        if tok.lower_ not in nouns:
            continue
        sent_start, sent_end = tok.sent.start, tok.sent.end
        start = tok.i
        if tok.text[:1].isupper() or lower_noun_after:
            while start > sent_start and tok.i - start < MAX_FEATURE_NAME_TOKENS \
                    and _name_token(doc[start - 1]) \
                    and (doc[start - 1].pos_ == "PROPN" or not lower_noun_after):
                start -= 1
            if start < tok.i:
                out.append(Feature(start, tok.i + 1, doc[start:tok.i].text))
                continue
        j = tok.i + 1
        if j < sent_end and doc[j].lower_ in NAME_LINKS:
            j += 1
        end = j
        while end < sent_end and end - j < MAX_FEATURE_NAME_TOKENS and _name_token(doc[end]):
            end += 1
        if end > j:
            out.append(Feature(tok.i, end, doc[j:end].text))
    return out


def _near_start(doc: Any, feature: Feature, cues: list[str]) -> int | None:
    """The first token of a near cue right before the feature (articles skipped), else None."""
    i = feature.start
    while i > doc[feature.start].sent.start and doc[i - 1].pos_ == "DET":
        i -= 1
    for cue in sorted(cues, key=len, reverse=True):
        words = cue.lower().split()
        if i - len(words) >= 0 and [t.lower_ for t in doc[i - len(words):i]] == words:
            return i - len(words)
    return None


def shared_sea(gaz: Gazetteer, support: dict[str, set[str]]) -> Place | None:
    """The one sea of data/coasts.yaml on whose coasts SHARED_SEA_COUNTRIES or more of the countries
    the story points to lie (`support`: where._country_support), off the coast it is most about."""
    seas = [sea for sea, coasts in coast_table().items()
            if sum(1 for cc in coasts if support.get(cc)) >= SHARED_SEA_COUNTRIES]
    found = gaz.best(seas[0], kinds=("region",)) if len(seas) == 1 else None
    if found is None:
        return None
    found = off_coast(found, support)
    return Place(name=found.name, country=found.country, lat=found.lat, lon=found.lon, precision="region")


def _sentence_country(mentions: list[Mention], sentence: int, islands: frozenset[str]) -> Place | None:
    """The one country named in `sentence`, an island's country when the document names no sea; not
    an island state named beside it ("Easter Island and Christmas Island")."""
    countries = {m.value.country: m.value for m in mentions if m.sentence == sentence
                 and isinstance(m.value, Place) and m.value.precision == "country"
                 and not set(m.text.lower().split()) & islands}
    return next(iter(countries.values())) if len(countries) == 1 else None


def with_shoals(article: Article, doc: Any, data: dict[str, Any], sentence_of: dict[int, int],
                mentions: list[Mention], gaz: Gazetteer | None = None,
                support: dict[str, set[str]] | None = None) -> list[Mention]:
    """`mentions` without the towns read inside a maritime feature's name, with the features
    placed at the nearest sea the document names, else at the sea its countries share."""
    nouns = frozenset(str(w).lower() for w in data.get("shoal_nouns") or ())
    features = find_features(doc, nouns) if nouns else []
    islands = frozenset(str(w).lower() for w in data.get("island_nouns") or ())
    if islands and gaz is not None:  # an island the gazetteer knows is its own place
        features += [f for f in find_features(doc, islands, lower_noun_after=True)  # not "Canary Islands"
                     if gaz.best(f.name) is None and gaz.best(doc[f.start:f.end].text) is None]
    if not features:
        return mentions
    out = list(mentions)
    seas = [m for m in out if isinstance(m.value, Place) and _is_water(m.value)]
    shared = shared_sea(gaz, support) if not seas and gaz is not None and support else None
    cues = [str(c) for c in data.get("shoal_near_cues") or ()]
    for feature in features:
        last = doc[feature.end - 1]
        span = article.to_original(doc[feature.start].idx, last.idx + len(last))
        out = [m for m in out if not (m.span[0] < span[1] and span[0] < m.span[1])]
        island = bool({doc[feature.start].lower_, doc[feature.end - 1].lower_} & islands)
        sea = min(seas, key=lambda m: (m.span[0] > span[0], abs(m.span[0] - span[0]))).value if seas \
            else (_sentence_country(out, sentence_of.get(feature.start, -1), islands) if island else None) \
            or shared
        if sea is None:
            continue
        cue = _near_start(doc, feature, cues)
        name = doc[feature.start:feature.end].text
        near = None
        if cue is not None:
            near_span = article.to_original(doc[cue].idx, span[1])
            near = Near(name, None, article.words(near_span), near_span)
            span = near_span
        place = Place(name=name, country=sea.country, lat=sea.lat, lon=sea.lon,
                      precision="region", text=article.words(span), span=span, near=near)
        out.append(Mention("place", span, article.words(span), place, sentence_of.get(feature.start, -1)))
    return sorted(out, key=lambda m: m.span)
