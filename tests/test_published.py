"""Publication-date inference from the text's own evidence (read/published.py and the when stage)."""

from __future__ import annotations

import json
from datetime import date

import pytest
from conftest import GOLD, SEEDS
from helpers import run_when

from newsevents.read.published import infer_published

# (text, language, earliest acceptable date, latest acceptable date, precision)
CASES = [
    # the newest fully dated reference
    ("Le 3 mars 2024, une frappe a touché le port. Le 10 janvier 2024, un drone avait été abattu.",
     "fr", "2024-03-03", "2024-03-05", "day"),
    ("On 3 March 2024 a strike hit the port. On 10 January 2024 a drone had been shot down.",
     "en", "2024-03-03", "2024-03-05", "day"),
    # a partial date after the newest explicit one
    ("Le 28 août 2025, un dépôt a brûlé. Le 14 novembre, un missile est tombé sur la ville.",
     "fr", "2025-11-14", "2025-11-16", "day"),
    ("A depot burned on 28 August 2025. On 14 November, a missile fell on the city.",
     "en", "2025-11-14", "2025-11-16", "day"),
    # a weekday pins the day when the newest date is in the words it reports: 2 June 2023 is a
    # Friday, the first Tuesday after it the 6th
    ("« Le 2 juin 2023, le barrage a cédé », a déclaré mardi le ministre.",
     "fr", "2023-06-06", "2023-06-12", "day"),
    ('"The dam burst on 2 June 2023," the minister said on Tuesday.',
     "en", "2023-06-06", "2023-06-12", "day"),
    # ... but only a weekday of the reporting clause: one inside the quoted words is what was said
    # (2 June 2023 is a Friday: the Tuesday of the quotation is the one before, not the 6th)
    ("« Le 2 juin 2023, après les pluies de mardi, le barrage a cédé », a déclaré le ministre.",
     "fr", "2023-06-02", "2023-06-04", "day"),
    ('"After the rains of Tuesday, the dam burst on 2 June 2023," the minister said.',
     "en", "2023-06-02", "2023-06-04", "day"),
    # ... and not in a narrative around that date (the Friday night before the Saturday)
    ("Le samedi 10 septembre 2005, le convoi est arrivé. Il était parti dans la nuit du vendredi.",
     "fr", "2005-09-10", "2005-09-12", "day"),
    # a range of days is over when reported
    ("Des tirs ont eu lieu dans la nuit du 6 au 7 mai 2022 près de la frontière.",
     "fr", "2022-05-07", "2022-05-09", "day"),
    # future sentences are not evidence
    ("Le sommet aura lieu le 3 décembre 2026. Le 5 mars 2026, les ministres se sont réunis.",
     "fr", "2026-03-05", "2026-03-07", "day"),
    # "l'automne dernier" next to "l'automne 2022": published after that autumn
    ("À l'automne 2022, les combats ont repris. Le ministre a évoqué les combats de l'automne dernier.",
     "fr", "2022-12-21", "2023-12-20", "day"),
    # only a month: the interval of that month
    ("En avril 2022, des notes ont été envoyées aux ambassades.", "fr", "2022-04-01", "2022-04-30", "month"),
    # a partial date governed by the year of its own sentence does not move the date
    ("Le 15 mars 2021, puis le 20 avril 2021, des frappes ont eu lieu.", "fr", "2021-04-20", "2021-04-22",
     "day"),
]


@pytest.mark.parametrize(("text", "language", "earliest", "latest", "precision"), CASES)
def test_inferred_publication(text: str, language: str, earliest: str, latest: str, precision: str) -> None:
    got = infer_published(text, language)
    assert got is not None
    assert got.inferred and got.basis
    assert got.precision == precision
    assert date.fromisoformat(earliest) <= got.date <= date.fromisoformat(latest)
    assert got.end is not None and got.date <= got.end


@pytest.mark.parametrize("text", [
    "Le ministre a déclaré mardi que la situation était grave.",
    "Hier, des milliers de personnes ont manifesté.",
    "Aucune date n'est donnée ici.",
    "",
])
def test_no_dated_evidence_gives_none(text: str) -> None:
    assert infer_published(text, "fr") is None


def _stage(nlp, text: str):  # type: ignore[no-untyped-def]
    """The when stage on an undated French article: it must infer the publication date itself."""
    return run_when(nlp, text, "fr", None)


def test_stage_sets_inferred_publication_and_resolves_with_it(nlp_fr) -> None:  # type: ignore[no-untyped-def]
    article = _stage(nlp_fr, "Le 2 juin 2023, le barrage a cédé. Hier, le ministre a visité la zone.")
    assert article.published is not None and article.published.inferred
    assert article.published.to_json()["inferred"] is True
    yesterday = [m for m in article.of_kind("time") if m.text == "Hier"]
    assert yesterday and yesterday[0].value.start == article.published.date.fromordinal(  # type: ignore[union-attr]
        article.published.date.toordinal() - 1)


def test_stage_warns_when_nothing_dates_the_article(nlp_fr) -> None:  # type: ignore[no-untyped-def]
    article = _stage(nlp_fr, "Hier, le ministre a visité la zone sinistrée.")
    assert article.published is None
    assert any("publication date" in w for w in article.warnings)
    assert article.of_kind("time") == []


def _seed_cases() -> list[tuple[str, dict[str, str]]]:
    if not GOLD.exists():
        return []
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    return [(d["document"], d["published"]) for d in gold["documents"]
            if (SEEDS / f"{d['document']}.txt").exists()]


@pytest.mark.parametrize(("document", "interval"), _seed_cases())
def test_example_articles_get_a_date_inside_the_gold_interval(nlp_fr, document: str,  # type: ignore[no-untyped-def]
                                                              interval: dict[str, str]) -> None:
    article = _stage(nlp_fr, (SEEDS / f"{document}.txt").read_text(encoding="utf-8"))
    assert article.published is not None and article.published.inferred
    lo, hi = date.fromisoformat(interval["start"]), date.fromisoformat(interval["end"])
    assert lo <= article.published.date <= hi
    assert article.published.end is not None and lo <= article.published.end <= hi
