"""Where the ingest time goes: cProfile over ``Pipeline().process_many`` (and ``Store.save``).

    .venv/bin/python bench/profile_ingest.py [--limit N] [--no-store] [--top K] [--out FILE]

Same corpus as bench/throughput.py (French TimeBank dev + POPCORN + seeds). The model is loaded
and warmed up before profiling starts, so the profile holds only the steady-state work. Prints
the K functions with the most own time and the K with the most cumulative time; ``--out`` also
writes the raw profile (open with ``python -m pstats FILE`` or snakeviz).

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
    args = parser.parse_args()

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
    if args.out:
        profile.dump_stats(args.out)
    for key in ("tottime", "cumulative"):
        out = io.StringIO()
        pstats.Stats(profile, stream=out).strip_dirs().sort_stats(key).print_stats(args.top)
        print(out.getvalue())


if __name__ == "__main__":
    main()
