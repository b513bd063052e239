"""Run every benchmark in turn and write each one's figures under bench/results/.

    .venv/bin/python bench/run_all.py [--only time geo ...]

`make bench` installs the `bench` extra (HeidelTime, geotext, flashgeotext, textacy, psutil) first.
bench/RESULTS.md gathers the figures with the machine and the commands; re-run this after a change
that may move them, and copy the new tables there.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent

# name -> script and its arguments; each script prints its tables and writes its results file
BENCHMARKS: dict[str, list[str]] = {
    "time": ["time_timebank.py"],
    "time-peers": ["time_peers.py"],
    "geo": ["geo_peers.py"],
    "claims": ["claims_peers.py"],
    "numbers": ["popcorn_numbers.py"],
    "events": ["popcorn_events.py"],
    "throughput": ["throughput.py"],
    "parallel": ["parallel_ingest.py"],
    "resolve": ["resolve_scale.py"],
    "scale": ["scale.py"],  # issue 14: start-up, workers, stores, merging, reads, memory
}


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", nargs="*", choices=sorted(BENCHMARKS), help="run only these")
    args = parser.parse_args()
    failed: list[str] = []
    for name, (script, *rest) in BENCHMARKS.items():
        if args.only and name not in args.only:
            continue
        print(f"\n=== {name}: {script} {' '.join(rest)}", flush=True)
        started = time.perf_counter()
        code = subprocess.call([sys.executable, str(HERE / script), *rest])
        print(f"=== {name}: exit {code} in {time.perf_counter() - started:.0f} s", flush=True)
        if code:
            failed.append(name)
    if failed:
        print("failed: " + ", ".join(failed), file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
