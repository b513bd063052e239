"""Issue 12: merging at ingest gives the same register whatever the order documents arrive in,
and equals the batch clustering of every stored report (newsevents.resolve.merge_events).

The scenario: reports of one strike on Kyiv told by several outlets (a city report, an air-strike
report naming a cruise missile, a province report), another strike the same day in the same city
on another target (kept apart), a strike in Lviv the same day (kept apart), a country-level report
contained in both (ambiguous: joins neither), and a summons told twice with different places.
"""

from __future__ import annotations

import itertools
import json
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st
from test_store import make_event

from newsevents.model import Article, Party, Place, Published, Weapon, When
from newsevents.read.common import sha256_of
from newsevents.resolve import merge_events
from newsevents.store import Store

DAY = When(date(2025, 3, 3), date(2025, 3, 3), "day", text="le 3 mars")
KYIV = Place("Kyiv", "UA", 50.45, 30.52, "city", admin1="Kyiv City", text="Kiev")
KYIV_WEST = Place("Kyiv", "UA", 50.44, 30.40, "city", admin1="Kyiv City", text="Kyiv")
KYIV_OBLAST = Place("Kyiv Oblast", "UA", 50.30, 30.60, "admin1", admin1="Kyiv", text="région de Kiev")
LVIV = Place("Lviv", "UA", 49.84, 24.03, "city", admin1="Lviv", text="Lviv")
UKRAINE = Place("Ukraine", "UA", 49.0, 32.0, "country", text="Ukraine")
WARSAW = Place("Warsaw", "PL", 52.23, 21.01, "city", text="Varsovie")
MOSCOW = Place("Moscow", "RU", 55.75, 37.62, "city", text="Moscou")
RUSSIA = Party("Russia", "state", "RU", text="russe")
HOSPITAL = Party("Okhmatdyt hospital", "facility", "UA", text="l'hôpital Okhmatdyt")
PLANT = Party("Antonov plant", "facility", "UA", text="l'usine Antonov")
ENVOY = Party("Ambassador of Russia", "person", "RU", text="l'ambassadeur russe")
POLAND = Party("Poland", "state", "PL", text="la Pologne")


def article(doc: str, specs: list[tuple[str, Place | None, dict]]) -> Article:
    """A processed-looking article with one event per spec (type, place, other fields)."""
    text = f"Article {doc}. " + " ".join(f"Phrase {i} sur l'incident." for i in range(len(specs)))
    art = Article(
        text=text,
        id=doc,
        path=f"corpus/{doc}.txt",
        language="fr",
        sha256=sha256_of(text),
        published=Published(date(2025, 3, 4)),
    )
    for i, (type_, place, fields) in enumerate(specs):
        start = len(f"Article {doc}. ") + i * 25
        art.events.append(
            make_event(doc, type_, (start, start + 6), fields.pop("when", DAY), place, **fields)
        )
    return art


def scenario() -> list[Article]:
    return [
        article(
            "d1",
            [
                ("missile_strike", KYIV, {"targets": [HOSPITAL], "actors": [RUSSIA], "injured": 5}),
                ("diplomatic_protest", WARSAW, {"actors": [POLAND], "targets": [ENVOY]}),
            ],
        ),
        article(
            "d2",
            [
                (
                    "air_strike",
                    KYIV_WEST,
                    {"weapons": [Weapon("Kh-101", "cruise_missile", "Kh-101")], "injured": 7},
                )
            ],
        ),
        article("d3", [("missile_strike", KYIV_OBLAST, {"targets": [HOSPITAL], "fatalities": 2})]),
        article(
            "d4",
            [
                (
                    "drone_strike",
                    KYIV,
                    {"targets": [PLANT], "weapons": [Weapon("Shahed-136", "drone", "Shahed")]},
                )
            ],
        ),
        article(
            "d5",
            [
                ("missile_strike", LVIV, {}),
                ("diplomatic_protest", MOSCOW, {"actors": [POLAND], "targets": [ENVOY]}),
            ],
        ),
        article("d6", [("missile_strike", UKRAINE, {"actors": [RUSSIA]})]),
    ]


def register(store: Store) -> dict[str, dict]:
    return {e["id"]: e for e in store.events()}


def batch(store: Store) -> dict[str, dict]:
    merged, _ = merge_events(store.stored_events())
    return {e["id"]: e for e in merged}


def members(events: dict[str, dict]) -> set[frozenset[str]]:
    return {frozenset(s["document"] for s in e["sources"]) for e in events.values()}


EXPECTED = {
    frozenset({"d1", "d2", "d3"}),
    frozenset({"d4"}),
    frozenset({"d5"}),
    frozenset({"d6"}),
    frozenset({"d1", "d5"}),
}


def check_orders(url_for, orders) -> None:  # type: ignore[no-untyped-def]
    """Ingest the scenario in each order into a fresh store: same register each time, equal to
    the batch result."""
    first: dict[str, dict] | None = None
    for n, order in enumerate(orders):
        with Store.open(url_for(n)) as store:
            arts = {a.id: a for a in scenario()}
            for doc in order:
                store.save(arts[doc])
            got = register(store)
            assert got == batch(store)
            if first is None:
                first = got
                assert members(got) == EXPECTED, json.dumps(sorted(map(sorted, members(got))))
            assert got == first, f"order {order} gave another register"


