"""Cross-validated figures of the incident screen (newsevents/learn/screen.py) against the rules.

    .venv/bin/python bench/classifier_cv.py              # 5 folds, units from bench/train_screen.py
    .venv/bin/python bench/classifier_cv.py --folds 5 --seed 0 --rebuild

The units (every incident the rules extract from POPCORN and news-dev, labelled REAL or NOT from
the corpora's annotation; see bench/train_screen.py) are split into folds *by group*: a POPCORN
report, or a news-dev outlet (the URL's host), never has units on both sides of a split, so the
classifier is always scored on text of a story, and of an outlet, it never saw.

On every held-out fold two systems are scored on the same units:
- rules: keep every incident the rules extracted (what the pipeline does with the screen off);
- screen: keep the incidents whose probability of REAL is at least a threshold, the threshold
  chosen by an inner cross-validation on the training folds only (nested: the held-out fold plays
  no part in choosing it).
Precision is the share of REAL among the kept incidents, recall the share of the REAL incidents
kept (the rules keep all: recall 1.0 by construction, their loss is precision).
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from newsevents.learn import textcat

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from train_screen import UNITS, load_units  # noqa: E402

THRESHOLDS = [round(0.05 * i, 2) for i in range(1, 20)]
# The inner choice, per incident type: the threshold with the largest gain, where a NOT incident
# dropped counts +1 and a REAL incident lost counts -COST_OF_LOSS (a real incident lost is worse
# than an accident kept: the register is for analysts, and a kept accident is visible and easy to
# discard); the smallest threshold among equal gains; a type is screened only when the gain comes
# from at least MIN_DROPPED incidents, so that one odd unit does not switch a type on.
COST_OF_LOSS = 3
MIN_DROPPED = 5
# ... and only when the units it is chosen on hold REAL incidents of that type too: without them
# nothing says the classifier keeps the real ones (POPCORN's arrests are all of common criminals).
MIN_REAL = 2
INNER_FOLDS = 3


def folds_by_group(units: Sequence[dict[str, Any]], k: int, seed: int) -> list[list[int]]:
    """Unit indexes per fold; a group's units all fall in one fold (largest groups placed first,
    each into the fold with the fewest units so far; ties broken by a seeded shuffle)."""
    groups: dict[str, list[int]] = {}
    for i, u in enumerate(units):
        groups.setdefault(u["group"], []).append(i)
    names = sorted(groups)
    random.Random(seed).shuffle(names)
    names.sort(key=lambda g: -len(groups[g]))
    folds: list[list[int]] = [[] for _ in range(k)]
    for g in names:
        min(folds, key=len).extend(groups[g])
    return [sorted(f) for f in folds]


def prf(labels: Sequence[bool], keep: Sequence[bool]) -> tuple[float, float, float]:
    kept_real = sum(1 for y, k in zip(labels, keep, strict=True) if y and k)
    kept = sum(keep)
    real = sum(labels)
    p = kept_real / kept if kept else 1.0
    r = kept_real / real if real else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def fit_score(units: Sequence[dict[str, Any]], train: Sequence[int], test: Sequence[int],
              seed: int) -> list[float]:
    nlp = textcat.train([units[i]["text"] for i in train], [units[i]["label"] for i in train], seed=seed)
    return textcat.scores(nlp, [units[i]["text"] for i in test])


def choose_thresholds(units: Sequence[dict[str, Any]], probs: dict[int, float]) -> dict[str, float]:
    """Per incident type, the threshold under which the screen drops it (types absent: never)."""
    chosen: dict[str, float] = {}
    for kind in sorted({units[i]["type"] for i in probs}):
        idx = [i for i in probs if units[i]["type"] == kind]
        if sum(1 for i in idx if units[i]["label"]) < MIN_REAL:
            continue
        best, best_gain = 0.0, 0
        for t in THRESHOLDS:
            dropped = sum(1 for i in idx if probs[i] < t and not units[i]["label"])
            lost = sum(1 for i in idx if probs[i] < t and units[i]["label"])
            gain = dropped - COST_OF_LOSS * lost
            if gain > best_gain and dropped >= MIN_DROPPED:
                best, best_gain = t, gain
        if best:
            chosen[kind] = best
    return chosen


def stable_choice(per_fold: list[dict[str, float]]) -> dict[str, float]:
    """The types the nested choice screened in more than half of the outer folds, each with the
    median of its thresholds there: a type chosen in one fold only rests on one fold's units."""
    types = {t for chosen in per_fold for t in chosen}
    return {t: round(statistics.median(c[t] for c in per_fold if t in c), 3) for t in sorted(types)
            if 2 * sum(1 for c in per_fold if t in c) > len(per_fold)}


