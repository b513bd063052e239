"""Round 27, scale: the stored reports prepared once for the dating of undated articles.

``anchoring._cases`` tests every stored report against every undated article; what the tests read
of a report (its documents, its parties' countries, its targets' name words, its town) is now
made once per examination (``_StoredAnchor``) instead of once per article and report. These
tests check that the prepared reports select the same candidates, by the same reasons, as the
per-record functions read afresh, on records written here (places and names invented).
"""

from __future__ import annotations

from typing import Any

import pytest

from newsevents import anchoring

Record = dict[str, Any]

TOWN = {"text": "Veloria", "name": "Veloria", "precision": "city", "lat": 45.10, "lon": 12.20,
        "country": "IT", "admin1": "Veneto"}
PROVINCE_PLACE = {"text": "Sorvano", "name": "Sorvano", "precision": "city", "lat": 44.0, "lon": 11.0,
                  "country": "FR", "admin1": "Provence"}
DOC: Record = {
    "id": "undated-1",
    "text": "The tanker Morning Halcyon was struck near Veloria, officials in Sorvano said.",
    "places": [TOWN, PROVINCE_PLACE],
    "parties": [{"kind": "state", "country": "IT", "name": "Italy", "text": "Italy"},
                {"kind": "state", "country": "GR", "name": "Greece", "text": "Greece"}],
}


def _event(eid: str, **over: Any) -> Record:
    base: Record = {"id": eid, "type": "drone_strike", "date": {"start": "2025-03-04"},
                    "location": {"precision": "city", "lat": 10.0, "lon": 10.0, "country": "XX",
                                 "admin1": "Nowhere"},
                    "sources": [{"document": f"doc-{eid}"}], "actors": [], "targets": []}
    base.update(over)
    return base


STORED = [
    # a town within ANCHOR_KM of the article's town: found by the town
    _event("near", location={"precision": "city", "lat": 45.15, "lon": 12.25, "country": "IT",
                             "admin1": "Veneto"}),
    # the same place, reported by the undated article itself: never its own anchor
    _event("own", location={"precision": "city", "lat": 45.10, "lon": 12.20, "country": "IT"},
           sources=[{"document": "undated-1"}]),
    # a place-free report between two countries the article names
    _event("free", type="prisoner_exchange", location={},
           actors=[{"kind": "state", "country": "IT", "name": "Italy"}],
           targets=[{"kind": "state", "country": "GR", "name": "Greece"}]),
    # a place-free type, one of its parties' countries not named by the article: not found
    _event("free-other", type="prisoner_exchange", location={},
           actors=[{"kind": "state", "country": "IT"}], targets=[{"kind": "state", "country": "TR"}]),
    # far away, found by the proper name of its target (a ship)
    _event("named", targets=[{"kind": "facility", "name": "Morning Halcyon tanker"}]),
    # a target named by generic words and a state's name only: names nothing
    _event("generic", targets=[{"kind": "facility", "name": "Embassy of Greece"}]),
    # elsewhere in a province the article names a place of: found by the province
    _event("province", location={"precision": "city", "lat": 43.5, "lon": 10.5, "country": "FR",
                                 "admin1": "Provence"}),
    # placed only by the country, which the article names a place in
    _event("area", location={"precision": "country", "country": "IT"}),
    # a report that dates no day (an interval of a week): never a candidate
    _event("loose-date", date={"start": "2025-03-01", "end": "2025-03-08"},
           location={"precision": "city", "lat": 45.10, "lon": 12.20, "country": "IT"}),
    # nowhere near, nothing named
    _event("far"),
]


def _reference_candidates(doc: Record, stored: list[Record]) -> list[Record]:
    """The candidates as the per-record functions read them afresh, report by report."""
    towns, named, names = anchoring._towns(doc), anchoring._countries_named(doc), anchoring._own_names(doc)
    provinces = anchoring._provinces(doc)
    countries = {str(p["country"]) for p in doc.get("places") or [] if p.get("country")}
    free = anchoring.place_free_types()
    return [e for e in stored
            if doc["id"] not in anchoring._sources_of(e) and anchoring._day_of(e) is not None
            and (anchoring._near_point(anchoring._point(e), towns)
                 or (e.get("type") in free and anchoring._parties_named(e, named))
                 or anchoring._names_target_of(e, doc, names)
                 or anchoring._in_provinces(e, provinces, countries))]


def test_the_candidates_are_the_expected_reports() -> None:
    found = [e["id"] for e in anchoring.candidates(DOC, STORED)]
    assert found == ["near", "free", "named", "province", "area"]


def test_prepared_reports_select_what_the_records_read_afresh_select() -> None:
    prepared = anchoring._stored_anchors(STORED)
    assert [a.record for a in anchoring._candidates(DOC, prepared)] == _reference_candidates(DOC, STORED)
    # the same prepared list serves every article: a second article gets its own answer
    other = {**DOC, "id": "undated-2", "text": "Nothing was named.", "places": [], "parties": []}
    assert anchoring._candidates(other, prepared) == []
    assert _reference_candidates(other, STORED) == []


def test_provincial_only_and_named_targets_read_from_the_prepared_reports() -> None:
    found = anchoring._candidates(DOC, anchoring._stored_anchors(STORED))
    assert anchoring.provincial_only(DOC, found) == frozenset({"province", "area"})
    names = anchoring._own_names(DOC)
    named = {a.record["id"] for a in found
             if anchoring._names_in(a.targets, names, anchoring.NAMED_SITE_KINDS)}
    assert named == {"named"}
    assert named == {str(e["id"]) for e in STORED if anchoring._names_target_of(e, DOC, names,
                                                                                anchoring.NAMED_SITE_KINDS)
                     and e["id"] in {a.record["id"] for a in found}}


@pytest.mark.parametrize("name, places, words, expected", [
    ("Morning Halcyon tanker", set(), {"Morning", "Halcyon"}, True),
    ("Morning Halcyon tanker", {"Halcyon"}, {"Morning", "Halcyon"}, True),  # "Morning" still names it
    ("Port of Veloria", {"Veloria"}, {"Veloria", "Port"}, False),  # a place's word and a generic one
    ("Greek Embassy", set(), {"Greek", "Embassy"}, False),  # a demonym and a generic word
])
def test_target_words_less_the_places_are_the_name_words_less_places_and_states(
        name: str, places: set[str], words: set[str], expected: bool) -> None:
    event = {"targets": [{"kind": "facility", "name": name}]}
    doc = {"text": " ".join(sorted(words)), "places": [], "parties": []}
    assert anchoring._names_in(anchoring._target_words(event), (words, places), None) is expected
    assert anchoring._names_target_of(event, doc, (words, places)) is expected


def test_a_matching_key_is_computed_once_and_is_the_records_key() -> None:
    anchor = anchoring._stored_anchors([STORED[0]])[0]
    first = anchor.matching_key()
    assert first is not None and first == anchoring.key_of_event(STORED[0])
    assert anchor.matching_key() is first
