"""Development figures on real news: ingest ../shared/data/news-dev and score it against its gold.

    .venv/bin/python bench/newsdev.py                    # French and English, headline figures
    .venv/bin/python bench/newsdev.py --lang fr --show   # the full report (per-document errors)
    .venv/bin/python bench/newsdev.py --gold-published   # diagnostic: see below
    .venv/bin/python bench/newsdev.py --write            # also write bench/results/newsdev.md

These are development figures: the extractors are developed against these documents, so they
overstate what unseen news gets. ``--gold-published`` gives every document the start of its gold
publication interval (as if its page had stated it), to tell extraction errors apart from dating
errors while developing; it is a diagnostic, never a figure to report.

One pipeline is loaded for the whole run; each language goes to its own fresh SQLite database
(``--keep DIR`` keeps them for ``newsevents --db DIR/fr.db evaluate ...``).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

from newsevents.evaluate import HEADLINE, Report, evaluate
from newsevents.ingest import ingest
from newsevents.pipeline import Pipeline
from newsevents.store import Store

HERE = Path(__file__).resolve().parent
NEWS_DEV = HERE.parent.parent / "shared" / "data" / "news-dev"
RESULTS = HERE / "results" / "newsdev.md"


def with_gold_published(source: Path, gold: Path, into: Path) -> Path:
    """A copy of a news-dev JSONL file whose undated documents carry their gold publication date."""
    dates = {d["document"]: d["published"]["start"]
             for d in json.loads(gold.read_text(encoding="utf-8"))["documents"] if d.get("published")}
    lines = []
    for line in source.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        record["published"] = record.get("published") or dates.get(record.get("id"))
        lines.append(json.dumps(record, ensure_ascii=False))
    into.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return into


def run(language: str, folder: Path, pipeline: Pipeline, gold_published: bool) -> tuple[Report, float]:
    source, gold = NEWS_DEV / f"{language}_news.jsonl", NEWS_DEV / f"{language}_news.gold.json"
    if gold_published:
        source = with_gold_published(source, gold, folder / source.name)
    db = folder / f"{language}.db"
    db.unlink(missing_ok=True)
    started = time.perf_counter()
    with Store.open(str(db)) as store:
        summary = ingest([str(source)], store, pipeline=pipeline)
        if not summary.ok:
            print(json.dumps(summary.to_json(), ensure_ascii=False), file=sys.stderr)
        seconds = time.perf_counter() - started
        return evaluate(gold, store), seconds


def table(reports: dict[str, Report]) -> str:
    head = "| figure | " + " | ".join(reports) + " |"
    rows = [head, "|---|" + "---|" * len(reports)]
    for name in HEADLINE:
        rows.append(f"| {name} | " + " | ".join(f"{r.headline()[name]:.3f}" for r in reports.values()) + " |")
    fields = sorted({f for r in reports.values() for f in r.fields()})
    for name in fields:
        cells = []
        for r in reports.values():
            right, judged = r.fields().get(name, (0, 0))
            cells.append(f"{right}/{judged}")
        rows.append(f"| field {name} | " + " | ".join(cells) + " |")
    return "\n".join(rows)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--lang", nargs="*", default=["fr", "en"], choices=["fr", "en"])
    parser.add_argument("--show", action="store_true", help="print each full report")
    parser.add_argument("--gold-published", action="store_true", help="diagnostic: gold publication dates")
    parser.add_argument("--keep", type=Path, help="keep the databases in this folder")
    parser.add_argument("--write", action="store_true", help=f"write {RESULTS.relative_to(HERE.parent)}")
    args = parser.parse_args()
    if not NEWS_DEV.is_dir():
        print(f"no news-dev corpus at {NEWS_DEV}", file=sys.stderr)
        return 1
    pipeline = Pipeline()
    reports: dict[str, Report] = {}
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        for language in args.lang:
            report, seconds = run(language, folder, pipeline, args.gold_published)
            reports[language] = report
            if args.show:
                print(report.render(), "\n")
            print(f"{language}: {len(report.documents)} documents in {seconds:.1f} s", file=sys.stderr)
    out = table(reports)
    print(out)
    if args.write:
        note = " (diagnostic: gold publication dates given)" if args.gold_published else ""
        RESULTS.write_text(f"# news-dev (development figures){note}\n\n"
                           f"`.venv/bin/python bench/newsdev.py --write`, {time.strftime('%Y-%m-%d')}\n\n"
                           f"{out}\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
