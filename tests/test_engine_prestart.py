"""The workers' forkserver started as `newsevents ingest --workers N` starts
(newsevents/engine/prestart.py): when it applies, that it starts one, that a preload started
before the languages were known gets them, and the same records."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from newsevents.engine.pool import resolve_workers
from newsevents.engine.prestart import LATER, requested
from newsevents.export import records
from newsevents.ingest import ingest, open_store

ROOT = Path(__file__).resolve().parent.parent
SEVERAL = resolve_workers(0) > 1  # "--workers 0" means one per core

ARGV = [
    (["newsevents", "ingest", "a/", "--workers", "2", "--language", "fr"], "fr"),
    (["newsevents", "--db", "x.db", "ingest", "a/", "b.jsonl", "-w", "3", "--language", "en"], "en"),
    (["newsevents", "ingest", "--workers=2", "--language=FR", "a/"], "fr"),
    (["newsevents", "ingest", "a/", "--language", "fr-CA", "--workers", "4", "--engine", "local"], "fr"),
    (["newsevents", "ingest", "a/", "--workers", "0", "--language", "fr"], "fr" if SEVERAL else None),
    (["newsevents", "ingest", "a/", "--workers", "1", "--language", "fr"], None),  # one: no workers
    (["newsevents", "ingest", "a/", "--language", "fr"], None),  # the default is one process
    (["newsevents", "ingest", "a/", "--workers", "2"], LATER),  # languages known once read
    (["newsevents", "ingest", "a/", "--workers", "2", "--language", "xx"], None),  # unsupported
    (["newsevents", "ingest", "a/", "--workers", "2", "--language", "fr", "--engine", "dask"], None),
    (["newsevents", "ingest", "a/", "--workers", "two", "--language", "fr"], None),  # the command errs
    (["newsevents", "mentions", "a.txt", "--workers", "2", "--language", "fr"], None),
    (["newsevents", "--workers", "2", "--language", "fr", "events"], None),
    (["pytest", "-k", "ingest"], None),
]


@pytest.mark.parametrize(("argv", "expected"), ARGV)
def test_only_an_ingest_on_several_local_workers_prestarts(argv, expected) -> None:
    assert requested(argv) == expected


PROBE = """
import json, os, sys, time
from multiprocessing import forkserver
from newsevents.engine import pool
from newsevents.engine.prestart import prestart
started = prestart(json.loads(sys.argv[1]))
report = {"started": started, "running": forkserver._forkserver._forkserver_pid is not None,
          "env_left": pool.ENV_LANGUAGES in os.environ, "waiting": bool(pool._languages_file)}
if pool._languages_file:  # the preload waits for the languages: name them, see it take them
    path = pool._languages_file[0]
    pool.start_forkserver("fr")
    deadline = time.monotonic() + 240
    while os.path.exists(path) and time.monotonic() < deadline:
        time.sleep(0.05)
    report["taken"] = not os.path.exists(path) and not pool._languages_file
print(json.dumps(report))
"""


def probe(argv: list[str]) -> dict:
    done = subprocess.run([sys.executable, "-c", PROBE, json.dumps(argv)], capture_output=True, text=True,
                          cwd=ROOT, timeout=300, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.slow
def test_prestart_starts_the_forkserver_only_when_asked() -> None:
    assert probe(["newsevents", "ingest", "a/", "--workers", "2", "--language", "fr"]) == {
        "started": True, "running": True, "env_left": False, "waiting": False}
    assert probe(["newsevents", "ingest", "a/", "--workers", "2"]) == {
        "started": True, "running": True, "env_left": False, "waiting": True, "taken": True}
    assert probe(["newsevents", "ingest", "a/", "--workers", "1"]) == {
        "started": False, "running": False, "env_left": False, "waiting": False}


@pytest.mark.slow
def test_the_command_with_workers_stores_what_one_process_stores(tmp_path, pipe) -> None:
    feed = tmp_path / "feed.jsonl"
    texts = [
        "Le 3 mars 2024, une frappe de drone a visé un dépôt de carburant près de la ville, selon le "
        "gouverneur de la région, qui a fait état de deux blessés.",
        "Le ministère a convoqué l'ambassadeur jeudi pour lui remettre une note de protestation.",
        "Un obus est tombé sur un marché dimanche, tuant trois personnes, a indiqué la police locale.",
    ]
    feed.write_text("".join(json.dumps({"id": f"d{i}", "published": "2024-03-04", "text": t},
                                       ensure_ascii=False) + "\n" for i, t in enumerate(texts)),
                    encoding="utf-8")
    for language in ("fr", None):  # the languages given, or known once the articles are read
        with open_store(str(tmp_path / f"one-{language}.db")) as one:
            assert ingest([feed], one, language=language, pipeline=pipe).ok
            expected = list(records(one, with_text=True))
        db = tmp_path / f"two-{language}.db"
        given = ["--language", language] if language else []
        done = subprocess.run([sys.executable, "-m", "newsevents", "--db", str(db), "ingest", str(feed),
                               "--workers", "2", *given, "--json"],
                              capture_output=True, text=True, cwd=ROOT, timeout=600)
        assert done.returncode == 0, done.stderr
        assert json.loads(done.stdout)["counts"]["new"] == len(texts)
        with open_store(str(db)) as two:
            assert list(records(two, with_text=True)) == expected


def test_the_parent_of_the_workers_imports_no_spacy() -> None:
    """What the command imports to start and feed local workers (the pool, the pipeline's names,
    the spaCy-pipeline module) loads no spaCy: the forkserver loads it, once, for the workers."""
    code = ("import sys\n"
            "import newsevents.cli, newsevents.ingest, newsevents.engine.pool, newsevents.engine.prestart\n"
            "import newsevents.pipeline, newsevents.nlp\n"
            "print(sorted(m for m in sys.modules if m == 'spacy' or m.startswith('spacy.')))\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300,
                          cwd=Path(__file__).resolve().parent.parent)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "[]"
