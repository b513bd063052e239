"""The store's contract, on SQLite here and on a real PostgreSQL server in test_postgres.py.

``StoreContract`` holds the tests both backends must pass; each backend's module gives it a
``store_url`` fixture (a fresh, empty database per test). Records are built directly (no spaCy)
so the contract runs in seconds; the export and quality-gate tests run the real pipeline.
"""

from __future__ import annotations

import copy
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsevents import ids
from newsevents.errors import DatabaseFull, DatabaseLocked, StoreError
from newsevents.model import (
    Article,
    Claim,
    Event,
    Mention,
    Near,
    Party,
    Place,
    Published,
    Quantity,
    Weapon,
    When,
)
from newsevents.store import Store
from newsevents.store import schema as tables

ROOT = Path(__file__).resolve().parent.parent


# --- building records without the pipeline ------------------------------------------------------
def day(iso: str) -> When:
    d = date.fromisoformat(iso)
    return When(d, d, "day", text=iso)


def make_event(doc: str, type_: str, trigger: tuple[int, int], when: When | None = None,
               place: Place | None = None, **fields: object) -> Event:
    ev = Event(type=type_, trigger=trigger, date=when, location=place, spans=[trigger], **fields)  # type: ignore[arg-type]
    ev.document, ev.id = doc, ids.event_id(doc, type_, trigger)
    return ev


def make_claim(doc: str, speaker: str, stance: str, content: str, span: tuple[int, int],
               **fields: object) -> Claim:
    cl = Claim(speaker=Party(speaker, "government"), stance=stance, content=content,  # type: ignore[arg-type]
               content_span=span, spans=[span], **fields)  # type: ignore[arg-type]
    cl.document, cl.id = doc, ids.claim_id(doc, span, speaker)
    return cl


KYIV = Place("Kyiv", "UA", 50.45, 30.52, "city", geonameid=703448, text="Kiev")
LVIV = Place("Lviv", "UA", 49.84, 24.03, "city", text="Lviv",
             near=Near("railway station", 50.0, "à 50 mètres de la gare"))
BERLIN = Place("Berlin", "DE", 52.52, 13.40, "city", text="Berlin")


SAMPLE = "Une frappe de missile a touché Kiev le 3 mars. Le ministère a dénoncé l'attaque."


def make_article(text: str = SAMPLE, doc_id: str | None = None, path: str | None = "corpus/a.txt",
                 n_events: int = 2, published: str = "2025-03-04") -> Article:
    """A processed-looking article: events, claims and mentions with real spans into its text."""
    from newsevents.read.common import sha256_of

    sha = sha256_of(text)
    doc = doc_id or ids.document_id(sha)
    art = Article(text=text, id=doc, path=path, language="fr", sha256=sha,
                  published=Published(date.fromisoformat(published)))
    n = len(text)
    kinds = [("missile_strike", KYIV, "2025-03-03"), ("diplomatic_protest", BERLIN, "2025-03-04"),
             ("drone_strike", LVIV, "2024-12-31")]
    for i in range(n_events):
        type_, place, when = kinds[i % len(kinds)]
        art.events.append(make_event(
            doc, type_, (min(i, n - 1), min(i + 5, n)), day(when), place,
            actors=[Party("Russia", "state", "RU", text="russe")],
            weapons=[Weapon("Tochka-U", "ballistic_missile", "Tochka")] if i == 0 else [],
            fatalities=0 if i == 0 else None, summary=f"event {i} à Kiev" if i == 0 else f"event {i}"))
    art.claims.append(make_claim(doc, "Ministry of Foreign Affairs of Azerbaijan", "condemn",
                                 text[: min(20, n)], (0, min(20, n)),
                                 about=[art.events[0].id] if art.events else []))
    art.claims.append(make_claim(doc, "Ministry of Defence of Russia", "deny", text[:5], (0, min(5, n))))
    art.mentions.append(Mention("place", (0, min(4, n)), text[: min(4, n)], KYIV, 0))
    art.mentions.append(Mention("number", (0, 1), text[:1], Quantity(1, "injured", minimum=True), 0))
    return art


