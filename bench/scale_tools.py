"""Helpers of the scale benchmark (bench/scale.py): timed processes, memory sampling, PostgreSQL.

Why whole processes: the figures a user feels (``newsevents ingest`` start to end, start-up
included) are those of a command, so most runs here are commands started with ``subprocess``
and timed from outside, with the CPU time of the process tree from the OS (``wait4`` rusage of
reaped children) and its memory sampled from /proc while it runs.
"""

from __future__ import annotations

import contextlib
import os
import platform
import resource
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_S = 0.2  # memory sampling period; a peak shorter than this can be missed


def machine() -> str:
    """One line: CPU, cores, memory, Python, and the load average now."""
    cpu = platform.processor() or platform.machine()
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    mem_gb = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 1e9
    return (f"{cpu}, {os.cpu_count()} cores, {mem_gb:.0f} GB, Linux {platform.release()}, "
            f"Python {platform.python_version()}")


def load() -> str:
    one, five, fifteen = os.getloadavg()
    return f"{one:.2f} {five:.2f} {fifteen:.2f}"


def commit() -> str:
    try:
        out = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True,
                             text=True, timeout=10)
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=ROOT,
                               capture_output=True, text=True, timeout=10).stdout.strip()
        return out.stdout.strip() + (" (with uncommitted changes)" if dirty else "")
    except (OSError, subprocess.SubprocessError):
        return "unknown"


# --- memory of a process tree ---------------------------------------------------------------------
def _status_kb(pid: int, key: str) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(key):
                return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        pass
    return 0


def rss_kb(pid: int) -> int:
    """Resident set size of one process (0 when it is gone)."""
    return _status_kb(pid, "VmRSS:")


def pss_kb(pid: int) -> int:
    """Proportional set size: shared pages counted once across the processes sharing them."""
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        pass
    return 0


def descendants(pid: int) -> list[int]:
    """Every descendant of a running process (none of one that has ended, even while it is being
    listed: a worker ending between the listing of its folder and the reading raised before)."""
    found: list[int] = []
    try:
        tasks = list(Path(f"/proc/{pid}/task").glob("*/children"))
    except OSError:
        return found
    for task in tasks:
        try:
            kids = [int(p) for p in task.read_text().split()]
        except OSError:
            continue
        for kid in kids:
            found += [kid, *descendants(kid)]
    return found


