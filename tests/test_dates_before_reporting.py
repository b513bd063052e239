"""A date told between what a reporting verb reports and the verb ("... when a drone struck a
market in Nyala, in South Darfur, on Tuesday, activists said"): the English parser hangs it on
"said", but it dates the reported act (events_dates_refs.reports_before); after the verb ("said on
Friday") or before the whole sentence ("On Tuesday, activists said ...") it stays the statement's.
Sentences written here from the general pattern; publication Saturday 15 November 2025."""

from __future__ import annotations

from datetime import date

import pytest

from newsevents.model import Article, Published

PUBLISHED = Published(date(2025, 11, 15))


@pytest.mark.parametrize("text", [
    "At least 15 people were killed when a Sudanese army drone struck a market in Nyala, in South Darfur, "
    "on Tuesday, activists said.",
    "Five people were wounded when a Russian missile hit a school in Kharkiv, in the northeast, on Tuesday, "
    "the governor said.",
])
def test_a_date_before_the_reporting_clause_dates_the_act(pipe, text: str) -> None:
    article = pipe.process(Article(text=text, id="t", language="en", published=PUBLISHED))
    assert [e.to_json()["date"]["start"] for e in article.events] == ["2025-11-11"]
