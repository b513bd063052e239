"""Throughput: spaCy's ``nlp.pipe`` alone against end-to-end ingest, on the same French corpus.

    .venv/bin/python bench/throughput.py [--limit N] [--repeat R]   (default: 3 rounds, best kept)

Corpus: the 54 French TimeBank dev articles (XML tags stripped), the 400 POPCORN reports and the
two seed articles. Three runs, each in a fresh process (so that each reports its own peak
memory, ``ru_maxrss``), with the model loaded and warmed up before the clock starts:

1. ``spacy``    — the manifest's model (``fr_core_news_md``) loaded as spaCy ships it, with the
                  components newsevents disables also disabled, ``nlp.pipe`` over the texts;
2. ``ruler``    — newsevents' spaCy pipeline (the same model plus the stages' entity ruler, and
                  the lemmatizer's word lists turned into sets: see ``nlp.index_lemma_tables``);
3. ``ingest``   — ``Pipeline().process_many`` over the same articles (normalisation, parse,
                  every stage) and, when a store can be opened, ``Store.save`` of each article
                  into a fresh SQLite file (the Doc is then dropped, as ``newsevents.ingest`` does).

Target (issue 5): ingest >= 0.7x the articles/s of ``nlp.pipe`` alone (the ``spacy`` run). The
ratio to the ``ruler`` run is printed too: it is the share of the time left to the stages.
Each run reports wall-clock seconds and the CPU seconds of its process (``time.process_time``):
on the shared machine the CPU time moves much less with the other jobs' load than the wall clock.
"""

from __future__ import annotations

import argparse
import html
import json
import multiprocessing as mp
import platform
import re
import resource
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT))

TAG = re.compile(r"<[^>]+>")
DCT = re.compile(r"<DCT>.*?</DCT>", re.S)
WARMUP_TEXT = "Le 3 mai, une frappe aérienne a touché un dépôt de carburant près de Kharkiv."
TARGET_RATIO = 0.7
# the machine's 2 cores are shared: single runs varied by 2x; the best of 3 rounds was stable to ~10 %
REPEAT = 3


def corpus(limit: int | None = None) -> list[tuple[str, str]]:
    """(id, text) of every article of the corpus, in a fixed order."""
    out: list[tuple[str, str]] = []
    for path in sorted((SHARED / "data" / "fr-timebank-dev").glob("*.tml")):
        raw = DCT.sub("", path.read_text(encoding="utf-8"))
        out.append((path.stem, html.unescape(TAG.sub("", raw)).strip()))
    popcorn = json.loads((SHARED / "data" / "popcorn" / "train.json").read_text(encoding="utf-8"))
    out += [(key, doc["text"]) for key, doc in popcorn.items()]
    out += [(p.stem, p.read_text(encoding="utf-8")) for p in sorted((SHARED / "seeds").glob("*.txt"))]
    return out[:limit] if limit else out


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: kilobytes


def run_spacy(texts: list[str], use_ruler: bool) -> dict[str, float]:
    """nlp.pipe alone: the plain model, or newsevents' pipeline with its ruler."""
    if use_ruler:
        from newsevents.pipeline import parser as pipeline

        nlp = pipeline("fr")
    else:
        import spacy

        from newsevents.lang import load_language
        from newsevents.nlp import UNUSED_COMPONENTS

        nlp = spacy.load(load_language("fr").spacy_model, exclude=list(UNUSED_COMPONENTS))
    nlp(WARMUP_TEXT)
    from newsevents.pipeline import SPACY_BATCH_SIZE

    start, cpu = time.perf_counter(), time.process_time()
    n = sum(1 for _ in nlp.pipe(texts, batch_size=SPACY_BATCH_SIZE))
    return {"seconds": time.perf_counter() - start, "cpu": time.process_time() - cpu, "articles": n,
            "peak_mb": _peak_mb()}


