"""Build the incident screen's training units and train the shipped model.

    .venv/bin/python bench/train_screen.py                 # build units (cached) and train the model
    .venv/bin/python bench/train_screen.py --rebuild       # re-run the extraction first
    make model                                             # the same

A *unit* is one incident the rules extracted, as one document reports it: its type and the
sentences its spans fall in (``newsevents.learn.units``), labelled by annotation made without our
rules:

- POPCORN (``../shared/data/popcorn/train.json``, 400 French reports, human event annotation with
  offsets): the rules run on every report (the screen off); an extracted incident whose sentences
  hold a mention of a political-violence or conflict event type (BOMBING, RIOT, DEMONSTRATION, ...)
  is REAL; one whose sentences hold only mentions of accidents, fires, chemical leaks, epidemics,
  thefts ... is NOT; one whose sentences hold no event mention is NOT when the report has only such
  non-conflict events, else left out (unknown).
- news-dev (``../shared/data/news-dev``, French and English, gold dates given as in
  ``bench/newsdev.py --gold-published``): an extracted incident matched to a gold event (required or
  optional) is REAL, one matching none is NOT.

Why these labels: the decision screened is "is this extracted incident an event of the register
at all" (precision); the positives and negatives must come from annotation, never from the rules,
so that cross-validation (bench/classifier_cv.py) compares classifier and rules on the same
held-out units. The units are cached in ``/tmp`` (they quote the corpora, which stay out of the
repository). Training is seeded: the same units give the same model.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from newsevents.evaluate import evaluate
from newsevents.export import records
from newsevents.ingest import ingest
from newsevents.learn import screen, textcat
from newsevents.learn.units import context, sentence_bounds, unit_text
from newsevents.pipeline import DEFAULT_STAGES, Pipeline
from newsevents.store import Store

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from newsdev import NEWS_DEV, with_gold_published  # noqa: E402

POPCORN = HERE.parent.parent / "shared" / "data" / "popcorn" / "train.json"
UNITS = Path(tempfile.gettempdir()) / "newsevents-screen-units.jsonl"

# POPCORN event types (its annotation guide's names) that are events of our register: political
# violence, unrest, protest. CRIMINAL_ARREST is left out on both sides: POPCORN's arrests are of
# common criminals, ours (ACLED "Arrests") of political figures, and the words do not tell them apart.
POPCORN_REAL = {"BOMBING", "POLITICAL_VIOLENCE", "RIOT", "CIVIL_WAR_OUTBREAK", "COUP_D_ETAT",
                "DEMONSTRATION", "ILLEGAL_CIVIL_DEMONSTRATION", "STRIKE", "AGITATING_TROUBLE_MAKING"}
# POPCORN event types that no ACLED or PLOVER category records: accidents, disasters, common crime.
POPCORN_NOT = {"ACCIDENT", "FIRE", "CBRN_EVENT", "NATURAL_EVENT", "EPIDEMIC", "ECONOMICAL_CRISIS",
               "POLLUTION", "SUICIDE", "NATURAL_CAUSES_DEATH", "THEFT", "TRAFFICKING", "DRUG_OPERATION",
               "HOOLIGANISM_TROUBLEMAKING", "ELECTION"}


def rules_pipeline() -> Pipeline:
    """The default stages without the screen: units are what the rules alone extract."""
    return Pipeline([s for s in DEFAULT_STAGES if s != screen.STAGE])


def _exported(store: Store) -> tuple[dict[str, dict[str, Any]], list[dict[str, Any]]]:
    docs: dict[str, dict[str, Any]] = {}
    events: list[dict[str, Any]] = []
    for record in records(store, with_text=True):
        if record["kind"] == "document":
            docs[record["id"]] = record
        elif record["kind"] == "event":
            events.append(record)
    return docs, events


def _units_of(event: dict[str, Any], docs: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    out = []
    for source in event.get("sources", []):
        doc = docs.get(source["document"])
        if doc is None:
            continue
        spans = [tuple(s) for s in source["spans"]]
        sentences = context(doc["text"], spans)
        out.append({"event": event["id"], "document": doc["id"], "type": event["type"],
                    "spans": spans, "sentences": sentences, "text": unit_text(event["type"], sentences)})
    return out


def popcorn_units(pipeline: Pipeline, folder: Path) -> list[dict[str, Any]]:
    reports = json.loads(POPCORN.read_text(encoding="utf-8"))
    source = folder / "popcorn.jsonl"
    with source.open("w", encoding="utf-8") as out:
        for key, report in reports.items():
            out.write(json.dumps({"id": f"popcorn-{key}", "language": "fr", "text": report["text"]},
                                 ensure_ascii=False) + "\n")
    units = []
    with Store.open(str(folder / "popcorn.db")) as store:
        ingest([str(source)], store, pipeline=pipeline)
        docs, events = _exported(store)
        by_doc = {d["id"]: d for d in docs.values()}
        for event in events:
            for unit in _units_of(event, by_doc):
                path = str(by_doc[unit["document"]].get("path", ""))
                key = path.rsplit("#", 1)[-1].removeprefix("popcorn-")
                report = reports.get(key)
                if report is None:
                    continue
                label = _popcorn_label(report, by_doc[unit["document"]]["text"], unit["spans"])
                if label is None:
                    continue
                units.append(unit | {"corpus": "popcorn", "language": "fr", "group": f"popcorn-{key}",
                                     "label": label})
    return units + popcorn_sentences(reports, units)


def popcorn_sentences(reports: dict[str, Any], rule_units: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Extra training units: every POPCORN sentence holding an annotated event mention that no
    extracted incident covers, labelled like the incidents (REAL if a conflict-type mention is in
    it, else NOT), with the type word ``tynone``. They teach the classifier the words of accidents
    and unrest that the rules did not pick up; ``extra`` marks them so that classifier_cv.py trains
    on them (from the training folds' reports only) but scores the rules' incidents alone."""
    covered = {(u["group"], u["sentences"]) for u in rule_units}
    out = []
    for key, report in reports.items():
        text = report["text"]
        kinds: dict[tuple[int, int], set[str]] = {}
        bounds = sentence_bounds(text)
        for entity in report["entities"]:
            if entity["type"] not in POPCORN_REAL and entity["type"] not in POPCORN_NOT:
                continue
            for mention in entity.get("mentions", []):
                for b in bounds:
                    if b[0] <= mention["start"] < b[1]:
                        kinds.setdefault(b, set()).add(entity["type"])
        for (start, end), found in sorted(kinds.items()):
            sentence = text[start:end].strip()
            if (f"popcorn-{key}", sentence) in covered:
                continue
            out.append({"event": None, "document": f"popcorn-{key}", "type": "none", "spans": [(start, end)],
                        "sentences": sentence, "text": unit_text("none", sentence), "corpus": "popcorn",
                        "language": "fr", "group": f"popcorn-{key}", "label": bool(found & POPCORN_REAL),
                        "extra": True})
    return out


