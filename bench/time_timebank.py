"""Detection F1 (strict and overlap) and value accuracy of DATE/TIME expressions on French TimeBank.

    .venv/bin/python bench/time_timebank.py [--data ../shared/data/fr-timebank-dev] [--errors]

Gold: every ``<TIMEX3 type="DATE"|"TIME">`` of the documents (the DCT excluded); its value is
turned into an inclusive day interval (day, month, year, ISO week, weekend, season; a TIME value
gives its day). Values that are not intervals (PRESENT_REF, FUTURE_REF, decades, XXXX) count for
detection only. The system: the ``when`` stage on the spaCy parse (sentences, future tense), with
the creation date as publication date. Overlap matching: a gold expression is found when a
predicted span overlaps it; a prediction is correct when it overlaps a gold DATE/TIME. Value
accuracy: among found gold expressions with an interval value, the share whose predicted interval
(the overlapping prediction's [start, end]) equals the gold interval; TimeML has no range value and
tags each end of "entre 1990 et 1999" / "du 19 au 23 juillet" as its own TIMEX3, so a gold end is
also right when it is the first/last unit of the predicted range on its side of the text
(``_range_endpoint``). The "exact intervals only" column gives no such credit.
"""

from __future__ import annotations

import argparse
import html
import re
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from newsevents.temporal.calendar import (  # noqa: E402
    thirds_of,
    thirds_of_month,
    thirds_of_year,
    timex_interval,
)

MODS = {"START": "early", "MID": "mid", "END": "late"}