def run_ingest(items: list[tuple[str, str]]) -> dict[str, float]:
    """Pipeline().process_many over the articles, then Store.save of each (when a store opens)."""
    from newsevents.model import Article, Published
    from newsevents.pipeline import Failure, Pipeline

    pipe = Pipeline()
    spent: dict[str, float] = {}

    def timed(name: str, stage):  # where the ingest time goes, stage by stage
        def run(article):
            t = time.perf_counter()
            try:
                return stage(article)
            finally:
                spent[name] = spent.get(name, 0.0) + time.perf_counter() - t
        return run

    warm = Article(text=WARMUP_TEXT, id="warmup", language="fr", published=Published(date(2025, 1, 1)))
    pipe.process(warm)
    try:
        from newsevents.store import Store

        tmp = tempfile.mkdtemp(prefix="newsevents-bench-")
        store = Store.open(str(Path(tmp) / "bench.db"))
    except Exception as exc:  # the store is optional for this measure
        print(f"  (no store: {exc})", file=sys.stderr)
        store = None
    articles = [Article(text=t, id=i, language="fr") for i, t in items]
    pipe.stages = [(name, timed(name, stage)) for name, stage in pipe.stages]
    start, cpu = time.perf_counter(), time.process_time()
    done = failed = events = 0
    for result in pipe.process_many(articles):
        if isinstance(result, Failure):
            failed += 1
            continue
        done += 1
        events += len(result.events)
        if store is not None:
            t = time.perf_counter()
            store.save(result)
            spent["store"] = spent.get("store", 0.0) + time.perf_counter() - t
        result.doc = None  # as newsevents.ingest does once an article is saved
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    spent["parse and normalise"] = seconds - sum(spent.values())
    if store is not None:
        store.close()
    return {"seconds": seconds, "cpu": cpu, "articles": done, "failed": failed, "events": events,
            "peak_mb": _peak_mb(), "store": store is not None, "spent": spent}


def _child(kind: str, items: list[tuple[str, str]], queue: mp.Queue) -> None:
    if kind == "ingest":
        queue.put(run_ingest(items))
    else:
        queue.put(run_spacy([t for _, t in items], use_ruler=(kind == "ruler")))


def measure(kind: str, items: list[tuple[str, str]]) -> dict[str, float]:
    """One run in a fresh process (its own peak memory); a crashed child is reported, not awaited."""
    ctx = mp.get_context("spawn")
    queue: mp.Queue = ctx.Queue()
    proc = ctx.Process(target=_child, args=(kind, items, queue))
    proc.start()
    while True:
        try:
            result = queue.get(timeout=5)
            break
        except Exception:
            if not proc.is_alive():
                raise SystemExit(f"the {kind!r} run died (exit code {proc.exitcode})") from None
    proc.join()
    print(f"  {kind}: {result['articles']} articles in {result['seconds']:.1f} s "
          f"({result['cpu']:.1f} s CPU)", file=sys.stderr, flush=True)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles")
    parser.add_argument("--repeat", type=int, default=REPEAT,
                        help="rounds of the three runs; the fastest of each is kept")
    args = parser.parse_args()
    items = corpus(args.limit)
    chars = sum(len(t) for _, t in items)
    machine = f"{platform.processor() or platform.machine()}, {mp.cpu_count()} cores"
    print(f"corpus: {len(items)} articles, {chars:,} characters; {machine}, "
          f"Python {platform.python_version()}")
    rows: dict[str, dict] = {}
    for _ in range(args.repeat):  # rounds interleave the runs, so a busy spell hits all of them
        for kind in ("spacy", "ruler", "ingest"):
            r = measure(kind, items)
            if kind not in rows or r["seconds"] < rows[kind]["seconds"]:
                rows[kind] = r
    report(rows)


def report(rows: dict[str, dict]) -> None:
    """The table (best wall-clock round of each run; CPU seconds of that round) and the ratios."""
    base = rows["spacy"]["articles"] / rows["spacy"]["seconds"]
    print(f"{'run':8} {'articles':>8} {'seconds':>8} {'CPU s':>8} {'art/s':>8} {'x nlp.pipe':>10} "
          f"{'peak MB':>8}")
    for kind, r in rows.items():
        rate = r["articles"] / r["seconds"]
        print(f"{kind:8} {r['articles']:>8} {r['seconds']:>8.1f} {r['cpu']:>8.1f} {rate:>8.2f} "
              f"{rate / base:>10.2f} {r['peak_mb']:>8.0f}")
    ingest = rows["ingest"]
    print(f"ingest: {ingest['events']} events, {ingest['failed']} failures, store written: {ingest['store']}")
    print("ingest time by part: " + ", ".join(f"{k} {v:.1f} s" for k, v in
                                             sorted(ingest["spent"].items(), key=lambda kv: -kv[1])))
    for name in ("spacy", "ruler"):
        wall = (ingest["articles"] / ingest["seconds"]) / (rows[name]["articles"] / rows[name]["seconds"])
        cpu = (ingest["articles"] / ingest["cpu"]) / (rows[name]["articles"] / rows[name]["cpu"])
        target = f" (target >= {TARGET_RATIO})" if name == "spacy" else ""
        print(f"ingest / {name} nlp.pipe = {wall:.2f} wall clock, {cpu:.2f} CPU time{target}")

if __name__ == "__main__":
    main()
