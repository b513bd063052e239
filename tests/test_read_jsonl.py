"""JSON Lines reader: one article per line; a bad line is reported by number, the rest is read."""

from __future__ import annotations

import json
from datetime import date

import pytest

from newsevents.errors import DocumentTooLarge, EmptyDocument, MalformedRecord, UnsupportedLanguage
from newsevents.model import Article
from newsevents.read.common import ReadFailure
from newsevents.read.jsonl import read_jsonl

TEXT_A = "Une explosion a eu lieu mardi dans le port, selon la police."
TEXT_B = "Two people were injured when a shell hit a market on Sunday, officials said."


def write(tmp_path, lines: list[str], name: str = "in.jsonl"):
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def split(items):
    items = list(items)
    return [i for i in items if isinstance(i, Article)], [i for i in items if isinstance(i, ReadFailure)]


def test_records_with_and_without_metadata(tmp_path) -> None:
    path = write(tmp_path, [
        json.dumps({"id": "a-1", "url": "https://x.org/a", "title": "Port", "published": "2024-05-07",
                    "language": "fr-FR", "text": TEXT_A}),
        json.dumps({"text": TEXT_B, "published": "2024-05-05T21:30:00Z"}),
    ])
    (a, b), failures = split(read_jsonl(path))
    assert failures == []
    assert (a.id, a.path, a.url) == ("a-1", f"{path}#a-1", "https://x.org/a")
    assert (a.title, a.language) == ("Port", "fr")
    assert a.published is not None and a.published.date == date(2024, 5, 7) and not a.published.inferred
    assert a.text == TEXT_A
    assert b.path == f"{path}#2" and b.id == b.sha256[:16] and b.language is None
    assert b.published is not None and b.published.date == date(2024, 5, 5)


@pytest.mark.parametrize(("line", "reason"), [
    ('{"id": "x", "text": "unterminated', "not valid JSON: Unterminated string starting at (column 21)"),
    ("[1, 2, 3]", "expected a JSON object, got list"),
    ('{"id": "x", "title": "no text"}', 'no "text" field'),
    ('{"text": 42}', '"text" must be a string'),
    ('{"text": "ok words here", "published": 20240507}', '"published" must be a string'),
    ('{"text": "ok words here", "published": "last tuesday"}', "is not a date"),
    ('{"text": "ok words here", "id": [1]}', '"id" must be a string or an integer'),
    ('{"text": "   "}', "empty"),
])
def test_a_malformed_line_is_reported_with_its_number_and_the_rest_read(tmp_path, line, reason) -> None:
    path = write(tmp_path, [json.dumps({"text": TEXT_A}), line, json.dumps({"text": TEXT_B})])
    articles, failures = split(read_jsonl(path))
    assert [a.text for a in articles] == [TEXT_A, TEXT_B]
    assert len(failures) == 1
    assert "line 2" in failures[0].where or "line 2" in failures[0].reason
    assert reason in failures[0].reason


def test_unsupported_language_is_a_failure_of_that_record(tmp_path) -> None:
    path = write(tmp_path, [json.dumps({"text": TEXT_A, "language": "xx"}), json.dumps({"text": TEXT_B})])
    articles, failures = split(read_jsonl(path))
    assert len(articles) == 1
    assert isinstance(failures[0].error, UnsupportedLanguage)


def test_blank_lines_are_skipped_and_line_numbers_stay_true(tmp_path) -> None:
    path = write(tmp_path, ["", json.dumps({"text": TEXT_A}), "   ", "{oops}"])
    articles, failures = split(read_jsonl(path))
    assert articles[0].path == f"{path}#2"
    assert "line 4" in failures[0].where


def test_invalid_utf8_line_names_the_column(tmp_path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_bytes(b'{"text": "caf\xe9 au lait"}\n' + json.dumps({"text": TEXT_B}).encode() + b"\n")
    articles, failures = split(read_jsonl(path))
    assert len(articles) == 1
    assert isinstance(failures[0].error, MalformedRecord)
    assert "0xe9 at column 14" in failures[0].reason


def test_an_oversized_line_is_refused_without_losing_the_next(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("NEWSEVENTS_MAX_BYTES", "200")  # a line may be 6x that (JSON escapes)
    path = write(tmp_path, [json.dumps({"text": "mot " * 2000}), json.dumps({"text": TEXT_B})])
    articles, failures = split(read_jsonl(path))
    assert [a.text for a in articles] == [TEXT_B]
    assert isinstance(failures[0].error, DocumentTooLarge)
    assert "line 1" in failures[0].where


def test_an_empty_file_is_a_failure(tmp_path) -> None:
    path = tmp_path / "none.jsonl"
    path.write_text("\n\n", encoding="utf-8")
    articles, failures = split(read_jsonl(path))
    assert articles == [] and isinstance(failures[0].error, EmptyDocument)


def test_a_bom_on_the_first_line_is_accepted(tmp_path) -> None:
    path = tmp_path / "bom.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps({"text": TEXT_A}).encode() + b"\n")
    articles, failures = split(read_jsonl(path))
    assert failures == [] and articles[0].text == TEXT_A
