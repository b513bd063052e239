"""The CLI end to end: one real ingest of examples/, then every reading command against it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsevents.cli import app

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SCHEMA = SHARED / "schema" / "export.schema.json"
GOLD = SHARED / "gold" / "seeds.gold.json"

EXAMPLES = ROOT / "examples"
COMMANDS = ["ingest", "mentions", "events", "claims", "disputes", "show", "merge", "export", "stats",
            "evaluate"]
runner = CliRunner()


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    """A database holding the examples, ingested once through the CLI."""
    path = tmp_path_factory.mktemp("cli") / "demo.db"
    result = runner.invoke(app, ["--db", str(path), "ingest", str(EXAMPLES), "--published", "2025-11-15"])
    assert result.exit_code == 0, result.output
    assert "2 new" in result.output
    return str(path)


@pytest.fixture(scope="module")
def empty_db(tmp_path_factory):
    """An empty, migrated database: for commands whose errors come before any data is read."""
    from newsevents.ingest import open_store

    path = tmp_path_factory.mktemp("cli") / "empty.db"
    open_store(str(path)).close()
    return str(path)


def run(db: str, *args: str):
    return runner.invoke(app, ["--db", db, *args])


def json_lines(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.strip()]


@pytest.mark.parametrize("command", COMMANDS)
def test_every_help_ends_with_an_example(command: str) -> None:
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0
    assert f"Example: newsevents {command if command != 'stats' else '--db archive.db stats'}" in \
        " ".join(result.output.split())


def test_python_dash_m_works() -> None:
    done = subprocess.run([sys.executable, "-m", "newsevents", "--help"], capture_output=True, text=True,
                          cwd=ROOT, timeout=60, check=False)
    assert done.returncode == 0 and "ingest" in done.stdout


@pytest.mark.slow
def test_reingest_changes_nothing(db) -> None:
    before = json_lines(run(db, "stats", "--json").stdout)[0]
    result = run(db, "ingest", str(EXAMPLES), "--json")
    assert result.exit_code == 0
    assert json_lines(result.stdout)[0]["counts"] == {"new": 0, "reprocessed": 0, "unchanged": 2, "failed": 0}
    assert json_lines(run(db, "stats", "--json").stdout)[0] == before


@pytest.mark.slow
def test_stats_counts_the_two_documents(db) -> None:
    stats = json_lines(run(db, "stats", "--json").stdout)[0]
    assert stats["documents"] == 2 and stats["documents_by_language"] == {"fr": 2}
    table = run(db, "stats")
    assert table.exit_code == 0 and "documents" in table.stdout


@pytest.mark.slow
def test_events_table_and_json_agree(db) -> None:
    events = json_lines(run(db, "events", "--json").stdout)
    table = run(db, "events")
    assert table.exit_code == 0
    assert f"incidents: {len(events)}" in table.stdout
    for event in events:
        assert event["kind"] == "event" and event["id"] in table.stdout


@pytest.mark.slow
def test_event_filters_narrow_the_list(db) -> None:
    assert json_lines(run(db, "events", "--json", "--type", "no_such_type").stdout) == []
    assert json_lines(run(db, "events", "--json", "--until", "1900-01-01").stdout) == []
    everything = json_lines(run(db, "events", "--json").stdout)
    assert len(json_lines(run(db, "events", "--json", "--limit", "1").stdout)) == min(1, len(everything))


@pytest.mark.slow
def test_claims_and_disputes_run(db) -> None:
    claims = json_lines(run(db, "claims", "--json").stdout)
    assert all(c["kind"] == "claim" for c in claims)
    assert run(db, "claims").exit_code == 0
    assert json_lines(run(db, "claims", "--json", "--speaker", "zzzz-nobody").stdout) == []
    result = run(db, "disputes")
    assert result.exit_code == 0, result.output
    disputes = json_lines(run(db, "disputes", "--json").stdout)
    assert f"disputes: {len(disputes)}" in result.stdout
    claim_ids = {c["id"] for c in claims}
    for d in disputes:  # every side of a dispute is a listed claim
        assert {s["claim"] for s in d["for"] + d["against"]} <= claim_ids


@pytest.mark.slow
def test_show_highlights_the_supporting_words(db) -> None:
    exported = json_lines(run(db, "export", "--with-text").stdout)
    texts = {r["id"]: r["text"] for r in exported if r["kind"] == "document"}
    doc_id = sorted(texts)[0]
    shown = run(db, "show", doc_id)
    assert shown.exit_code == 0 and doc_id in shown.stdout
    records = [r for r in exported if r["kind"] in ("event", "claim")]
    for rec in records[:3]:
        result = run(db, "show", rec["id"])
        assert result.exit_code == 0
        flat = " ".join(result.stdout.split())
        for source in rec["sources"]:
            start, end = source["spans"][0]
            assert " ".join(texts[source["document"]][start:end].split()) in flat


def test_show_unknown_id_is_one_clean_line(empty_db) -> None:
    result = run(empty_db, "show", "ev_doesnotexist")
    assert result.exit_code == 1
    assert result.output.strip().startswith("error: no document, event or claim with id 'ev_doesnotexist'")


@pytest.mark.slow
def test_export_jsonl_validates_against_the_contract(db, tmp_path) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    validator = jsonschema.Draft202012Validator(json.loads(SCHEMA.read_text(encoding="utf-8")))
    out = tmp_path / "out.jsonl"
    result = run(db, "export", "--format", "jsonl", "-o", str(out), "--with-text")
    assert result.exit_code == 0 and f"to {out}" in result.output
    records = json_lines(out.read_text(encoding="utf-8"))
    assert sum(r["kind"] == "document" for r in records) == 2
    assert all("text" in r for r in records if r["kind"] == "document")
    for record in records:
        validator.validate(record)


@pytest.mark.slow
@pytest.mark.parametrize(("fmt", "check"), [
    ("csv", lambda text: text.splitlines()[0].startswith("event_id,")),
    ("geojson", lambda text: json.loads(text)["type"] == "FeatureCollection"),
])
def test_export_other_formats(db, fmt, check) -> None:
    result = run(db, "export", "--format", fmt)
    assert result.exit_code == 0 and check(result.stdout)


@pytest.mark.slow
def test_evaluate_prints_figures(db) -> None:
    result = run(db, "evaluate", str(GOLD), "--json")
    assert result.exit_code == 0, result.output
    figures = json_lines(result.stdout)[0]["headline"]
    assert {"event_recall", "claim_recall", "publication_dates"} <= set(figures)
    assert run(db, "evaluate", str(GOLD)).exit_code == 0


def test_db_from_the_environment_and_missing_db(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("NEWSEVENTS_DB", str(tmp_path / "absent.db"))
    result = runner.invoke(app, ["stats"])
    assert result.exit_code == 1
    assert f"no database at {tmp_path / 'absent.db'}" in result.output
    assert not (tmp_path / "absent.db").exists()  # reading never creates a database


@pytest.mark.parametrize(("args", "message"), [
    (["ingest", "x.txt", "--published", "yesterday"], "--published 'yesterday' is not a date"),
    (["events", "--since", "2024-13-01"], "--since '2024-13-01' is not a date"),
    (["claims", "--stance", "maybe"], "unknown stance 'maybe'"),
    (["ingest", "x.txt", "--language", "xx"], "language 'xx' is not supported"),
    (["export", "--format", "xml"], "unknown export format 'xml'"),
    (["evaluate", "no-such-gold.json"], "no such file"),
])
def test_bad_options_are_clean_errors(empty_db, args, message) -> None:
    result = run(empty_db, *args)
    assert result.exit_code == 1
    assert message in result.output and "Traceback" not in result.output


@pytest.mark.slow
def test_mentions_json_one_object_per_mention_sorted(tmp_path) -> None:
    path = tmp_path / "m.txt"
    path.write_text("Le 12 mars 2024, deux drones ont frappé un dépôt près de Kharkiv, selon le maire.",
                    encoding="utf-8")
    result = runner.invoke(app, ["mentions", str(path), "--json", "--language", "fr"])
    assert result.exit_code == 0, result.output
    records = json_lines(result.stdout)
    assert [r["span"] for r in records] == sorted(r["span"] for r in records)
    text = path.read_text(encoding="utf-8")
    for r in records:
        assert text[r["span"][0]:r["span"][1]] == r["text"]
        assert r["kind"] in {"time", "place", "party", "weapon", "number"}
    assert runner.invoke(app, ["mentions", str(path)]).exit_code == 0


@pytest.mark.parametrize(("text", "span", "sentence"), [
    ("Premier fait. Le 3 mai, un obus est tombé. Fin.", (17, 22), "Le 3 mai, un obus est tombé."),
    ("One thing.\nThen a drone hit the depot! Later, calm.", (18, 23), "Then a drone hit the depot!"),
    ("« Nous démentons », a dit le maire. Rien.", (2, 16), "« Nous démentons », a dit le maire."),
])
def test_show_picks_the_sentence_and_lights_only_the_span(text, span, sentence) -> None:
    from newsevents.cli_render import HIGHLIGHT, highlighted

    (line,) = highlighted(text, [span])
    assert line.plain == sentence
    lit = [line.plain[s.start:s.end] for s in line.spans if str(s.style) == HIGHLIGHT]
    assert lit == [text[span[0]:span[1]]]


def test_article_words_are_never_read_as_markup() -> None:
    from rich.console import Console

    from newsevents.cli_render import claims_table

    console = Console(record=True, width=200)
    claim = {"id": "cl_1", "speaker": {"name": "[red]Mayor"}, "stance": "assert",
             "content": "the toll [sic] was [bold]three[/bold]", "about": [], "contradicts": []}
    claims_table(console, [claim])
    text = console.export_text()
    assert "[red]Mayor" in text and "[sic]" in text and "[bold]three[/bold]" in text
