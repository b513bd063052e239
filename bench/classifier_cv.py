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
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from newsevents.learn import textcat
from newsevents.learn.crossval import choose_thresholds, folds_by_group, kept, prf, stable_choice

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from train_screen import UNITS, load_units  # noqa: E402

INNER_FOLDS = 3


def fit_score(units: Sequence[dict[str, Any]], train: Sequence[int], test: Sequence[int],
              seed: int) -> list[float]:
    nlp = textcat.train([units[i]["text"] for i in train], [units[i]["label"] for i in train], seed=seed)
    return textcat.scores(nlp, [units[i]["text"] for i in test])


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
