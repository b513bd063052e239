"""Dispatch by extension, recursive directories in a stable order, failures as values."""

from __future__ import annotations

import json
from datetime import date

from newsevents.errors import UnsupportedFormat
from newsevents.model import Article, Published
from newsevents.read.common import ReadFailure
from newsevents.read.files import count_documents, expand, read_paths

FR = "Un incendie s'est déclaré dans un entrepôt de la zone industrielle dans la nuit de lundi."
EN = "A fire broke out overnight at a warehouse in the industrial zone, the fire service said."


def tree(tmp_path):
    root = tmp_path / "in"
    (root / "b" / "deep").mkdir(parents=True)
    (root / ".hidden").mkdir()
    (root / "z.txt").write_text(FR, encoding="utf-8")
    (root / "a.TXT").write_text(EN, encoding="utf-8")
    (root / "b" / "deep" / "c.jsonl").write_text(
        json.dumps({"id": "j1", "text": FR + " (1)"}) + "\n" + json.dumps({"text": EN + " (2)"}) + "\n",
        encoding="utf-8")
    (root / "b" / "page.htm").write_text(
        f"<html lang='en'><body><article><p>{EN} {EN}</p><p>{EN}</p></article></body></html>",
        encoding="utf-8")
    (root / "b" / "notes.md").write_text("# not an article", encoding="utf-8")
    (root / ".hidden" / "x.txt").write_text(FR, encoding="utf-8")
    (root / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")
    return root


def test_directories_are_walked_sorted_with_paths_as_given(tmp_path) -> None:
    root = tree(tmp_path)
    listing = expand([root])
    assert [w for _, w in listing.files] == [
        f"{root}/a.TXT", f"{root}/b/deep/c.jsonl", f"{root}/b/page.htm", f"{root}/z.txt"]
    assert listing.skipped == [f"{root}/b/notes.md"]
    assert listing.failures == []
    assert count_documents(listing) == 5


def test_every_reader_is_dispatched(tmp_path) -> None:
    items = list(read_paths([tree(tmp_path)]))
    assert all(isinstance(i, Article) for i in items)
    paths = [i.path for i in items]
    assert paths[1].endswith("c.jsonl#j1") and paths[2].endswith("c.jsonl#2")
    assert items[3].language == "en"  # from the page's lang attribute


def test_missing_and_unsupported_paths_are_failures_not_exceptions(tmp_path) -> None:
    (tmp_path / "doc.pdf").write_bytes(b"%PDF-1.4")
    good = tmp_path / "ok.txt"
    good.write_text(FR, encoding="utf-8")
    items = list(read_paths([tmp_path / "nope.txt", tmp_path / "doc.pdf", good]))
    failures = [i for i in items if isinstance(i, ReadFailure)]
    assert failures[0].reason == "no such file or directory"
    assert isinstance(failures[1].error, UnsupportedFormat) and ".pdf" in failures[1].reason
    assert [i.path for i in items if isinstance(i, Article)] == [str(good)]


def test_options_language_overrides_and_published_fills_gaps(tmp_path) -> None:
    (tmp_path / "a.txt").write_text(EN, encoding="utf-8")
    (tmp_path / "b.jsonl").write_text(
        json.dumps({"text": FR, "published": "2020-01-02", "language": "fr"}) + "\n", encoding="utf-8")
    given = Published(date(2024, 3, 1), basis="given on the command line")
    items = list(read_paths([tmp_path], published=given, language="en"))
    assert [i.language for i in items] == ["en", "en"]
    assert items[0].published == given
    assert items[1].published is not None and items[1].published.date == date(2020, 1, 2)
