"""When each process of a command is busy: a CPU timeline of the process tree (issue 14).

    python bench/scale_timeline.py [--step 0.5] [--tree PATH] -- \\
        newsevents --db X ingest corpus.jsonl --workers 2

Why: the ratio of 2 workers to 1 is lost where one core idles (start-up before the workers have
work, the dating's rounds, the last chunks) or where a process burns CPU the single process does
not (start-up, pickling, the parent's saves). The clock and the process tree's total CPU do not say
which; a per-process line of busy fractions over time does. Samples /proc/PID/stat every
``SAMPLE_S`` (user+system ticks) for the command and every descendant (the forkserver's workers
included); prints one row per process: its total CPU, when it first and last used CPU, and a bar
of its busy fraction per ``--step`` seconds (' ' idle, '.' < 25 %, ':' < 50 %, '+' < 75 %, '#').
``--tree PATH``: with another source tree on PYTHONPATH (main's, side by side).
"""

from __future__ import annotations

import argparse
import itertools
import os
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import scale_tools as tools

SAMPLE_S = 0.02
TICK_S = 1 / os.sysconf("SC_CLK_TCK")
GLYPHS = " .:+#"
STARTED = 0.0  # time.time() when the command started, to place the marks of MARKS_ENV
MARKS_ENV = "MARKS"  # a file where a wrapped command wrote "TIME LABEL" lines (time.time())


Series = dict[int, list[tuple[float, int]]]  # pid -> [(seconds since the start, CPU ticks so far)]


def sample(cmd: list[str], env: dict[str, str]) -> tuple[float, Series, dict[int, str]]:
    """Run ``cmd``; (wall seconds, {pid: [(t, ticks)]}, {pid: name})."""
    start = time.perf_counter()
    global STARTED
    STARTED = time.time()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    series: dict[int, list[tuple[float, int]]] = {}
    names: dict[int, str] = {}
    while proc.poll() is None:
        now = time.perf_counter() - start
        for pid in [proc.pid, *tools.descendants(proc.pid)]:
            ticks = tools._cpu_ticks(pid)
            if pid not in names:
                with_cmd = Path(f"/proc/{pid}/cmdline")
                try:
                    text = with_cmd.read_bytes().replace(b"\0", b" ").decode(errors="replace")
                except OSError:
                    text = "?"
                names[pid] = "parent" if pid == proc.pid else (
                    "resource_tracker" if "resource_tracker" in text
                    else "forkserver" if "forkserver" in text and tools._parent(pid) == proc.pid
                    else "worker")
            if ticks:
                series.setdefault(pid, []).append((now, ticks))
        time.sleep(SAMPLE_S)
    if proc.returncode:
        sys.stderr.write(proc.stderr.read().decode(errors="replace")[-2000:] if proc.stderr else "")
    return time.perf_counter() - start, series, names


def render(wall: float, series: Series, names: dict[int, str], step: float) -> str:
    lines = [f"wall {wall:.2f} s; step {step} s; ' ' idle '.' <25% ':' <50% '+' <75% '#' busier"]
    buckets = int(wall / step) + 1
    total = 0.0
    for pid, points in series.items():
        busy = [0.0] * buckets
        first = last = None
        for (t0, c0), (t1, c1) in itertools.pairwise(points):
            if c1 > c0:
                first = t0 if first is None else first
                last = t1
                busy[min(int(t1 / step), buckets - 1)] += (c1 - c0) * TICK_S
        cpu = points[-1][1] * TICK_S
        total += cpu
        bar = "".join(GLYPHS[min(4, int(b / step * 4 + 0.999))] if b else " " for b in busy)
        span = f"{first or 0:5.1f}-{last or 0:5.1f} s"
        lines.append(f"{names.get(pid, '?'):<16} cpu {cpu:6.2f} s  busy {span} |{bar}|")
    lines.append(f"tree CPU (sampled) {total:.2f} s")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--step", type=float, default=0.5)
    parser.add_argument("--tree", help="a source tree to put first on PYTHONPATH")
    parser.add_argument("command", nargs=argparse.REMAINDER)
    args = parser.parse_args()
    cmd = [c for c in args.command if c != "--"]
    if cmd and cmd[0] == "newsevents":
        cmd = tools.newsevents(*cmd[1:])
    env = dict(os.environ)
    if args.tree:
        env["PYTHONPATH"] = args.tree
    print(f"load {tools.load()}")
    print(render(*sample(cmd, env), step=args.step))
    if env.get(MARKS_ENV) and Path(env[MARKS_ENV]).exists():
        for line in Path(env[MARKS_ENV]).read_text().splitlines():
            at, _, label = line.partition(" ")
            print(f"  {float(at) - STARTED:7.2f} {label}")
    print(f"load {tools.load()}")


if __name__ == "__main__":
    main()
