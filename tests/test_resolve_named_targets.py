"""Issue 12, round 6: targets described by common nouns never tell two incidents apart; targets
named by proper nouns still do.

The pattern (places, names and dates made up here): outlets describe what one strike hit in
different words ("the port, a fuel depot" / "military installations, an ammunition depot" / "a
warplane"), and a report naming different *described* targets used to contradict the others, so
it stayed an incident of its own, and could even keep a cluster from forming (match.clash).
Named targets ("Okhmatdyt hospital" / "Antonov plant", "l'hôpital Okhmatdyt" / "l'usine
Antonov") and missions of two countries still differ.

Checked on the key (is_named_target), the pair rule, the batch merger and the store's incremental
path in every order of the documents.
"""

from __future__ import annotations

import itertools
import json
from typing import Any

import pytest
from test_resolve_match import PORT_SUDAN, ev, rule

from newsevents.resolve import key_of_event, merge_events
from newsevents.resolve.keys import Key, is_named_target
from newsevents.resolve.match import clash
from newsevents.store import Store

Record = dict[str, Any]

ODESA = {"name": "Odesa", "country": "UA", "admin1": "Odesa", "lat": 46.48, "lon": 30.72, "precision": "city"}
MYKOLAIV = {"name": "Mykolaiv", "country": "UA", "admin1": "Mykolaiv", "lat": 46.97, "lon": 31.99,
            "precision": "city"}


def t(name: str, kind: str = "facility", country: str | None = None) -> Record:
    return {"name": name, "kind": kind, "country": country}


NAMED = [
    ("en: a hospital's proper name", t("Okhmatdyt hospital")),
    ("fr: le nom propre d'une usine", t("usine Antonov")),
    ("en: an air base named after a person", t("Osman air base", "military")),
    ("fr: base aérienne nommée", t("base aérienne de Hmeimim", "military")),
    ("en: a ship's name", t("the Eternity C", "organization")),
    ("en: an acronym", t("UNIFIL", "organization")),
    ("en: a country's mission", t("Embassy of Iran", "diplomatic_mission", "IR")),
    ("fr: la mission d'un pays", t("ambassade de Turquie", "diplomatic_mission", "TR")),
]

DESCRIBED = [
    ("en: a described depot", t("ammunition depot", "military")),
    ("fr: un dépôt décrit", t("dépôt de munitions", "military")),
    ("en: installations", t("military installations", "military")),
    ("fr: des installations", t("installations militaires", "military")),
    ("en: a warplane by its country's adjective", t("Emirati fighter jet", "military")),
    ("fr: un avion par l'adjectif de son pays", t("avion de chasse émirati", "military")),
    ("en: a country's army", t("Indian army", "military")),
    ("fr: l'armée d'un pays", t("armée malienne", "military")),
    ("en: a tower", t("observation tower", "military")),
]


@pytest.mark.parametrize(("why", "party"), NAMED, ids=[c[0] for c in NAMED])
def test_a_proper_noun_or_a_mission_names_a_target(why: str, party: Record) -> None:
    assert is_named_target(party), why


@pytest.mark.parametrize(("why", "party"), DESCRIBED, ids=[c[0] for c in DESCRIBED])
def test_common_nouns_and_country_adjectives_only_describe_it(why: str, party: Record) -> None:
    assert not is_named_target(party), why


def strike(eid: str, doc: str, targets: list[Record], place: Record | None = PORT_SUDAN,
           type_: str = "drone_strike", **fields: Any) -> Record:
    return ev(eid, doc, type_, "2025-05-04", place=place, targets=targets, **fields)


MERGE = [
    (
        "en: one strike's damage described two ways in one city",
        strike("a", "d1", [t("fuel depot"), t("Emirati fighter jet", "military")]),
        strike("b", "d2", [t("military installations", "military"), t("ammunition depot", "military")]),
    ),
    (
        "fr: les dégâts d'une frappe décrits autrement, une ville",
        strike("a", "d1", [t("installations militaires", "military")]),
        strike("b", "d2", [t("dépôt de carburant"), t("avion de chasse émirati", "military")]),
    ),
    (
        "en/fr: a named site and a described one",
        strike("a", "d1", [t("Osman air base", "military")]),
        strike("b", "d2", [t("installations militaires", "military")]),
    ),
]

APART = [
    (
        "en: two named sites in one city",
        strike("a", "d1", [t("Okhmatdyt hospital")], place=ODESA, type_="missile_strike"),
        strike("b", "d2", [t("Antonov plant")], place=ODESA, type_="missile_strike"),
    ),
    (
        "fr: deux sites nommés dans une ville",
        strike("a", "d1", [t("hôpital Okhmatdyt")], place=ODESA, type_="missile_strike"),
        strike("b", "d2", [t("usine Antonov")], place=ODESA, type_="missile_strike"),
    ),
    (
        "en: described targets in two cities",
        strike("a", "d1", [t("fuel depot")], place=ODESA),
        strike("b", "d2", [t("military installations", "military")], place=MYKOLAIV),
    ),
    (
        "fr: des cibles décrites, un autre jour",
        strike("a", "d1", [t("dépôt de carburant")]),
        ev("b", "d2", "drone_strike", "2025-05-06", place=PORT_SUDAN,
           targets=[t("installations militaires", "military")]),
    ),
]


