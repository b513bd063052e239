"""Reading the package's YAML data files (lexicons, gazetteer tables, configuration).

One loader for every data file, so that they all go through libyaml's C parser when PyYAML was
built with it (``yaml.CSafeLoader``, about ten times faster than the pure-Python ``safe_load`` on
the lexicons: about 0.8 s of a one-article ingest's start-up). Same safety as ``safe_load``: plain
data only, no Python objects.
"""

from __future__ import annotations

from pathlib import Path
from typing import IO, Any

import yaml

_LOADER: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(source: str | Path | IO[str]) -> Any:
    """Parse a YAML file (a path) or an open text stream; None for an empty document."""
    if isinstance(source, (str, Path)):
        with open(source, encoding="utf-8") as stream:
            return yaml.load(stream, Loader=_LOADER)
    return yaml.load(source, Loader=_LOADER)
