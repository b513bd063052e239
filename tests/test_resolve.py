"""Cross-document merging of events and claims (newsevents.resolve)."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from newsevents.resolve import link_claims, merge_events, same_incident

KYIV = (50.45, 30.52)
KHARKIV = (49.99, 36.23)


def event(
    eid: str,
    doc: str,
    type_: str = "missile_strike",
    start: str = "2025-11-14",
    end: str | None = None,
    where: tuple[float, float] | None = KYIV,
    targets: tuple[str, ...] = (),
    weapons: tuple[str, ...] = (),
    status: str = "reported",
    injured: int | None = None,
) -> dict:
    return {
        "kind": "event",
        "id": eid,
        "type": type_,
        "status": status,
        "background": False,
        "summary": "",
        "date": {"start": start, "end": end or start, "precision": "day"},
        "location": {"name": "x", "lat": where[0], "lon": where[1]} if where else None,
        "actors": [],
        "targets": [{"name": t} for t in targets],
        "weapons": [{"name": w} for w in weapons],
        "fatalities": None,
        "injured": injured,
        "damage": [],
        "sources": [{"document": doc, "spans": [[0, 5]]}],
    }


def test_same_strike_in_two_documents_merges():
    a = event("ev_b", "d1", injured=2)
    b = event("ev_a", "d2", type_="air_strike", where=(50.47, 30.50), injured=5)
    merged, id_map = merge_events([a, b])
    assert len(merged) == 1
    assert merged[0]["id"] == "ev_a" and id_map == {"ev_a": "ev_a", "ev_b": "ev_a"}
    assert [s["document"] for s in merged[0]["sources"]] == ["d1", "d2"]
    # issue 12: the incident's own figure follows ACLED (the lowest stated), every source's is kept
    assert merged[0]["injured"] == 2 and merged[0]["figures_differ"] is True
    assert [(f["document"], f["injured"]) for f in merged[0]["source_figures"]] == [("d1", 2), ("d2", 5)]


def test_different_city_different_day_or_type_stay_apart():
    base = event("ev_1", "d1")
    assert not same_incident(base, event("ev_2", "d2", where=KHARKIV))
    assert not same_incident(base, event("ev_3", "d2", start="2025-11-16"))
    assert not same_incident(base, event("ev_4", "d2", type_="agreement"))


def test_shared_target_merges_without_coordinates():
    a = event("ev_1", "d1", where=None, targets=("Embassy of Azerbaijan in Ukraine",))
    b = event("ev_2", "d2", where=KHARKIV, targets=("embassy of azerbaijan in ukraine",))
    assert same_incident(a, b)


def test_vague_dates_need_a_shared_target():
    a = event("ev_1", "d1", start="2020-01-01", end="2020-12-31")
    b = event("ev_2", "d2", start="2020-10-01")
    assert not same_incident(a, b)
    # a weapon named in "Scuds were used in 2020" is no one strike of that year
    assert not same_incident(
        event("ev_3", "d1", start="2020-01-01", end="2020-12-31", weapons=("Tochka",)),
        event("ev_4", "d2", start="2020-10-01", weapons=("Tochka",)),
    )
    assert same_incident(
        event("ev_5", "d1", start="2020-01-01", end="2020-12-31", targets=("Port of Odesa",)),
        event("ev_6", "d2", start="2020-10-01", targets=("port of odesa",)),
    )


def test_unplaced_report_merges_on_a_specific_weapon_not_a_generic_one():
    assert same_incident(
        event("ev_1", "d1", where=None, weapons=("Tochka",)), event("ev_2", "d2", weapons=("Tochka",))
    )
    assert not same_incident(
        event("ev_3", "d1", where=None, weapons=("drone",)), event("ev_4", "d2", weapons=("drone",))
    )


def test_one_source_per_document():
    # two incidents of one article never fold into one, even through a third report
    a = event("ev_1", "d1")
    b = event("ev_2", "d1", where=(50.46, 30.53))
    c = event("ev_3", "d2")
    merged, _ = merge_events([a, b, c])
    assert len(merged) == 2
    for m in merged:
        docs = [s["document"] for s in m["sources"]]
        assert len(docs) == len(set(docs))


def test_status_of_merged_incident():
    merged, _ = merge_events([event("ev_1", "d1", status="alleged"), event("ev_2", "d2", status="denied")])
    assert merged[0]["status"] == "disputed"


def test_link_claims_remaps_and_contradicts_across_documents():
    events = [event("ev_b", "d1"), event("ev_a", "d2")]
    merged, id_map = merge_events(events)
    claims = [
        {
            "id": "cl_1",
            "stance": "assert",
            "speaker": {"name": "Ukraine"},
            "about": ["ev_b"],
            "contradicts": [],
            "sources": [{"document": "d1", "spans": []}],
        },
        {
            "id": "cl_2",
            "stance": "deny",
            "speaker": {"name": "Russia"},
            "about": ["ev_a"],
            "contradicts": [],
            "sources": [{"document": "d2", "spans": []}],
        },
        {
            "id": "cl_3",
            "stance": "deny",
            "speaker": {"name": "Ukraine"},
            "about": ["ev_a"],
            "contradicts": [],
            "sources": [{"document": "d2", "spans": []}],
        },
    ]
    out = {c["id"]: c for c in link_claims(claims, merged, id_map)}
    assert out["cl_1"]["about"] == ["ev_a"]
    assert out["cl_1"]["contradicts"] == ["cl_2"] and out["cl_2"]["contradicts"] == ["cl_1"]
    assert out["cl_3"]["contradicts"] == []  # the same speaker
    assert claims[0]["contradicts"] == []  # inputs are not modified


# --- properties ---------------------------------------------------------------------------------
CITIES = [KYIV, (50.47, 30.55), KHARKIV, (46.48, 30.72)]
events_strategy = st.lists(
    st.tuples(
        st.sampled_from(["d1", "d2", "d3", "d4"]),
        st.sampled_from(["missile_strike", "air_strike", "drone_strike", "agreement"]),
        st.integers(min_value=10, max_value=14),
        st.integers(min_value=0, max_value=2),
        st.sampled_from(CITIES),
    ),
    min_size=0,
    max_size=12,
)


def _build(specs) -> list[dict]:
    return [
        event(f"ev_{n:02d}", doc, type_=t, start=f"2025-11-{d:02d}", end=f"2025-11-{d + extra:02d}", where=c)
        for n, (doc, t, d, extra, c) in enumerate(specs)
    ]


@settings(max_examples=60, deadline=None)
@given(events_strategy, st.randoms())
def test_merge_is_order_independent(specs, rnd: random.Random):
    events = _build(specs)
    shuffled = list(events)
    rnd.shuffle(shuffled)
    a, map_a = merge_events(events)
    b, map_b = merge_events(shuffled)
    assert a == b and map_a == map_b


@settings(max_examples=60, deadline=None)
@given(events_strategy)
def test_merge_is_idempotent(specs):
    merged, _ = merge_events(_build(specs))
    again, id_map = merge_events(merged)
    assert again == merged
    assert all(k == v for k, v in id_map.items())


@settings(max_examples=60, deadline=None)
@given(events_strategy)
def test_merged_ids_are_member_minimums(specs):
    events = _build(specs)
    merged, id_map = merge_events(events)
    for m in merged:
        members = [k for k, v in id_map.items() if v == m["id"]]
        assert m["id"] == min(members)
    assert set(id_map) == {e["id"] for e in events}


def _claim(cid: str, stance: str, speaker: str, about: str, doc: str) -> dict:
    return {"id": cid, "stance": stance, "speaker": {"name": speaker}, "about": [about],
            "contradicts": [], "sources": [{"document": doc, "spans": []}]}


def test_link_claims_on_a_shared_specific_weapon():
    """Unplaced reports of one weapon's use in one period: not merged, but their claims clash."""
    events = [
        # "in 2020": too vague to merge with a dated report
        event("ev_1", "d1", start="2020-01-01", end="2020-12-31", where=None, weapons=("Scud-B",)),
        event("ev_2", "d2", start="2020-10-01", end="2020-10-31", where=None, weapons=("Scud-B",)),
        event("ev_3", "d3", start="2023-05-01", where=None, weapons=("Scud-B",)),  # another year
        event("ev_4", "d4", start="2020-10-05", where=None, weapons=("drone",)),  # generic
    ]
    merged, id_map = merge_events(events)
    assert len(merged) == 4  # nothing merged: the link comes from the weapon
    claims = [
        _claim("cl_1", "assert", "Country A", "ev_1", "d1"),
        _claim("cl_2", "deny", "Country B", "ev_2", "d2"),
        _claim("cl_3", "deny", "Country C", "ev_3", "d3"),
        _claim("cl_4", "deny", "Country D", "ev_4", "d4"),
    ]
    out = {c["id"]: c for c in link_claims(claims, merged, id_map)}
    assert out["cl_1"]["contradicts"] == ["cl_2"] and out["cl_2"]["contradicts"] == ["cl_1"]
    assert out["cl_3"]["contradicts"] == [] and out["cl_4"]["contradicts"] == []


def test_weapon_link_needs_the_same_perpetrator():
    e1 = event("ev_1", "d1", start="2025-01-01", end="2025-12-31", where=None, weapons=("Scud-B",))
    e2 = event("ev_2", "d2", where=None, weapons=("Scud-B",))
    e1["actors"], e2["actors"] = [{"name": "Country A"}], [{"name": "Country E"}]
    merged, id_map = merge_events([e1, e2])
    assert len(merged) == 2
    claims = [_claim("cl_1", "assert", "X", "ev_1", "d1"), _claim("cl_2", "deny", "Y", "ev_2", "d2")]
    out = {c["id"]: c for c in link_claims(claims, merged, id_map)}
    assert out["cl_1"]["contradicts"] == []
