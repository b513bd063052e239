"""Parallel ingest: articles/s and peak memory of ``ingest(..., workers=N)`` for several N.

    .venv/bin/python bench/parallel_ingest.py [--workers 1 2] [--limit N] [--chunk K]

Corpus: the French TimeBank dev articles (XML tags stripped) and the POPCORN reports, the same
texts as bench/throughput.py without the two seed articles, written to one JSONL file
(language given as fr, no publication date). Each run is a fresh process that ingests the whole
file into a fresh SQLite database through the library's ``ingest`` (reading, sha256 check, NLP,
storing), exactly what ``newsevents ingest --workers N`` does. Reported per run:

- ``wall``: seconds for the whole call, model loading and worker start-up included (what a user
  waits for);
- ``steady``: articles/s between the first and the last document saved (start-up excluded);
- ``peak RSS``: the largest sum of the resident memory of the process and all its children,
  sampled every 0.2 s from /proc (so a short peak between samples can be missed);
- ``CPU s``: user + system CPU seconds of the process and its (joined) workers: the work done,
  whatever the share of the cores the run got from the other programs on the machine;
- the load average before and after, since other work on the machine changes the figures.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from scale_tools import descendants, rss_kb  # noqa: E402  (bench/ on the path above)

SAMPLE_S = 0.2


class PeakMemory(threading.Thread):
    """Samples the RSS of this process plus its descendants; keeps the peak (MB)."""

    def __init__(self) -> None:
        super().__init__(daemon=True)
        self.peak_kb = 0
        self.stopped = threading.Event()

    def run(self) -> None:
        me = os.getpid()
        while not self.stopped.is_set():
            total = sum(rss_kb(p) for p in [me, *descendants(me)])
            self.peak_kb = max(self.peak_kb, total)
            self.stopped.wait(SAMPLE_S)

    @property
    def peak_mb(self) -> float:
        return self.peak_kb / 1024


def write_corpus(path: Path, limit: int | None) -> int:
    from throughput import SHARED, corpus

    seeds = {p.stem for p in (SHARED / "seeds").glob("*.txt")}
    items = [(i, t) for i, t in corpus() if i not in seeds and t.strip()]
    items = items[:limit] if limit else items
    with path.open("w", encoding="utf-8") as out:
        for doc_id, text in items:
            out.write(json.dumps({"id": doc_id, "language": "fr", "text": text}, ensure_ascii=False) + "\n")
    return len(items)


def child(jsonl: str, workers: int, chunk: int | None) -> None:
    """One measured run (in its own process); prints a JSON line."""
    from newsevents.engine import pool as parallel
    from newsevents.ingest import ingest, open_store

    if chunk:
        parallel.CHUNK_SIZE = chunk
    saved: list[float] = []
    sampler = PeakMemory()
    sampler.start()
    load_before = os.getloadavg()

    def on_outcome(outcome) -> None:
        if outcome.status == "new":
            saved.append(time.perf_counter())

    with tempfile.TemporaryDirectory(prefix="newsevents-par-") as tmp, \
            open_store(str(Path(tmp) / "b.db")) as store:
        start = time.perf_counter()
        summary = ingest([jsonl], store, language="fr", workers=workers, on_outcome=on_outcome)
        wall = time.perf_counter() - start
    sampler.stopped.set()
    sampler.join()
    cpu = sum(u.ru_utime + u.ru_stime for u in (resource.getrusage(resource.RUSAGE_SELF),
                                                 resource.getrusage(resource.RUSAGE_CHILDREN)))
    steady = (len(saved) - 1) / (saved[-1] - saved[0]) if len(saved) > 1 and saved[-1] > saved[0] else 0.0
    print(json.dumps({"workers": workers, "chunk": chunk or parallel.CHUNK_SIZE, "new": summary.count("new"),
                      "failed": summary.count("failed"), "wall": wall, "steady": steady,
                      "peak_mb": sampler.peak_mb, "cpu": cpu, "load_before": load_before,
                      "load_after": os.getloadavg()}))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles")
    parser.add_argument("--chunk", type=int, default=None, help="articles per chunk (parallel.CHUNK_SIZE)")
    parser.add_argument("--child", nargs=2, metavar=("JSONL", "WORKERS"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child[0], int(args.child[1]), args.chunk)
        return
    with tempfile.TemporaryDirectory(prefix="newsevents-par-") as tmp:
        jsonl = Path(tmp) / "corpus.jsonl"
        n = write_corpus(jsonl, args.limit)
        print(f"corpus: {n} articles, {jsonl.stat().st_size:,} bytes; {platform.machine()}, "
              f"{os.cpu_count()} cores, Python {platform.python_version()}")
        print(f"{'workers':>7} {'chunk':>5} {'new':>5} {'failed':>6} {'wall s':>7} {'art/s':>6} "
              f"{'steady art/s':>12} {'peak RSS MB':>11} {'CPU s':>6} {'load avg before/after':>22}")
        for workers in args.workers:
            cmd = [sys.executable, __file__, "--child", str(jsonl), str(workers)]
            if args.chunk:
                cmd += ["--chunk", str(args.chunk)]
            done = subprocess.run(cmd, capture_output=True, text=True, check=False)
            if done.returncode != 0:
                print(f"workers={workers}: failed\n{done.stderr[-2000:]}")
                continue
            r = json.loads(done.stdout.strip().splitlines()[-1])
            load = f"{r['load_before'][0]:.2f} / {r['load_after'][0]:.2f}"
            print(f"{workers:>7} {r['chunk']:>5} {r['new']:>5} {r['failed']:>6} {r['wall']:>7.1f} "
                  f"{r['new'] / r['wall']:>6.2f} {r['steady']:>12.2f} {r['peak_mb']:>11.0f} "
                  f"{r['cpu']:>6.0f} {load:>22}",
                  flush=True)


if __name__ == "__main__":
    main()