# --- hypothesis strategies: records the model can hold --------------------------------------------
# no surrogates (not encodable) and no NUL (PostgreSQL text cannot hold it; the readers refuse it)
_chars = st.characters(exclude_categories=("Cs",), exclude_characters="\x00")
_text = st.text(_chars, min_size=1, max_size=60)
_dates = st.dates(date(1990, 1, 1), date(2030, 12, 31))


@st.composite
def whens(draw: st.DrawFn) -> When:
    a, b = sorted((draw(_dates), draw(_dates)))
    time_ = draw(st.none() | st.from_regex(r"\A[01][0-9]:[0-5][0-9]\Z"))
    return When(a, b, draw(st.sampled_from(["day", "month", "season", "range"])), time_,
                draw(st.none() | _text), draw(st.booleans()))


places = st.builds(
    Place, name=_text, country=st.none() | st.sampled_from(["UA", "AZ", "RU", "FR"]),
    lat=st.none() | st.floats(-90, 90), lon=st.none() | st.floats(-180, 180),
    precision=st.sampled_from(["site", "city", "admin1", "country"]),
    near=st.none() | st.builds(Near, what=_text, distance_m=st.none() | st.floats(0, 1e5), text=_text))
parties = st.builds(Party, name=_text, kind=st.sampled_from(["state", "person", "facility"]),
                    country=st.none() | st.just("UA"), role=st.none() | _text, text=st.none() | _text)


@st.composite
def articles(draw: st.DrawFn) -> Article:
    text = draw(st.text(_chars, min_size=1, max_size=300).filter(str.strip))
    from newsevents.read.common import sha256_of

    sha = sha256_of(text)
    doc = draw(st.none() | st.from_regex(r"\A[a-z0-9_-]{1,20}\Z")) or ids.document_id(sha)
    art = Article(text=text, id=doc, path=draw(st.none() | _text), url=draw(st.none() | _text),
                  title=draw(st.none() | _text), language="fr", sha256=sha,
                  published=draw(st.none() | st.builds(Published, date=_dates, inferred=st.booleans(),
                                                       basis=st.none() | _text)))
    span = st.tuples(st.integers(0, len(text)), st.integers(0, len(text))).map(lambda p: tuple(sorted(p)))
    for _ in range(draw(st.integers(0, 4))):
        trig = draw(span)
        ev = make_event(doc, draw(st.sampled_from(["missile_strike", "agreement", "other"])), trig,
                        draw(st.none() | whens()), draw(st.none() | places),
                        actors=draw(st.lists(parties, max_size=2)),
                        fatalities=draw(st.none() | st.integers(0, 10**6)),
                        injured=draw(st.none() | st.integers(0, 10**6)),
                        damage=draw(st.lists(_text, max_size=2)), summary=draw(_text),
                        status=draw(st.sampled_from(["reported", "alleged", "denied"])))
        art.events.append(ev)
    for _ in range(draw(st.integers(0, 3))):
        sp = draw(span)
        art.claims.append(make_claim(doc, draw(_text), draw(st.sampled_from(["assert", "deny"])),
                                     text[sp[0]:sp[1]], sp, direct_quote=draw(st.booleans())))
    return art


# --- the contract ---------------------------------------------------------------------------------
def counts(store: Store) -> dict[str, int]:
    s = store.stats()
    return {"documents": s["documents"], "event_records": s["event_records"],
            "claims": s["claim_records"], "mentions": s["mentions"]}


