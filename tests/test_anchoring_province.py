"""Dating through a report placed elsewhere in the same province or by its country
(newsevents/anchoring.py).

An agency copy names a village the gazetteer does not know "in Amhara region": the dated report
of that day's strike at the district town is found by the province (the merger joins the two:
one place holds the other). A report placed only by its country holds too many incidents: it
dates a page only when type, an actor's country and the page's own day agree. Texts written here
from the general pattern (not news-dev).
"""

from __future__ import annotations

import pytest
from helpers import write_articles

from newsevents import anchoring
from newsevents.ingest import ingest
from newsevents.resolve.keys import key_of_event
from newsevents.store import Store

DATED = {"id": "amh-dated", "published": "2024-03-06", "language": "en",
         "text": "ADDIS ABABA (Reuters) - An Ethiopian military drone strike killed at least 30 civilians "
                 "at a crowded market in Debre Markos in the Amhara region on Tuesday, two residents and "
                 "a health official said.\n\nThe army did not respond to a request for comment."}
COPIES = [
    {"id": "amh-village", "language": "en",
     "text": "At least 30 people were killed on Tuesday when an Ethiopian army drone struck a weekly market "
             "in the village of Gedeb Selassie in Amhara region, residents told AFP.\n\nA health worker "
             "said the wounded were taken to the nearest clinic."},
    {"id": "amh-village-fr", "language": "fr",
     "text": "Une frappe de drone de l'armée éthiopienne a tué mardi au moins 30 civils sur un marché du "
             "village de Gedeb Selassie, dans la région Amhara, ont indiqué des habitants à l'AFP.\n\nLes "
             "blessés ont été transportés au dispensaire le plus proche."},
]
# the same province and day, but another kind of incident, by another side: no date through it
OTHER_TYPE = {"id": "amh-ambush", "language": "en",
              "text": "Fano militiamen ambushed a convoy of Ethiopian soldiers on Tuesday near the village "
                      "of Gedeb Selassie in Amhara region, killing 12, residents said."}
# the same kind of strike in another province: nothing of the dated report's province
OTHER_PROVINCE = {"id": "tig-strike", "language": "en",
                  "text": "An Ethiopian army drone struck a market in Adigrat in Tigray on Tuesday, killing "
                          "at least 30 people, residents said."}


def test_a_copy_naming_a_village_of_the_province_is_dated_by_the_report(tmp_path, pipe) -> None:
    with Store.open(str(tmp_path / "x.db")) as store:
        articles = [DATED, *COPIES, OTHER_TYPE, OTHER_PROVINCE]
        ingest(write_articles(tmp_path, articles), store, pipeline=pipe)
        for copy in COPIES:
            pub = store.document(copy["id"])["published"]
            assert pub is not None and pub["date"] == "2024-03-05", (copy["id"], pub)
            assert pub["basis"].startswith(anchoring.BASIS_MARKER) and "amh-dated" in pub["basis"]
        for other in (OTHER_TYPE, OTHER_PROVINCE):  # never a confident day through another incident
            assert store.document(other["id"])["published"] is None, other["id"]


def _romania(where: str) -> dict:
    return {"id": "ro-dated", "published": "2025-03-12", "language": "en",
            "text": f"BUCHAREST (Reuters) - A Russian drone struck a house in {where} on Tuesday, injuring "
                    "two people, Romania's defence ministry said on Wednesday.\n\nIt was the first time a "
                    "drone had hurt anyone on Romanian soil since the start of the war."}


TOWN_COPIES = [
    {"id": "ro-town-fr", "language": "fr",
     "text": "Un drone russe a frappé mardi une maison à Tulcea, blessant deux personnes, a indiqué le "
             "ministère roumain de la Défense.\n\nC'est la première fois qu'un drone fait des blessés sur "
             "le sol roumain depuis le début de la guerre."},
    {"id": "ro-town-en", "language": "en",
     "text": "Two people were injured on Tuesday when a Russian drone hit a house in Tulcea, the Romanian "
             "defence ministry said.\n\nBucharest summoned Russia's ambassador."},
]
# the same town and day, another side's drone: the perpetrators contradict
OTHER_SIDE = {"id": "ro-depot", "language": "en",
              "text": "A Ukrainian drone struck an oil depot in Tulcea on Tuesday, injuring two people, "
                      "officials said."}


