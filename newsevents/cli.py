"""The ``newsevents`` command: a thin Typer shell over the library (like sqlite-utils' cli.py).

No logic lives here: each command parses its options, calls one library function and prints
the result. Typed errors (newsevents.errors) become one clean line on stderr and a non-zero
exit; a traceback means a bug. Exit codes: 0 ok, 1 an error or a failed document, 130 Ctrl-C.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.text import Text
from typer.core import TyperGroup

from newsevents import settings
from newsevents.cli_common import (
    EXIT_ERROR,
    EXIT_INTERRUPTED,
    clean_errors,
    database_of,
    err,
    option_date,
    option_day,
    out,
    print_json,
    terminal_width,
)
from newsevents.cli_render import (
    CLAIM_COLUMNS,
    EVENT_COLUMNS,
    LANGUAGE_COLUMNS,
    MENTION_COLUMNS,
    VETO_COLUMNS,
)
from newsevents.cli_table import Columns
from newsevents.errors import NewsEventsError
from newsevents.model import Published

# Options of the whole program, accepted before or after the command's name (and after a
# sub-group's command): {option: whether it takes a value}. Another global option is one entry
# here plus its parameter on ``_main``.
GLOBAL_OPTIONS = {"--db": True}


def hoist_global_options(args: list[str]) -> list[str]:
    """``args`` with the global options found after the command moved before it.

    Why: click only reads a group's options before the command's name, so ``newsevents ingest
    --db x.db FILE`` was an error. Moving them keeps one definition (``_main``'s) for every
    command, including command groups other modules register. Tokens after ``--`` are never
    touched; a global option given both before and after the command takes the later value.
    """
    command_at = None
    i = 0
    while i < len(args):  # the command is the first token that is neither an option nor its value
        token = args[i]
        if token == "--":
            return list(args)
        if not token.startswith("-"):
            command_at = i
            break
        i += 2 if GLOBAL_OPTIONS.get(token) else 1
    if command_at is None:
        return list(args)
    head, moved, rest = list(args[:command_at]), [], []
    tail = args[command_at:]
    j = 0
    while j < len(tail):
        token = tail[j]
        if token == "--":
            rest.extend(tail[j:])
            break
        name = token.split("=", 1)[0]
        if name in GLOBAL_OPTIONS:
            if "=" in token or not GLOBAL_OPTIONS[name]:
                moved.append(token)
                j += 1
            elif j + 1 < len(tail):
                moved.extend(tail[j:j + 2])
                j += 2
            else:  # "--db" last, without its value: let click say so
                rest.append(token)
                j += 1
            continue
        rest.append(token)
        j += 1
    return head + moved + rest


class GlobalOptionsGroup(TyperGroup):
    """The top-level group: global options may follow the command (see hoist_global_options)."""

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        return super().parse_args(ctx, hoist_global_options(args))


app = typer.Typer(
    name="newsevents", cls=GlobalOptionsGroup, add_completion=False, no_args_is_help=True,
    rich_markup_mode="rich",
    help="Turn news articles into a sourced, geocoded register of incidents and claims.\n\n"
         "Global options such as --db may be written before or after the command.\n\n"
         "Example: [bold]newsevents ingest examples/ && newsevents events[/bold]",
)
def _published(value: str | None) -> Published | None:
    from newsevents.read.common import given_published

    return given_published(option_day(value, "--published"), "given on the command line") if value else None


def _language(value: str | None) -> str | None:
    from newsevents.read.common import language_code

    return language_code(value) if value else None


def _stance(value: str | None) -> str | None:
    from typing import get_args

    from newsevents.model import Stance

    if value and value not in get_args(Stance):
        raise NewsEventsError(f"unknown stance {value!r}; choose one of {', '.join(get_args(Stance))}")
    return value


def _print_records(records: list[Any], as_json: bool, table: Callable[..., None],
                   columns: str | None = None) -> None:
    """A listing command's output: one JSON object per line (every field, whatever --columns), or
    the command's table of the chosen columns."""
    if as_json:
        for record in records:
            print_json(record)
    elif columns is None:
        table(out, records)
    else:
        table(out, records, columns)


def _columns_option(columns: Columns) -> Any:
    """A ``--columns`` option whose help lists the names a listing accepts."""
    return typer.Option("--columns", "-c", metavar="A,B,C", help=columns.help_text() +
                        " Tables fit the terminal's width (COLUMNS); --json prints every field.")


def _check_columns(columns: Columns, spec: str | None) -> str | None:
    """Fail on an unknown column before any work (an ingest-free check, names listed)."""
    if spec is not None:
        columns.choose(spec)
    return spec


@app.callback()
def _main(
    ctx: typer.Context,
    db: Annotated[str, typer.Option(
        "--db", envvar=settings.ENV_DB, show_envvar=True,
        help="SQLite file or postgresql:// URL.")] = settings.DEFAULT_DB,
) -> None:
    """Turn news articles into a sourced, geocoded register of incidents and claims."""
    ctx.obj = {"db": db}
    out.width = terminal_width()


# --- ingest and mentions ------------------------------------------------------------------------
PathsArg = Annotated[list[str], typer.Argument(
    metavar="PATH", show_default=False,
    help=".txt, .html, .jsonl, .warc(.gz), .rss/.atom files or directories.")]
PublishedOpt = Annotated[str | None, typer.Option(
    "--published", metavar="DATE", help="Publication date (YYYY-MM-DD) for documents that give none.")]
LanguageOpt = Annotated[str | None, typer.Option(
    "--language", metavar="CODE",
    help="Language of every document: fr, en, or one added in a NEWSEVENTS_LANG_PATH folder "
         "(else read or detected).")]


@app.command()
@clean_errors
def ingest(
    ctx: typer.Context,
    paths: PathsArg,
    published: PublishedOpt = None,
    language: LanguageOpt = None,
    reprocess: Annotated[bool, typer.Option("--reprocess", help="Re-extract stored documents.")] = False,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="List every document.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the summary as JSON.")] = False,
    workers: Annotated[int, typer.Option(
        "--workers", "-w", min=0, metavar="N",
        help="Processes running the NLP, one spaCy each (0 = one per CPU core).")] = 1,
    engine: Annotated[str, typer.Option(
        "--engine", metavar="local|dask",
        help="Where the NLP runs: this machine, or a Dask cluster (see --scheduler).")] = "local",
    scheduler: Annotated[str | None, typer.Option(
        "--scheduler", metavar="tcp://HOST:PORT",
        help="Dask scheduler address for --engine dask (none: a local Dask cluster of --workers).")] = None,
) -> None:
    """Read articles, extract incidents and claims, and store them.

    The same text again changes nothing (unless --reprocess); a bad document is reported and skipped.
    With --workers N the NLP runs in N processes; with --engine dask on the workers of a Dask
    cluster. This process still does all the reading and writing.

    Exit code 1 when any document failed.

    Example: [bold]newsevents ingest examples/ --published 2025-11-15[/bold]
    """
    from newsevents.ingest import ingest as run_ingest
    from newsevents.ingest import open_store

    pub, lang = _published(published), _language(language)
    with open_store(database_of(ctx)) as store:
        summary = run_ingest(paths, store, published=pub, language=lang, reprocess=reprocess,
                             progress=not as_json and sys.stderr.isatty(), workers=workers,
                             engine=engine, scheduler=scheduler)
    if as_json:
        print_json(summary.to_json())
    else:
        from newsevents import cli_render

        cli_render.ingest_summary(err, summary, database_of(ctx), verbose)
    if summary.interrupted:
        raise typer.Exit(EXIT_INTERRUPTED)
    if not summary.ok:
        raise typer.Exit(EXIT_ERROR)


