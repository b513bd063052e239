"""A publication known only as a range (Published.dates_news): relative dates are left out.

"Les rebelles ont repris les armes fin 2021. Le 3 mai, ..." places publication on or after 3 May
2022 at the earliest, with no upper bound: read from that bound, "dimanche" would be a confident
wrong day, and undated news would span years. Texts written here from the general pattern.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from newsevents.extract.when import FLOOR_WARNING
from newsevents.ingest import ingest
from newsevents.model import Published
from newsevents.store import Store

FLOORED = {
    "fr": ("Les rebelles ont repris les armes fin 2021. Le 3 mai, un camp de déplacés a été bombardé "
           "près de Goma, faisant neuf morts. Dimanche, un drone a frappé un marché de Bunia, tuant deux "
           "personnes. Le 14 février 2020, une frappe avait touché Beni, faisant cinq morts."),
    "en": ("The rebels took up arms in late 2021. On May 3, a displacement camp near Goma was shelled, "
           "killing nine people. On Sunday, a drone struck a market in Bunia, killing two. On February 14, "
           "2020, a strike had hit Beni, killing five."),
}


@pytest.mark.parametrize("language", ["fr", "en"])
def test_a_publication_known_only_as_an_open_range_dates_no_relative_incident(tmp_path: Path, pipe,
                                                                              language: str) -> None:
    path = tmp_path / "floor.jsonl"
    path.write_text(json.dumps({"id": "floor", "language": language, "text": FLOORED[language]},
                               ensure_ascii=False) + "\n", encoding="utf-8")
    with Store.open(str(tmp_path / "x.db")) as store:
        summary = ingest([path], store, pipeline=pipe)
        outcome = summary.outcomes[0]
        assert FLOOR_WARNING in outcome.warnings
        doc = store.document("floor")
        assert doc is not None and doc["published"]["precision"] == "range"
        events = store.stored_events("floor")
        starts = sorted(e["date"]["start"] for e in events)
        # the strike written with its year stays; "Dimanche" and the yearless "3 mai" are left out
        assert "2020-02-14" in starts
        assert not any(s.startswith("2022") or s.startswith("2026") for s in starts)
        assert all((e.get("location") or {}).get("name") != "Bunia" for e in events)


def test_a_range_publication_dates_no_news_a_day_does() -> None:
    assert Published(date(2022, 5, 3), "day", inferred=True).dates_news
    assert not Published(date(2022, 5, 3), "range", inferred=True, end=date(2026, 1, 1)).dates_news


# A yearless dateline after a reference that names only a year or a month ("En 2023, la ville avait
# déjà été frappée"; "since ... November 2022"): the year is only the first after it, a floor.
YEAR_ONLY_BASE = {
    "fr": ("PARIS, 12 mars (AFP) - Une frappe de drone a tué deux personnes mardi à Kherson, a annoncé le "
           "gouverneur. En 2023, la ville avait déjà été frappée."),
    "en": ("KYIV, March 12 (Reuters) - A drone strike killed two people in Kherson on Tuesday, the governor "
           "said. The city has been shelled repeatedly since Russian forces withdrew in November 2022."),
}


@pytest.mark.parametrize("language", ["fr", "en"])
def test_a_yearless_date_after_a_year_or_month_is_a_floor(language: str) -> None:
    from newsevents.read.published import infer_published

    found = infer_published(YEAR_ONLY_BASE[language], language)
    assert found is not None
    assert found.precision == "range" and not found.dates_news
    assert found.date == (date(2023, 3, 12))
