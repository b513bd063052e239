"""Scale benchmark (issue 14): throughput, workers, start-up, stores, merging, reads, memory.

    .venv/bin/python bench/scale.py [--only NAME ...] [--rounds R] [--n N] [--memory-docs D]
                                    [--no-append]

Every comparison is measured side by side in one run (its commands alternate, A B A B, so a
busy spell of the shared machine hits both) and reported as a ratio, with the load average
before and after; the results are appended to bench/RESULTS.md with the date, the machine and
the commit. Parts (``--only``):

- ``startup``: ``newsevents --help``, and ``newsevents ingest`` of one short article into a new
  database, as whole processes (median of R runs; goals < 0.5 s and < 2 s).
- ``throughput``: on real French news (the TimeBank dev texts and POPCORN reports of ../shared,
  200-3,000 characters, like the issue's corpus): spaCy ``nlp.pipe`` alone (model loaded before
  the clock) against ``newsevents ingest`` start to end with 1 and with 2 workers. Goals: ingest
  >= 0.8x ``nlp.pipe``; 2 workers >= 1.6x one; peak RSS per worker < 1.2 GB.
- ``generated``: the same commands on N generated French and English articles of 200-3,000
  words (bench/corpus.py).
- ``stores``: saving the same processed articles into SQLite and into PostgreSQL (a local
  server, fsync on), documents/s each and the ratio.
- ``merge``: building the merged register (events merged across documents, claims linked) from
  the stored documents, cold.
- ``reads``: latency of the reads the web API serves (``Store.events``, ``claims``, ``record``,
  ``stats`` on a warm store), median and 95th percentile. Measured on the library: the HTTP
  layer (issue 15) adds its own cost on top.
- ``memory``: one ingest of D generated articles (default 10,000) with the resident memory
  sampled every 500 documents: growth after warm-up (goal: flat, < 10 %).
"""

from __future__ import annotations

import argparse
import html
import json
import re
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

import corpus as generator  # noqa: E402
import scale_tools as tools  # noqa: E402

RESULTS = HERE / "RESULTS.md"
PARTS = ("startup", "throughput", "generated", "stores", "merge", "reads", "memory")
GOALS = {"ingest_vs_spacy": 0.8, "two_vs_one": 1.6, "help_s": 0.5, "one_article_s": 2.0,
         "worker_rss_gb": 1.2, "memory_growth": 0.10}
ONE_ARTICLE = ("Le 3 mars 2024, une frappe de drone a touché un dépôt de carburant près de la ville, "
               "a déclaré le gouverneur de la région, qui fait état de deux blessés.")

SPACY_CHILD = """
import json, sys, time
sys.path.insert(0, {root!r})
import spacy
from newsevents.lang import load_language
from newsevents.nlp import UNUSED_COMPONENTS
from newsevents.pipeline import SPACY_BATCH_SIZE
texts = [json.loads(line)["text"] for line in open({corpus!r}, encoding="utf-8")]
nlp = spacy.load(load_language("fr").spacy_model, exclude=list(UNUSED_COMPONENTS))
nlp("Une phrase pour chauffer le modèle.")
start, cpu = time.perf_counter(), time.process_time()
n = sum(1 for _ in nlp.pipe(texts, batch_size=SPACY_BATCH_SIZE))
print(json.dumps({{"articles": n, "seconds": time.perf_counter() - start, "cpu": time.process_time() - cpu}}))
"""


def real_french_corpus(path: Path) -> int:
    """The TimeBank dev texts (tags stripped) and POPCORN reports, as JSON Lines; their number."""
    tag, dct = re.compile(r"<[^>]+>"), re.compile(r"<DCT>.*?</DCT>", re.S)
    items = []
    for f in sorted((SHARED / "data" / "fr-timebank-dev").glob("*.tml")):
        items.append((f.stem, html.unescape(tag.sub("", dct.sub("", f.read_text(encoding="utf-8")))).strip()))
    popcorn = SHARED / "data" / "popcorn" / "train.json"
    if popcorn.exists():
        items += [(k, d["text"]) for k, d in json.loads(popcorn.read_text(encoding="utf-8")).items()]
    with path.open("w", encoding="utf-8") as out:
        for doc_id, text in items:
            if text.strip():
                record = {"id": doc_id, "language": "fr", "text": text}
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return sum(1 for _ in path.open(encoding="utf-8"))