class StoreContract:
    """Behaviour every backend must have. Subclasses provide ``store_url``."""

    @pytest.fixture
    def store(self, store_url: str):
        with Store.open(store_url) as s:
            yield s

    def test_open_creates_an_empty_migrated_database(self, store: Store) -> None:
        stats = store.stats()
        assert (stats["documents"], stats["events"], stats["claims"]) == (0, 0, 0)
        assert stats["schema"] == "0011_merge_open_areas"

    def test_reopening_keeps_the_data(self, store_url: str) -> None:
        art = make_article()
        with Store.open(store_url) as s:
            assert s.save(art)
        with Store.open(store_url) as s:
            assert s.has_document(art.sha256) == art.id
            assert [d["id"] for d in s.documents()] == [art.id]

    def test_saved_records_read_back_in_export_shape(self, store: Store) -> None:
        art = make_article()
        assert store.save(art) is True
        doc = store.document(art.id)
        assert doc is not None and doc["text"] == art.text
        assert {k: v for k, v in doc.items() if k != "text"} == art.document_json()
        assert store.documents() == [art.document_json()]
        assert store.stored_events(art.id) == [e.to_json() for e in art.events]
        assert store.stored_claims(art.id) == [c.to_json() for c in art.claims]
        assert store.mentions(art.id) == [m.to_json(art.id) for m in art.mentions]

    def test_same_text_again_changes_nothing(self, store: Store) -> None:
        art = make_article()
        assert store.save(art) is True
        before = (counts(store), store.stored_events(), store.documents())
        again = make_article(n_events=3)  # same text, different extraction
        assert store.save(again) is False
        assert (counts(store), store.stored_events(), store.documents()) == before

    def test_replace_rewrites_the_documents_records(self, store: Store) -> None:
        store.save(make_article(n_events=1))
        assert store.save(make_article(n_events=3), replace=True) is True
        assert counts(store) == {"documents": 1, "event_records": 3, "claims": 2, "mentions": 2}

    def test_a_new_text_under_a_stored_id_replaces_it(self, store: Store) -> None:
        store.save(make_article("Première version du texte.", doc_id="rec-1"))
        store.save(make_article("Seconde version, corrigée.", doc_id="rec-1"))
        doc = store.document("rec-1")
        assert doc is not None and doc["text"] == "Seconde version, corrigée."
        assert counts(store)["documents"] == 1

    def test_a_record_yielded_twice_is_stored_once(self, store: Store) -> None:
        art = make_article(n_events=1)
        art.events.append(copy.deepcopy(art.events[0]))  # same type and trigger: same id
        art.claims.append(copy.deepcopy(art.claims[0]))
        assert store.save(art)
        assert [e["id"] for e in store.stored_events(art.id)] == [art.events[0].id]
        assert len(store.stored_claims(art.id)) == 2

    def test_stats_count_what_is_stored(self, store: Store) -> None:
        store.save(make_article(n_events=3))
        stats = store.stats()
        assert counts(store) == {"documents": 1, "event_records": 3, "claims": 2, "mentions": 2}
        assert stats["events_by_type"] == {"diplomatic_protest": 1, "drone_strike": 1, "missile_strike": 1}
        assert stats["claims_by_stance"] == {"condemn": 1, "deny": 1}
        assert stats["documents_by_language"] == {"fr": 1}

    def test_has_document_is_none_for_unknown_text(self, store: Store) -> None:
        assert store.has_document("0" * 64) is None

    def test_document_without_id_gets_a_content_derived_one(self, store: Store) -> None:
        art = make_article()
        art.id, art.sha256 = "", ""
        for ev in art.events:
            ev.document = ""
        store.save(art)
        assert art.id and len(art.sha256) == 64
        assert [e["sources"][0]["document"] for e in store.stored_events()] == [art.id] * 2

    @pytest.mark.parametrize(("filters", "expected_types"), [
        ({}, ["drone_strike", "missile_strike", "diplomatic_protest"]),
        ({"type": "missile_strike"}, ["missile_strike"]),
        ({"country": "UA"}, ["drone_strike", "missile_strike"]),
        ({"country": "ua"}, ["drone_strike", "missile_strike"]),
        ({"country": "Germany"}, ["diplomatic_protest"]),
        ({"country": "l'Allemagne"}, ["diplomatic_protest"]),  # a French name, as the extraction reads it
        ({"country": "UKR"}, ["drone_strike", "missile_strike"]),  # alpha-3
        ({"since": "2025-01-01"}, ["missile_strike", "diplomatic_protest"]),
        ({"until": "2025-03-03"}, ["drone_strike", "missile_strike"]),
        ({"since": date(2025, 3, 4), "until": date(2025, 3, 4)}, ["diplomatic_protest"]),
        ({"text": "KIEV"}, ["missile_strike"]),
        ({"text": "tochka"}, ["missile_strike"]),
        ({"text": "à kiev"}, ["missile_strike"]),
        ({"text": "a KIEV"}, ["missile_strike"]),  # accent-insensitive
        ({"limit": 1}, ["drone_strike"]),
        ({"type": "missile_strike", "country": "DE"}, []),
    ])
    def test_event_filters(self, store: Store, filters: dict, expected_types: list[str]) -> None:
        store.save(make_article(n_events=3))
        assert [e["type"] for e in store.events(**filters)] == expected_types

    def test_stored_event_filters_use_the_indexed_columns(self, store: Store) -> None:
        store.save(make_article(n_events=3))
        assert [e["type"] for e in store.stored_events(type="drone_strike")] == ["drone_strike"]
        assert [e["type"] for e in store.stored_events(country="Ukraine", since="2025-01-01")] == [
            "missile_strike"]

    @pytest.mark.parametrize(("filters", "expected"), [
        ({}, 2),
        ({"speaker": "azerbaijan"}, 1),
        ({"speaker": "DÉFENCE"}, 1),  # case- and accent-insensitive
        ({"speaker": "ministry"}, 2),
        ({"speaker": "Kremlin"}, 0),
        ({"stance": "deny"}, 1),
        ({"stance": "question"}, 0),
    ])
    def test_claim_filters(self, store: Store, filters: dict, expected: int) -> None:
        store.save(make_article())
        assert len(store.claims(**filters)) == expected

    def test_claims_about_an_event(self, store: Store) -> None:
        art = make_article()
        store.save(art)
        about = store.claims(event=store.record(art.events[0].id)["id"])  # type: ignore[index]
        assert [c["stance"] for c in about] == ["condemn"]
        assert store.claims(event="ev_nonexistent") == []

    def test_record_finds_documents_events_and_claims(self, store: Store) -> None:
        art = make_article()
        store.save(art)
        assert store.record(art.id)["kind"] == "document"  # type: ignore[index]
        assert "text" not in store.record(art.id)  # type: ignore[operator]
        assert store.record(art.events[1].id)["kind"] == "event"  # type: ignore[index]
        assert store.record(art.claims[0].id)["kind"] == "claim"  # type: ignore[index]
        assert store.record("nothing-here") is None

    def test_delete_removes_a_document_and_its_records(self, store: Store) -> None:
        art = make_article()
        store.save(art)
        store.save(make_article("Un autre article, sans rapport.", n_events=1))
        assert store.delete(art.id) is True
        assert store.delete(art.id) is False
        assert counts(store) == {"documents": 1, "event_records": 1, "claims": 2, "mentions": 2}

    def test_reads_see_writes_from_another_connection(self, store_url: str, store: Store) -> None:
        assert store.events() == []  # caches the (empty) merged view
        with Store.open(store_url) as other:
            other.save(make_article())
        assert len(store.events()) == 2  # the write generation moved: the cache is rebuilt

    def test_an_interrupted_save_leaves_no_half_document(self, store: Store,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
        import newsevents.store as store_module

        kept = make_article("Un premier article, complet.")
        store.save(kept)
        real_insert = store_module._insert

        def insert_then_interrupt(conn, rows):  # type: ignore[no-untyped-def]
            real_insert(conn, {t: r for t, r in rows.items() if t is not tables.claims})
            raise KeyboardInterrupt  # Ctrl-C after the document and events rows were written

        monkeypatch.setattr(store_module, "_insert", insert_then_interrupt)
        half = make_article("Un second article, interrompu.")
        with pytest.raises(KeyboardInterrupt):
            store.save(half)
        monkeypatch.undo()
        assert store.has_document(half.sha256) is None
        assert store.stored_events(half.id) == []
        assert counts(store) == {"documents": 1, "event_records": 2, "claims": 2, "mentions": 2}
        assert store.save(half) is True  # and it can be saved afterwards

    # one store serves every example (save(replace=True) keeps them independent); the same method
    # runs for the SQLite and PostgreSQL subclasses, which is what differing_executors flags
    @settings(max_examples=30, deadline=None,
              suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.differing_executors])
    @given(art=articles())
    def test_round_trip(self, store: Store, art: Article) -> None:
        store.save(art, replace=True)
        doc = store.document(art.id)
        assert doc is not None
        assert doc.pop("text") == art.text
        assert doc == art.document_json()
        seen: set[str] = set()
        unique_events = [e.to_json() for e in art.events if not (e.id in seen or seen.add(e.id))]  # type: ignore[func-returns-value]
        assert store.stored_events(art.id) == unique_events
        seen = set()
        unique_claims = [c.to_json() for c in art.claims if not (c.id in seen or seen.add(c.id))]  # type: ignore[func-returns-value]
        assert store.stored_claims(art.id) == unique_claims


