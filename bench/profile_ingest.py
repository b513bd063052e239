"""Where the ingest time goes: cProfile over ``Pipeline().process_many`` (and ``Store.save``).

    .venv/bin/python bench/profile_ingest.py [--limit N] [--no-store] [--top K] [--out FILE]
    .venv/bin/python bench/profile_ingest.py --workers 2 --input FILE.jsonl [--top K] [--out FILE]

Same corpus as bench/throughput.py (French TimeBank dev + POPCORN + seeds). The model is loaded
and warmed up before profiling starts, so the profile holds only the steady-state work. Prints
the K functions with the most own time and the K with the most cumulative time; ``--out`` also
writes the raw profile (open with ``python -m pstats FILE`` or snakeviz).

With ``--workers N`` the profile is the storing process of ``ingest(..., workers=N)`` over
``--input`` (e.g. a ``bench/corpus.py`` file): reading, waiting on the workers, unpickling their
results, saving and merging; the workers' NLP is in other processes and not in the profile. The
CPU seconds of that process (``time.process_time``) are printed too: wall time says little on a
shared machine.

cProfile slows pure-Python code more than spaCy's compiled parts, so the shares of the stages
are overstated against the parse: read the ranking, and take the seconds from throughput.py.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from throughput import WARMUP_TEXT, corpus  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles")
    parser.add_argument("--no-store", action="store_true", help="do not save into SQLite")
    parser.add_argument("--top", type=int, default=40, help="functions listed per ranking")
    parser.add_argument("--out", default=None, help="also write the raw profile there")
    parser.add_argument("--workers", type=int, default=0,
                        help="profile the storing process of ingest with N workers (needs --input)")
    parser.add_argument("--input", default=None, help="the documents ingested with --workers")
    args = parser.parse_args()
    if args.workers:
        if not args.input:
            parser.error("--workers needs --input")
        profile_parent(args.workers, args.input, args.top, args.out)
        return

    from newsevents.model import Article, Published
    from newsevents.pipeline import Failure, Pipeline

    pipe = Pipeline()
    pipe.process(Article(text=WARMUP_TEXT, id="warmup", language="fr",
                         published=Published(date(2025, 1, 1))))
    store = None
    if not args.no_store:
        from newsevents.store import Store

        store = Store.open(str(Path(tempfile.mkdtemp(prefix="newsevents-prof-")) / "prof.db"))
    articles = [Article(text=t, id=i, language="fr") for i, t in corpus(args.limit)]

    profile = cProfile.Profile()
    start = time.perf_counter()
    profile.enable()
    done = 0
    for result in pipe.process_many(articles):
        if isinstance(result, Failure):
            continue
        done += 1
        if store is not None:
            store.save(result)
        result.doc = None
    profile.disable()
    seconds = time.perf_counter() - start
    print(f"{done} articles in {seconds:.1f} s under cProfile")
    report(profile, args.top, args.out)


def profile_parent(workers: int, source: str, top: int, out: str | None) -> None:
    """cProfile of the process that reads and stores while ``workers`` processes run the NLP."""
    from newsevents.ingest import ingest
    from newsevents.store import Store

    with Store.open(str(Path(tempfile.mkdtemp(prefix="newsevents-prof-")) / "prof.db")) as store:
        profile = cProfile.Profile(time.process_time)  # CPU: the waits on the workers cost nothing
        cpu, start = time.process_time(), time.perf_counter()
        profile.enable()
        summary = ingest([source], store, workers=workers)
        profile.disable()
        cpu, wall = time.process_time() - cpu, time.perf_counter() - start
    print(f"{summary.count('new')} new, {summary.count('failed')} failed with {workers} workers: "
          f"storing process {cpu:.2f} s CPU, {wall:.1f} s wall, under cProfile "
          "(its times are CPU seconds)")
    report(profile, top, out)


def report(profile: cProfile.Profile, top: int, out: str | None) -> None:
    if out:
        profile.dump_stats(out)
    for key in ("tottime", "cumulative"):
        text = io.StringIO()
        pstats.Stats(profile, stream=text).strip_dirs().sort_stats(key).print_stats(top)
        print(text.getvalue())


if __name__ == "__main__":
    main()
