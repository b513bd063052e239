"""What every command module of the command line shares: the consoles, the terminal width, the
error wrapper, and the parsing of the options every command reads (--db, dates).

Why a module of its own: ``cli.py`` registers command groups that live in other modules
(``cli_sites.py``), which need these too; importing them from ``cli.py`` would be an import circle
(tests/test_layers.py forbids it).
"""

from __future__ import annotations

import functools
import json
import os
import shutil
import sys
from collections.abc import Callable
from datetime import date
from typing import Any, TypeVar

import typer
from rich.console import Console
from rich.text import Text

from newsevents import settings
from newsevents.errors import NewsEventsError

# Piped output is not a terminal: rich would then assume 80 columns. Tables are cut to fit the
# width (cli_table.py), so a pipe gets a width where the default columns show whole ids, dates
# and a few words of each name; set COLUMNS to choose another.
PIPE_WIDTH = 160
out = Console(highlight=False)
err = Console(stderr=True, highlight=False, soft_wrap=True)

EXIT_ERROR = 1
EXIT_INTERRUPTED = 130

F = TypeVar("F", bound=Callable[..., Any])


def terminal_width() -> int:
    """Columns for tables: COLUMNS when set, else the terminal's width, else PIPE_WIDTH.

    Read at each run (not at import) so that a test or a caller changing COLUMNS is obeyed.
    """
    raw = os.environ.get("COLUMNS", "").strip()
    if raw.isdigit() and int(raw) > 0:
        return int(raw)
    if sys.stdout.isatty():
        return shutil.get_terminal_size((PIPE_WIDTH, 24)).columns
    return PIPE_WIDTH


def clean_errors(func: F) -> F:
    """Typed errors -> one line on stderr and exit 1; Ctrl-C -> exit 130, no traceback."""
    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except NewsEventsError as exc:
            err.print(Text.assemble(("error:", "red"), f" {exc}"))  # Text: no markup parsing
            raise typer.Exit(EXIT_ERROR) from None
        except KeyboardInterrupt:
            err.print("interrupted")
            raise typer.Exit(EXIT_INTERRUPTED) from None
    return wrapper  # type: ignore[return-value]


def database_of(ctx: typer.Context) -> str:
    """The database the global --db option names, else the default one."""
    return str((ctx.obj or {}).get("db") or settings.default_db())


def option_day(value: str, option: str) -> date:
    """An option's date (YYYY-MM-DD or ISO datetime), or a one-line error naming the option."""
    from newsevents.read.common import parse_date

    try:
        return parse_date(value)
    except NewsEventsError:
        raise NewsEventsError(f"{option} {value!r} is not a date; write it as YYYY-MM-DD") from None


def option_date(value: str | None, option: str) -> str | None:
    """A --since/--until value checked as a date, so a typo is an error, not an empty list."""
    return option_day(value, option).isoformat() if value else None


def print_json(record: Any) -> None:
    """One record as one line of JSON on standard output."""
    out.print(json.dumps(record, ensure_ascii=False), markup=False, soft_wrap=True)
