"""Web archives: pages become articles with the record's URL and date, the rest is counted; streamed."""

from __future__ import annotations

import gzip as gzip_module
import tracemalloc
from collections import Counter
from pathlib import Path

import pytest
from inputs import REPORTS, Record, page, report_records, write_warc

from newsevents.errors import DocumentTooLarge
from newsevents.model import Article
from newsevents.read.common import ReadFailure
from newsevents.read.files import count_documents, expand, read_paths
from newsevents.read.warc import WARC_DATE_BASIS, read_warc


def read(path: Path) -> tuple[list[Article], list[ReadFailure], Counter[str]]:
    counts: Counter[str] = Counter()
    items = list(read_warc(path, counts=counts))
    return ([i for i in items if isinstance(i, Article)], [i for i in items if isinstance(i, ReadFailure)],
            counts)


@pytest.mark.parametrize("gzip", [True, False], ids=["warc.gz", "warc"])
def test_pages_become_articles_and_other_records_are_counted(tmp_path: Path, gzip: bool) -> None:
    name = "crawl.warc.gz" if gzip else "crawl.warc"
    path = write_warc(tmp_path / name, report_records(), gzip=gzip)
    articles, failures, counts = read(path)
    assert failures == []
    assert len(articles) == len(REPORTS)
    assert counts == {"WARC warcinfo": 1, "WARC request": len(REPORTS)}
    for i, (article, (language, text)) in enumerate(zip(articles, REPORTS, strict=True)):
        assert article.url == f"https://news.example.org/{language}/article-{i}"
        assert article.language == language  # from the page's lang attribute
        assert text.split(",")[0] in article.text  # the main text, not the navigation
        assert "Accueil" not in article.text and "droits réservés" not in article.text
        assert article.published is not None and article.published.date.isoformat() == "2024-03-05"
        assert article.published.basis == WARC_DATE_BASIS
        # records are numbered from 1 in file order: warcinfo, then request/response pairs
        assert article.path == f"{path}#{3 + 2 * i}"


def test_the_page_metadata_date_wins_over_the_crawl_date(tmp_path: Path) -> None:
    language, text = REPORTS[0]
    path = write_warc(tmp_path / "c.warc.gz", [
        Record("https://a.example/1", page(text, language, date="2024-03-03T22:10:00+01:00"),
               date="2024-03-06T02:00:00Z"),
        Record("https://a.example/2", page(REPORTS[1][1], "fr"), date="2024-03-07T23:59:59Z"),
    ])
    articles, failures, _ = read(path)
    assert failures == []
    first, second = articles
    assert first.published is not None and first.published.date.isoformat() == "2024-03-03"
    assert first.published.basis != WARC_DATE_BASIS
    assert second.published is not None and second.published.date.isoformat() == "2024-03-07"
    assert second.published.basis == WARC_DATE_BASIS


@pytest.mark.parametrize(("record", "kind"), [
    (Record("https://a.example/logo.png", b"\x89PNG\r\n\x1a\n" + bytes(200), content_type="image/png"),
     "WARC response (image/png)"),
    (Record("https://a.example/gone", page(REPORTS[0][1], "fr"), status="404 Not Found"),
     "WARC response (HTTP 404)"),
    (Record("https://a.example/moved", b"", status="301 Moved Permanently"), "WARC response (HTTP 301)"),
    (Record("https://a.example/api", b'{"a": 1}', content_type="application/json"),
     "WARC response (application/json)"),
    (Record("https://a.example/m", b"outlinks: x", kind="metadata", content_type="application/warc-fields"),
     "WARC metadata"),
])
def test_records_that_are_not_pages_are_counted_not_failed(tmp_path: Path, record: Record, kind: str) -> None:
    ok = Record("https://a.example/ok", page(REPORTS[2][1], "en"))
    path = write_warc(tmp_path / "c.warc.gz", [record, ok], warcinfo=False)
    articles, failures, counts = read(path)
    assert failures == []
    assert [a.url for a in articles] == ["https://a.example/ok"]
    assert counts == {kind: 1}


def test_a_resource_record_holding_a_page_is_read(tmp_path: Path) -> None:
    path = write_warc(tmp_path / "r.warc", [Record("file:///saved/page.html", page(REPORTS[3][1], "en"),
                                                   kind="resource", content_type="text/html")], gzip=False)
    articles, failures, _ = read(path)
    assert failures == [] and len(articles) == 1 and "glide bomb" in articles[0].text