@app.command()
@clean_errors
def mentions(
    paths: PathsArg,
    published: PublishedOpt = None,
    language: LanguageOpt = None,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per mention.")] = False,
    columns: Annotated[str | None, _columns_option(MENTION_COLUMNS)] = None,
) -> None:
    """Show what the mention stages find (times, places, parties, weapons, numbers), storing nothing.

    Example: [bold]newsevents mentions examples/ --json[/bold]
    """
    from newsevents import cli_render
    from newsevents.ingest import analyse
    from newsevents.read.common import ReadFailure

    _check_columns(MENTION_COLUMNS, columns)
    failed = 0
    for item in analyse(paths, published=_published(published), language=_language(language)):
        if isinstance(item, ReadFailure):
            failed += 1
            err.print(Text.assemble(("failed", "red"), f" {item.where}: {item.reason}"))
            continue
        records = [m.to_json(item.id) for m in sorted(item.mentions, key=lambda m: (m.span, m.kind))]
        if as_json:
            for record in records:
                print_json(record)
        else:
            cli_render.mentions_table(out, item, records, columns)
    if failed:
        raise typer.Exit(EXIT_ERROR)


# --- reading the register -----------------------------------------------------------------------
@app.command()
@clean_errors
def events(
    ctx: typer.Context,
    type: Annotated[str | None, typer.Option("--type", help="Event type, e.g. missile_strike.")] = None,
    country: Annotated[str | None, typer.Option(help="ISO code or country name.")] = None,
    since: Annotated[str | None, typer.Option(metavar="DATE", help="Events on or after DATE.")] = None,
    until: Annotated[str | None, typer.Option(metavar="DATE", help="Events on or before DATE.")] = None,
    text: Annotated[str | None, typer.Option(help="Words in names, places, summary, damage.")] = None,
    limit: Annotated[int | None, typer.Option(min=1, help="At most this many events.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per event.")] = False,
    columns: Annotated[str | None, _columns_option(EVENT_COLUMNS)] = None,
) -> None:
    """List incidents, merged across documents, oldest first.

    Example: [bold]newsevents events --country UA --since 2025-01-01 --type missile_strike[/bold]
    """
    from newsevents import cli_render
    from newsevents.ingest import open_store

    _check_columns(EVENT_COLUMNS, columns)
    with open_store(database_of(ctx), must_exist=True) as store:
        found = store.events(type=type, country=country, since=option_date(since, "--since"),
                             until=option_date(until, "--until"), text=text, limit=limit)
    _print_records(found, as_json, cli_render.events_table, columns)


