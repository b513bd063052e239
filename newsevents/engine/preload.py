"""Imported once by the process that local workers are forked from: load what every worker needs.

Why: each worker needs spaCy's models, the stages' vocabularies and the gazetteer, several
seconds of loading and a few hundred megabytes. Loaded here, before the fork, they are loaded
once per run instead of once per worker, and the workers share those pages of memory
(copy-on-write) instead of holding a copy each. ``newsevents.engine.pool`` names this module in
``multiprocessing``'s forkserver preload list; the forkserver imports it, then forks a worker
for each ``Process.start()``.

The warm-up runs one short article per language (``warmup.yaml``) through the whole pipeline,
since several stages load their data on first use: the languages of the run's first articles
(``ENV_LANGUAGES``), or every language when they are not known; a language met later loads in
the workers that need it. Only the forkserver imports this module: the process that starts it
must not (the models would load there too). Any failure here is swallowed: the workers
then load lazily as without a preload, and report a broken model or file the usual way.
"""

from __future__ import annotations

import contextlib
import os
from datetime import date
from pathlib import Path

from newsevents.datafiles import load_yaml
from newsevents.engine.pool import ENV_LANGUAGES

WARMUP_FILE = Path(__file__).with_name("warmup.yaml")
LOADED: list[str] = []  # the languages loaded here, for tests and benchmarks to check
__all__ = ["ENV_LANGUAGES", "LOADED", "wanted_languages", "warm_up"]


def wanted_languages() -> list[str]:
    from newsevents.lang import supported_languages

    given = [c.strip() for c in os.environ.get(ENV_LANGUAGES, "").split(",") if c.strip()]
    return [c for c in supported_languages() if not given or c in given]


def warm_up() -> list[str]:
    """Build the pipeline and run each language's warm-up article; the languages loaded."""

    from newsevents.model import Article, Published
    from newsevents.pipeline import Pipeline
    from newsevents.pipeline import parser as spacy_pipeline

    texts = load_yaml(WARMUP_FILE) or {}
    pipeline = Pipeline()
    loaded = []
    for code in wanted_languages():
        try:
            spacy_pipeline(code)
            if code in texts:
                pipeline.process(Article(text=texts[code], id="warmup", language=code,
                                         published=Published(date(2024, 3, 4))))
        except Exception:  # a broken language: its workers will say why when they need it
            continue
        loaded.append(code)
    return loaded


with contextlib.suppress(Exception):  # never stop the forkserver: workers load lazily instead
    LOADED.extend(warm_up())
