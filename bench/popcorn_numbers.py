"""Precision and recall of the `numbers` stage's casualty counts on POPCORN (400 French reports).

    .venv/bin/python bench/popcorn_numbers.py [--limit N] [--errors]

Gold, per document: the set of (unit, value) from DEATHS_NUMBER ("killed") and INJURED_NUMBER
("injured") relations, the value read from the quantity entity's ``value`` (its mention offsets
are unreliable, see ../shared/data/README.md). Ours, per document: the set of (unit, value) of
the number mentions whose unit is "killed" or "injured".

Matching conventions (POPCORN's and ours differ only in how they write "some"):
- POPCORN writes an uncounted plural ("plusieurs blessés", "de nombreuses victimes") as a
  QUANTITY_FUZZY of value 2; we write value 1 with ``minimum=True``. Both become the key "some".
- Zero counts ("aucun mort") are not annotated in POPCORN, so our zero mentions are left out of
  precision (they are scored by the unit tests instead).
Everything else must match exactly: "une dizaine" is 10 on both sides, "des centaines" 200.
Only the stages the numbers stage reads (when, numbers) are run.
"""

from __future__ import annotations

import sys
import time
from collections import Counter

from popcorn import CASUALTY_RELATIONS as RELATIONS
from popcorn import ROOT, command_line, is_fuzzy_some, load, quantity_value

sys.path.insert(0, str(ROOT))

SOME = "some"


def _gold(doc: dict) -> set[tuple[str, object]]:
    entities = {e["id"]: e for e in doc["entities"]}
    out: set[tuple[str, object]] = set()
    for _head, rel, tail in doc["relations"]:
        if rel not in RELATIONS:
            continue
        ent = entities[tail]
        value = quantity_value(ent)
        if value is None:
            continue
        out.add((RELATIONS[rel], SOME if is_fuzzy_some(ent, value) else value))
    return out


def _ours(article) -> set[tuple[str, object]]:
    out: set[tuple[str, object]] = set()
    for m in article.of_kind("number"):
        q = m.value
        if q.unit not in RELATIONS.values() or q.value == 0:
            continue
        out.add((q.unit, SOME if (q.value == 1 and q.minimum) else q.value))
    return out


def main() -> None:
    args = command_line(__doc__, "print misses and false alarms")

    from newsevents.model import Article
    from newsevents.pipeline import Failure, Pipeline
    from newsevents.pipeline import parser as pipeline

    data, keys = load(args.limit)
    articles = [Article(text=data[k]["text"], id=k, language="fr") for k in keys]
    pipe = Pipeline(("when", "numbers"))
    pipeline("fr")
    counts: Counter[tuple[str, str]] = Counter()
    stage_seconds = 0.0
    from newsevents.extract import numbers

    for art in pipe.process_many(articles):
        if isinstance(art, Failure):
            print(f"failed: {art.where}: {art.error}", file=sys.stderr)
            continue
        t0 = time.perf_counter()
        numbers.find_quantities(art)
        stage_seconds += time.perf_counter() - t0
        gold, ours = _gold(data[art.id]), _ours(art)
        for unit in RELATIONS.values():
            g = {x for x in gold if x[0] == unit}
            o = {x for x in ours if x[0] == unit}
            counts[(unit, "gold")] += len(g)
            counts[(unit, "ours")] += len(o)
            counts[(unit, "hit")] += len(g & o)
        if args.errors and gold != ours:
            print(f"{art.id}: missed {sorted(gold - ours, key=str)} extra {sorted(ours - gold, key=str)}")
            for m in art.of_kind("number"):
                if m.value.unit in RELATIONS.values():
                    print(f"    {m.text!r} -> {m.value}")

    print(f"POPCORN train: {len(keys)} documents; command: .venv/bin/python bench/popcorn_numbers.py")
    print(f"{'unit':8} {'gold':>5} {'ours':>5} {'hit':>5} {'precision':>10} {'recall':>7}")
    for unit in [*RELATIONS.values(), "all"]:
        units = list(RELATIONS.values()) if unit == "all" else [unit]
        g = sum(counts[(u, "gold")] for u in units)
        o = sum(counts[(u, "ours")] for u in units)
        h = sum(counts[(u, "hit")] for u in units)
        print(f"{unit:8} {g:>5} {o:>5} {h:>5} {h / max(o, 1):>10.3f} {h / max(g, 1):>7.3f}")
    print(f"numbers stage: {1000 * stage_seconds / max(len(keys), 1):.2f} ms per article")


if __name__ == "__main__":
    main()