@app.command()
@clean_errors
def claims(
    ctx: typer.Context,
    speaker: Annotated[str | None, typer.Option(help="Words of the speaker's name.")] = None,
    stance: Annotated[str | None, typer.Option(
        help="assert, deny, retract, question, demand or condemn.")] = None,
    event: Annotated[str | None, typer.Option(metavar="ID", help="Claims about this event.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per claim.")] = False,
    columns: Annotated[str | None, _columns_option(CLAIM_COLUMNS)] = None,
) -> None:
    """List statements attributed to speakers, with their stance.

    Example: [bold]newsevents claims --stance deny[/bold]
    """
    from newsevents import cli_render
    from newsevents.ingest import open_store

    _check_columns(CLAIM_COLUMNS, columns)
    with open_store(database_of(ctx), must_exist=True) as store:
        found = store.claims(speaker=speaker, stance=_stance(stance), event=event)
    _print_records(found, as_json, cli_render.claims_table, columns)


@app.command()
@clean_errors
def disputes(
    ctx: typer.Context,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per dispute.")] = False,
) -> None:
    """List incidents on which sources disagree (claims that contradict each other).

    Example: [bold]newsevents disputes[/bold]
    """
    from newsevents import cli_render
    from newsevents.disputes import find_disputes
    from newsevents.ingest import open_store

    with open_store(database_of(ctx), must_exist=True) as store:
        found = find_disputes(store.claims(), store.events())
    _print_records([cli_render.as_record(d) for d in found], as_json, cli_render.disputes_table)


@app.command()
@clean_errors
def show(
    ctx: typer.Context,
    id: Annotated[str, typer.Argument(help="A document, event or claim id.", show_default=False)],
    as_json: Annotated[bool, typer.Option("--json", help="Print the record as JSON only.")] = False,
) -> None:
    """Show one record and the sentences it comes from, with the supporting words highlighted.

    Example: [bold]newsevents show ev_0123456789abcdef[/bold]
    """
    from newsevents import cli_render
    from newsevents.ingest import open_store

    with open_store(database_of(ctx), must_exist=True) as store:
        record = store.record(id)
        if record is None:
            raise NewsEventsError(f"no document, event or claim with id {id!r}; list them with "
                                  "`newsevents events` or `newsevents claims`")
        if as_json:
            print_json(record)
            return
        cli_render.record(out, record, store)