# --- parts --------------------------------------------------------------------------------------------
def startup(rounds: int, tmp: Path) -> dict[str, Any]:
    one = tmp / "one.txt"
    one.write_text(ONE_ARTICLE, encoding="utf-8")
    helps, ingests, ingest_cpu = [], [], []
    for i in range(rounds + 1):  # the first round warms the file cache and is not counted
        h = tools.run(tools.newsevents("--help"))
        g = tools.run(tools.newsevents("--db", str(tmp / f"one{i}.db"), "ingest", str(one), "--published",
                                       "2024-03-04"))
        if g.code != 0:
            raise SystemExit(f"ingest of one article failed: {g.stderr[-1000:]}")
        if i:
            helps.append(h.wall)
            ingests.append(g.wall)
            ingest_cpu.append(g.cpu)
    return {"help_s": tools.median(helps), "help_range": (min(helps), max(helps)),
            "one_article_s": tools.median(ingests), "one_article_range": (min(ingests), max(ingests)),
            "one_article_cpu_s": tools.median(ingest_cpu)}


def side_by_side(corpus: Path, n: int, rounds: int, tmp: Path, language: str | None) -> dict[str, Any]:
    """spaCy alone, ingest with 1 worker, ingest with 2 workers, alternating, best round of each."""
    best: dict[str, dict[str, Any]] = {}
    for r in range(rounds):
        for kind in ("spacy", "ingest1", "ingest2"):
            if kind == "spacy":
                code = SPACY_CHILD.format(root=str(ROOT), corpus=str(corpus))
                done = tools.run([sys.executable, "-c", code])
                if done.code != 0:
                    raise SystemExit(f"spaCy run failed: {done.stderr[-1000:]}")
                result = json.loads(done.stdout.strip().splitlines()[-1])
                row = {"rate": result["articles"] / result["seconds"], "wall": result["seconds"],
                       "process_wall": done.wall, "cpu": result["cpu"], "process_cpu": done.cpu,
                       "peak_rss_mb": done.memory.peak_rss_kb / 1024}
            else:
                workers = kind[-1]
                args = ["--db", str(tmp / f"{kind}-{r}.db"), "ingest", str(corpus), "--json",
                        "--workers", workers]
                if language:
                    args += ["--language", language]
                done = tools.run(tools.newsevents(*args))
                summary = json.loads(done.stdout) if done.stdout.strip() else {}
                if not summary:
                    raise SystemExit(f"{kind} failed: {done.stderr[-1000:]}")
                workers_mem = done.memory.workers() if workers != "1" else [
                    (done.memory.peak_rss_kb, done.memory.peak_pss_kb)]
                row = {"rate": n / done.wall, "wall": done.wall, "cpu": done.cpu,
                       "new": summary["counts"]["new"], "failed": summary["counts"]["failed"],
                       "peak_rss_mb": done.memory.peak_rss_kb / 1024,
                       "peak_pss_mb": done.memory.peak_pss_kb / 1024,
                       "worker_rss_mb": max((w[0] for w in workers_mem), default=0) / 1024,
                       "worker_pss_mb": max((w[1] for w in workers_mem), default=0) / 1024}
            row["load"] = tools.load()
            print(f"  round {r + 1} {kind}: {row['rate']:.1f} articles/s, wall {row['wall']:.1f} s, "
                  f"load {row['load']}", flush=True)
            if kind not in best or row["rate"] > best[kind]["rate"]:
                best[kind] = row
    return {"n": n, "rows": best,
            "ingest_vs_spacy": best["ingest1"]["rate"] / best["spacy"]["rate"],
            "two_vs_one": best["ingest2"]["rate"] / best["ingest1"]["rate"],
            # on a loaded machine a process gets a varying share of a core: CPU seconds are the
            # steadier measure of the work, and what the wall clock would be on a free core
            "ingest_vs_spacy_cpu": best["spacy"]["cpu"] / best["ingest1"]["cpu"]}


def processed_articles(corpus: Path, limit: int) -> list[Any]:
    from newsevents.ingest import analyse
    from newsevents.model import Article

    paths = [corpus]
    out = []
    for item in analyse(paths):
        if isinstance(item, Article):
            item.doc = None
            out.append(item)
        if len(out) >= limit:
            break
    return out


