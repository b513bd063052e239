"""The accuracy gate (trafilatura's eval_gate): gold sets, through the whole pipeline, must reach
every floor in tests/quality_floor.json.

Sets: the seeds (../shared/gold/seeds.gold.json) and the real news of ../shared/data/news-dev,
French and English apart, plus both in one database scored with the cross-language clusters
(``news-dev-fr+en``, merge figures only). Merge figures (pairwise precision and recall over the
gold clusters, issue 12) are floored for the news-dev sets beside the headline figures. Floors
record what the pipeline reached when they were last raised.
Raise a floor when a change improves a figure; never lower one to make a change pass (fix the
regression instead). news-dev figures are development figures: the extractors are developed
against those documents, so the gate guards against regressions, it does not measure
generalisation.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import GOLD, NEWS_DEV, SEEDS

from newsevents.evaluate import HEADLINE, Report, evaluate
from newsevents.store import Store

FLOOR_FILE = Path(__file__).with_name("quality_floor.json")

# set name -> (inputs to ingest, gold files scored together)
SETS: dict[str, tuple[list[Path], list[Path]]] = {
    "seeds": ([SEEDS], [GOLD]),
    "news-dev-fr": ([NEWS_DEV / "fr_news.jsonl"], [NEWS_DEV / "fr_news.gold.json"]),
    "news-dev-en": ([NEWS_DEV / "en_news.jsonl"], [NEWS_DEV / "en_news.gold.json"]),
    "news-dev-fr+en": ([NEWS_DEV / "fr_news.jsonl", NEWS_DEV / "en_news.jsonl"],
                       [NEWS_DEV / "fr_news.gold.json", NEWS_DEV / "en_news.gold.json",
                        NEWS_DEV / "cross_language_clusters.json"]),
}
MERGE = ("merge_precision", "merge_recall")
# the figures each set is floored on
FIGURES: dict[str, tuple[str, ...]] = {
    "seeds": tuple(HEADLINE),
    "news-dev-fr": (*HEADLINE, *MERGE),
    "news-dev-en": (*HEADLINE, *MERGE),
    "news-dev-fr+en": MERGE,
}

# figures are ratios of small integers: compare with a margin well below one count's worth
TOLERANCE = 1e-9


def floors() -> dict[str, dict[str, float]]:
    data = json.loads(FLOOR_FILE.read_text(encoding="utf-8"))
    return {name: {k: float(v) for k, v in figures.items()}
            for name, figures in data.items() if not name.startswith("_")}


@pytest.fixture(scope="module")
def reports(tmp_path_factory: pytest.TempPathFactory, pipe) -> dict[str, Report]:  # type: ignore[no-untyped-def]
    from newsevents.ingest import ingest

    out: dict[str, Report] = {}
    for name, (inputs, gold) in SETS.items():
        with Store.open(str(tmp_path_factory.mktemp("gate") / f"{name}.db")) as store:
            summary = ingest([str(p) for p in inputs], store, pipeline=pipe)
            assert summary.ok, summary.to_json()
            out[name] = evaluate(list(gold), store)
    return out


def test_the_floor_file_names_every_set_and_every_figure() -> None:
    assert set(floors()) == set(SETS)
    for name, figures in floors().items():
        assert set(figures) == set(FIGURES[name])
        assert all(0.0 <= v <= 1.0 for v in figures.values())


def figures_of(report: Report) -> dict[str, float]:
    return {**report.headline(), **report.merging()}


@pytest.mark.slow
@pytest.mark.parametrize(("name", "figure"), [(n, f) for n, fs in FIGURES.items() for f in fs])
def test_figure_holds_its_floor(reports: dict[str, Report], name: str, figure: str) -> None:
    report = reports[name]
    reached, floor = figures_of(report)[figure], floors()[name][figure]
    assert reached >= floor - TOLERANCE, (
        f"{name}: {figure} fell to {reached:.3f}, below its floor {floor:.3f}\n\n{report.render()}")
