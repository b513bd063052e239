"""The one YAML loader of the package's data files: the same data as PyYAML's safe loader, and as
safe (no Python objects)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
import yaml

import newsevents
from newsevents.datafiles import load_yaml

PACKAGE = Path(newsevents.__file__).parent
DATA_FILES = sorted(PACKAGE.rglob("*.yaml"))


def test_the_package_has_data_files():
    assert len(DATA_FILES) > 10


@pytest.mark.parametrize("path", DATA_FILES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_every_data_file_reads_as_safe_load_reads_it(path):
    assert load_yaml(path) == yaml.safe_load(path.read_text(encoding="utf-8"))


def test_a_stream_and_an_empty_document():
    assert load_yaml(io.StringIO("a: [1, 2]\n")) == {"a": [1, 2]}
    assert load_yaml(io.StringIO("")) is None


def test_python_objects_are_refused():
    with pytest.raises(yaml.YAMLError):
        load_yaml(io.StringIO("!!python/object/apply:os.system ['true']\n"))
