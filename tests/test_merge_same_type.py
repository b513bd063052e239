"""Issue 12, round 11: when two reports of one page compete for another outlet's report, the one
of the same type gets it (resolve.cluster._competing, _sweep's ``same_type``).

A page that tells a summons and a demand ("the ministry summoned the ambassador ... and demanded
that Moscow investigate"; "le ministère a convoqué l'ambassadeur ... et exigé une enquête") has
two reports of compatible types with the same parties; a page that tells a drone strike and a
missile strike on one city the same day has two reports in one place. Another outlet's summons
(or drone strike) matches both with the same reason, and only one may have it (one source per
document). Whichever the date-and-id order met first used to take it; now the report of its own
type does, in every order, in the batch merge and in the store. A stronger reason (a shared
named target) still wins over a shared type.
"""

from __future__ import annotations

import itertools
from typing import Any

import pytest
import sqlalchemy as sa
from test_merge_pretests import save

from newsevents.resolve import merge_events
from newsevents.store import Store, merging, schema

Record = dict[str, Any]
BAKU = {"name": "Baku", "country": "AZ", "admin1": "Baku", "lat": 40.41, "lon": 49.87, "precision": "city"}
ZAPORIZHZHIA = {"name": "Zaporizhzhia", "country": "UA", "admin1": "Zaporizhzhia", "lat": 47.84,
                "lon": 35.14, "precision": "city"}
AZERBAIJAN = {"name": "Azerbaijan", "kind": "state", "country": "AZ"}
ENVOY = {"name": "Ambassador of Russia", "kind": "person", "country": "RU"}
RUSSIA = {"name": "Russia", "kind": "state", "country": "RU"}
PLANT = {"name": "Zaporizhzhia thermal power plant", "kind": "facility", "country": "UA"}


def report(eid: str, doc: str, kind: str, loc: Record, actors: list[Record] | None = None,
           targets: list[Record] | None = None, day: str = "2025-07-02", lang: str = "en") -> Record:
    return {"id": eid, "type": kind, "status": "reported",
            "date": {"start": day, "end": day, "precision": "day"}, "location": loc,
            "actors": actors or [], "targets": targets or [], "weapons": [],
            "sources": [{"document": doc, "spans": [[0, 5]]}], "language": lang}


def summons_story(ids: dict[str, str]) -> list[Record]:
    """An English page with a summons and a demand, two French summons reports."""
    return [
        report(ids["summons"], "en-page", "diplomatic_protest", BAKU, [AZERBAIJAN], [ENVOY]),
        report(ids["demand"], "en-page", "demand", BAKU, [AZERBAIJAN], [RUSSIA]),
        report(ids["fr1"], "fr-wire", "diplomatic_protest", BAKU, [AZERBAIJAN], [ENVOY], lang="fr"),
        report(ids["fr2"], "fr-radio", "diplomatic_protest", BAKU, [AZERBAIJAN], [ENVOY], lang="fr"),
    ]


# id orders: the demand first in the date-and-id sweep, the summons after the other outlets'
# reports, or before them (each failed before the change in one of these orders)
ORDERS = [
    {"demand": "ev_a", "fr1": "ev_b", "fr2": "ev_c", "summons": "ev_d"},
    {"demand": "ev_a", "summons": "ev_b", "fr1": "ev_c", "fr2": "ev_d"},
    {"fr1": "ev_a", "demand": "ev_b", "summons": "ev_c", "fr2": "ev_d"},
    {"fr1": "ev_a", "fr2": "ev_b", "summons": "ev_c", "demand": "ev_d"},
]


@pytest.mark.parametrize("ids", ORDERS)
def test_other_outlets_summons_join_the_pages_summons(ids: dict[str, str]) -> None:
    _, incident_of = merge_events(summons_story(ids))
    assert incident_of[ids["fr1"]] == incident_of[ids["summons"]] == incident_of[ids["fr2"]]
    assert incident_of[ids["demand"]] != incident_of[ids["summons"]]
    assert list(incident_of.values()).count(incident_of[ids["demand"]]) == 1  # the demand alone


def strike_story(ids: dict[str, str], shared_target: bool = False) -> list[Record]:
    """A French page tells a drone strike and a missile strike on Zaporizhzhia the same day; an
    English wire tells a drone strike there (naming the power plant the page's missile hit when
    ``shared_target``)."""
    return [
        report(ids["drone"], "fr-page", "drone_strike", ZAPORIZHZHIA, [RUSSIA], lang="fr"),
        report(ids["missile"], "fr-page", "missile_strike", ZAPORIZHZHIA, [RUSSIA], [PLANT], lang="fr"),
        report(ids["wire"], "en-wire", "drone_strike", ZAPORIZHZHIA, [RUSSIA],
               [PLANT] if shared_target else []),
    ]


@pytest.mark.parametrize("order", list(itertools.permutations(["drone", "missile", "wire"])))
def test_a_drone_strike_report_joins_the_pages_drone_strike(order: tuple[str, ...]) -> None:
    ids = {name: f"ev_{i}" for i, name in enumerate(order)}
    _, incident_of = merge_events(strike_story(ids))
    assert incident_of[ids["wire"]] == incident_of[ids["drone"]] != incident_of[ids["missile"]]


@pytest.mark.parametrize("order", list(itertools.permutations(["drone", "missile", "wire"])))
def test_a_shared_named_target_still_wins_over_a_shared_type(order: tuple[str, ...]) -> None:
    ids = {name: f"ev_{i}" for i, name in enumerate(order)}
    _, incident_of = merge_events(strike_story(ids, shared_target=True))
    assert incident_of[ids["wire"]] == incident_of[ids["missile"]] != incident_of[ids["drone"]]


@pytest.mark.parametrize("ids", ORDERS[:2])
def test_the_store_gives_the_batch_register_in_every_order(ids: dict[str, str], tmp_path: Any) -> None:
    story = summons_story(ids)
    _, want = merge_events(story)
    # one document per save: the English page's two reports go in together
    by_doc: dict[str, list[Record]] = {}
    for r in story:
        by_doc.setdefault(r["sources"][0]["document"], []).append(r)
    for n, docs in enumerate(itertools.permutations(sorted(by_doc))):
        merging._decoded.clear()
        with Store.open(str(tmp_path / f"s{n}.db")) as store:
            for doc in docs:
                save(store, by_doc[doc])
            with store.engine.connect() as conn:
                got = dict(conn.execute(sa.select(schema.events.c.id, schema.events.c.incident)).all())
        assert got == want, docs
