"""Alerts kept with the register (issue 16), on SQLite and on a real PostgreSQL server: computed when
a site is added, refreshed when a new article about an old incident is merged at ingest, removed
with a document or a site. The articles are written here, in the style of conflict news (a strike,
then a second report placing it a stated distance from an embassy), French and English."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from test_postgres import pg_server, store_url  # noqa: F401  (fixtures: the real server)

from newsevents.model import Article, Published
from newsevents.sites.model import make_site
from newsevents.store import Store

# a registered embassy 500 m across, 480 m from the point the gazetteer gives the city
EMBASSY = dict(name="Embassy of Azerbaijan", lat=50.4547, lon=30.517, radius_m=500, kind="embassy",
               owner="Azerbaijan")

FIRST_FR = ("Kiev, 3 mars 2025 – Une frappe de missile russe a touché Kiev dans la nuit de dimanche à "
            "lundi, faisant deux blessés, selon les autorités municipales.")
SECOND_FR = ("Kiev, 3 mars 2025 – Le missile russe tiré sur Kiev dans la nuit a explosé à 50 mètres de "
             "l'ambassade d'Azerbaïdjan à Kiev, a indiqué Bakou, qui a protesté.")
TARGET_EN = ("Kyiv, March 4, 2025 – A Russian drone struck the Embassy of Azerbaijan in Kyiv overnight, "
             "damaging its windows, the foreign ministry in Baku said.")
ELSEWHERE_FR = ("Kharkiv, 5 mars 2025 – Une frappe de drone russe a touché un immeuble de Kharkiv, "
                "faisant un mort.")


@pytest.fixture(params=["sqlite", "postgresql"])
def database(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield str(tmp_path / "alerts.db")
    else:
        yield str(request.getfixturevalue("store_url"))


@pytest.fixture(scope="module")
def articles(pipe: Any) -> dict[str, Article]:
    """The four articles, processed once (the store tests save copies)."""
    out = {}
    for doc_id, language, text in (("first-fr", "fr", FIRST_FR), ("second-fr", "fr", SECOND_FR),
                                   ("target-en", "en", TARGET_EN), ("elsewhere-fr", "fr", ELSEWHERE_FR)):
        out[doc_id] = pipe.process(Article(text=text, id=doc_id, language=language,
                                           published=Published(date(2025, 3, 4))))
    return out


def save(store: Store, articles: dict[str, Article], *ids: str) -> None:
    for doc_id in ids:
        assert store.save(articles[doc_id])


def brief(store: Store, **filters: Any) -> list[tuple[str, str, float | None, list[str]]]:
    """(site name, basis, distance, source documents) of each alert, in the store's order."""
    return [(a["site"]["name"], a["basis"], a["distance_m"], sorted(s["document"] for s in a["sources"]))
            for a in store.alerts(**filters)]


def test_a_new_article_about_an_old_incident_updates_its_alert(database: str, articles: dict) -> None:
    """The first report places the strike in Kyiv only (city level: not within 500 m); the second,
    merged into the same incident, says 50 m from the embassy: the incident is now alerted at 50 m,
    with both sources. Deleting the second report takes the alert back."""
    with Store.open(database) as store:
        store.add_sites([make_site(**EMBASSY)])
        save(store, articles, "first-fr")
        assert store.alerts() == []
        save(store, articles, "second-fr")
        assert len(store.events()) == 1  # merged: one incident, two sources
        assert brief(store) == [("Embassy of Azerbaijan", "near", 50.0, ["first-fr", "second-fr"])]
        (alert,) = store.alerts()
        assert alert["incident"] == store.events()[0]["id"]
        assert (alert["precision"], alert["evidence"]["near"]) == ("site", "à 50 mètres")
        assert store.delete("second-fr")
        assert store.alerts() == []


def test_adding_a_site_computes_its_alerts_over_stored_incidents(database: str, articles: dict) -> None:
    with Store.open(database) as store:
        save(store, articles, "first-fr", "second-fr", "target-en", "elsewhere-fr")
        done = store.add_sites([make_site(**EMBASSY)])
        assert (done["added"], done["alerts"]) == (1, 2)
        # nearest first: the strike on the embassy (0 m), then the one 50 m away
        assert brief(store) == [("Embassy of Azerbaijan", "target", 0.0, ["target-en"]),
                                ("Embassy of Azerbaijan", "near", 50.0, ["first-fr", "second-fr"])]
        # a watch radius covering Kyiv and Kharkiv (410 km apart) by location: every incident
        wide = make_site("Eastern Ukraine watch", 50.2, 33.4, 300_000)
        assert store.add_sites([wide])["alerts"] == 3
        # again: nothing changes; a new radius replaces the site's alerts
        assert store.add_sites([make_site(**EMBASSY)])["unchanged"] == 1
        narrow = make_site("Eastern Ukraine watch", 50.2, 33.4, 100_000)
        assert store.add_sites([narrow]) | {"sites": []} == {
            "added": 0, "updated": 1, "unchanged": 0, "alerts": 0, "sites": []}


