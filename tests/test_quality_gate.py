"""The accuracy gate (trafilatura's eval_gate): the seeds, through the whole pipeline, scored
against ../shared/gold/seeds.gold.json, must reach every floor in tests/quality_floor.json.

Floors record what the pipeline reached when they were last raised. Raise a floor when a change
improves a figure; never lower one to make a change pass (fix the regression instead).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import GOLD, SEEDS

from newsevents.evaluate import HEADLINE, Report, evaluate
from newsevents.store import Store

FLOOR_FILE = Path(__file__).with_name("quality_floor.json")

# figures are ratios of small integers: compare with a margin well below one count's worth
TOLERANCE = 1e-9


def floors() -> dict[str, float]:
    data = json.loads(FLOOR_FILE.read_text(encoding="utf-8"))
    return {k: float(v) for k, v in data.items() if not k.startswith("_")}


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory, pipe) -> Report:  # type: ignore[no-untyped-def]
    from newsevents.ingest import ingest

    with Store.open(str(tmp_path_factory.mktemp("gate") / "gate.db")) as store:
        summary = ingest([str(SEEDS)], store, pipeline=pipe)
        assert summary.ok, summary.to_json()
        return evaluate(GOLD, store)


def test_the_floor_file_names_every_headline_figure() -> None:
    assert set(floors()) == set(HEADLINE)
    assert all(0.0 <= v <= 1.0 for v in floors().values())


@pytest.mark.slow
@pytest.mark.parametrize("figure", HEADLINE)
def test_figure_holds_its_floor(report: Report, figure: str) -> None:
    reached, floor = report.headline()[figure], floors()[figure]
    assert reached >= floor - TOLERANCE, (
        f"{figure} fell to {reached:.3f}, below its floor {floor:.3f}\n\n{report.render()}")
