"""Word lists of the language data are words.

Why: YAML 1.1 reads a bare ``on``, ``no``, ``yes``, ``off`` as a boolean, so ``[to, on]`` silently
becomes ``["to", True]`` and "blamed on X" or "attack on X" is never read (the English
prepositions of attribution and of targets were lost that way). Any list item of a vocabulary must
be a string or a mapping; booleans belong only to mapping values (``verb: true``)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

import newsevents

ROOT = Path(newsevents.__file__).parent
FILES = sorted([*ROOT.glob("lang/**/*.yaml"), *ROOT.glob("data/*.yaml")])


def _booleans_in_lists(node: Any, path: str) -> list[str]:
    out: list[str] = []
    if isinstance(node, dict):
        for key, value in node.items():
            if isinstance(key, bool):
                out.append(f"{path}: key {key}")
            out += _booleans_in_lists(value, f"{path}.{key}")
    elif isinstance(node, list):
        for n, item in enumerate(node):
            if isinstance(item, bool):
                out.append(f"{path}[{n}] = {item}")
            else:
                out += _booleans_in_lists(item, f"{path}[{n}]")
    return out


def test_language_data_files_are_found():
    assert any(f.parent.name == "en" for f in FILES) and any(f.parent.name == "fr" for f in FILES)


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_word_read_as_a_boolean(path):
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert _booleans_in_lists(data, path.name) == []


def test_the_check_catches_a_bare_on():
    assert _booleans_in_lists(yaml.safe_load("preps: [to, on]\nnegation: [no]"), "x") == \
        ["x.preps[1] = True", "x.negation[0] = False"]
