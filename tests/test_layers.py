"""Issue 12 (layout): data flows one way, read -> nlp -> extract -> resolve -> store -> export/web.

The package's imports are read with ``ast`` (module level, inside functions, under
``TYPE_CHECKING``, and ``importlib.import_module("newsevents.…")`` with a literal prefix) and
mapped to top-level units (``newsevents.extract.where`` -> ``extract``). Each unit has a layer in
``LAYERS``; a unit may import its own layer and the layers below, never one above, and the units
never import each other in a circle (not even through a lazy import inside a function: a circle
hidden in a function still ties the two modules together).

A new top-level module or package must be placed in ``LAYERS``: the test says so when it is not.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "newsevents"

# Lowest first. A unit may import units of its own layer or of a lower one.
LAYERS: tuple[tuple[str, ...], ...] = (
    ("newsevents", "errors", "settings", "ids", "model", "datafiles", "lang"),  # vocabulary of every layer
    ("temporal", "geo"),  # calendars and the gazetteer: knowledge, no text processing
    ("parties",),  # who is who: lexicon, countries, cross-document party keys
    ("read",),  # files, feeds, pages -> Article
    # spaCy models, their packed tables, matchers, the entity-ruler registry
    ("nlp_regex", "nlp_packed", "nlp_load", "nlp_match", "nlp_phrases", "nlp"),
    ("extract", "learn"),  # the stages: mentions, events, claims of one article (learn: trained ones)
    ("pipeline",),  # parse + stages in order
    ("propositions", "disputes", "resolve", "sites"),  # across documents: merging, contradictions, sites
    ("stored_rows",),  # a document's rows and merge keys, built from it alone (by a worker too)
    ("store",),  # SQLite / PostgreSQL, merged incidents kept at ingest
    # running the pipeline over many articles into the store
    ("engine", "anchoring", "anchoring_joint", "ingest"),
    # what users call
    ("export", "evaluate", "web", "cli_common", "cli_table", "cli_render", "cli_sites", "cli", "__main__"),
)
RANK = {unit: i for i, layer in enumerate(LAYERS) for unit in layer}

Edge = tuple[str, str, str, int]  # importing module, imported module, file, line


def module_name(path: Path, root: Path) -> str:
    parts = list(path.relative_to(root.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def unit_of(module: str) -> str:
    """The top-level unit of a dotted module name ("newsevents.extract.who" -> "extract")."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else parts[0]


def _absolute(node: ast.ImportFrom, module: str, is_package: bool) -> str:
    if not node.level:
        return node.module or ""
    base = module.split(".")
    if not is_package:
        base.pop()
    base = base[: len(base) - (node.level - 1)]
    return ".".join(base + ([node.module] if node.module else []))


def _literal_prefix(node: ast.expr) -> str | None:
    """The constant start of a string argument: "newsevents.extract." of f"newsevents.extract.{x}"."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr) and node.values:
        first = node.values[0]
        if isinstance(first, ast.Constant) and isinstance(first.value, str):
            return first.value
    return None


def imports_of(source: str, module: str, is_package: bool = False) -> Iterator[tuple[str, int]]:
    """Every ``newsevents`` module a source imports, wherever the import statement sits."""
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name, node.lineno
        elif isinstance(node, ast.ImportFrom):
            base = _absolute(node, module, is_package)
            for alias in node.names:
                yield f"{base}.{alias.name}", node.lineno
        elif isinstance(node, ast.Call) and node.args:
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            prefix = _literal_prefix(node.args[0]) if name in ("import_module", "__import__") else None
            if prefix:
                yield prefix.rstrip("."), node.lineno


def package_edges(root: Path = PACKAGE) -> list[Edge]:
    edges: list[Edge] = []
    for path in sorted(root.rglob("*.py")):
        module = module_name(path, root)
        for target, line in imports_of(path.read_text(encoding="utf-8"), module,
                                       path.name == "__init__.py"):
            if target == "newsevents" or target.startswith("newsevents."):
                edges.append((module, target, str(path.relative_to(root.parent)), line))
    return edges


def upward(edges: list[Edge]) -> list[str]:
    """Imports of a unit placed in a higher layer than the importer's (units not in LAYERS are
    test_every_unit_has_a_layer's business)."""
    return [f"{file}:{line}: {src} imports {dst} ({unit_of(src)} is below {unit_of(dst)})"
            for src, dst, file, line in edges
            if unit_of(src) in RANK and unit_of(dst) in RANK
            and RANK[unit_of(src)] < RANK[unit_of(dst)]]


