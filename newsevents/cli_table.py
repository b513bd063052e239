"""Tables that fit the terminal: one line per record, columns chosen by name, widths computed here.

Why not let rich size the table: rich wraps a long cell over many lines (one incident used to
take a dozen lines at 200 columns), and a column marked ``no_wrap`` is measured again at full
width, so the table then runs past the terminal and the console crops its right side. Here every
cell is one line; the widths are computed first (the widest free-text columns give up room
first, ids and dates last), each column gets that exact width, and a cell too long ends in "…".
When the default columns cannot fit, the least important ones are left out and a note says so;
columns the user named with ``--columns`` are always shown, narrowed if need be.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from rich import box
from rich.cells import cell_len
from rich.console import Console
from rich.table import Table
from rich.text import Text

from newsevents.errors import NewsEventsError

Record = dict[str, Any]

# A free-text column (names, places, content) is not narrowed below this many cells unless even
# ids and dates had to give way: 8 cells still show a place or a name's first word ("Zaporizh…").
MIN_TEXT_WIDTH = 8
# Every column of rich's default box costs its two cells of padding and one rule; the table one
# more rule at its left edge.
CELLS_PER_COLUMN = 3
EDGE_CELLS = 1


@dataclass(frozen=True)
class Column:
    """One column a table may show.

    ``whole``: ids, dates, enum values and counts, read whole; they are narrowed only when the
    free-text columns are at ``MIN_TEXT_WIDTH``. ``rank``: the order in which default columns are
    left out when the terminal is too narrow for all of them (the highest rank goes first).
    ``weight``: a free-text column's share of the room when text columns must narrow (a claim's
    content, weight 2, keeps about twice the width of its speaker).
    """

    name: str
    value: Callable[[Record], str]
    help: str
    whole: bool = False
    rank: int = 0
    justify: str = "left"
    weight: float = 1.0


@dataclass(frozen=True)
class Columns:
    """The columns a listing can show, and those it shows by default."""

    what: str  # the listing's name in error messages ("events")
    all: tuple[Column, ...]
    default: tuple[str, ...]

    @property
    def names(self) -> list[str]:
        return [c.name for c in self.all]

    def choose(self, spec: str | None) -> tuple[list[Column], bool]:
        """The columns named in ``--columns a,b,c`` (in that order), or the defaults.

        Returns the columns and whether they are the defaults (which may be thinned out to fit).
        An unknown name is an error that lists the valid ones.
        """
        by_name = {c.name: c for c in self.all}
        if spec is None or not spec.strip():
            return [by_name[n] for n in self.default], True
        names = [n.strip().lower() for n in spec.split(",") if n.strip()]
        unknown = [n for n in names if n not in by_name]
        if unknown:
            raise NewsEventsError(
                f"unknown column{'s' if len(unknown) > 1 else ''} {', '.join(map(repr, unknown))} for "
                f"{self.what}; choose among: {', '.join(self.names)}")
        return [by_name[n] for n in dict.fromkeys(names)], False

    def help_text(self) -> str:
        """The text of a command's ``--columns`` help: every name, the defaults marked."""
        return (f"Comma-separated columns of the table, among: {', '.join(self.names)}. "
                f"Default: {','.join(self.default)}.")


def one_line(value: Any) -> str:
    """A cell's text on one line: line breaks and runs of spaces become one space."""
    return " ".join(str(value).split()) if value is not None else ""


def _shrink(widths: list[int], floors: list[int], can: list[bool], weights: Sequence[float],
            excess: int) -> int:
    """Take up to ``excess`` cells, one at a time, from the allowed column widest for its weight
    (so columns end as even as their contents and weights allow); returns the excess left."""
    while excess > 0:
        candidates = [i for i, ok in enumerate(can) if ok and widths[i] > floors[i]]
        if not candidates:
            break
        widest = max(candidates, key=lambda i: widths[i] / weights[i])
        widths[widest] -= 1
        excess -= 1
    return excess


def fit_widths(natural: Sequence[int], whole: Sequence[bool], available: int,
               weights: Sequence[float] | None = None) -> tuple[list[int], bool]:
    """Content widths for columns whose widest cells are ``natural``, summing to ``available`` at most.

    Free-text columns shrink first, down to ``MIN_TEXT_WIDTH``, a column of weight 2 keeping about
    twice the room of a column of weight 1; then, if still too wide, every column down to one cell.
    Returns the widths and whether a ``whole`` column had to be cut.
    """
    weights = list(weights or [1.0] * len(natural))
    widths = [max(1, n) for n in natural]
    excess = sum(widths) - max(available, len(widths))
    text_floor = [min(w, MIN_TEXT_WIDTH) for w in widths]
    excess = _shrink(widths, text_floor, [not w for w in whole], weights, excess)
    if excess <= 0:
        return widths, False
    before = list(widths)
    _shrink(widths, [1] * len(widths), [True] * len(widths), [1.0] * len(widths), excess)
    cut = any(w < b for w, b, keep in zip(widths, before, whole, strict=True) if keep)
    return widths, cut


def print_table(console: Console, columns: Columns, records: list[Record], spec: str | None,
                title: str | Text) -> None:
    """Print ``records`` as a table of the chosen columns, one line each, within the console's width."""
    chosen, is_default = columns.choose(spec)
    hidden: list[str] = []
    while True:
        cells = [[one_line(c.value(r)) for c in chosen] for r in records]
        natural = [max([cell_len(c.name)] + [cell_len(row[i]) for row in cells])
                   for i, c in enumerate(chosen)]
        available = console.width - CELLS_PER_COLUMN * len(chosen) - EDGE_CELLS
        widths, cut = fit_widths(natural, [c.whole for c in chosen], available, [c.weight for c in chosen])
        if not (cut and is_default and len(chosen) > 1):
            break
        dropped = max(chosen, key=lambda c: c.rank)  # the least important default column
        chosen = [c for c in chosen if c is not dropped]
        hidden.insert(0, dropped.name)
    table = Table(title=title, box=box.HEAVY_HEAD, expand=False)
    for column, width in zip(chosen, widths, strict=True):
        table.add_column(column.name, width=width, no_wrap=True, overflow="ellipsis",
                         justify=column.justify)  # type: ignore[arg-type]
    for row in cells:
        table.add_row(*(Text(c) for c in row))  # Text: article words are never read as markup
    console.print(table)
    if hidden:
        console.print(Text(f"not shown at this width: {', '.join(hidden)} (choose with --columns; "
                           "--help lists them)", style="dim"), overflow="fold")
