"""Every gold location of the example articles is among the place mentions, within its tolerance.

The gold file (../shared/gold/seeds.gold.json) gives, per event, accepted names and a point with a
tolerance. The events stage picks one place per event; this test checks the `where` stage offers
a matching place (same accepted name, within tolerance) in that document.
"""

from __future__ import annotations

import json
import unicodedata
from datetime import date
from pathlib import Path

import pytest
from conftest import GOLD, SEEDS

from newsevents.geo import haversine_km
from newsevents.model import Article, Place, Published


def _fold(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s.casefold()) if not unicodedata.combining(c))


def _gold_locations() -> list[tuple[str, dict]]:
    if not GOLD.exists():
        return []
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    out = []
    for doc in gold["documents"]:
        for ev in doc.get("events", []):
            if ev.get("location"):
                out.append((doc.get("id") or doc.get("document") or doc.get("path"), ev["location"]))
    return out


def _seed_path(doc_id: str) -> Path:
    matches = sorted(p for p in SEEDS.glob("*.txt") if doc_id and (doc_id in p.name or p.stem in doc_id))
    return matches[0]


@pytest.fixture(scope="module")
def seed_places():
    from newsevents.pipeline import Pipeline

    pipe = Pipeline(stages=("where",))
    cache: dict[str, list[Place]] = {}

    def _places(doc_id: str) -> list[Place]:
        if doc_id not in cache:
            path = _seed_path(doc_id)
            a = pipe.process(
                Article(
                    text=path.read_text(encoding="utf-8"),
                    id=path.stem,
                    language="fr",
                    published=Published(date(2025, 11, 15)),
                )
            )
            cache[doc_id] = [m.value for m in a.of_kind("place")]
        return cache[doc_id]

    return _places


@pytest.mark.skipif(not GOLD.exists(), reason="../shared/gold not present")
@pytest.mark.parametrize(
    ("doc_id", "loc"),
    _gold_locations(),
    ids=[f"{d}-{'/'.join(loc['name'][:2])}" for d, loc in _gold_locations()],
)
def test_gold_location_is_found(seed_places, doc_id, loc):
    names = [_fold(n) for n in loc["name"]]
    hits = [
        p
        for p in seed_places(doc_id)
        if p.lat is not None
        and any(n in _fold(p.name) for n in names)
        and haversine_km(p.lat, p.lon, loc["lat"], loc["lon"]) <= loc["tolerance_km"]
    ]
    assert hits, [(p.name, p.lat, p.lon) for p in seed_places(doc_id)]