def test_a_page_without_text_fails_alone(tmp_path: Path) -> None:
    empty = b"<html><head><title>Live</title></head><body><script>render();</script></body></html>"
    path = write_warc(tmp_path / "c.warc.gz", [Record("https://a.example/empty", empty),
                                               Record("https://a.example/ok", page(REPORTS[0][1], "fr"))])
    articles, failures, _ = read(path)
    assert [a.url for a in articles] == ["https://a.example/ok"]
    assert len(failures) == 1 and failures[0].where == f"{path}#2"
    assert "no article text" in failures[0].reason


@pytest.mark.parametrize("gzip", [True, False], ids=["warc.gz", "warc"])
@pytest.mark.parametrize("kept", [0.35, 0.6, 0.8, 0.97])
def test_a_file_cut_short_keeps_the_pages_before_the_break(tmp_path: Path, gzip: bool, kept: float) -> None:
    whole = write_warc(tmp_path / "c.warc", report_records(), gzip=gzip)
    data = whole.read_bytes()
    cut = tmp_path / "cut.warc"
    cut.write_bytes(data[: int(len(data) * kept)])
    articles, failures, _ = read(cut)
    assert len(articles) < len(REPORTS)
    assert [a.url for a in articles] == [a.url for a in read(whole)[0]][: len(articles)]
    assert len(failures) == 1 and failures[0].where == str(cut)
    assert "cut short or corrupt after record" in failures[0].reason


@pytest.mark.parametrize("content", [b"", b"This is not a web archive at all.\n" * 5,
                                     gzip_module.compress(b"not a warc inside the gzip either\n")])
def test_a_file_that_is_not_a_warc_is_a_clear_failure(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "bad.warc.gz"
    path.write_bytes(content)
    articles, failures, _ = read(path)
    assert articles == [] and len(failures) == 1
    assert "not a WARC" in failures[0].reason or "no WARC record" in failures[0].reason


MB = 1024 * 1024


def test_a_large_archive_streams_in_bounded_memory(tmp_path: Path) -> None:
    """60 MB of records and a 45 MB page in one uncompressed WARC: memory stays at one small page."""
    big_page = tmp_path / "big.html"
    with big_page.open("wb") as out:  # written in chunks: the test itself stays small in memory
        out.write(b"<html><body><article><p>")
        for _ in range(45):
            out.write(b"Une phrase d'un article, encore et encore. " * (MB // 44))
        out.write(b"</p></article></body></html>")
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    path = tmp_path / "large.warc"
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=False)
        blob = bytes(range(256)) * (MB // 256)
        for i in range(60):
            http = StatusAndHeaders("200 OK", [("Content-Type", "image/jpeg")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(
                f"https://a.example/{i}.jpg", "response", payload=_Repeat(blob), length=len(blob),
                http_headers=http))
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        with big_page.open("rb") as payload:
            writer.write_record(writer.create_warc_record(
                "https://a.example/huge", "response", payload=payload, length=big_page.stat().st_size,
                http_headers=http))
        for language, text in REPORTS[:2]:
            http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
            body = page(text, language)
            writer.write_record(writer.create_warc_record(
                "https://a.example/p", "response", payload=_Repeat(body), length=len(body),
                http_headers=http))
    assert path.stat().st_size > 100 * MB
    tracemalloc.start()
    try:
        articles, failures, counts = read(path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(articles) == 2 and counts == {"WARC response (image/jpeg)": 60}
    assert len(failures) == 1 and isinstance(failures[0].error, DocumentTooLarge)
    assert failures[0].where == f"{path}#61"
    assert peak < 8 * MB, f"peak {peak / MB:.1f} MB"


class _Repeat:
    """A read-once stream over bytes, without copying them (warcio reads the payload in blocks)."""

    def __init__(self, data: bytes) -> None:
        self.data, self.pos = memoryview(data), 0

    def read(self, n: int = -1) -> bytes:
        end = len(self.data) if n is None or n < 0 else min(len(self.data), self.pos + n)
        chunk = bytes(self.data[self.pos:end])
        self.pos = end
        return chunk


def test_directories_list_archives_and_a_progress_total_is_not_guessed(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    write_warc(folder / "a.warc.gz", report_records(REPORTS[:2]))
    write_warc(folder / "b.WARC", report_records(REPORTS[2:3]), gzip=False)
    (folder / "c.txt").write_text(REPORTS[3][1], encoding="utf-8")
    listing = expand([folder])
    assert [where for _, where in listing.files] == [f"{folder}/a.warc.gz", f"{folder}/b.WARC",
                                                     f"{folder}/c.txt"]
    assert count_documents(listing) is None  # only reading the archives would count their pages
    items = list(read_paths([folder]))
    assert [type(i).__name__ for i in items] == ["Article"] * 4