def _cpu_ticks(pid: int) -> int:
    """User + system CPU of the process itself so far, in clock ticks (/proc/PID/stat)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return int(fields[11]) + int(fields[12])
    except (OSError, ValueError, IndexError):
        return 0


def _parent(pid: int) -> int:
    try:
        return int(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[1])
    except (OSError, ValueError, IndexError):
        return 0


def _name(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")[:200]
    except OSError:
        return ""


@dataclass(eq=False)
class TreeMemory(threading.Thread):
    """Samples a process and its descendants: peak total RSS and PSS, peak RSS/PSS per process."""

    root: int
    peak_rss_kb: int = 0
    peak_pss_kb: int = 0
    per_process: dict[int, tuple[int, int, str]] = field(default_factory=dict)  # pid -> (rss, pss, cmd)
    parents: dict[int, int] = field(default_factory=dict)  # pid -> parent pid
    ticks: dict[int, int] = field(default_factory=dict)  # pid -> CPU clock ticks, last seen

    def __post_init__(self) -> None:
        threading.Thread.__init__(self, daemon=True)
        self.stopped = threading.Event()

    def run(self) -> None:
        while not self.stopped.is_set():
            total_rss = total_pss = 0
            for pid in [self.root, *descendants(self.root)]:
                rss, pss = rss_kb(pid), pss_kb(pid)
                self.ticks[pid] = max(self.ticks.get(pid, 0), _cpu_ticks(pid))
                total_rss += rss
                total_pss += pss
                old = self.per_process.get(pid)
                if old is None:
                    self.parents[pid] = _parent(pid)
                if old is None or rss > old[0] or pss > old[1]:
                    self.per_process[pid] = (max(rss, old[0] if old else 0), max(pss, old[1] if old else 0),
                                             old[2] if old else _name(pid))
            self.peak_rss_kb = max(self.peak_rss_kb, total_rss)
            self.peak_pss_kb = max(self.peak_pss_kb, total_pss)
            self.stopped.wait(SAMPLE_S)

    @property
    def cpu_seconds(self) -> float:
        """CPU of every process seen in the tree, up to its last sample: counts the workers a
        forkserver forked, which the OS charges to the forkserver, not to our child."""
        return sum(self.ticks.values()) / os.sysconf("SC_CLK_TCK")

    def workers(self) -> list[tuple[int, int]]:
        """(peak RSS kB, peak PSS kB) of each worker process running the NLP: spawned children,
        or children of the forkserver; not the forkserver itself (a direct child of the root
        whose command names it), the resource tracker, or the root."""
        out = []
        for pid, (rss, pss, cmd) in self.per_process.items():
            if pid == self.root or "resource_tracker" in cmd:
                continue
            if "forkserver" in cmd and self.parents.get(pid) == self.root:
                continue
            out.append((rss, pss))
        return out


@dataclass
class Run:
    """One finished command: wall seconds, CPU seconds of the tree, memory, exit code, output."""

    wall: float
    cpu: float
    code: int
    stdout: str
    stderr: str
    memory: TreeMemory


def run(cmd: list[str], *, env: dict[str, str] | None = None, timeout: float = 3600,
        cwd: Path = ROOT) -> Run:
    """Run a command to its end, timing it and sampling the memory of its process tree.

    CPU time comes from this process's RUSAGE_CHILDREN before and after (the child and every
    descendant it reaped); runs are sequential, so the difference is this command's.
    """
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, env={**os.environ, **(env or {})}, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    memory = TreeMemory(proc.pid)
    memory.start()
    try:
        out, err = proc.communicate(timeout=timeout)
    finally:
        memory.stopped.set()
        memory.join()
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    reaped = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return Run(wall, max(reaped, memory.cpu_seconds), proc.returncode, out, err, memory)


def newsevents(*args: str) -> list[str]:
    return [sys.executable, "-m", "newsevents", *args]


def median(values: list[float]) -> float:
    ordered = sorted(values)
    mid = len(ordered) // 2
    return ordered[mid] if len(ordered) % 2 else (ordered[mid - 1] + ordered[mid]) / 2


# --- a throw-away PostgreSQL server ------------------------------------------------------------------
def _pg_bin() -> Path | None:
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"))
    return found[-1].parent if found else None


def _as_postgres(*args: str) -> list[str]:
    return ["runuser", "-u", "postgres", "--", *args] if os.geteuid() == 0 else list(args)


@contextlib.contextmanager
def postgres_server() -> Iterator[str | None]:
    """A PostgreSQL cluster in a temporary directory on a free loopback port (as the tests start
    one); yields a URL to a fresh database, or None when the server binaries are absent."""
    bin_dir = _pg_bin()
    if bin_dir is None or (os.geteuid() == 0 and not shutil.which("runuser")):
        yield None
        return
    base = Path(tempfile.mkdtemp(prefix="newsevents-bench-pg-"))
    data, sockets = base / "data", base / "sock"
    sockets.mkdir()
    if os.geteuid() == 0:
        shutil.chown(base, "postgres")
        shutil.chown(sockets, "postgres")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    subprocess.run(_as_postgres(str(bin_dir / "initdb"), "-D", str(data), "-U", "postgres", "-A", "trust",
                                "-E", "UTF8"), check=True, capture_output=True)
    # durable settings (fsync on): the write figures are those of a real server, not of a test one
    options = f"-p {port} -k {sockets} -c listen_addresses=127.0.0.1"
    subprocess.run(_as_postgres(str(bin_dir / "pg_ctl"), "-D", str(data), "-l", str(base / "log"), "-o",
                                options, "-w", "-t", "60", "start"), check=True, capture_output=True)
    try:
        subprocess.run(_as_postgres(str(bin_dir / "createdb"), "-h", "127.0.0.1", "-p", str(port), "-U",
                                    "postgres", "bench"), check=True, capture_output=True)
        yield f"postgresql://postgres@127.0.0.1:{port}/bench"
    finally:
        subprocess.run(_as_postgres(str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "fast", "stop"),
                       capture_output=True)
        shutil.rmtree(base, ignore_errors=True)