@app.command()
@clean_errors
def merge(
    ctx: typer.Context,
    undo: Annotated[bool, typer.Option("--undo", help="Split SOURCE's report out of the incident EVENT_ID "
                                                      "and remember it.")] = False,
    event_id: Annotated[str | None, typer.Argument(metavar="EVENT_ID", show_default=False,
                                                   help="An incident id, or a report's id.")] = None,
    source: Annotated[str | None, typer.Argument(metavar="SOURCE", show_default=False,
                                                 help="The document to split out: id or path.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the result as JSON.")] = False,
    columns: Annotated[str | None, _columns_option(VETO_COLUMNS)] = None,
) -> None:
    """Undo a wrong merge, or list the splits made so far (without --undo).

    Merging happens at ingest; --undo splits one source's report out of an incident and records
    the decision, so re-ingesting or --reprocess keeps them apart. `newsevents show EVENT_ID`
    lists an incident's sources and why each was merged.

    Example: [bold]newsevents merge --undo ev_0123456789abcdef lemonde-2025-04-13[/bold]
    """
    from newsevents import cli_render
    from newsevents.ingest import open_store

    _check_columns(VETO_COLUMNS, columns)
    with open_store(database_of(ctx), must_exist=True) as store:
        if not undo:
            if event_id or source:
                raise NewsEventsError("to split a source out of an incident, write "
                                      "`newsevents merge --undo EVENT_ID SOURCE`")
            _print_records(store.vetoes(), as_json, cli_render.vetoes_table, columns)
            return
        if not event_id or not source:
            raise NewsEventsError("--undo needs the incident and the source: "
                                  "`newsevents merge --undo EVENT_ID SOURCE`")
        done = store.undo_merge(event_id, source)
    if as_json:
        print_json(done)
    else:
        cli_render.undo_summary(out, done)


@app.command()
@clean_errors
def export(
    ctx: typer.Context,
    format: Annotated[str, typer.Option("--format", "-f", help="jsonl, csv or geojson.")] = "jsonl",
    output: Annotated[Path | None, typer.Option("--output", "-o", metavar="FILE",
                                                help="Write here instead of standard output.")] = None,
    with_text: Annotated[bool, typer.Option("--with-text", help="Add each document's text (jsonl).")] = False,
) -> None:
    """Export the register (the contract is ../shared/SCHEMA.md).

    Example: [bold]newsevents export --format geojson -o events.geojson[/bold]
    """
    from newsevents.export import write
    from newsevents.ingest import open_store

    with open_store(database_of(ctx), must_exist=True) as store:
        if output is None:
            write(store, format, sys.stdout, with_text=with_text)
            return
        try:
            with output.open("w", encoding="utf-8", newline="") as stream:
                count = write(store, format, stream, with_text=with_text)
        except OSError as exc:
            raise NewsEventsError(f"cannot write {output}: {exc.strerror or exc}") from None
    err.print(f"wrote {count} records to {output}")


@app.command()
@clean_errors
def stats(
    ctx: typer.Context,
    as_json: Annotated[bool, typer.Option("--json", help="Print the counts as JSON.")] = False,
) -> None:
    """Count documents, incidents, claims and mentions in the database.

    Example: [bold]newsevents --db archive.db stats[/bold]
    """
    from newsevents import cli_render
    from newsevents.ingest import open_store

    with open_store(database_of(ctx), must_exist=True) as store:
        counts = store.stats()
    if as_json:
        print_json(counts)
    else:
        cli_render.stats_table(out, counts)