def kept(unit: dict[str, Any], p: float, thresholds: dict[str, float]) -> bool:
    return p >= thresholds.get(unit["type"], 0.0)


def inner_thresholds(units: Sequence[dict[str, Any]], train: Sequence[int], seed: int) -> dict[str, float]:
    """The per-type thresholds chosen on out-of-fold scores within the training units only."""
    sub = [units[i] for i in train]
    probs: dict[int, float] = {}
    for inner in folds_by_group(sub, INNER_FOLDS, seed + 1):
        held = set(inner)
        rest = [i for i in range(len(sub)) if i not in held]
        inner = [i for i in inner if not sub[i].get("extra")]
        for i, p in zip(inner, fit_score(sub, rest, inner, seed), strict=True):
            probs[i] = p
    return choose_thresholds(sub, probs)


def row(name: str, labels: list[bool], keep_rules: list[bool], keep_screen: list[bool]) -> str:
    real, nots = sum(labels), len(labels) - sum(labels)
    pr, rr, fr = prf(labels, keep_rules)
    ps, rs, fs = prf(labels, keep_screen)
    lost = sum(1 for y, k in zip(labels, keep_screen, strict=True) if y and not k)
    caught = sum(1 for y, k in zip(labels, keep_screen, strict=True) if not y and not k)
    return (f"| {name} | {len(labels)} | {real}/{nots} | {pr:.3f} / {rr:.3f} / {fr:.3f} | "
            f"{ps:.3f} / {rs:.3f} / {fs:.3f} | {caught}/{nots} | {lost}/{real} |")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--rebuild", action="store_true", help="re-run the rules over the corpora first")
    parser.add_argument("--units", type=Path, default=UNITS)
    parser.add_argument("--show", action="store_true", help="print every held-out unit the screen drops")
    args = parser.parse_args()
    started = time.perf_counter()
    units = load_units(args.units, args.rebuild)
    folds = folds_by_group(units, args.folds, args.seed)
    probs: dict[int, float] = {}
    keep: dict[int, bool] = {}
    per_fold = []
    for n, test in enumerate(folds):
        held = set(test)
        train = [i for i in range(len(units)) if i not in held]
        thresholds = inner_thresholds(units, train, args.seed)
        per_fold.append(thresholds)
        test = [i for i in test if not units[i].get("extra")]
        for i, p in zip(test, fit_score(units, train, test, args.seed), strict=True):
            probs[i] = p
            keep[i] = kept(units[i], p, thresholds)
        print(f"fold {n + 1}: {len(test)} held-out incidents, thresholds {thresholds} (inner CV)",
              file=sys.stderr)
    print(f"\n{args.folds}-fold cross-validation grouped by report/outlet, seed {args.seed}; "
          f"per-type thresholds chosen in each fold (nested): {per_fold}\n")
    print("| held-out units | n | REAL/NOT | rules P / R / F1 | screen P / R / F1 | NOT dropped "
          "| REAL lost |")
    print("|---|---|---|---|---|---|---|")
    corpora = sorted({u["corpus"] for u in units})
    for name in [*corpora, "all"]:
        idx = [i for i, u in enumerate(units) if name in ("all", u["corpus"]) and not u.get("extra")]
        labels = [units[i]["label"] for i in idx]
        print(row(name, labels, [True] * len(idx), [keep[i] for i in idx]))
    print("\nper type, all held-out incidents (rules keep all; screen with the nested thresholds):")
    print("| type | REAL/NOT | NOT dropped | REAL lost |")
    print("|---|---|---|---|")
    for kind in sorted({units[i]["type"] for i in probs}):
        idx = [i for i in probs if units[i]["type"] == kind]
        real = sum(1 for i in idx if units[i]["label"])
        dropped = sum(1 for i in idx if not keep[i] and not units[i]["label"])
        lost = sum(1 for i in idx if not keep[i] and units[i]["label"])
        print(f"| {kind} | {real}/{len(idx) - real} | {dropped} | {lost} |")
    print(f"\nthe same rule on all out-of-fold scores (for comparison): {choose_thresholds(units, probs)}")
    print(f"stable choice (what newsevents/learn/screen.py ships): {stable_choice(per_fold)}")
    order = sorted(probs)
    if args.show:
        print("\nheld-out units the screen drops (label, P(REAL), corpus, type: sentences):")
        for i in order:
            if not keep[i]:
                u = units[i]
                print(f"  {'REAL' if u['label'] else 'NOT '} {probs[i]:.2f} {u['corpus']} {u['type']}: "
                      f"{u['sentences'][:160]}")
    print(f"\n({time.perf_counter() - started:.0f} s)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
