"""A sea told in a story about one of its coasts is placed off that coast (data/coasts.yaml).

Why: a sea's own point is its middle ("Red Sea": 20.3 N, 38.5 E), 700 km from where the Houthi
attacks on shipping happen off Yemen; the story says which coast it is about through the countries
it names ("Yemen's Houthis", "the port of Hodeidah"). The coast whose country has the most evidence
in the document (``where._country_support``: distinct names, and demonyms at half weight) wins; a
tie, or no coast country at all, keeps the sea's middle.
"""

from __future__ import annotations

import dataclasses
from functools import cache
from pathlib import Path

from newsevents.datafiles import load_yaml
from newsevents.geo import Candidate, normalize

COASTS_FILE = Path(__file__).resolve().parent.parent / "data" / "coasts.yaml"
# a demonym counts half a name: "a Russian drone hit a ship off Ukraine's coast" is about Ukraine's
# coast (who acts is named by a demonym as often as where); set by that pattern sentence
DEMONYM_EVIDENCE = 0.5


@cache
def _coasts() -> dict[str, dict[str, tuple[float, float]]]:
    """Folded sea name -> coast country -> (lat, lon)."""
    return {normalize(sea): coasts for sea, coasts in coast_table().items()}


@cache
def coast_table() -> dict[str, dict[str, tuple[float, float]]]:
    """Canonical English sea name -> coast country -> (lat, lon), as data/coasts.yaml lists them."""
    data = load_yaml(COASTS_FILE) or {}
    return {str(sea): {str(cc): (float(p[0]), float(p[1])) for cc, p in (points or {}).items()}
            for sea, points in (data.get("coasts") or {}).items()}


def off_coast(cand: Candidate, support: dict[str, set[str]]) -> Candidate:
    """The sea moved off the coast the document is about, or unchanged."""
    table = _coasts().get(normalize(cand.name)) if cand.kind == "region" else None
    if not table:
        return cand
    evidence = {cc: sum(DEMONYM_EVIDENCE if e == "#" else 1.0 for e in support.get(cc, ())) for cc in table}
    most = max(evidence.values())
    top = [cc for cc, n in evidence.items() if n == most]
    if most == 0 or len(top) > 1:
        return cand
    lat, lon = table[top[0]]
    return dataclasses.replace(cand, lat=lat, lon=lon)
