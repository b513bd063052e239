"""Cross-validation by group, and the choice of per-type thresholds, for the trained screens.

Why in the package and not only in bench/classifier_cv.py: these few functions carry the honesty
of the figures (a story or an outlet is never on both sides of a split; thresholds are chosen on
training units only, by a stated rule), so they are tested (tests/test_learn_crossval.py).
"""

from __future__ import annotations

import random
import statistics
from collections.abc import Sequence
from typing import Any

# The thresholds tried (probability of REAL under which a unit is dropped).
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
    """Precision, recall and F1 of the kept units against their labels (True: REAL)."""
    kept_real = sum(1 for y, k in zip(labels, keep, strict=True) if y and k)
    kept = sum(keep)
    real = sum(labels)
    p = kept_real / kept if kept else 1.0
    r = kept_real / real if real else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


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
    """Whether the screen keeps a unit of probability ``p`` (types without a threshold: always)."""
    return p >= thresholds.get(unit["type"], 0.0)