@pytest.mark.parametrize(("why", "a", "b"), MERGE, ids=[c[0] for c in MERGE])
def test_described_targets_never_keep_one_strike_apart(why: str, a: Record, b: Record) -> None:
    assert rule(a, b) == "place", why
    ka, kb = key_of_event(a), key_of_event(b)
    assert ka is not None and kb is not None and not clash(ka, kb), why
    assert len(merge_events([a, b])[0]) == 1, why


@pytest.mark.parametrize(("why", "a", "b"), APART, ids=[c[0] for c in APART])
def test_named_targets_other_places_or_days_stay_apart(why: str, a: Record, b: Record) -> None:
    assert rule(a, b) is None, why
    assert len(merge_events([a, b])[0]) == 2, why


def test_a_report_describing_other_damage_joins_the_incident_two_reports_name() -> None:
    """Two reports share a named site; a third describes other damage in the same city: one
    incident of three (before, the third clashed with the first and stayed alone)."""
    a = strike("a", "d1", [t("Osman air base", "military"), t("ammunition depot", "military")])
    b = strike("b", "d2", [t("Osman air base", "military")], place=None)
    c = strike("c", "d3", [t("port"), t("Emirati fighter jet", "military")])
    for order in itertools.permutations([a, b, c]):
        merged, id_map = merge_events(list(order))
        assert len(merged) == 1 and len(set(id_map.values())) == 1


def test_packed_keys_keep_named_targets_and_read_older_packs_as_named() -> None:
    k = key_of_event(strike("a", "d1", [t("Okhmatdyt hospital"), t("ammunition depot", "military")]))
    assert k is not None
    assert k.named == frozenset({x for x in k.targets if "hospital" in x}) and len(k.targets) == 2
    assert Key.unpack(k.pack()) == k and Key.unpack_many([k.pack()]) == [k]
    old = json.dumps(json.loads(k.pack())[:23])  # packed before ``named`` existed
    assert Key.unpack(old).named == k.targets
    assert len(k.described) == 2  # every site target, described or named
    assert Key.unpack(json.dumps(json.loads(k.pack())[:24])).described == frozenset()


def test_store_merges_them_in_any_order(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Through the store's incremental path, every order of three documents, equal to the batch."""
    from test_merge_order import article, batch, members, register

    from newsevents.model import Party, Place

    port = Place("Port Sudan", "SD", 19.62, 37.22, "city", admin1="Red Sea", text="Port-Soudan")
    base = Party("Osman air base", "military", None, text="la base aérienne Osman")
    depot = Party("ammunition depot", "military", None, text="un dépôt de munitions")
    jet = Party("Emirati fighter jet", "military", None, text="an Emirati warplane")
    fuel = Party("fuel depot", "facility", None, text="a fuel depot")
    arts = {
        "d1": lambda: article("d1", [("drone_strike", port, {"targets": [base, depot]})]),
        "d2": lambda: article("d2", [("drone_strike", None, {"targets": [base]})]),
        "d3": lambda: article("d3", [("drone_strike", port, {"targets": [jet, fuel]})]),
    }
    for n, order in enumerate(itertools.permutations(arts)):
        with Store.open(str(tmp_path / f"o{n}.db")) as store:
            for doc in order:
                store.save(arts[doc]())
            got = register(store)
            assert got == batch(store), order
            assert frozenset({"d1", "d2", "d3"}) in members(got), order



TIE = [
    ("en: the hospital report joins the hospital strike, not the plant's",
     [t("aircraft plant")], [t("hospital"), t("civilians", "civilians")], [t("hospital")]),
    ("fr: le rapport de l'hôpital rejoint la frappe de l'hôpital",
     [t("usine d'aviation")], [t("hôpital")], [t("hôpital"), t("infrastructures critiques")]),
]


@pytest.mark.parametrize(("why", "plant", "hospital", "third"), TIE, ids=[c[0] for c in TIE])
def test_a_report_matching_two_strikes_alike_joins_the_one_describing_the_same_damage(
        why: str, plant: list[Record], hospital: list[Record], third: list[Record]) -> None:
    """One article tells two strikes in one city the same day (two incidents); a third report
    placed in that city matches both by place: it joins the one whose target it describes too,
    whichever sorts first."""
    for first, second in (("a", "b"), ("b", "a")):
        reports = [strike(first, "d1", plant, place=ODESA, type_="missile_strike"),
                   strike(second, "d1", hospital, place=ODESA, type_="missile_strike"),
                   strike("c", "d2", third, place=ODESA, type_="missile_strike")]
        _, id_map = merge_events(reports)
        assert id_map["c"] == id_map[second] != id_map[first], (why, first)
