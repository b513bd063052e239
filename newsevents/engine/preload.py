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
the workers that need it. A forkserver started as the command started (engine/prestart.py)
imports spaCy and the stages first, then waits for the parent to name those languages.
Only the forkserver imports this module: the process that starts it must not (the models
would load there too). Any failure here is swallowed: the workers
then load lazily as without a preload, and report a broken model or file the usual way.
"""

from __future__ import annotations

import contextlib
import gc
import os
import time
from datetime import date
from pathlib import Path

from newsevents.datafiles import load_yaml
from newsevents.engine.pool import ENV_LANGUAGES, LANGUAGES_LATER, LANGUAGES_WAIT_S

WARMUP_FILE = Path(__file__).with_name("warmup.yaml")
# Seconds between two looks for the languages' file (engine/prestart.py): the parent writes it
# once, a few hundred milliseconds after the forkserver started; the wait costs no CPU to speak of.
WAIT_POLL_S = 0.01
LOADED: list[str] = []  # the languages loaded here, for tests and benchmarks to check
__all__ = ["ENV_LANGUAGES", "LOADED", "wanted_languages", "warm_up"]


def wanted_languages() -> list[str]:
    from newsevents.lang import supported_languages

    value = os.environ.get(ENV_LANGUAGES, "")
    if value.startswith(LANGUAGES_LATER):
        pid, _, path = value[len(LANGUAGES_LATER):].partition(":")
        value = _languages_when_known(path, int(pid)) if pid.isdigit() and path else None
        if value is None:
            return []
    given = [c.strip() for c in value.split(",") if c.strip()]
    return [c for c in supported_languages() if not given or c in given]


def _languages_when_known(path: str, parent: int) -> str | None:
    """The languages written to ``path`` by the process that started this forkserver before it
    knew them (``parent``, engine/prestart.py); None if it exits or ``LANGUAGES_WAIT_S`` pass first."""
    deadline = time.monotonic() + LANGUAGES_WAIT_S
    while time.monotonic() < deadline and os.getppid() == parent:
        try:
            with open(path, encoding="utf-8") as given:
                languages = given.read()
        except FileNotFoundError:
            time.sleep(WAIT_POLL_S)
            continue
        with contextlib.suppress(OSError):
            os.remove(path)
        return languages
    return None


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
    # what the warm-up loaded on first use lives as long as the workers: out of the collector's
    # reach before the fork (its collections in a worker then leave those pages shared)
    gc.freeze()
    return loaded


with contextlib.suppress(Exception):  # never stop the forkserver: workers load lazily instead
    LOADED.extend(warm_up())
