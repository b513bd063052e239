"""Contested propositions (newsevents.disputes)."""

from __future__ import annotations

from newsevents.disputes import find_disputes


def claim(cid, speaker, stance, about=(), contradicts=(), doc="d1", date=None):
    return {
        "id": cid,
        "speaker": {"name": speaker},
        "stance": stance,
        "content": f"words of {cid}",
        "about": list(about),
        "contradicts": list(contradicts),
        "date": {"start": date} if date else None,
        "sources": [{"document": doc, "spans": [[0, 3]]}],
    }


def strike(eid="ev_1", status="disputed"):
    return {
        "id": eid,
        "type": "missile_strike",
        "status": status,
        "summary": "",
        "actors": [{"name": "Armenia"}],
        "weapons": [{"name": "Tochka"}],
        "date": {"start": "2020-09-22", "text": "l'automne 2020"},
    }


def test_one_dispute_with_sides_speakers_and_sources():
    claims = [
        claim("cl_a", "Azerbaijan", "assert", ["ev_1"], ["cl_c"], date="2021-03-20"),
        claim("cl_b", "Paul Durand", "assert", ["ev_1"], ["cl_c"], doc="d2", date="2020-11-10"),
        claim("cl_c", "Ministry of Defence of Russia", "deny", ["ev_1"], ["cl_a", "cl_b"], doc="d3"),
        claim("cl_x", "Someone", "assert"),
    ]
    disputes = find_disputes(claims, [strike()])
    assert len(disputes) == 1
    d = disputes[0]
    assert d.events == ["ev_1"]
    assert [s.speaker for s in d.for_] == ["Paul Durand", "Azerbaijan"]  # by date said
    assert [s.speaker for s in d.against] == ["Ministry of Defence of Russia"]
    assert d.against[0].documents == ["d3"]
    assert "Tochka" in d.proposition and "Armenia" in d.proposition
    assert d.to_json()["for"][0]["date"] == "2020-11-10"


def test_denied_event_without_contradiction_is_listed():
    claims = [claim("cl_c", "Ministry", "deny", ["ev_1"])]
    disputes = find_disputes(claims, [strike(status="denied")])
    assert len(disputes) == 1 and disputes[0].for_ == [] and disputes[0].against[0].claim == "cl_c"


def test_no_contradiction_no_dispute():
    claims = [claim("cl_a", "A", "assert", ["ev_1"]), claim("cl_b", "B", "condemn", ["ev_1"])]
    assert find_disputes(claims, [strike(status="reported")]) == []


def test_two_separate_disputes_stay_separate():
    claims = [
        claim("cl_a", "A", "assert", ["ev_1"], ["cl_b"]),
        claim("cl_b", "B", "deny", ["ev_1"], ["cl_a"]),
        claim("cl_c", "C", "assert", ["ev_2"], ["cl_d"]),
        claim("cl_d", "D", "deny", ["ev_2"], ["cl_c"]),
    ]
    disputes = find_disputes(claims, [strike("ev_1"), strike("ev_2")])
    assert [d.events for d in disputes] == [["ev_1"], ["ev_2"]]
