"""Publication dates of English articles from their own evidence: the French-only rows of
tests/test_published.py (a narrative around a date, a range that is over, future sentences, "last
autumn" beside "autumn 2022", a month only, a partial date after its year), no evidence, and the
when stage inferring the date of an undated English article."""

from __future__ import annotations

from datetime import date

import pytest
from helpers import run_when

from newsevents.read.published import infer_published

# (text, earliest acceptable date, latest acceptable date, precision)
CASES = [
    # not a weekday of a narrative around that date (the Friday night before the Saturday)
    ("On Saturday 10 September 2005, the convoy arrived. It had left on Friday night.",
     "2005-09-10", "2005-09-12", "day"),
    # a range of days is over when reported
    ("Shots were fired during the night of 6 to 7 May 2022 near the border.", "2022-05-07", "2022-05-09",
     "day"),
    # future sentences are not evidence
    ("The summit will take place on 3 December 2026. On 5 March 2026, the ministers met.",
     "2026-03-05", "2026-03-07", "day"),
    # "last autumn" next to "autumn 2022": published after that autumn
    ("In the autumn of 2022, fighting resumed. The minister spoke of the fighting of last autumn.",
     "2022-12-21", "2023-12-20", "day"),
    # only a month: the interval of that month
    ("In April 2022, notes were sent to the embassies.", "2022-04-01", "2022-04-30", "month"),
    # a partial date governed by the year of its own sentence does not move the date
    ("On 15 March 2021 and then on 20 April 2021, strikes took place.", "2021-04-20", "2021-04-22", "day"),
]


@pytest.mark.parametrize(("text", "earliest", "latest", "precision"), CASES)
def test_inferred_publication(text: str, earliest: str, latest: str, precision: str) -> None:
    got = infer_published(text, "en")
    assert got is not None
    assert got.inferred and got.basis
    assert got.precision == precision
    assert date.fromisoformat(earliest) <= got.date <= date.fromisoformat(latest)
    assert got.end is not None and got.date <= got.end


@pytest.mark.parametrize("text", [
    "The minister said on Tuesday that the situation was serious.",
    "Yesterday, thousands of people marched.",
    "No date is given here.",
    "",
])
def test_no_dated_evidence_gives_none(text: str) -> None:
    assert infer_published(text, "en") is None


def test_stage_sets_inferred_publication_and_resolves_with_it(nlp_en) -> None:  # type: ignore[no-untyped-def]
    article = run_when(nlp_en, "On 2 June 2023, the dam burst. Yesterday, the minister visited the area.",
                       "en", None)
    assert article.published is not None and article.published.inferred
    yesterday = [m for m in article.of_kind("time") if m.text == "Yesterday"]
    assert yesterday and yesterday[0].value.start == article.published.date.fromordinal(  # type: ignore[union-attr]
        article.published.date.toordinal() - 1)


def test_stage_warns_when_nothing_dates_the_article(nlp_en) -> None:  # type: ignore[no-untyped-def]
    article = run_when(nlp_en, "Yesterday, the minister visited the stricken area.", "en", None)
    assert article.published is None
    assert any("publication date" in w for w in article.warnings)
    assert article.of_kind("time") == []