def stores(articles: list[Any], rounds: int, tmp: Path) -> dict[str, Any]:
    from newsevents.store import Store, schema

    rates: dict[str, list[float]] = {"sqlite": [], "postgresql": []}
    with tools.postgres_server() as pg_url:
        for r in range(rounds):
            for backend in ("sqlite", "postgresql"):
                if backend == "postgresql" and pg_url is None:
                    continue
                where = str(tmp / f"stores-{r}.db") if backend == "sqlite" else pg_url
                assert where is not None
                with Store.open(where) as store:
                    if backend == "postgresql":
                        with store.engine.begin() as conn:  # a fresh database each round: every
                            # table's rows but the migrations and meta (merging and sites tables too)
                            for table in reversed(schema.metadata.sorted_tables):
                                if table not in (schema.migrations, schema.meta):
                                    conn.execute(table.delete())
                    start = time.perf_counter()
                    for article in articles:
                        store.save(article)
                    rates[backend].append(len(articles) / (time.perf_counter() - start))
    best = {k: max(v) for k, v in rates.items() if v}
    return {"n": len(articles), "rates": best, "postgres": pg_url is not None,
            "pg_vs_sqlite": best["postgresql"] / best["sqlite"] if "postgresql" in best else None,
            "load": tools.load()}


def merge_and_reads(db: str, rounds: int) -> tuple[dict[str, Any], dict[str, Any]]:
    from newsevents.store import Store

    builds = []
    for _ in range(rounds):
        with Store.open(db) as store:
            start = time.perf_counter()
            view = store.view()
            builds.append(time.perf_counter() - start)
    with Store.open(db) as store:
        docs = store.stats()["documents"]
        records = len(store.stored_events())
        merged = len(view.events)
        store.view()
        some_event = view.events[0]["id"] if view.events else None
        some_type = view.events[0]["type"] if view.events else None
        calls = {
            "events (first 50)": lambda: store.events(limit=50),
            "events by type": lambda: store.events(type=some_type),
            "events by text": lambda: store.events(text="port"),
            "claims": lambda: store.claims(),
            "record by id": lambda: store.record(some_event) if some_event else None,
            "stats": lambda: store.stats(),
        }
        latencies = {}
        for name, call in calls.items():
            times = []
            for _ in range(max(20, rounds * 10)):
                start = time.perf_counter()
                call()
                times.append((time.perf_counter() - start) * 1000)
            times.sort()
            latencies[name] = (tools.median(times), times[int(len(times) * 0.95) - 1])
    build = min(builds)
    return ({"documents": docs, "event_records": records, "merged_events": merged, "seconds": build,
             "docs_per_s": docs / build if build else 0, "load": tools.load()},
            {"latency_ms": latencies, "documents": docs, "load": tools.load()})


MEMORY_CHILD = """
import json, sys, time
sys.path.insert(0, {root!r})
from pathlib import Path
from newsevents.ingest import ingest, open_store

def rss_kb():
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])

samples = []
done = [0]
start = time.perf_counter()
def on_outcome(outcome):
    done[0] += 1
    if done[0] % {every} == 0:
        samples.append((done[0], rss_kb(), time.perf_counter() - start))
with open_store({db!r}) as store:
    summary = ingest([{corpus!r}], store, on_outcome=on_outcome)
print(json.dumps({{"samples": samples, "new": summary.count("new"), "failed": summary.count("failed")}}))
"""


