"""How fast could the merge be if one of its steps cost nothing? Upper bounds for the designs
left to try (bench/RESULTS.md, merge section), measured on the merge phase of
bench/merge_scale.py.

    .venv/bin/python bench/merge_scale.py --days 365 --stored 200000 --new 10000 --db D --keep
    .venv/bin/python bench/merge_bounds.py --db D                  # every mode, one round
    .venv/bin/python bench/merge_bounds.py --db D --rounds 3 --modes none records

Each mode merges the same ``--new`` reports into a fresh copy of the kept store ``D``, in its own
process, with one step of ``newsevents.store.merging`` replaced by a stub, and prints the CPU
time of the whole (the bench's own document and report rows and commit included, as
merge_scale.py counts them) and of ``merging.refresh``:

- ``none``: the merge as it is (the reference; the register digest is printed);
- ``records``: incident records updated incrementally at their best: no member record read, no
  ``combine``, no record JSON (the stub writes a placeholder record);
- ``cluster``: clustering of the touched cluster only at its best: no clustering at all (every
  component is one incident);
- ``writes``: no incident rows and no report rows updated;
- ``all``: the three together.

The stubs write a wrong register: these are timings only, never a store to keep. Why: a design
is worth building only if its bound reaches the goal (5,000 reports/s of CPU at the density of
1,000,000); measuring the bound costs a stub, building the design costs a round.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

MODES = ("none", "records", "cluster", "writes", "all")


def _stub(mode: str) -> None:
    """Replace the steps ``mode`` makes free (see the module docstring)."""
    from newsevents.resolve.cluster import Cluster
    from newsevents.store import merging

    if mode in ("records", "all"):
        def row(c: Cluster, members: list[dict[str, Any]], component: str) -> dict[str, Any]:
            first = dict(members[0], id=c.id)
            return {**merging.views.incident_columns(first), "component": component,
                    "digest": merging._digest(c), "record": "{}"}

        select_in = merging._select_in

        def select(conn: Any, columns: list[Any], column: Any, values: Any,
                   tuples: bool = False) -> list[Any]:
            reads_records = any(getattr(c, "name", "") == "record" for c in columns)
            if column is merging.schema.events.c.id and reads_records:
                return [(v, '{"id": "x"}') for v in values]  # the member records: never read
            return select_in(conn, columns, column, values, tuples)

        merging._incident_row = row  # type: ignore[assignment]
        merging._select_in = select  # type: ignore[assignment]
    if mode in ("cluster", "all"):
        merging.cluster = lambda keys, vetoes=None: [Cluster(sorted(k.id for k in keys))]  # type: ignore[assignment]
    if mode in ("writes", "all"):
        merging.write_many = lambda *a, **k: None  # type: ignore[assignment]
        merging._update_events = lambda *a, **k: None  # type: ignore[assignment]


def run_one(db: Path, mode: str, new: int, stored: int, days: int, batch: int) -> None:
    """One merge of ``new`` reports into ``db`` (a copy: it is changed) with ``mode``'s stubs."""
    import merge_scale as ms
    import sqlalchemy as sa

    from newsevents.store import Store, schema

    ms.DAYS = days
    _stub(mode)
    reports = ms.new_reports(stored, new)
    with Store.open(str(db)) as store:
        ms.REFRESH_CPU[0] = 0.0
        cpu = time.process_time()
        ms.load(store, reports, batch, "merge")
        total = time.process_time() - cpu
        digest = ""
        if mode == "none":
            with store.engine.connect() as conn:
                e, i = schema.events, schema.incidents
                h = hashlib.sha256()
                h.update(repr(conn.execute(sa.select(e.c.id, e.c.incident, e.c.component, e.c.mkey)
                                           .order_by(e.c.id)).all()).encode())
                h.update(repr(conn.execute(sa.select(i.c.id, i.c.component, i.c.digest, i.c.record)
                                           .order_by(i.c.id)).all()).encode())
                digest = f" register {h.hexdigest()[:16]}"
    print(f"{mode:8s} cpu {total:.2f} s = {new / total:,.0f}/s; refresh {ms.REFRESH_CPU[0]:.2f} s = "
          f"{new / ms.REFRESH_CPU[0]:,.0f}/s{digest}", flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", type=Path, required=True, help="a store kept by merge_scale.py --keep")
    parser.add_argument("--stored", type=int, default=200_000, help="the --stored it was made with")
    parser.add_argument("--days", type=int, default=365, help="the --days it was made with")
    parser.add_argument("--new", type=int, default=10_000)
    parser.add_argument("--batch", type=int, default=5_000)
    parser.add_argument("--rounds", type=int, default=1, help="the modes interleaved this many times")
    parser.add_argument("--modes", nargs="+", choices=MODES, default=list(MODES))
    parser.add_argument("--one", choices=MODES, help=argparse.SUPPRESS)  # a child process's mode
    parser.add_argument("--work", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        run_one(args.work, args.one, args.new, args.stored, args.days, args.batch)
        return 0
    if not args.db.exists():
        parser.error(f"no store at {args.db}: make one with bench/merge_scale.py --keep")
    here = Path(__file__).resolve().parent
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(here.parent), str(here)])}
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp) / "work.db"
        for _ in range(args.rounds):
            for mode in args.modes:
                shutil.copyfile(args.db, work)
                subprocess.run([sys.executable, __file__, "--one", mode, "--work", str(work),
                                "--db", str(args.db), "--stored", str(args.stored), "--days", str(args.days),
                                "--new", str(args.new), "--batch", str(args.batch)],
                               env=env, check=True, stderr=subprocess.DEVNULL)
                for extra in ("-wal", "-shm"):
                    Path(str(work) + extra).unlink(missing_ok=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
