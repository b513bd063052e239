"""Places and targets of everyday wire copy the language data lacked (sentences written here from
the pattern): a sea or a region that is no administrative unit ("the Gulf of Aden", "la Galilée":
data/regions.yaml), a vehicle struck ("a bus", "un autobus") and a French tanker ("un pétrolier":
lang/*/targets.yaml), a group named by its singular adjective ("un drone houthi":
data/organizations.yaml)."""

from __future__ import annotations

from datetime import date

import pytest

from newsevents.model import Article, Published

PUBLISHED = Published(date(2025, 11, 14))


def _events(pipe, language: str, text: str) -> list[dict]:
    article = pipe.process(Article(text=text, id="t", language=language, published=PUBLISHED))
    return [e.to_json() for e in article.events]


@pytest.mark.parametrize(("language", "text", "place", "target", "actor"), [
    ("en", "A Houthi drone struck a Greek-owned tanker in the Gulf of Aden on Wednesday.",
     "Gulf of Aden", "tanker", "Houthis"),
    ("fr", "Un drone houthi a frappé mercredi un navire pétrolier grec dans le golfe d'Aden.",
     "Gulf of Aden", "tanker", "Houthis"),
    ("en", "A Russian drone strike on a bus in Kherson killed two people on Thursday.",
     "Kherson", "bus", "Russia"),
    ("fr", "Une frappe de drone russe sur un autobus à Kherson a fait deux morts jeudi.",
     "Kherson", "bus", "Russia"),
    ("en", "A Hezbollah drone hit a military base in the Galilee on Tuesday, wounding three soldiers.",
     "Galilee", None, "Hezbollah"),
    ("fr", "Un drone du Hezbollah a touché mardi une base militaire en Galilée, blessant trois soldats.",
     "Galilee", None, "Hezbollah"),
])
def test_seas_regions_vehicles_and_groups(pipe, language: str, text: str, place: str, target: str | None,
                                          actor: str) -> None:
    events = _events(pipe, language, text)
    assert len(events) == 1
    e = events[0]
    assert (e["location"] or {}).get("name") == place
    if target is not None:
        assert any(target in t["name"] for t in e["targets"]), e["targets"]
    assert actor in [a["name"] for a in e["actors"]]
