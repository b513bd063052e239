"""Issue 12, round 5: a report placed only by an area that contains two incidents which can never
be one ("in Ukraine" with a strike on Kyiv and one on Lviv the same day; "dans la région de
Kharkiv" with Izium and Kupiansk) is ambiguous: it joins neither and links no component through
containment (resolve.cluster.ambiguous_of, kept). Ambiguity depends on every stored report: a
new report can make a loose report ambiguous (it leaves the incident it had joined), deleting
one can make it unambiguous again (it joins). The register must equal the batch result after
every step, in any order.
"""

from __future__ import annotations

import itertools
from datetime import date

from test_merge_order import article, batch, members, register

from newsevents.model import Party, Place, When
from newsevents.resolve import key_of_event, merge_events
from newsevents.resolve.cluster import ambiguous_of, components, flagged
from newsevents.store import Store

DAY = When(date(2025, 5, 6), date(2025, 5, 6), "day", text="le 6 mai")
KYIV = Place("Kyiv", "UA", 50.45, 30.52, "city", admin1="Kyiv City", text="Kiev")
LVIV = Place("Lviv", "UA", 49.84, 24.03, "city", admin1="Lviv", text="Lviv")
UKRAINE = Place("Ukraine", "UA", 49.0, 32.0, "country", text="Ukraine")
IZIUM = Place("Izium", "UA", 49.21, 37.26, "city", admin1="Kharkiv", text="Izioum")
KUPIANSK = Place("Kupiansk", "UA", 49.71, 37.61, "city", admin1="Kharkiv", text="Koupiansk")
KHARKIV_OBLAST = Place(
    "Kharkiv Oblast", "UA", 49.5, 36.5, "admin1", admin1="Kharkiv", text="région de Kharkiv"
)
RUSSIA = Party("Russia", "state", "RU", text="la Russie")


def docs() -> dict[str, object]:
    return {
        "kyiv": article("kyiv", [("missile_strike", KYIV, {"when": DAY, "actors": [RUSSIA]})]),
        "lviv": article("lviv", [("missile_strike", LVIV, {"when": DAY})]),
        "country": article("country", [("missile_strike", UKRAINE, {"when": DAY})]),
        "izium": article("izium", [("shelling", IZIUM, {"when": DAY})]),
        "kupiansk": article("kupiansk", [("shelling", KUPIANSK, {"when": DAY})]),
        "oblast": article("oblast", [("shelling", KHARKIV_OBLAST, {"when": DAY})]),
    }


def keys_of(store: Store) -> list:
    return [k for k in (key_of_event(e) for e in store.stored_events()) if k is not None]


def test_a_country_report_with_two_incidents_is_ambiguous_and_links_nothing(tmp_path) -> None:  # type: ignore[no-untyped-def]
    with Store.open(str(tmp_path / "a.db")) as store:
        for name in ("kyiv", "lviv", "country"):
            store.save(docs()[name])
        keys = keys_of(store)
        country = next(k for k in keys if k.geo == "country")
        assert ambiguous_of(keys) == {country.id}
        # without the ambiguity the country report would hold the three in one component
        assert len(components(keys)) == 1 and len(components(flagged(keys, ambiguous_of(keys)))) == 3
        assert members(register(store)) == {
            frozenset({"kyiv"}),
            frozenset({"lviv"}),
            frozenset({"country"}),
        }
        assert register(store) == batch(store)


def test_a_new_report_makes_it_ambiguous_and_a_deletion_unambiguous(tmp_path) -> None:  # type: ignore[no-untyped-def]
    with Store.open(str(tmp_path / "b.db")) as store:
        arts = docs()
        store.save(arts["kyiv"])
        store.save(arts["country"])
        assert frozenset({"kyiv", "country"}) in members(register(store))  # the only incident
        store.save(arts["lviv"])  # now it contains two: it leaves Kyiv's incident
        assert register(store) == batch(store)
        assert frozenset({"country"}) in members(register(store))
        store.delete("lviv")  # one incident again: it joins
        assert register(store) == batch(store)
        assert frozenset({"kyiv", "country"}) in members(register(store))
        store.delete("kyiv")
        store.save(arts["lviv"])  # fr: "en Ukraine" joins the strike on Lviv, the only one left
        assert register(store) == batch(store)
        assert frozenset({"lviv", "country"}) in members(register(store))


def test_every_order_and_deletion_gives_the_batch_register(tmp_path) -> None:  # type: ignore[no-untyped-def]
    names = ["kyiv", "lviv", "country", "izium", "kupiansk", "oblast"]
    first: set | None = None
    for n, order in enumerate(itertools.islice(itertools.permutations(names), 0, None, 37)):
        with Store.open(str(tmp_path / f"o{n}.db")) as store:
            arts = docs()
            for name in order:
                store.save(arts[name])
                assert register(store) == batch(store), order
            got = members(register(store))
            first = first or got
            assert got == first, order
            for name in order[:3]:  # deletions in the same order
                store.delete(name)
                assert register(store) == batch(store), (order, name)
    assert first is not None
    # the province report contains Izium and Kupiansk (56 km apart: two incidents); the country
    # report contains those and Kyiv and Lviv: each joins nothing
    assert frozenset({"oblast"}) in first and frozenset({"country"}) in first


def test_a_province_report_with_one_incident_joins_it_whatever_else_the_country_has() -> None:
    """Ambiguity is per report: "région de Kharkiv" contains Izium only; Kyiv is not in it."""
    from test_resolve_match import IZIUM as IZIUM_R
    from test_resolve_match import KHARKIV_OBLAST as OBLAST_R
    from test_resolve_match import KYIV as KYIV_R
    from test_resolve_match import UKRAINE as UKRAINE_R
    from test_resolve_match import ev

    reports = [
        ev("a", "d1", "shelling", place=IZIUM_R),
        ev("b", "d2", "shelling", place=OBLAST_R),
        ev("c", "d3", "missile_strike", place=KYIV_R),
        ev("d", "d4", place=UKRAINE_R),
    ]
    merged, id_map = merge_events(reports)
    assert id_map["b"] == id_map["a"] and id_map["c"] != id_map["a"]
    assert id_map["d"] == "d"  # "Ukraine" contains two incidents
    keys = [k for k in map(key_of_event, reports) if k is not None]
    assert ambiguous_of(keys) == {"d"}
    assert len(merged) == 3


def test_decoded_keys_cache_is_bounded_and_returns_each_text_s_key(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from test_resolve_match import ev

    from newsevents.store import merging

    monkeypatch.setattr(merging, "DECODED_MAX", 3)
    monkeypatch.setattr(merging, "_decoded", {})
    keys = [key_of_event(ev(f"e{i}", f"d{i}", day=f"2025-03-0{i + 1}")) for i in range(5)]
    texts = [k.pack() for k in keys if k is not None]
    assert merging.unpack(texts[:2]) == keys[:2]
    assert merging.unpack(texts[1:4] + texts[1:2]) == keys[1:4] + keys[1:2]  # clears, still right
    assert len(merging._decoded) <= 3
    assert merging.unpack(texts) == keys  # more than the bound in one call: all decoded