DEFAULT_DATA = ROOT.parent / "shared" / "data" / "fr-timebank-dev"
_TAG = re.compile(r"<(/?)([A-Z0-9]+)([^>]*?)(/?)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')


@dataclass(slots=True)
class Gold:
    span: tuple[int, int]
    type: str
    value: str
    text: str

    mod: str = ""

    @property
    def interval(self) -> tuple[date, date] | None:
        """The value as days; TimeML's mod START/MID/END (début/mi-/fin) takes that third."""
        iv = timex_interval(self.value)
        if iv is None or "T" in self.value or self.mod not in MODS:
            return iv
        return thirds_of(iv, MODS[self.mod]) if len(self.value) != 7 and len(self.value) != 4 else (
            thirds_of_month(iv[0].year, iv[0].month, MODS[self.mod]) if len(self.value) == 7
            else thirds_of_year(iv[0].year, MODS[self.mod]))


@dataclass(slots=True)
class Doc:
    name: str
    dct: date
    text: str
    gold: list[Gold] = field(default_factory=list)


@dataclass(slots=True)
class Pred:
    span: tuple[int, int]
    start: date | None
    end: date | None
    text: str = ""


def load(path: Path) -> Doc:
    """One TimeML file: its text with the tags stripped, and the DATE/TIME TIMEX3 spans in it."""
    raw = path.read_text(encoding="utf-8")
    dct_value = re.search(r'<DCT>.*?value="([^"]+)"', raw, re.S).group(1)  # type: ignore[union-attr]
    body = re.search(r"<TEXT>(.*)</TEXT>", raw, re.S).group(1)  # type: ignore[union-attr]
    out: list[str] = []
    length = 0
    stack: list[tuple[int, dict[str, str]]] = []
    gold: list[Gold] = []
    pos = 0
    for m in _TAG.finditer(body):
        chunk = html.unescape(body[pos:m.start()])
        out.append(chunk)
        length += len(chunk)
        pos = m.end()
        closing, name, attrs, selfclosing = m.groups()
        if name != "TIMEX3" or selfclosing:
            continue
        if not closing:
            stack.append((length, dict(_ATTR.findall(attrs))))
        elif stack:
            start, a = stack.pop()
            if a.get("type") in ("DATE", "TIME"):
                gold.append(Gold((start, length), a["type"], a.get("value", ""), "", a.get("mod", "")))
    out.append(html.unescape(body[pos:]))
    text = "".join(out)
    for g in gold:
        g.text = text[g.span[0]:g.span[1]]
    return Doc(path.stem, date.fromisoformat(dct_value[:10]), text, sorted(gold, key=lambda g: g.span))


def load_all(data: Path) -> list[Doc]:
    return [load(p) for p in sorted(data.glob("*.tml"))]


@dataclass(slots=True)
class Score:
    gold: int = 0
    pred: int = 0
    strict_tp_gold: int = 0
    strict_tp_pred: int = 0
    overlap_tp_gold: int = 0
    overlap_tp_pred: int = 0
    valued: int = 0  # found gold expressions with an interval value
    value_ok: int = 0
    endpoint_ok: int = 0  # of which: an endpoint of a predicted range (see _range_endpoint)
    seconds: float = 0.0
    docs: int = 0
    errors: list[str] = field(default_factory=list)

    @staticmethod
    def _f1(p: float, r: float) -> float:
        return 2 * p * r / (p + r) if p + r else 0.0

    def row(self) -> dict[str, float]:
        sp = self.strict_tp_pred / self.pred if self.pred else 0.0
        sr = self.strict_tp_gold / self.gold if self.gold else 0.0
        op = self.overlap_tp_pred / self.pred if self.pred else 0.0
        orr = self.overlap_tp_gold / self.gold if self.gold else 0.0
        return {"strict_p": sp, "strict_r": sr, "strict_f1": self._f1(sp, sr),
                "overlap_p": op, "overlap_r": orr, "overlap_f1": self._f1(op, orr),
                "value_acc": self.value_ok / self.valued if self.valued else 0.0,
                "sec_per_doc": self.seconds / self.docs if self.docs else 0.0}


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _range_endpoint(p: Pred, g: Gold, want: tuple[date, date]) -> bool:
    """TimeML has no range value: "entre 1990 et 1999", "du 19 au 23 juillet" are two TIMEX3, one
    per endpoint, while newsevents gives one range. The gold endpoint is counted right when it is
    the predicted range's first (or last) unit and sits at its left (or right) in the text."""
    if p.start is None or p.end is None or want == (p.start, p.end):
        return False
    if not (p.start <= want[0] and want[1] <= p.end):
        return False
    mid = (p.span[0] + p.span[1]) / 2
    left = (g.span[0] + g.span[1]) / 2 < mid
    return (left and want[0] == p.start) or (not left and want[1] == p.end)


def score_doc(score: Score, doc: Doc, preds: list[Pred]) -> None:
    score.gold += len(doc.gold)
    score.pred += len(preds)
    gold_spans = {g.span for g in doc.gold}
    score.strict_tp_pred += sum(1 for p in preds if p.span in gold_spans)
    score.overlap_tp_pred += sum(1 for p in preds if any(_overlaps(p.span, g.span) for g in doc.gold))
    for g in doc.gold:
        hits = [p for p in preds if _overlaps(p.span, g.span)]
        score.strict_tp_gold += any(p.span == g.span for p in hits)
        if not hits:
            score.errors.append(f"{doc.name} MISS {g.text!r} {g.value}")
            continue
        score.overlap_tp_gold += 1
        want = g.interval
        if want is None:
            continue
        score.valued += 1
        best = max(hits, key=lambda p: (p.span == g.span,
                                        min(p.span[1], g.span[1]) - max(p.span[0], g.span[0])))
        if best.start is not None and (best.start, best.end) == want:
            score.value_ok += 1
        elif best.start is not None and _range_endpoint(best, g, want):
            score.value_ok += 1
            score.endpoint_ok += 1
        else:
            score.errors.append(f"{doc.name} VALUE {g.text!r} gold={g.value} {want} got "
                                f"{best.text!r} {best.start}..{best.end}")
    for p in preds:
        if not any(_overlaps(p.span, g.span) for g in doc.gold):
            score.errors.append(f"{doc.name} FALSE {p.text!r} {p.start}..{p.end}")


def run_system(docs: list[Doc], tagger: Callable[[Doc], list[Pred]]) -> Score:
    score = Score()
    for doc in docs:
        t0 = time.perf_counter()
        preds = tagger(doc)
        score.seconds += time.perf_counter() - t0
        score.docs += 1
        score_doc(score, doc, preds)
    return score


def newsevents_stage(parses: dict[str, object] | None = None) -> Callable[[Doc], list[Pred]]:
    """The `when` stage on spaCy's parse: the parse time is included unless ``parses`` (document
    name -> spaCy Doc, computed beforehand) is given, which times the stage alone."""
    from newsevents.extract import when
    from newsevents.model import Article, Published
    from newsevents.read.normalize import normalize_article

    nlp = _bare_nlp()

    def tag(doc: Doc) -> list[Pred]:
        a = normalize_article(Article(text=doc.text, id=doc.name, language="fr",
                                      published=Published(doc.dct)))
        a.doc = parses[doc.name] if parses is not None and doc.name in parses else nlp(a.nlp_text)
        when.run(a)
        return [Pred(m.span, m.value.start, m.value.end, m.text) for m in a.of_kind("time")]  # type: ignore[union-attr]

    return tag


@cache
def _bare_nlp() -> Any:
    """The bare French spaCy model, loaded once for every system of the run (not
    newsevents.nlp.pipeline: that imports every stage, whose entity-ruler patterns are irrelevant)."""
    import importlib

    from newsevents.lang import load_language
    from newsevents.nlp import UNUSED_COMPONENTS

    return importlib.import_module(load_language("fr").spacy_model).load(exclude=list(UNUSED_COMPONENTS))


def _parse_all(docs: list[Doc]) -> dict[str, object]:
    from newsevents.read.normalize import normalize_text

    nlp = _bare_nlp()
    return {d.name: nlp(normalize_text(d.text)[0]) for d in docs}


def newsevents_regex() -> Callable[[Doc], list[Pred]]:
    """newsevents.temporal.find_times alone: no spaCy (sentences and future cues by regex)."""
    from newsevents.temporal import find_times

    def tag(doc: Doc) -> list[Pred]:
        return [Pred(v.span, v.start, v.end, v.text) for v in find_times(doc.text, "fr", doc.dct)]

    return tag


def report(name: str, s: Score) -> str:
    r = s.row()
    exact = s.value_ok - s.endpoint_ok
    exact_acc = exact / s.valued if s.valued else 0.0
    return (f"| {name} | {r['strict_f1']:.3f} | {r['overlap_p']:.3f} | {r['overlap_r']:.3f} | "
            f"{r['overlap_f1']:.3f} | {r['value_acc']:.3f} ({s.value_ok}/{s.valued}) | "
            f"{exact_acc:.3f} ({exact}/{s.valued}) | {r['sec_per_doc']:.4f} |")


HEADER = ("| system | strict F1 | overlap P | overlap R | overlap F1 | value accuracy | "
          "value, exact intervals only | s/article |\n"
          "| --- | --- | --- | --- | --- | --- | --- | --- |")


POPCORN = ROOT.parent / "shared" / "data" / "popcorn" / "train.json"


def popcorn_days(path: Path = POPCORN) -> None:
    """Held-out check: POPCORN's TIME_EXACT values that are full days (dd/mm/yyyy), found among the
    day values of find_times with the publication date inferred from each text (no date is given:
    this measures detection, resolution and publication inference together)."""
    import json

    from newsevents.read.published import infer_published
    from newsevents.temporal import find_times

    data = json.loads(path.read_text(encoding="utf-8"))
    total = found = inferred = 0
    t0 = time.perf_counter()
    for doc in data.values():
        gold = set()
        for e in doc["entities"]:
            if e["type"] == "TIME_EXACT" and e.get("value"):
                dd, mm, yy = (int(x) for x in e["value"].split("/"))
                if dd and mm and yy:
                    gold.add(date(yy, mm, dd))
        pub = infer_published(doc["text"], "fr")
        inferred += pub is not None
        days = {v.start for v in find_times(doc["text"], "fr", pub.date if pub else None)
                if v.precision == "day"}
        total += len(gold)
        found += len(gold & days)
    print(f"POPCORN: {len(data)} texts, {inferred} with an inferred publication date; "
          f"{found}/{total} TIME_EXACT days found ({found / total:.3f}) in {time.perf_counter() - t0:.1f} s")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--errors", action="store_true", help="print every miss, false alarm and wrong value")
    ap.add_argument("--popcorn", action="store_true", help="also the held-out POPCORN TIME_EXACT check")
    args = ap.parse_args()
    if args.popcorn and POPCORN.exists():
        popcorn_days()
    docs = load_all(args.data)
    print(f"{len(docs)} documents, {sum(len(d.gold) for d in docs)} gold DATE/TIME expressions, "
          f"{sum(1 for d in docs for g in d.gold if g.interval)} with an interval value")
    stage = newsevents_stage()
    stage(docs[0])  # load spaCy outside the timing
    parses = _parse_all(docs)
    rows = [("newsevents (when stage, spaCy parse included)", run_system(docs, stage)),
            ("newsevents (when stage alone, parse done beforehand)",
             run_system(docs, newsevents_stage(parses))),
            ("newsevents.temporal.find_times (no spaCy)", run_system(docs, newsevents_regex()))]
    print(HEADER)
    for name, s in rows:
        print(report(name, s))
    if args.errors:
        print("\n".join(rows[0][1].errors))


if __name__ == "__main__":
    main()
