"""A module defines each top-level function or class once.

A second ``def`` of the same name silently replaces the first for every caller, also for the calls
written above it with the first one in mind (two ``_verb_above`` in ``extract/events_typing.py``,
one returning the sentence root and one ``None`` when no verb is above, were found that way; ruff's
F811 misses it once the first is used in between).
"""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "newsevents"
DEFINITIONS = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)


def redefined(source: str) -> list[str]:
    """The names defined twice or more at the top of a module's source, or of one of its classes."""
    tree = ast.parse(source)
    bodies = [tree.body] + [n.body for n in tree.body if isinstance(n, ast.ClassDef)]
    found: list[str] = []
    for body in bodies:
        counts = Counter(n.name for n in body if isinstance(n, DEFINITIONS))
        found += sorted(name for name, n in counts.items() if n > 1)
    return found


def test_no_module_defines_a_name_twice() -> None:
    twice = {str(p.relative_to(PACKAGE)): names for p in sorted(PACKAGE.rglob("*.py"))
             if (names := redefined(p.read_text(encoding="utf-8")))}
    assert twice == {}


def test_the_check_sees_a_second_definition() -> None:
    source = ("def f():\n    return 1\n\nx = f()\n\ndef f():\n    return 2\n\n"
              "class C:\n    def g(self): ...\n    def g(self): ...\n")
    assert redefined(source) == ["f", "g"]
    assert redefined("def f(): ...\ndef h(): ...\n") == []
