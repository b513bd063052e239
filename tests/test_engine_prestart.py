"""The workers' forkserver started as `newsevents ingest --workers N --language L` starts
(newsevents/engine/prestart.py): when it applies, that it starts one, and the same records."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from newsevents.engine.pool import resolve_workers
from newsevents.engine.prestart import requested_languages
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
    (["newsevents", "ingest", "a/", "--workers", "2"], None),  # languages known only once read
    (["newsevents", "ingest", "a/", "--workers", "2", "--language", "xx"], None),  # unsupported
    (["newsevents", "ingest", "a/", "--workers", "2", "--language", "fr", "--engine", "dask"], None),
    (["newsevents", "ingest", "a/", "--workers", "two", "--language", "fr"], None),  # the command errs
    (["newsevents", "mentions", "a.txt", "--workers", "2", "--language", "fr"], None),
    (["newsevents", "--workers", "2", "--language", "fr", "events"], None),
    (["pytest", "-k", "ingest"], None),
]


@pytest.mark.parametrize(("argv", "expected"), ARGV)
def test_only_an_ingest_on_several_local_workers_in_a_given_language_prestarts(argv, expected) -> None:
    assert requested_languages(argv) == expected


PROBE = """
import json, os, sys
from multiprocessing import forkserver
from newsevents.engine.pool import ENV_LANGUAGES
from newsevents.engine.prestart import prestart
started = prestart(json.loads(sys.argv[1]))
print(json.dumps({"started": started, "running": forkserver._forkserver._forkserver_pid is not None,
                  "env_left": ENV_LANGUAGES in os.environ}))
"""


def probe(argv: list[str]) -> dict:
    done = subprocess.run([sys.executable, "-c", PROBE, json.dumps(argv)], capture_output=True, text=True,
                          cwd=ROOT, timeout=300, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.slow
def test_prestart_starts_the_forkserver_only_when_asked() -> None:
    assert probe(["newsevents", "ingest", "a/", "--workers", "2", "--language", "fr"]) == {
        "started": True, "running": True, "env_left": False}
    assert probe(["newsevents", "ingest", "a/", "--workers", "2"]) == {
        "started": False, "running": False, "env_left": False}


@pytest.mark.slow
def test_the_command_with_workers_and_a_language_stores_what_one_process_stores(tmp_path, pipe) -> None:
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
    with open_store(str(tmp_path / "one.db")) as one:
        assert ingest([feed], one, language="fr", pipeline=pipe).ok
        expected = list(records(one, with_text=True))
    db = tmp_path / "two.db"
    done = subprocess.run([sys.executable, "-m", "newsevents", "--db", str(db), "ingest", str(feed),
                           "--workers", "2", "--language", "fr", "--json"],
                          capture_output=True, text=True, cwd=ROOT, timeout=600)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["counts"]["new"] == len(texts)
    with open_store(str(db)) as two:
        assert list(records(two, with_text=True)) == expected
