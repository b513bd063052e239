"""The command line's shape: global options anywhere, tables within the terminal, --json everywhere.

Tables are checked at several widths (COLUMNS) through typer's CliRunner: no line may be wider
than the terminal, and every record takes exactly one line of the table.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import typer
from rich.cells import cell_len
from typer.testing import CliRunner

from newsevents.cli import app, hoist_global_options
from newsevents.cli_table import MIN_TEXT_WIDTH, fit_widths

runner = CliRunner()
WIDTHS = [40, 60, 80, 120, 200]


# --- global options before or after the command ------------------------------------------------
@pytest.mark.parametrize(("args", "expected"), [
    (["events", "--db", "x.db"], ["--db", "x.db", "events"]),
    (["--db", "x.db", "events"], ["--db", "x.db", "events"]),
    (["ingest", "--db", "x.db", "a.txt", "--reprocess"], ["--db", "x.db", "ingest", "a.txt", "--reprocess"]),
    (["ingest", "a.txt", "--db=x.db"], ["--db=x.db", "ingest", "a.txt"]),
    # given twice: the later (after the command) is moved last among the globals, so it wins
    (["--db", "a.db", "stats", "--db", "b.db"], ["--db", "a.db", "--db", "b.db", "stats"]),
    # a sub-group's command: the option may follow either name
    (["sites", "list", "--db", "x.db"], ["--db", "x.db", "sites", "list"]),
    # after "--" nothing is an option
    (["ingest", "--", "--db", "x.db"], ["ingest", "--", "--db", "x.db"]),
    # no value: left for click to report
    (["events", "--db"], ["events", "--db"]),
    (["--help"], ["--help"]),
    ([], []),
])
def test_global_options_are_moved_before_the_command(args, expected) -> None:
    assert hoist_global_options(args) == expected


@pytest.fixture(scope="module")
def db(demo_db, tmp_path_factory) -> str:
    """A copy of the demo database (examples/ ingested once for the session)."""
    path = tmp_path_factory.mktemp("width") / "demo.db"
    shutil.copy(demo_db, path)
    return str(path)


READING = [["events"], ["claims"], ["disputes"], ["stats"], ["merge"], ["events", "--json"],
           ["claims", "--json"], ["stats", "--json"], ["export", "--format", "csv"]]


@pytest.mark.slow
@pytest.mark.parametrize("command", READING, ids=" ".join)
def test_db_before_or_after_the_command_gives_the_same_output(db, command, tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("NEWSEVENTS_DB", str(tmp_path / "absent.db"))  # the option must win over it
    before = runner.invoke(app, ["--db", db, *command], env={"COLUMNS": "120"})
    after = runner.invoke(app, [*command, "--db", db], env={"COLUMNS": "120"})
    inside = runner.invoke(app, [command[0], f"--db={db}", *command[1:]], env={"COLUMNS": "120"})
    assert before.exit_code == 0, before.output
    assert after.exit_code == 0, after.output
    assert before.stdout == after.stdout == inside.stdout
    assert before.stdout.strip()


@pytest.mark.slow
def test_ingest_with_db_after_the_command(tmp_path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Le 3 mars 2024, un drone a frappé un dépôt de carburant à Odessa, a indiqué le "
                       "gouverneur de la région.", encoding="utf-8")
    target = tmp_path / "after.db"
    done = runner.invoke(app, ["ingest", "--db", str(target), str(article), "--language", "fr", "--json"])
    assert done.exit_code == 0, done.output
    assert json.loads(done.stdout)["counts"]["new"] == 1
    assert target.exists() and not (tmp_path / "newsevents.db").exists()
    stats = runner.invoke(app, ["stats", "--json", "--db", str(target)])
    assert json.loads(stats.stdout)["documents"] == 1


def test_a_command_after_which_db_has_no_value_is_a_clean_error(tmp_path) -> None:
    result = runner.invoke(app, ["stats", "--db"])
    assert result.exit_code != 0
    assert "--db" in result.output and "Traceback" not in result.output


# --- tables within the width ------------------------------------------------------------------
def _table_rows(output: str) -> list[str]:
    """The body rows of a rich table: lines between the vertical rules, not the header."""
    lines = output.splitlines()
    head = next(i for i, line in enumerate(lines) if line.startswith("┡"))
    return [line for line in lines[head + 1:] if line.startswith("│")]


@pytest.mark.slow
@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("command", [["events"], ["claims"], ["events", "--columns",
                                                              "id,summary,targets,weapons,damage,acled"],
                                     ["claims", "-c", "content,speaker,contradicts,date,docs"]], ids=" ".join)
def test_tables_fit_the_terminal_one_line_per_record(db, command, width) -> None:
    records = runner.invoke(app, ["--db", db, command[0], "--json"]).stdout.splitlines()
    result = runner.invoke(app, ["--db", db, *command], env={"COLUMNS": str(width)})
    assert result.exit_code == 0, result.output
    too_wide = [line for line in result.stdout.splitlines() if cell_len(line) > width]
    assert not too_wide, too_wide
    assert len(_table_rows(result.stdout)) == len(records) > 0


@pytest.mark.slow
def test_at_200_columns_an_incident_is_one_line_with_its_ids_whole(db) -> None:
    listed = runner.invoke(app, ["--db", db, "events", "--json"]).stdout
    events = [json.loads(line) for line in listed.splitlines()]
    result = runner.invoke(app, ["--db", db, "events"], env={"COLUMNS": "200"})
    rows = _table_rows(result.stdout)
    for event, row in zip(events, rows, strict=True):
        assert event["id"] in row and event["type"] in row
    assert "not shown at this width" not in result.stdout


@pytest.mark.slow
def test_narrow_terminals_leave_out_default_columns_and_say_so(db) -> None:
    result = runner.invoke(app, ["--db", db, "events"], env={"COLUMNS": "60"})
    header = result.stdout.splitlines()[2]
    assert "id" in header and "docs" not in header
    assert "not shown at this width" in result.stdout and "docs" in result.stdout.split("not shown")[1]


@pytest.mark.slow
def test_chosen_columns_are_shown_in_their_order_even_when_narrow(db) -> None:
    result = runner.invoke(app, ["--db", db, "events", "--columns", "killed,ID, type"], env={"COLUMNS": "50"})
    assert result.exit_code == 0, result.output
    header = [c.strip() for c in result.stdout.splitlines()[2].strip("┃").split("┃")]
    assert header == ["killed", "id", "type"]
    assert "not shown" not in result.stdout


@pytest.mark.parametrize(("command", "valid"), [("events", "id"), ("claims", "stance"), ("merge", "report"),
                                               ("mentions", "kind")])
def test_an_unknown_column_is_an_error_listing_the_valid_names(command, valid, tmp_path) -> None:
    args = [command, "--columns", f"{valid},colour"] + (["x.txt"] if command == "mentions" else [])
    result = runner.invoke(app, ["--db", str(tmp_path / "none.db"), *args])
    assert result.exit_code == 1
    assert "unknown column 'colour'" in result.output and "choose among:" in result.output
    assert "Traceback" not in result.output
    help_text = " ".join(runner.invoke(app, [command, "--help"]).output.split())
    listed = result.output.split("choose among:")[1].split()[0].strip(",")
    assert listed in help_text  # the names are in --help too


@pytest.mark.parametrize(("natural", "whole", "available"), [
    ([19, 10, 40, 30, 2], [True, True, False, False, True], 80),
    ([19, 10, 40, 30, 2], [True, True, False, False, True], 50),
    ([19, 10, 40, 30, 2], [True, True, False, False, True], 20),
    ([5, 5], [False, False], 100),
    ([120], [False], 10),
])
def test_widths_never_exceed_the_room_and_text_gives_way_first(natural, whole, available) -> None:
    widths, cut = fit_widths(natural, whole, available)
    assert sum(widths) <= max(available, len(natural))
    assert all(1 <= w <= n for w, n in zip(widths, natural, strict=True))
    if sum(natural) <= available:
        assert widths == natural and not cut
    if not cut:  # ids and dates whole while free text was narrowed
        assert all(w == n for w, n, keep in zip(widths, natural, whole, strict=True) if keep)
    if cut:  # a whole column gave way only once every text column was at its floor
        assert all(w <= MIN_TEXT_WIDTH for w, keep in zip(widths, whole, strict=True) if not keep)


def test_text_columns_shrink_evenly_widest_first() -> None:
    widths, cut = fit_widths([19, 60, 20], [True, False, False], 19 + 50)
    assert not cut and widths[0] == 19 and widths[1] == 30 and widths[2] == 20
    widths, _ = fit_widths([19, 60, 50], [True, False, False], 19 + 60)
    assert widths == [19, 30, 30]


# --- --json for every command that prints records or figures ---------------------------------
def test_every_command_printing_records_or_figures_has_json() -> None:
    group = typer.main.get_command(app)
    without = {"export", "serve"}  # export writes formats of its own; serve prints no records
    missing = []

    def walk(command, path: str) -> None:
        for name, sub in getattr(command, "commands", {}).items():
            full = f"{path} {name}".strip()
            if getattr(sub, "commands", None):
                walk(sub, full)
            elif name not in without and "--json" not in {o for p in sub.params for o in p.opts}:
                missing.append(full)

    walk(group, "")
    assert not missing, (f"{missing}: a command that prints records or figures takes --json; one that "
                         "prints neither goes in `without` above, with the reason")


def test_help_says_global_options_may_follow_the_command() -> None:
    result = runner.invoke(app, ["--help"])
    assert "before or after the command" in " ".join(result.output.split())


def test_readme_shows_db_after_the_command() -> None:
    path = Path(__file__).resolve().parent.parent / "README.md"
    readme = " ".join(path.read_text(encoding="utf-8").split())
    assert "--columns" in readme and "before or after the command" in readme


def test_a_heavier_text_column_keeps_more_room() -> None:
    widths, cut = fit_widths([19, 40, 120, 40], [True, False, False, False], 19 + 80, [1, 1, 2, 1])
    assert not cut and widths[0] == 19 and sum(widths) == 99
    assert widths[2] >= 2 * widths[1] - 1 and widths[1] == widths[3]


@pytest.mark.slow
@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("command", ["disputes", "stats", "merge"])
def test_other_listings_fit_the_terminal(db, command, width) -> None:
    result = runner.invoke(app, ["--db", db, command], env={"COLUMNS": str(width)})
    assert result.exit_code == 0, result.output
    too_wide = [line for line in result.stdout.splitlines() if cell_len(line) > width]
    assert not too_wide, too_wide


@pytest.mark.slow
def test_each_side_of_a_dispute_is_one_line_starting_with_its_claim(db) -> None:
    listed = runner.invoke(app, ["--db", db, "disputes", "--json"]).stdout
    disputes = [json.loads(line) for line in listed.splitlines()]
    assert disputes  # the examples hold a denied missile strike
    result = runner.invoke(app, ["--db", db, "disputes"], env={"COLUMNS": "80"})
    lines = result.stdout.splitlines()
    for d in disputes:
        for side in d["for"] + d["against"]:
            (line,) = [x for x in lines if x.strip().startswith(side["claim"])]
            assert side["speaker"][:10] in line