@pytest.mark.parametrize("where", ["eastern Romania", "Romania"])
def test_a_copy_naming_the_town_is_dated_by_a_report_placed_by_its_region_or_country(
        tmp_path, pipe, where) -> None:
    with Store.open(str(tmp_path / "x.db")) as store:
        ingest(write_articles(tmp_path, [_romania(where), *TOWN_COPIES, OTHER_SIDE]), store, pipeline=pipe)
        for copy in TOWN_COPIES:
            pub = store.document(copy["id"])["published"]
            assert pub is not None and pub["date"] == "2025-03-11", (copy["id"], pub)
        assert store.document(OTHER_SIDE["id"])["published"] is None


def _event(ident: str, type_: str, place: dict, actor_country: str, *, inferred: bool = False,
           day: str = "2023-05-09") -> dict:
    return {"id": ident, "type": type_, "sources": [{"document": ident}],
            "date": {"start": day, "end": day, "precision": "day", "inferred": inferred, "text": "Tuesday"},
            "location": place,
            "actors": [{"name": "army", "kind": "military", "country": actor_country}]}


# two towns of one province more than a suburb apart (the merger keeps them apart)


def _place(name: str, precision: str, admin1: str | None, lat: float, lon: float) -> dict:
    return {"name": name, "precision": precision, "country": "MM", "admin1": admin1, "lat": lat, "lon": lon}


TOWN_A = _place("Pauk", "city", "Magway", 21.45, 94.47)
TOWN_B = _place("Gangaw", "city", "Magway", 22.17, 94.13)
TOWN_C = _place("Hpakant", "city", "Kachin", 25.61, 96.31)
COUNTRY = _place("Myanmar", "country", None, 21.0, 96.0)
STRIKE_A = _event("b", "air_strike", TOWN_A, "MM")

CONTAINED = [
    # (the article's incident, the dated report's, joined?)
    (_event("a", "air_strike", COUNTRY, "MM"), STRIKE_A, True),  # "a village in Myanmar": the country
    (_event("a", "air_strike", TOWN_A, "MM"), _event("b", "air_strike", COUNTRY, "MM"), True),
    (_event("a", "air_strike", COUNTRY, "MM", inferred=True), STRIKE_A, False),  # a day the try gave
    (_event("a", "shelling", COUNTRY, "MM"), STRIKE_A, False),
    (_event("a", "air_strike", COUNTRY, "TH"), STRIKE_A, False),  # another side's strike
    (_event("a", "air_strike", COUNTRY, "MM", day="2023-05-16"), STRIKE_A, False),  # a week later
    (_event("a", "air_strike", TOWN_B, "MM"), STRIKE_A, False),  # two towns: the merger keeps them apart
    (_event("a", "air_strike", TOWN_C, "MM"), STRIKE_A, False),
]


@pytest.mark.parametrize(("event", "other", "joined"), CONTAINED)
def test_a_report_at_the_country_joins_only_when_all_else_agrees(event, other, joined) -> None:
    key, anchor = key_of_event(event), key_of_event(other)
    assert key is not None and anchor is not None
    assert anchoring._contained(key, anchor, event, other) is joined


def test_an_anchor_found_only_by_its_province_or_country_is_tried_after_a_town() -> None:
    by_town = {"id": "a", "date": {"start": "2025-05-04", "end": "2025-05-04", "precision": "day"}}
    by_province = {"id": "b", "date": {"start": "2025-05-02", "end": "2025-05-02", "precision": "day"}}
    assert anchoring.candidate_days([by_town, by_province])[0].isoformat() == "2025-05-02"
    days = anchoring.candidate_days([by_town, by_province], provincial=frozenset({"b"}))
    assert [d.isoformat() for d in days] == ["2025-05-04", "2025-05-02"]