def _popcorn_label(report: dict[str, Any], text: str, spans: list[tuple[int, int]]) -> bool | None:
    bounds = sentence_bounds(text)
    inside = [b for b in bounds if any(b[0] <= s < b[1] or b[0] < e <= b[1] for s, e in spans)]
    here: set[str] = set()
    everywhere: set[str] = set()
    for entity in report["entities"]:
        kind = entity["type"]
        if kind not in POPCORN_REAL and kind not in POPCORN_NOT:
            continue
        everywhere.add(kind)
        for mention in entity.get("mentions", []):
            if any(a <= mention["start"] < b for a, b in inside):
                here.add(kind)
    if here & POPCORN_REAL:
        return True
    if here:
        return False
    if everywhere & POPCORN_REAL:
        return None
    return False if everywhere else None


def newsdev_units(pipeline: Pipeline, folder: Path, language: str) -> list[dict[str, Any]]:
    source, gold = NEWS_DEV / f"{language}_news.jsonl", NEWS_DEV / f"{language}_news.gold.json"
    outlets = {}
    for line in source.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        outlets[record["id"]] = urlparse(record.get("url") or "").netloc.removeprefix("www.") or record["id"]
    dated = with_gold_published(source, gold, folder / source.name)
    units = []
    with Store.open(str(folder / f"{language}.db")) as store:
        ingest([str(dated)], store, pipeline=pipeline)
        report = evaluate(gold, store)
        docs, events = _exported(store)
        matched: dict[str, set[str]] = {}
        unmatched: dict[str, set[str]] = {}
        for result in report.documents:
            if result.stored is None:
                continue
            matched[result.stored] = {e.matched for e in result.events if e.matched}
            unmatched[result.stored] = {x["id"] for x in result.unmatched_events}
        for event in events:
            for unit in _units_of(event, docs):
                doc = unit["document"]
                if event["id"] in matched.get(doc, set()):
                    label = True
                elif event["id"] in unmatched.get(doc, set()):
                    label = False
                else:
                    continue
                key = str(docs[doc].get("path", "")).rsplit("#", 1)[-1]
                units.append(unit | {"corpus": f"news-dev-{language}", "language": language,
                                     "group": outlets.get(key, key), "label": label})
    return units


def build_units(path: Path = UNITS) -> list[dict[str, Any]]:
    """Run the rules over the corpora and label every extracted incident (minutes)."""
    pipeline = rules_pipeline()
    with tempfile.TemporaryDirectory(prefix="newsevents-screen-") as tmp:
        folder = Path(tmp)
        units = popcorn_units(pipeline, folder)
        for language in ("fr", "en"):
            units += newsdev_units(pipeline, folder, language)
    path.write_text("".join(json.dumps(u, ensure_ascii=False) + "\n" for u in units), encoding="utf-8")
    return units


def load_units(path: Path = UNITS, rebuild: bool = False) -> list[dict[str, Any]]:
    if rebuild or not path.exists():
        started = time.perf_counter()
        units = build_units(path)
        print(f"built {len(units)} units in {time.perf_counter() - started:.0f} s -> {path}", file=sys.stderr)
        return units
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rebuild", action="store_true", help="re-run the rules over the corpora")
    parser.add_argument("--units", type=Path, default=UNITS, help=f"units cache (default {UNITS})")
    parser.add_argument("--out", type=Path, default=screen.MODEL_DIR, help="where the model is written")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    if not POPCORN.exists() or not NEWS_DEV.is_dir():
        print(f"corpora missing: {POPCORN} / {NEWS_DEV}", file=sys.stderr)
        return 1
    units = load_units(args.units, args.rebuild)
    nlp = textcat.train([u["text"] for u in units], [u["label"] for u in units], seed=args.seed)
    counts = {c: [sum(1 for u in units if u["corpus"] == c and u["label"] is v) for v in (True, False)]
              for c in sorted({u["corpus"] for u in units})}
    textcat.save(nlp, args.out, {"name": "incident_screen", "version": "1.0.0",
                                 "description": "Is an extracted incident an event of the register "
                                                "(political violence, conflict, protest)? "
                                                "Trained by bench/train_screen.py",
                                 "newsevents": {"units": counts, "seed": args.seed,
                                                "epochs": textcat.EPOCHS, "l2": textcat.L2}})
    print(f"model written to {args.out}: units (REAL, NOT) per corpus {counts}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