def test_since_site_filters_and_removal(database: str, articles: dict) -> None:
    with Store.open(database) as store:
        save(store, articles, "first-fr", "second-fr", "target-en")
        store.add_sites([make_site(**EMBASSY), make_site("Kyiv city watch", 50.45, 30.52, 20_000)])
        assert len(store.alerts()) == 4
        assert {a["site"]["name"] for a in store.alerts(site="kyiv city watch")} == {"Kyiv city watch"}
        assert [a["date"]["start"] for a in store.alerts(since="2025-03-04")] == ["2025-03-04"] * 2
        city = store.alerts(site="Kyiv city watch")
        assert {a["basis"] for a in city} == {"location"}
        assert all(a["uncertainty_m"] == 15_000 for a in city)  # city-level points, said so
        counts = {s["name"]: s["alerts"] for s in store.sites()}
        assert counts == {"Embassy of Azerbaijan": 2, "Kyiv city watch": 2}
        removed = store.remove_site("Embassy of Azerbaijan")
        assert [r["name"] for r in removed] == ["Embassy of Azerbaijan"]
        assert {a["site"]["name"] for a in store.alerts()} == {"Kyiv city watch"}


def test_removing_needs_one_site_or_all(database: str) -> None:
    from newsevents.errors import StoreError

    with Store.open(database) as store:
        store.add_sites([make_site("Depot", 10, 10), make_site("Depot", 11, 11)])
        with pytest.raises(StoreError, match=r"2 sites are named 'Depot' \(ids 1, 2\)"):
            store.remove_site("Depot")
        with pytest.raises(StoreError, match="no site 'Nowhere'"):
            store.remove_site("Nowhere")
        assert [s["id"] for s in store.remove_site("2")] == [2]
        assert [s["id"] for s in store.sites()] == [1]
        store.add_sites([make_site("Depot", 12, 12)])
        assert len(store.remove_site("depot", every=True)) == 2


def test_an_undone_merge_moves_the_alert_to_the_split_report(database: str, articles: dict) -> None:
    """merge --undo splits the report that named the embassy out: the alert follows it, and the
    other report's incident (Kyiv only) has none."""
    with Store.open(database) as store:
        store.add_sites([make_site(**EMBASSY)])
        save(store, articles, "first-fr", "second-fr")
        incident = store.events()[0]["id"]
        store.undo_merge(incident, "second-fr")
        assert len(store.events()) == 2
        assert brief(store) == [("Embassy of Azerbaijan", "near", 50.0, ["second-fr"])]


def test_a_database_from_before_sites_is_migrated_on_open(tmp_path: Path, articles: dict) -> None:
    """A 0003 database (no sites tables, no sites token) gets 0004 on open, keeps its register,
    and a site added then is matched against the incidents already there."""
    import sqlite3

    from newsevents.store import migrations

    path = tmp_path / "before-sites.db"
    with Store.open(str(path)) as store:
        save(store, articles, "first-fr", "second-fr")
    with sqlite3.connect(path) as conn:
        conn.execute("DROP TABLE site_alerts")
        conn.execute("DROP TABLE sites")
        conn.execute("DELETE FROM meta WHERE key = 'sites'")
        conn.execute("DELETE FROM newsevents_migrations WHERE name = '0004_sites'")
    with Store.open(str(path)) as store:
        assert store.stats()["schema"] == migrations.MIGRATIONS[-1].name
        assert "0004_sites" in migrations.applied(store.engine.connect())
        assert len(store.events()) == 1 and store.sites() == []
        assert store.add_sites([make_site(**EMBASSY)])["alerts"] == 1
        assert brief(store) == [("Embassy of Azerbaijan", "near", 50.0, ["first-fr", "second-fr"])]


