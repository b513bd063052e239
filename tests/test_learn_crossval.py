"""The cross-validation behind the screen's figures (newsevents/learn/crossval.py): what makes
them held-out figures must hold, whatever the units."""

from __future__ import annotations

import pytest

from newsevents.learn import crossval


def _units(groups: list[tuple[str, int]]) -> list[dict]:
    return [{"group": g, "type": "explosion", "label": True} for g, n in groups for _ in range(n)]


@pytest.mark.parametrize("seed", [0, 1, 7])
def test_a_group_is_never_on_both_sides_of_a_split(seed):
    units = _units([("outlet-a", 9), ("outlet-b", 4), ("report-1", 1), ("report-2", 1), ("report-3", 2),
                    ("outlet-c", 5), ("report-4", 1)])
    folds = crossval.folds_by_group(units, 3, seed)
    assert sorted(i for f in folds for i in f) == list(range(len(units)))
    for fold in folds:
        inside = {units[i]["group"] for i in fold}
        outside = {units[i]["group"] for f in folds if f is not fold for i in f}
        assert not inside & outside


def test_folds_are_balanced_and_reproducible():
    units = _units([(f"g{i}", 1 + i % 3) for i in range(30)])
    folds = crossval.folds_by_group(units, 5, 0)
    sizes = [len(f) for f in folds]
    assert max(sizes) - min(sizes) <= 3
    assert folds == crossval.folds_by_group(units, 5, 0)


def _scored(rows: list[tuple[str, bool, float]]) -> tuple[list[dict], dict[int, float]]:
    units = [{"type": t, "label": y, "group": str(i)} for i, (t, y, _) in enumerate(rows)]
    return units, {i: p for i, (_, _, p) in enumerate(rows)}


def test_a_type_is_screened_below_the_real_ones_when_enough_accidents_fall_there():
    rows = [("explosion", False, p) for p in (0.01, 0.02, 0.05, 0.08, 0.12, 0.6)]
    rows += [("explosion", True, p) for p in (0.35, 0.7, 0.9)]
    units, probs = _scored(rows)
    assert crossval.choose_thresholds(units, probs) == {"explosion": 0.15}


def test_too_few_dropped_or_no_real_unit_of_the_type_screens_nothing():
    few = [("arrest", False, 0.05), ("arrest", False, 0.1), ("arrest", True, 0.9), ("arrest", True, 0.8)]
    assert crossval.choose_thresholds(*_scored(few)) == {}
    no_real = [("arrest", False, p) for p in (0.01, 0.02, 0.03, 0.04, 0.05, 0.06)]
    assert crossval.choose_thresholds(*_scored(no_real)) == {}


def test_a_real_unit_lost_costs_more_than_an_accident_dropped():
    # below 0.5: 5 accidents dropped but 2 real lost (5 - 3*2 < 0); below 0.15: 5 dropped, none lost
    rows = [("clash", False, p) for p in (0.1, 0.1, 0.1, 0.1, 0.1)] + [("clash", True, 0.3)] * 2
    rows += [("clash", True, 0.9)] * 3
    assert crossval.choose_thresholds(*_scored(rows)) == {"clash": 0.15}
    rows = [("clash", False, 0.4)] * 5 + [("clash", True, 0.3)] * 2 + [("clash", True, 0.9)]
    assert crossval.choose_thresholds(*_scored(rows)) == {}


def test_the_shipped_choice_is_a_majority_of_folds_at_the_median_threshold():
    per_fold = [{}, {"explosion": 0.1}, {"explosion": 0.2}, {"explosion": 0.15, "arrest": 0.5},
                {"explosion": 0.3, "arrest": 0.15}]
    assert crossval.stable_choice(per_fold) == {"explosion": 0.175}


def test_precision_and_recall_of_what_is_kept():
    p, r, f = crossval.prf([True, True, False, False], [True, False, False, True])
    assert (p, r, f) == (0.5, 0.5, 0.5)
    assert crossval.kept({"type": "protest"}, 0.0, {"explosion": 0.2})
    assert not crossval.kept({"type": "explosion"}, 0.1, {"explosion": 0.2})