def unit_cycles(edges: list[Edge]) -> list[list[str]]:
    """Circles between units (strongly connected components of more than one unit)."""
    graph: dict[str, set[str]] = {}
    for src, dst, _, _ in edges:
        a, b = unit_of(src), unit_of(dst)
        graph.setdefault(a, set())
        graph.setdefault(b, set())
        if a != b:
            graph[a].add(b)
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:  # Tarjan's algorithm; the graph has a few dozen units
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


@pytest.fixture(scope="module")
def edges() -> list[Edge]:
    return package_edges()


def test_the_scan_sees_the_package(edges: list[Edge]) -> None:
    units = {unit_of(src) for src, _, _, _ in edges}
    assert {"extract", "resolve", "store", "nlp", "pipeline", "parties"} <= units
    # the dynamic import of the stages (pipeline.load_stage) is seen too
    assert any(src == "newsevents.pipeline" and dst == "newsevents.extract" for src, dst, _, _ in edges)


def test_every_unit_has_a_layer(edges: list[Edge]) -> None:
    units = {unit_of(m) for e in edges for m in e[:2]}
    units |= {unit_of(module_name(p, PACKAGE)) for p in PACKAGE.rglob("*.py")}
    unplaced = sorted(units - set(RANK))
    assert not unplaced, f"place these modules/packages in LAYERS (tests/test_layers.py): {unplaced}"


def test_no_upward_import(edges: list[Edge]) -> None:
    found = upward(edges)
    assert not found, "imports against the flow read -> nlp -> extract -> resolve -> store -> web:\n" \
        + "\n".join(found)


def test_no_circle_between_units(edges: list[Edge]) -> None:
    assert unit_cycles(edges) == []


def test_parties_have_one_home() -> None:
    """Parties, countries and party keys live in the parties package, not beside the stages."""
    assert (PACKAGE / "parties" / "__init__.py").exists()
    for old in ("parties.py", "countries.py", "resolve/parties.py", "geo/sites.py", "parallel.py"):
        assert not (PACKAGE / old).exists(), old


# --- the checker itself: it must catch what it is there to catch --------------------------------

@pytest.mark.parametrize(("source", "module", "expected"), [
    ("from newsevents.resolve import compare\n", "newsevents.extract.link", "newsevents.resolve.compare"),
    ("def f():\n    from newsevents.pipeline import DEFAULT_STAGES\n", "newsevents.nlp",
     "newsevents.pipeline.DEFAULT_STAGES"),
    ("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from newsevents.extract.where import Spot\n",
     "newsevents.geo.sites", "newsevents.extract.where.Spot"),
    ("from ..store import Store\n", "newsevents.resolve.cluster", "newsevents.store.Store"),
    ("import importlib\nimportlib.import_module(f'newsevents.web.{name}')\n", "newsevents.read.files",
     "newsevents.web"),
])
def test_scanner_finds_every_kind_of_import(source: str, module: str, expected: str) -> None:
    assert expected in [t for t, _ in imports_of(source, module)]


def test_checker_flags_an_upward_import_and_a_circle() -> None:
    edges: list[Edge] = [
        ("newsevents.extract.link", "newsevents.resolve", "extract/link.py", 3),
        ("newsevents.resolve.keys", "newsevents.extract.weapon_names", "resolve/keys.py", 5),
        ("newsevents.store.views", "newsevents.parties.countries", "store/views.py", 9),
    ]
    assert upward(edges) == [
        "extract/link.py:3: newsevents.extract.link imports newsevents.resolve (extract is below resolve)"]
    assert unit_cycles(edges) == [["extract", "resolve"]]
    assert unit_cycles(edges[1:]) == []