def test_the_scenario_clusters_as_expected(tmp_path) -> None:  # type: ignore[no-untyped-def]
    check_orders(lambda n: str(tmp_path / f"s{n}.db"), [["d1", "d2", "d3", "d4", "d5", "d6"]])


def test_every_order_of_four_documents_gives_one_register(tmp_path) -> None:  # type: ignore[no-untyped-def]
    orders = list(itertools.permutations(["d1", "d2", "d3", "d6"]))
    first: set | None = None
    for n, order in enumerate(orders):
        with Store.open(str(tmp_path / f"p{n}.db")) as store:
            arts = {a.id: a for a in scenario()}
            for doc in order:
                store.save(arts[doc])
            got = register(store)
            assert got == batch(store)
            first = first or {json.dumps(e, sort_keys=True) for e in got.values()}
            assert {json.dumps(e, sort_keys=True) for e in got.values()} == first


@settings(max_examples=12, deadline=None)
@given(st.permutations(["d1", "d2", "d3", "d4", "d5", "d6"]))
def test_any_order_of_six_documents_gives_one_register(tmp_path_factory, order) -> None:  # type: ignore[no-untyped-def]
    reference = tmp_path_factory.mktemp("ref")
    check_orders(lambda n: str(reference / f"o{n}.db"), [["d1", "d2", "d3", "d4", "d5", "d6"], order])


def test_deleting_a_document_splits_what_it_joined(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """d3 (the province report) alone joins nothing; without d1 the city report d2 and d3 still
    join (the province contains the city); deleting d2 and d3 leaves d1 alone; re-adding restores."""
    with Store.open(str(tmp_path / "del.db")) as store:
        arts = {a.id: a for a in scenario()}
        for a in arts.values():
            store.save(a)
        store.delete("d1")
        assert register(store) == batch(store)
        assert frozenset({"d2", "d3"}) in members(register(store))
        store.delete("d3")
        store.delete("d2")
        assert register(store) == batch(store)
        assert all(len(m) == 1 for m in members(register(store)))
        for doc in ("d1", "d2", "d3"):
            store.save(arts[doc])
        assert register(store) == batch(store)
        assert frozenset({"d1", "d2", "d3"}) in members(register(store))


def test_reprocessing_a_document_recomputes_its_incidents(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A re-extraction that moves d2's strike to Lviv takes it out of the Kyiv incident and into
    Lviv's."""
    with Store.open(str(tmp_path / "re.db")) as store:
        for a in scenario():
            store.save(a)
        moved = article("d2", [("air_strike", LVIV, {"weapons": [Weapon("Kh-101", "cruise_missile")]})])
        moved.text, moved.sha256 = scenario()[1].text, scenario()[1].sha256
        assert store.save(moved, replace=True)
        got = register(store)
        assert got == batch(store)
        assert frozenset({"d1", "d3"}) in members(got) and frozenset({"d2", "d5"}) in members(got)


def test_merged_record_keeps_every_source_and_their_figures(tmp_path) -> None:  # type: ignore[no-untyped-def]
    with Store.open(str(tmp_path / "fig.db")) as store:
        for a in scenario():
            store.save(a)
        kyiv = next(e for e in store.events() if {s["document"] for s in e["sources"]} == {"d1", "d2", "d3"})
        assert [s["document"] for s in kyiv["sources"]] == ["d1", "d2", "d3"]
        assert kyiv["injured"] == 5 and kyiv["fatalities"] == 2  # ACLED: the lowest stated figure
        assert kyiv["figures_differ"] is True
        assert [(f["document"], f["injured"], f["fatalities"]) for f in kyiv["source_figures"]] == [
            ("d1", 5, None),
            ("d2", 7, None),
            ("d3", None, 2),
        ]
        assert kyiv["location"]["name"] == "Kyiv"  # the most precise place, not the province
        reasons = {m["document"]: m["reason"] for m in kyiv["merged_from"]}
        first = next(m["document"] for m in kyiv["merged_from"] if m["event"] == kyiv["id"])
        assert reasons.pop(first) is None  # the report the incident is named after
        assert all(r["rule"] in {"place", "contains", "target"} for r in reasons.values())
        # d1 and d3 name the same hospital; d2 is a city report 8.6 km from d1's
        d1, d3 = (reasons.get(d) or {} for d in ("d1", "d3"))
        assert "target" in {d1.get("rule"), d3.get("rule")}
        assert reasons["d2"]["rule"] == "place" and reasons["d2"]["km"] == 8.6


def test_the_summons_merges_across_capitals_on_its_parties(tmp_path) -> None:  # type: ignore[no-untyped-def]
    with Store.open(str(tmp_path / "dip.db")) as store:
        for a in scenario():
            store.save(a)
        summons = [e for e in store.events() if e["type"] == "diplomatic_protest"]
        assert len(summons) == 1 and summons[0]["merged_from"][1]["reason"]["rule"] == "parties"
