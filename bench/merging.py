"""Merge figures on real news: news-dev French and English ingested into ONE database, scored by
`newsevents evaluate` against the French gold, the English gold, and both with the
cross-language clusters (../shared/data/news-dev/cross_language_clusters.json).

    .venv/bin/python bench/merging.py                     # pairwise merge precision / recall
    .venv/bin/python bench/merging.py --gold-published    # diagnostic: gold publication dates
    .venv/bin/python bench/merging.py --keep DIR --show   # keep DIR/news.db; list merged / missed pairs

Pairwise figures are over the gold events the extractors found (newsevents.evaluate.Report.
merge_pairs): they judge merging, not detection. These are development figures.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

from newsdev import NEWS_DEV, with_gold_published

from newsevents.evaluate import Report, evaluate
from newsevents.ingest import ingest
from newsevents.pipeline import Pipeline
from newsevents.store import Store

SETS = {
    "fr": ["fr_news.gold.json"],
    "en": ["en_news.gold.json"],
    "fr+en": ["fr_news.gold.json", "en_news.gold.json", "cross_language_clusters.json"],
}


def pairs_detail(report: Report) -> list[str]:
    """Every gold pair and merged pair among found events, marked right, missed or wrong."""
    matched = {(d.key, e.gold_id): e.matched for d in report.documents for e in d.events
               if e.matched is not None}
    cluster_of = {m: i for i, members in enumerate(report.clusters) for m in members}
    found = sorted(matched)
    lines = []
    for i, a in enumerate(found):
        for b in found[i + 1:]:
            if a[0] == b[0]:
                continue
            same_gold = a in cluster_of and cluster_of.get(b) == cluster_of[a]
            same = matched[a] == matched[b]
            if same_gold or same:
                mark = "right " if same_gold and same else ("MISSED" if same_gold else "WRONG ")
                lines.append(f"{mark} {a[0]}:{a[1]} ({matched[a]})  ~  {b[0]}:{b[1]} ({matched[b]})")
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--gold-published", action="store_true", help="diagnostic: gold publication dates")
    parser.add_argument("--keep", type=Path, help="keep the database (news.db) in this folder")
    parser.add_argument("--show", action="store_true", help="list the right, missed and wrong pairs")
    args = parser.parse_args()
    pipeline = Pipeline()
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        sources = []
        for language in ("fr", "en"):
            source = NEWS_DEV / f"{language}_news.jsonl"
            if args.gold_published:
                source = with_gold_published(source, NEWS_DEV / f"{language}_news.gold.json",
                                             folder / source.name)
            sources.append(str(source))
        db = folder / "news.db"
        db.unlink(missing_ok=True)
        started = time.perf_counter()
        with Store.open(str(db)) as store:
            summary = ingest(sources, store, pipeline=pipeline)
            if not summary.ok:
                print(json.dumps(summary.to_json(), ensure_ascii=False), file=sys.stderr)
            print(f"ingested in {time.perf_counter() - started:.1f} s", file=sys.stderr)
            print("| set | merge_precision | merge_recall | merge_f1 | right/merged/gold pairs |")
            print("|---|---|---|---|---|")
            for name, files in SETS.items():
                report = evaluate([NEWS_DEV / f for f in files], store)
                m, n = report.merging(), report.merge_pairs()
                print(f"| {name} | {m['merge_precision']:.3f} | {m['merge_recall']:.3f} | "
                      f"{m['merge_f1']:.3f} | {n['right_pairs']}/{n['merged_pairs']}/{n['gold_pairs']} |")
                if args.show:
                    print("\n".join(pairs_detail(report)) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
