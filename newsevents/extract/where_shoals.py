"""A shoal, reef or atoll the gazetteer lacks is placed at the sea the document names.

Why: GeoNames' populated places have no shoals, and the names of disputed reefs are often a town's
elsewhere ("Scarborough Shoal" is not Scarborough, England). A name with its feature noun ("near
Sabina Shoal", "près du banc Sabina", "au récif de Whitsun"; ``shoal_nouns`` in
lang/<code>/places.yaml) is such a feature: a town read inside it is dropped, and when the document
names a sea (a region whose English name has a ``water_words`` word, data/coasts.yaml) the feature
is a place of ``region`` precision at that sea's point -- already moved off the coast the story is
about (where_coasts.py) -- named after the feature, the cue words kept as ``near`` ("near Sabina
Shoal"). With no sea named, the feature is not placed: no point is better than a wrong one.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from newsevents.datafiles import load_yaml
from newsevents.extract.where_coasts import COASTS_FILE
from newsevents.geo import normalize
from newsevents.model import Article, Mention, Near, Place

MAX_FEATURE_NAME_TOKENS = 3  # "Second Thomas", "Union Banks": longest name before or after the noun
NAME_LINKS = frozenset({"de", "du", "des", "d'", "d’", "of"})  # "récif de Whitsun", "Reef of X"


@dataclass(frozen=True, slots=True)
class Feature:
    """A maritime feature's tokens: [start, end) over its name and noun."""

    start: int
    end: int


@cache
def _water_words() -> frozenset[str]:
    return frozenset(str(w).lower() for w in (load_yaml(COASTS_FILE) or {}).get("water_words") or ())


def _is_water(place: Place) -> bool:
    return place.precision == "region" and bool(set(normalize(place.name).split()) & _water_words())


def _name_token(tok: Any) -> bool:
    return tok.text[:1].isupper() and tok.is_alpha


def find_features(doc: Any, nouns: frozenset[str]) -> list[Feature]:
    """Features named before a capitalised noun ("Sabina Shoal") or after a noun ("banc Sabina",
    "récif de Whitsun")."""
    out: list[Feature] = []
    for tok in doc:
        if tok.lower_ not in nouns:
            continue
        sent_start, sent_end = tok.sent.start, tok.sent.end
        start = tok.i
        if tok.text[:1].isupper():
            while start > sent_start and tok.i - start < MAX_FEATURE_NAME_TOKENS \
                    and _name_token(doc[start - 1]):
                start -= 1
            if start < tok.i:
                out.append(Feature(start, tok.i + 1))
                continue
        j = tok.i + 1
        if j < sent_end and doc[j].lower_ in NAME_LINKS:
            j += 1
        end = j
        while end < sent_end and end - j < MAX_FEATURE_NAME_TOKENS and _name_token(doc[end]):
            end += 1
        if end > j:
            out.append(Feature(tok.i, end))
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


def with_shoals(article: Article, doc: Any, data: dict[str, Any], sentence_of: dict[int, int],
                mentions: list[Mention]) -> list[Mention]:
    """`mentions` without the towns read inside a maritime feature's name, with the features
    placed at the nearest sea the document names."""
    nouns = frozenset(str(w).lower() for w in data.get("shoal_nouns") or ())
    features = find_features(doc, nouns) if nouns else []
    if not features:
        return mentions
    out = list(mentions)
    seas = [m for m in out if isinstance(m.value, Place) and _is_water(m.value)]
    cues = [str(c) for c in data.get("shoal_near_cues") or ()]
    for feature in features:
        last = doc[feature.end - 1]
        span = article.to_original(doc[feature.start].idx, last.idx + len(last))
        out = [m for m in out if not (m.span[0] < span[1] and span[0] < m.span[1])]
        if not seas:
            continue
        sea = min(seas, key=lambda m: (m.span[0] > span[0], abs(m.span[0] - span[0])))
        cue = _near_start(doc, feature, cues)
        name = doc[feature.start:feature.end].text
        near = None
        if cue is not None:
            near_span = article.to_original(doc[cue].idx, span[1])
            near = Near(name, None, article.words(near_span), near_span)
            span = near_span
        place = Place(name=name, country=sea.value.country, lat=sea.value.lat, lon=sea.value.lon,
                      precision="region", text=article.words(span), span=span, near=near)
        out.append(Mention("place", span, article.words(span), place, sentence_of.get(feature.start, -1)))
    return sorted(out, key=lambda m: m.span)
