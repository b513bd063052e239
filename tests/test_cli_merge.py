"""Issue 12 on the command line: `show` explains a merged incident, `merge --undo` splits a wrong
merge and the split survives re-ingest and --reprocess."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_merge_order import scenario
from typer.testing import CliRunner

from newsevents.cli import app
from newsevents.store import Store

runner = CliRunner()


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = str(tmp_path / "merged.db")
    with Store.open(path) as store:
        for art in scenario():
            store.save(art)
    return path


def run(db: str, *args: str):  # type: ignore[no-untyped-def]
    return runner.invoke(app, ["--db", db, *args])


def kyiv(db: str) -> dict:
    with Store.open(db) as store:
        return next(e for e in store.events() if len(e["sources"]) == 3)


def test_show_lists_each_source_with_its_report_and_why_it_was_merged(db: str) -> None:
    incident = kyiv(db)
    result = run(db, "show", incident["id"])
    assert result.exit_code == 0, result.output
    for doc in ("d1", "d2", "d3"):
        assert f"\n{doc}  " in result.output
    assert result.output.count("merged: ") == 3
    assert "the report the incident is named after" in result.output
    assert "same place as" in result.output and "km" in result.output
    assert "names the same target as" in result.output  # d1 and d3 name the hospital
    assert "injured 7" in result.output and "killed 2" in result.output  # each source's own figures


def test_undo_splits_a_source_out_and_remembers_it(db: str) -> None:
    incident = kyiv(db)
    result = run(db, "merge", "--undo", incident["id"], "d2", "--json")
    assert result.exit_code == 0, result.output
    done = json.loads(result.output)
    assert done["document"] == "d2" and done["vetoes"] == 2
    with Store.open(db) as store:
        assert [sorted(s["document"] for s in e["sources"]) for e in store.events()
                if {"d1", "d3"} & {s["document"] for s in e["sources"]}
                and e["type"] != "diplomatic_protest"] == [["d1", "d3"]]
        split = store.record(done["split"][0])
        assert split is not None and [s["document"] for s in split["sources"]] == ["d2"]
        # re-ingest (delete and save again) and reprocess (replace) keep the split
        arts = {a.id: a for a in scenario()}
        store.delete("d2")
        store.save(arts["d2"])
        assert len(store.record(done["split"][0])["sources"]) == 1  # type: ignore[index]
        store.save(arts["d1"], replace=True)
        store.save(arts["d2"], replace=True)
        assert len(store.record(done["split"][0])["sources"]) == 1  # type: ignore[index]
        assert len(store.record(incident["id"])["sources"]) == 2  # type: ignore[index]
    listed = run(db, "merge", "--json")
    assert listed.exit_code == 0
    assert {v["document"] for v in map(json.loads, listed.output.splitlines())} == {"d2"}
    text = run(db, "merge", "--undo", incident["id"], "corpus/d3.txt")  # a path names the document
    assert text.exit_code == 0 and "split d3" in text.output and "remembered" in text.output


@pytest.mark.parametrize(("args", "message"), [
    (["merge", "--undo", "ev_nope", "d1"], "no event with id 'ev_nope'"),
    (["merge", "--undo", "{incident}", "nodoc"], "no document 'nodoc'"),
    (["merge", "--undo", "{incident}", "d4"], "is not a source of"),
    (["merge", "--undo", "{incident}"], "--undo needs the incident and the source"),
    (["merge", "{incident}", "d1"], "merge --undo EVENT_ID SOURCE"),
])
def test_undo_errors_are_clear(db: str, args: list[str], message: str) -> None:
    incident = kyiv(db)["id"]
    result = run(db, *[a.format(incident=incident) for a in args])
    assert result.exit_code == 1
    assert message in result.output


def test_a_single_source_incident_has_nothing_to_split(db: str) -> None:
    with Store.open(db) as store:
        alone = next(e for e in store.events() if len(e["sources"]) == 1)
    result = run(db, "merge", "--undo", alone["id"], alone["sources"][0]["document"])
    assert result.exit_code == 1 and "nothing to split" in result.output