def memory(docs: int, tmp: Path) -> dict[str, Any]:
    corpus = tmp / "memory.jsonl"
    generator.write(corpus, generator.generate(docs, ["fr", "en"], seed=7, min_words=200, max_words=600))
    every = 500
    code = MEMORY_CHILD.format(root=str(ROOT), db=str(tmp / "memory.db"), corpus=str(corpus), every=every)
    done = tools.run([sys.executable, "-c", code], timeout=6 * 3600)
    if done.code != 0:
        raise SystemExit(f"memory run failed: {done.stderr[-1000:]}")
    result = json.loads(done.stdout.strip().splitlines()[-1])
    samples = result["samples"]
    warm = next((s for s in samples if s[0] >= min(2000, docs // 5)), samples[0])
    last = samples[-1]
    return {"docs": docs, "samples": samples, "warm": warm, "last": last,
            "growth": (last[1] - warm[1]) / warm[1], "peak_mb": max(s[1] for s in samples) / 1024,
            "new": result["new"], "failed": result["failed"], "wall": done.wall, "load": tools.load()}


# --- report -------------------------------------------------------------------------------------------
def _side_table(title: str, r: dict[str, Any]) -> list[str]:
    rows = r["rows"]
    lines = [f"{title} ({r['n']} articles; best of the rounds):", "",
             "| run | articles/s | wall s | CPU s | peak RSS MB (tree) | peak RSS / PSS MB per worker "
             "| load |",
             "| --- | --- | --- | --- | --- | --- | --- |"]
    names = {"spacy": "spaCy `nlp.pipe` alone (model loaded before the clock; CPU of the pipe)",
             "ingest1": "`newsevents ingest` (start-up included)",
             "ingest2": "`newsevents ingest --workers 2`"}
    for kind, row in rows.items():
        worker = f"{row['worker_rss_mb']:.0f} / {row['worker_pss_mb']:.0f}" if "worker_rss_mb" in row else ""
        lines.append(f"| {names[kind]} | {row['rate']:.1f} | {row['wall']:.1f} | {row['cpu']:.1f} | "
                     f"{row['peak_rss_mb']:.0f} | {worker} | {row['load']} |")
    lines += ["", f"Ratios: ingest / `nlp.pipe` = **{r['ingest_vs_spacy']:.2f}x** (goal >= "
              f"{GOALS['ingest_vs_spacy']}); 2 workers / 1 = **{r['two_vs_one']:.2f}x** (goal >= "
              f"{GOALS['two_vs_one']}). In CPU seconds (the wall clock on a free core): ingest / "
              f"`nlp.pipe` = {r['ingest_vs_spacy_cpu']:.2f}x.", ""]
    return lines


def report(results: dict[str, Any], started_load: str) -> str:
    now = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    lines = [f"### Scale run {now}, commit {tools.commit()}", "",
             f"Machine: {tools.machine()}. Load average (1, 5, 15 min) at the start: {started_load}, "
             f"at the end: {tools.load()}. Command: `.venv/bin/python bench/scale.py "
             f"{' '.join(sys.argv[1:])}` (the package's bytecode written first: `compile_bytecode`).", ""]
    if "startup" in results:
        s = results["startup"]
        lines += [f"Start-up (whole processes, median of the rounds): `newsevents --help` "
                  f"{s['help_s']:.2f} s ({s['help_range'][0]:.2f}-{s['help_range'][1]:.2f}; goal < "
                  f"{GOALS['help_s']}); `newsevents ingest` of one article {s['one_article_s']:.2f} s "
                  f"({s['one_article_range'][0]:.2f}-{s['one_article_range'][1]:.2f}, "
                  f"{s['one_article_cpu_s']:.2f} s CPU; goal < {GOALS['one_article_s']}).", ""]
    if "throughput" in results:
        lines += _side_table("Real French news (TimeBank dev + POPCORN)", results["throughput"])
    if "generated" in results:
        lines += _side_table("Generated French and English articles, 200-3,000 words", results["generated"])
    if "stores" in results:
        s = results["stores"]
        if s["postgres"]:
            lines += [f"Writes ({s['n']} processed articles, one transaction each): SQLite "
                      f"{s['rates']['sqlite']:.0f} documents/s, PostgreSQL {s['rates']['postgresql']:.0f} "
                      f"documents/s: PostgreSQL / SQLite = **{s['pg_vs_sqlite']:.2f}x** "
                      f"(load {s['load']}).", ""]
        else:
            lines += [f"Writes: SQLite {s['rates']['sqlite']:.0f} documents/s; PostgreSQL not measured "
                      "(server binaries absent).", ""]
    if "merge" in results:
        m = results["merge"]
        lines += [f"Merged register: {m['documents']} documents, {m['event_records']} event records -> "
                  f"{m['merged_events']} merged events in {m['seconds']:.2f} s ({m['docs_per_s']:.0f} "
                  f"documents/s, cold; load {m['load']}).", ""]
    if "reads" in results:
        r = results["reads"]
        cells = "; ".join(f"{k} {v[0]:.1f} / {v[1]:.1f}" for k, v in r["latency_ms"].items())
        lines += [f"Reads on {r['documents']} documents, ms median / p95 (warm store): {cells} "
                  f"(load {r['load']}).", ""]
    if "memory" in results:
        m = results["memory"]
        lines += [f"Memory over {m['docs']} generated articles (200-600 words, one process): RSS "
                  f"{m['warm'][1] / 1024:.0f} MB after {m['warm'][0]} documents, "
                  f"{m['last'][1] / 1024:.0f} MB "
                  f"after {m['last'][0]}: growth **{m['growth'] * 100:+.1f} %** (goal < "
                  f"{GOALS['memory_growth'] * 100:.0f} %), peak {m['peak_mb']:.0f} MB, {m['wall']:.0f} s "
                  f"(load {m['load']}). Samples (documents, MB): "
                  + ", ".join(f"{d} {kb / 1024:.0f}" for d, kb, _ in m["samples"]) + ".", ""]
    return "\n".join(lines) + "\n"


def compile_bytecode() -> int:
    """Write the package's bytecode (``__pycache__``) before anything is timed; the modules compiled.

    Why: an installed package has it (pip compiles it at install time), and a checkout writes it on
    its first run, unless ``PYTHONDONTWRITEBYTECODE`` is set, as it is in some shells and
    containers: then every process compiled the ~70 newsevents modules a changed file left
    stale, from source, again (~0.1 s CPU per process, in the workers' forkserver too), which
    measured the shell rather than the code. ``compileall`` writes the files whatever that
    variable says; a file already up to date is left alone.
    """
    import compileall
    import io
    from contextlib import redirect_stdout

    with redirect_stdout(io.StringIO()):
        compileall.compile_dir(str(ROOT / "newsevents"), quiet=1)
    return sum(1 for _ in (ROOT / "newsevents").rglob("*.py"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", nargs="+", choices=PARTS, help="run only these parts")
    parser.add_argument("--rounds", type=int, default=3, help="rounds of each side-by-side comparison")
    parser.add_argument("--n", type=int, default=300, help="generated articles for 'generated'")
    parser.add_argument("--limit", type=int, default=None, help="only the first N real articles")
    parser.add_argument("--memory-docs", type=int, default=10_000)
    parser.add_argument("--no-append", action="store_true", help="print, do not append to RESULTS.md")
    args = parser.parse_args()
    parts = args.only or [p for p in PARTS if p != "memory" or args.memory_docs > 0]
    compile_bytecode()
    started_load = tools.load()
    results: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="newsevents-scale-") as tmp_name:
        tmp = Path(tmp_name)
        if "startup" in parts:
            print("start-up", flush=True)
            results["startup"] = startup(max(args.rounds, 3) + 2, tmp)
        if "throughput" in parts:
            real = tmp / "real.jsonl"
            n = real_french_corpus(real)
            if args.limit:
                lines = real.read_text(encoding="utf-8").splitlines()[: args.limit]
                real.write_text("\n".join(lines) + "\n", encoding="utf-8")
                n = len(lines)
            print(f"throughput on {n} real French articles", flush=True)
            results["throughput"] = side_by_side(real, n, args.rounds, tmp, "fr")
        generated = tmp / "generated.jsonl"
        generator.write(generated, generator.generate(args.n, ["fr", "en"]))
        if "generated" in parts:
            print(f"throughput on {args.n} generated articles", flush=True)
            results["generated"] = side_by_side(generated, args.n, args.rounds, tmp, None)
        if {"stores", "merge", "reads"} & set(parts):
            articles = processed_articles(generated, args.n)
            if "stores" in parts:
                print(f"stores: {len(articles)} articles", flush=True)
                results["stores"] = stores(articles, args.rounds, tmp)
            db = str(tmp / "register.db")
            if not Path(db).exists():
                from newsevents.store import Store

                with Store.open(db) as store:
                    for article in articles:
                        store.save(article)
            if {"merge", "reads"} & set(parts):
                print("merge and reads", flush=True)
                results["merge"], results["reads"] = merge_and_reads(db, args.rounds)
        if "memory" in parts:
            print(f"memory over {args.memory_docs} articles", flush=True)
            results["memory"] = memory(args.memory_docs, tmp)
    text = report(results, started_load)
    print(text)
    if not args.no_append:
        with RESULTS.open("a", encoding="utf-8") as out:
            out.write("\n" + text)
        print(f"appended to {RESULTS}")


if __name__ == "__main__":
    main()