@app.command()
@clean_errors
def evaluate(
    ctx: typer.Context,
    gold: Annotated[list[Path], typer.Argument(metavar="GOLD.json...", show_default=False,
                                               help="Gold annotation files, scored together.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the figures as JSON (add --detail for "
                                                         "every document).")] = False,
    detail: Annotated[bool, typer.Option("--detail", help="With --json: every document's matches "
                                                          "and errors too.")] = False,
) -> None:
    """Score the database against gold annotation files (matching rules: ../shared/README.md).

    Prints each document's errors (gold records missed, exported records matching none, fields
    with the value found and the one expected), the per-field table, a type-confusion table and
    the headline figures.

    Example: [bold]newsevents evaluate ../shared/data/news-dev/*.gold.json[/bold]
    """
    from newsevents.evaluate import evaluate as run_evaluate
    from newsevents.ingest import open_store

    for path in gold:
        if not path.is_file():
            raise NewsEventsError(f"{path}: no such file")
    with open_store(database_of(ctx), must_exist=True) as store:
        report = run_evaluate(list(gold), store)
    if as_json:
        data = report.to_json()
        if not detail:
            data.pop("documents")
        print_json(data)
    else:
        out.print(report.render(), markup=False, soft_wrap=True)


@app.command()
@clean_errors
def languages(
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per language.")] = False,
    columns: Annotated[str | None, _columns_option(LANGUAGE_COLUMNS)] = None,
) -> None:
    """List the languages documents may be in: built in, or added by a NEWSEVENTS_LANG_PATH folder.

    Each with its spaCy model (and whether it is installed) and the stage files of its data.

    Example: [bold]NEWSEVENTS_LANG_PATH=~/my-languages newsevents languages[/bold]
    """
    from newsevents import cli_render
    from newsevents.lang import language_records

    _check_columns(LANGUAGE_COLUMNS, columns)
    _print_records(language_records(), as_json, cli_render.languages_table, columns)


@app.command()
@clean_errors
def serve(
    ctx: typer.Context,
    host: Annotated[str, typer.Option(help="Address to listen on (loopback by default).")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port to listen on.")] = 8000,
    allow_ingest: Annotated[bool, typer.Option(
        "--allow-ingest", help="Accept POST /api/documents from callers with the token.")] = False,
    token: Annotated[str | None, typer.Option(
        envvar="NEWSEVENTS_TOKEN", help="Ingest token (generated and printed when not given).")] = None,
) -> None:
    """Serve the web page (map, timeline, incidents, disputes) and the JSON API over the database.

    Read-only unless --allow-ingest. The API is described at /docs.

    Example: [bold]newsevents --db newsevents.db serve --port 8000[/bold]
    """
    from newsevents.web.server import serve as run_server

    run_server(database_of(ctx), host, port, allow_ingest=allow_ingest, token=token)


# protected sites and their alerts (issue 16)
from newsevents import cli_sites  # noqa: E402

cli_sites.register(app)


def main() -> None:
    """The console-script entry point (``newsevents``, ``python -m newsevents``)."""
    from newsevents.engine.prestart import prestart

    prestart(sys.argv)  # `ingest --workers N`: the workers' start-up runs beside ours from now on
    try:
        app(prog_name="newsevents")
    except SystemExit as done:
        if isinstance(done.code, int | None):
            exit_without_teardown(done.code or 0)
        raise


def exit_without_teardown(code: int) -> None:
    """End a process that loaded a spaCy model without tearing its objects down one by one.

    Why: freeing a model's, the gazetteer's and the lexicons' millions of objects at interpreter
    exit cost 0.3-0.5 s CPU of a one-article ``newsevents ingest`` (about a fifth of it), after
    every result was written. The command has finished: the store is closed (its ``with``
    block), output is flushed here, and none of our code registers exit handlers. The parent of
    ``--workers N`` too (``pool.workers_started``): its teardown took 0.14-0.18 s CPU (load 7),
    the last step of the run, its workers already stopped. A process that loaded no model and
    started no worker (``--help``, the reading commands) exits the usual way.
    """
    import contextlib
    import os

    built = getattr(sys.modules.get("newsevents.nlp"), "_BUILT", None)
    pool = sys.modules.get("newsevents.engine.pool")
    if not built and not (pool is not None and pool.workers_started()):
        return
    import logging

    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):  # a closed pipe: nothing more to write
            stream.flush()
    os._exit(code)
