"""Round 28b (scale): a worker encodes its articles' mentions as the store writes them, so the
storing process of a parallel ingest only writes them (Article.encode_mentions, engine/work.py);
the stored rows are those an in-line ingest writes, and a kept encoding that no longer describes
the article's mentions is not used."""

from __future__ import annotations

import json

from newsevents.engine import work
from newsevents.errors import NewsEventsError
from newsevents.model import Article, Mention, Quantity
from newsevents.store import Store, _built, schema

TEXTS = [
    ("fr", "Trois civils ont été tués mardi 4 mars 2025 par une frappe de drone russe sur un marché "
           "de Kherson, a indiqué le gouverneur régional. Au moins douze personnes ont été blessées."),
    ("en", "A car bomb killed five soldiers near Mogadishu on Sunday, June 8, 2025, police said. "
           "Al-Shabaab claimed the attack in a statement."),
]


def _worked(pipe, language: str, text: str, doc: str) -> Article:  # type: ignore[no-untyped-def]
    """An article processed by a worker (process_chunk) and received by the storing process."""
    (_, ok, data), = work.process_chunk(pipe, [(1, Article(text=text, id=doc, language=language))])
    return work.unpack(Article(text=text, id=doc), ok, data, NewsEventsError)  # type: ignore[return-value]


def _inline(pipe, language: str, text: str, doc: str) -> Article:  # type: ignore[no-untyped-def]
    article = pipe.process(Article(text=text, id=doc, language=language))
    article.doc = None
    return article


def test_a_worker_sends_the_mentions_encoded_and_the_store_writes_them_as_in_line(pipe) -> None:  # type: ignore[no-untyped-def]
    for i, (language, text) in enumerate(TEXTS):
        worked, inline = _worked(pipe, language, text, f"d{i}"), _inline(pipe, language, text, f"d{i}")
        assert worked.mentions and worked.encoded_mentions is not None
        assert worked.encoded_mentions.mentions is worked.mentions  # the same list after the trip
        assert inline.encoded_mentions is None  # in-line: encoded when stored
        rows_w, rows_i = _built(worked)[0], _built(inline)[0]
        assert rows_w[schema.mentions] == rows_i[schema.mentions]
        assert worked.mention_records() is worked.encoded_mentions.records  # not encoded again


def test_a_parallel_and_an_in_line_save_store_the_same_mention_rows(pipe, tmp_path) -> None:  # type: ignore[no-untyped-def]
    def stored(articles: list[Article], name: str) -> list[tuple]:
        with Store.open(str(tmp_path / name)) as store:
            store.save_many(articles)
            with store.engine.connect() as conn:
                m = schema.mentions
                return conn.execute(m.select().order_by(m.c.document, m.c.ord)).all()

    worked = [_worked(pipe, lang, t, f"d{i}") for i, (lang, t) in enumerate(TEXTS)]
    inline = [_inline(pipe, lang, t, f"d{i}") for i, (lang, t) in enumerate(TEXTS)]
    assert stored(worked, "w.db") == stored(inline, "i.db")


def test_a_kept_encoding_that_no_longer_describes_the_mentions_is_not_used() -> None:
    article = Article(text="onze blessés", id="a1", mentions=[
        Mention("number", (0, 4), "onze", Quantity(11, "injured"))])
    article.encode_mentions()
    kept = article.encoded_mentions
    assert kept is not None and json.loads(kept.records[0])["document"] == "a1"
    article.id = "a2"  # another id: the records name the document
    assert json.loads(article.mention_records()[0])["document"] == "a2"
    article.id = "a1"
    article.mentions.append(Mention("number", (5, 12), "blessés", Quantity(1, "injured", minimum=True)))
    assert len(article.mention_records()) == 2  # a list grown since
    article.mentions = [article.mentions[1]]  # another list
    assert [json.loads(r)["text"] for r in article.mention_records()] == ["blessés"]