def _incident_article(n: int, place: Any, targets: list[Any]) -> Article:
    """A stored-looking article with one strike (no NLP): its own day, so none merge."""
    from newsevents import ids
    from newsevents.model import Event, When

    day = date(2025, 1, 1) + timedelta(days=7 * n)
    text = f"Frappe numéro {n}."
    art = Article(text=text, id=f"hand-{n}", language="fr", published=Published(day))
    ev = Event("missile_strike", (0, 6), date=When(day, day, "day"), location=place, targets=targets,
               spans=[(0, 6)])
    ev.document, ev.id = art.id, ids.event_id(art.id, "missile_strike", (0, 6))
    art.events.append(ev)
    return art


def test_adding_sites_after_ingest_gives_the_alerts_ingest_gives(tmp_path: Path) -> None:
    """The two paths (a site added over stored incidents: a scan that only reads candidates; an
    incident merged while the sites are there) give the same alerts, including names that only
    the party normalisation matches (another romanisation, a French site name)."""
    from newsevents.model import Near, Party, Place

    kyiv = Place("Kyiv", "UA", 50.45466, 30.5238, "city")
    at_site = Place("Kyiv", "UA", 50.45466, 30.5238, "site", near=Near("embassy", 35.0, "à 35 pas"))
    admin = Place("Kyiv Oblast", "UA", 50.3, 30.3, "admin1")
    mission = "diplomatic_mission"
    cases = [
        (kyiv, []),
        (kyiv, [Party("Embassy of Azerbaidjan in Kyiv", mission)]),
        (at_site, [Party("Embassy of Azerbaijan in Ukraine", mission)]),
        (admin, [Party("Okhmatdyt hospital", "facility")]),
        (Place("Baku", "AZ", 40.37767, 49.89201, "city"), [Party("Embassy of Azerbaijan", mission)]),
        (Place("Lviv", "UA", 49.84, 24.03, "city"), []),
        (None, [Party("Okhmatdyt children's hospital", "facility")]),
    ]

    def sites() -> list[Any]:
        return [make_site(**EMBASSY), make_site("Ambassade d'Azerbaïdjan", 40.38, 49.85, 800),
                make_site("Okhmatdyt children's hospital", 50.4537, 30.4626, 300, "hospital"),
                make_site("Kyiv region watch", 50.45, 30.52, 200_000),
                make_site("Lviv watch", 49.84, 24.03, 20_000)]

    def alerts_of(store: Store) -> set[tuple[str, str, str, float | None]]:
        return {(a["site"]["name"], a["sources"][0]["document"], a["basis"], a["distance_m"])
                for a in store.alerts()}

    with Store.open(str(tmp_path / "sites-first.db")) as store:
        store.add_sites(sites())
        for n, (place, targets) in enumerate(cases):
            assert store.save(_incident_article(n, place, targets))
        at_ingest = alerts_of(store)
    with Store.open(str(tmp_path / "incidents-first.db")) as store:
        for n, (place, targets) in enumerate(cases):
            assert store.save(_incident_article(n, place, targets))
        store.add_sites(sites())
        on_add = alerts_of(store)
    assert at_ingest == on_add
    assert {(s, d, b) for s, d, b, _ in at_ingest} >= {
        ("Embassy of Azerbaijan", "hand-1", "target"), ("Embassy of Azerbaijan", "hand-2", "near"),
        ("Ambassade d'Azerbaïdjan", "hand-4", "target"),
        ("Okhmatdyt children's hospital", "hand-3", "target"),
        ("Okhmatdyt children's hospital", "hand-6", "target"), ("Lviv watch", "hand-5", "location"),
        ("Kyiv region watch", "hand-3", "location")}
    assert ("Embassy of Azerbaijan", "hand-4", "target") not in {(s, d, b) for s, d, b, _ in at_ingest}


def test_a_register_rebuilt_by_a_migration_gets_its_alerts_again(tmp_path: Path, articles: dict) -> None:
    """0005_merge_blocks recomputes the whole register: the sites' alerts are recomputed with it."""
    import sqlite3

    path = tmp_path / "rebuilt.db"
    with Store.open(str(path)) as store:
        store.add_sites([make_site(**EMBASSY), make_site("Kyiv city watch", 50.45, 30.52, 20_000)])
        save(store, articles, "first-fr", "second-fr", "target-en")
        before = brief(store)
    assert len(before) == 4
    with sqlite3.connect(path) as conn:
        conn.execute("DELETE FROM site_alerts")
        conn.execute("DELETE FROM newsevents_migrations WHERE name = '0005_merge_blocks'")
    with Store.open(str(path)) as store:
        assert brief(store) == before