# --- SQLite -------------------------------------------------------------------------------------------
@pytest.fixture
def store_url(tmp_path: Path) -> str:
    return str(tmp_path / "test.db")


class TestSQLiteStore(StoreContract):
    pass


def test_sqlite_uses_wal_and_a_busy_timeout(tmp_path: Path) -> None:
    path = tmp_path / "wal.db"
    with Store.open(str(path), timeout=2.5) as store, store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 2500
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


@pytest.mark.parametrize("where", [":memory:", "sqlite://"])
def test_in_memory_store_works(where: str) -> None:
    with Store.open(where) as store:
        assert store.save(make_article())
        assert len(store.events()) == 2


def test_a_sqlalchemy_style_sqlite_url_names_a_file(tmp_path: Path) -> None:
    path = tmp_path / "url.db"
    with Store.open(f"sqlite:///{path}") as store:
        store.save(make_article())
    assert path.exists()
    with Store.open(str(path)) as store:
        assert len(store.documents()) == 1


def test_locked_database_raises_database_locked(tmp_path: Path) -> None:
    """Another process holds the write lock: reads go on, a write waits, then DatabaseLocked."""
    path = str(tmp_path / "locked.db")
    Store.open(path).close()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with Store.open(path, timeout=0.2) as store:  # opening and reading need no write lock
            assert store.documents() == [] and store.events() == []
            started = time.monotonic()
            with pytest.raises(DatabaseLocked, match="locked by another process"):
                store.save(make_article())
            assert time.monotonic() - started >= 0.15  # it waited for the lock before giving up
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    with Store.open(path) as store:
        assert store.save(make_article())


