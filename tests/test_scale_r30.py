"""Round 30 (scale): a worker of ``ingest --workers N`` builds every row the store writes for its
document and its reports' merge keys (newsevents/stored_rows.py, engine/work.package), so the
storing process, the one that limits a parallel ingest, only queries, compares and writes. The
rows are those the store builds in-line; what no longer describes the article, or is not asked
for (``ahead``), is built again; a build that fails in the worker leaves the document to the
store, as before."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest
import sqlalchemy as sa

from newsevents import stored_rows
from newsevents.engine import work
from newsevents.errors import NewsEventsError
from newsevents.model import Article, Published
from newsevents.resolve.keys import key_of_event
from newsevents.store import Store, _prepared, schema

TEXTS = [
    ("fr", "Deux policiers ont été blessés lundi 12 mai 2025 par l'explosion d'un engin artisanal près "
           "d'un poste de contrôle à Gao, au Mali, a annoncé l'armée. Le ministère de la Défense a "
           "condamné « une attaque lâche »."),
    ("en", "Rebels shelled a camp for displaced people outside Goma on Friday, May 16, 2025, killing four "
           "civilians, a United Nations spokesperson said. The rebel group denied any involvement."),
    ("fr", "Le Premier ministre a affirmé mercredi 21 mai 2025 que les frappes aériennes menées la veille "
           "contre des positions rebelles dans la province du Nord-Kivu avaient fait six morts."),
]
PUBLISHED = Published(date(2025, 5, 22), "day")


def _worked(pipe, language: str, text: str, doc: str) -> Article:  # type: ignore[no-untyped-def]
    """An article processed by a worker (process_chunk) and received by the storing process."""
    (_, ok, data), = work.process_chunk(pipe, [(1, Article(text=text, id=doc, language=language,
                                                            published=PUBLISHED))])
    assert ok, data
    return work.unpack(Article(text=text, id=doc), ok, data, NewsEventsError)  # type: ignore[return-value]


def _inline(pipe, language: str, text: str, doc: str) -> Article:  # type: ignore[no-untyped-def]
    article = pipe.process(Article(text=text, id=doc, language=language, published=PUBLISHED))
    article.doc = None
    return article


def _plain(rows: dict[sa.Table, list[dict]]) -> dict[str, list[dict]]:
    """The rows by table name, the ingestion time aside (a clock's second)."""
    return {t.name: [{k: v for k, v in r.items() if k != "ingested_at"} for r in rs]
            for t, rs in rows.items()}


def test_a_worker_builds_the_rows_and_keys_the_store_builds_in_line(pipe) -> None:  # type: ignore[no-untyped-def]
    reports = 0
    for i, (language, text) in enumerate(TEXTS):
        worked, inline = _worked(pipe, language, text, f"d{i}"), _inline(pipe, language, text, f"d{i}")
        kept = worked.encoded_mentions
        assert isinstance(kept, stored_rows.Built) and kept.describes(worked)
        rows_w, built = _prepared(worked, ahead=True)
        assert built is kept  # taken as the worker built it: nothing built again
        rows_i, built_i = _prepared(inline)
        assert _plain(rows_w) == _plain(rows_i)
        assert built.event_records == built_i.event_records and built.claim_records == built_i.claim_records
        assert built.keys is not None and len(built.keys) == len(built.event_records)
        for k, rec in zip(built.keys, built_i.event_records, strict=True):
            want = key_of_event(rec)
            assert (k is None) == (want is None)
            assert k is None or want is None or k.pack() == want.pack()
        reports += len(built.event_records)
    assert reports >= 2


def _register(store: Store) -> dict[str, list[tuple]]:
    out = {}
    with store.engine.connect() as conn:
        for table in (schema.documents, schema.events, schema.claims, schema.mentions, schema.incidents,
                      schema.event_keys, schema.claim_about, schema.claim_links, schema.claim_same):
            cols = [c for c in table.columns if c.name != "ingested_at"]
            out[table.name] = sorted(map(tuple, conn.execute(sa.select(*cols)).all()), key=repr)
    return out


def test_a_save_with_the_workers_rows_stores_what_an_in_line_save_stores(pipe, tmp_path) -> None:  # type: ignore[no-untyped-def]
    worked = [_worked(pipe, lang, t, f"d{i}") for i, (lang, t) in enumerate(TEXTS)]
    inline = [_inline(pipe, lang, t, f"d{i}") for i, (lang, t) in enumerate(TEXTS)]
    with Store.open(str(tmp_path / "w.db")) as a, Store.open(str(tmp_path / "i.db")) as b:
        assert a.save_many(worked, ahead=True) == b.save_many(inline) == [True] * len(TEXTS)
        got, want = _register(a), _register(b)
    assert got == want and want["incidents"] and want["event_keys"]


CHANGES = [
    ("published", lambda a: setattr(a, "published", dataclasses.replace(a.published, basis="sources"))),
    ("id", lambda a: setattr(a, "id", a.id + "x")),
    ("a report dropped", lambda a: a.events.pop()),
    ("a new list of claims", lambda a: setattr(a, "claims", list(a.claims))),
    ("a mention dropped", lambda a: a.mentions.pop()),
]


@pytest.mark.parametrize(("what", "change"), CHANGES, ids=[c[0] for c in CHANGES])
def test_rows_that_no_longer_describe_the_article_are_built_again(pipe, what, change) -> None:  # type: ignore[no-untyped-def]
    language, text = TEXTS[0]
    worked = _worked(pipe, language, text, "d0")
    kept = worked.encoded_mentions
    change(worked)
    assert isinstance(kept, stored_rows.Built) and not kept.describes(worked)
    rows, built = _prepared(worked, ahead=True)
    assert built is not kept and built.keys is None
    assert _plain(rows) == _plain(_prepared(worked)[0])
    assert rows[schema.documents][0]["id"] == worked.id
    assert rows[schema.documents][0]["record"] == stored_rows.RECORD_JSON.encode(worked.document_json())


def test_without_ahead_the_store_builds_the_rows_itself(pipe) -> None:  # type: ignore[no-untyped-def]
    worked = _worked(pipe, *TEXTS[1], "d1")
    assert isinstance(worked.encoded_mentions, stored_rows.Built)
    assert _prepared(worked)[1] is not worked.encoded_mentions


def test_a_build_that_fails_in_a_worker_leaves_the_document_to_the_store(pipe, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    def broken(record):  # type: ignore[no-untyped-def]
        if record["sources"][0]["document"] == "bad":
            raise ValueError("no key")
        return key_of_event(record)

    monkeypatch.setattr(stored_rows, "key_of_event", broken)
    chunk = [(1, Article(text=TEXTS[0][1], id="bad", language="fr", published=PUBLISHED)),
             (2, Article(text=TEXTS[1][1], id="good", language="en", published=PUBLISHED))]
    out = work.process_chunk(pipe, chunk)
    assert [(seq, ok) for seq, ok, _ in out] == [(1, True), (2, True)]  # the chunk goes on
    bad, good = (work.unpack(Article(text=a.text, id=a.id), ok, data, NewsEventsError)
                 for (_, a), (_, ok, data) in zip(chunk, out, strict=True))
    assert isinstance(bad, Article) and bad.events and bad.encoded_mentions is None
    assert isinstance(good, Article) and isinstance(good.encoded_mentions, stored_rows.Built)
    with Store.open(str(tmp_path / "f.db")) as store:
        assert store.save_many([bad, good], ahead=True) == [True, True]
        assert {r["sources"][0]["document"] for r in store.stored_events()} == {"bad", "good"}