def test_full_database_raises_database_full(tmp_path: Path) -> None:
    path = str(tmp_path / "full.db")
    Store.open(path).close()
    pages = sqlite3.connect(path).execute("PRAGMA page_count").fetchone()[0]
    big = make_article("Un article très long. " * 20_000)
    with Store.open(path, sqlite_pragmas={"max_page_count": pages + 8}) as store:
        with pytest.raises(DatabaseFull, match="full"):
            store.save(big)
        assert store.has_document(big.sha256) is None
        assert store.save(make_article("court"))  # a small one still fits


@pytest.mark.parametrize(("make_path", "message"), [
    (lambda d: d / "missing-dir" / "x.db", "does not exist"),
    (lambda d: d, "is a directory"),
])
def test_bad_paths_raise_store_error(tmp_path: Path, make_path, message: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(StoreError, match=message):
        Store.open(str(make_path(tmp_path)))


def test_a_file_that_is_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_bytes(b"these are my notes, not a database\n" * 100)
    with pytest.raises(StoreError, match="not a newsevents database"):
        Store.open(str(path))


def _immutable(paths: list[Path], on: bool) -> bool:
    flag = "+i" if on else "-i"
    return subprocess.run(["chattr", flag, *map(str, paths)], capture_output=True).returncode == 0


def test_unwritable_database_raises_store_error(tmp_path: Path) -> None:
    """An immutable file in an immutable directory: unwritable even for root (who ignores modes)."""
    folder = tmp_path / "ro"
    folder.mkdir()
    path = folder / "ro.db"
    with Store.open(str(path)) as store:
        store.save(make_article())
    if not _immutable([path, folder], True):
        pytest.skip("chattr +i is not permitted here (needs CAP_LINUX_IMMUTABLE on ext2/3/4)")
    try:
        with pytest.raises(StoreError, match=r"not writable|cannot open") as caught, \
                Store.open(str(path)) as store:
            store.save(make_article("Un autre texte."))
        assert not isinstance(caught.value, DatabaseLocked | DatabaseFull)
    finally:
        _immutable([path, folder], False)
    with Store.open(str(path)) as store:  # nothing was lost
        assert len(store.documents()) == 1


CRASH_WRITER = """
import sys, time
sys.path.insert(0, {root!r})
sys.path.insert(0, {tests!r})
from test_store import make_article
from newsevents.store import Store
store = Store.open({db!r})
for i in range(10_000):
    store.save(make_article(f"Article numéro {{i}} : une frappe a touché Kiev.", n_events=3))
    print(i, flush=True)
"""


def test_a_killed_ingest_leaves_every_finished_document_whole(tmp_path: Path) -> None:
    """SIGKILL (no cleanup at all) in the middle of a batch: what was committed is complete."""
    db = str(tmp_path / "crash.db")
    Store.open(db).close()
    code = CRASH_WRITER.format(root=str(ROOT), tests=str(ROOT / "tests"), db=db)
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    for _ in range(20):  # let it commit some documents, then kill it mid-stream
        proc.stdout.readline()
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    with Store.open(db) as store:
        docs = store.documents()
        assert len(docs) >= 20
        for doc in docs:
            assert len(store.stored_events(doc["id"])) == 3
            assert len(store.stored_claims(doc["id"])) == 2
            assert len(store.mentions(doc["id"])) == 2


def test_two_writers_on_one_sqlite_file(tmp_path: Path) -> None:
    """Two processes saving at once: the busy timeout and BEGIN IMMEDIATE serialise them."""
    db = str(tmp_path / "two.db")
    Store.open(db).close()
    writer = textwrap.dedent(f"""
        import sys
        sys.path.insert(0, {str(ROOT)!r}); sys.path.insert(0, {str(ROOT / 'tests')!r})
        from test_store import make_article
        from newsevents.store import Store
        store = Store.open({db!r})
        for i in range(40):
            store.save(make_article(f"Texte {{i}} écrit par " + sys.argv[1], n_events=2))
            store.save(make_article(f"Texte commun {{i}}", n_events=2))  # both write it: one wins
    """)
    procs = [subprocess.Popen([sys.executable, "-c", writer, name]) for name in ("A", "B")]
    assert [p.wait(timeout=120) for p in procs] == [0, 0]
    with Store.open(db) as store:
        assert counts(store) == {"documents": 120, "event_records": 240, "claims": 240, "mentions": 240}


def test_merging_happens_at_save_and_reads_only_query(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 12: events are merged when a document is saved (in its transaction), and reads are
    queries on what was merged: reading never runs the clustering."""
    from newsevents.store import merging

    calls: list[int] = []
    real = merging.cluster

    def counting(keys, vetoes=None):  # type: ignore[no-untyped-def]
        calls.append(len(keys))
        return real(keys, vetoes)

    monkeypatch.setattr(merging, "cluster", counting)
    with Store.open(str(tmp_path / "merged.db")) as store:
        a = make_article(n_events=1)
        b = make_article("Un autre article sur la même frappe.", n_events=1)
        store.save(a)
        store.save(b)
        assert calls == [1, 2]  # the second report re-clustered with the first one it matched
        events = store.events()
        assert len(events) == 1 and events[0]["id"] == min(a.events[0].id, b.events[0].id)
        assert {s["document"] for s in events[0]["sources"]} == {a.id, b.id}
        assert store.record(a.events[0].id)["id"] == events[0]["id"]  # type: ignore[index]
        assert store.record(b.events[0].id)["id"] == events[0]["id"]  # type: ignore[index]
        assert len(store.claims(event=b.events[0].id)) >= 1  # about: mapped to the incident
        assert store.stats()["events"] == 1 and store.stats()["event_records"] == 2
        store.events(), store.claims(), store.stats(), store.record(events[0]["id"])
        assert calls == [1, 2]  # reads never merge
        store.save(make_article("Troisième article.", n_events=1))
        assert calls == [1, 2, 3]
        assert len(store.events()) == 1 and len(store.events()[0]["sources"]) == 3
