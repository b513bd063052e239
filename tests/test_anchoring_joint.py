"""Two undated reports of one incident dated together (newsevents/anchoring_joint.py).

One page says "dans la nuit de samedi à dimanche", another "dans la nuit du 4 au 5 octobre" and no
year: 4 October is a Saturday in the most recent such year, which dates the night, the second page
(on or after the 5th) and the first (the Sunday its reporting clause names). Texts written here
from the general pattern, in stories of their own.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from newsevents.anchoring_joint import JOINT_MARKER
from newsevents.ingest import ingest
from newsevents.store import Store

WEEKDAYS = {
    "fr": ("Des drones russes ont frappé dans la nuit de samedi à dimanche la ville de Tchernihiv, dans le "
           "nord de l'Ukraine, tuant deux civils, a indiqué dimanche le gouverneur régional."),
    "en": ("Russian drones struck the city of Chernihiv in northern Ukraine overnight Saturday into Sunday, "
           "killing two civilians, the regional governor said on Sunday."),
}
YEARLESS = {
    "fr": ("Dans la nuit du 4 au 5 octobre, des drones russes ont frappé Tchernihiv, dans le nord de "
           "l'Ukraine, tuant deux civils et endommageant une école."),
    "en": ("On the night of October 4 to 5, Russian drones struck Chernihiv in northern Ukraine, killing "
           "two civilians and damaging a school."),
}


def _write(path: Path, pages: list[tuple[str, str, str]]) -> Path:
    path.write_text("".join(json.dumps({"id": i, "language": lang, "text": text}, ensure_ascii=False) + "\n"
                            for i, lang, text in pages), encoding="utf-8")
    return path


def _published(store: Store, doc: str) -> dict | None:
    record = store.document(doc)
    assert record is not None
    return record.get("published")


@pytest.mark.parametrize(("weekday_lang", "yearless_lang"), [("fr", "fr"), ("en", "en"), ("en", "fr")])
def test_a_weekday_night_and_a_yearless_night_of_one_incident_date_both_pages(
        tmp_path: Path, pipe, weekday_lang: str, yearless_lang: str) -> None:
    path = _write(tmp_path / "pages.jsonl", [("weekdays", weekday_lang, WEEKDAYS[weekday_lang]),
                                             ("yearless", yearless_lang, YEARLESS[yearless_lang])])
    with Store.open(str(tmp_path / "x.db")) as store:
        summary = ingest([path], store, pipeline=pipe)
        assert sorted(summary.dated) == ["weekdays", "yearless"]
        yearless, weekdays = _published(store, "yearless"), _published(store, "weekdays")
        assert yearless and weekdays and yearless["inferred"] and weekdays["inferred"]
        assert JOINT_MARKER in yearless["basis"] and JOINT_MARKER in weekdays["basis"]
        night = date.fromisoformat(yearless["date"])  # the morning after the night, in the year fixed
        assert (night.month, night.day) == (10, 5) and date(night.year, 10, 4).weekday() == 5
        assert weekdays["date"] == yearless["date"]  # "a indiqué dimanche": that Sunday
        starts = {e["date"]["start"] for e in store.stored_events("weekdays") if e.get("date")}
        assert f"{night.year}-10-04" in starts


def test_the_second_page_of_a_later_run_dates_the_first(tmp_path: Path, pipe) -> None:
    with Store.open(str(tmp_path / "x.db")) as store:
        ingest([_write(tmp_path / "a.jsonl", [("weekdays", "fr", WEEKDAYS["fr"])])], store, pipeline=pipe)
        assert _published(store, "weekdays") is None
        summary = ingest([_write(tmp_path / "b.jsonl", [("yearless", "fr", YEARLESS["fr"])])], store,
                         pipeline=pipe)
        assert sorted(summary.dated) == ["weekdays", "yearless"]


NOT_JOINT = [
    # two nights on the weekday page: which one is the other page's is not for a calendar to say
    [("weekdays", "fr", WEEKDAYS["fr"] + " Une autre attaque avait visé la ville dans la nuit de lundi à "
                                         "mardi."),
     ("yearless", "fr", YEARLESS["fr"])],
    # no country in common: two incidents
    [("weekdays", "fr", WEEKDAYS["fr"]),
     ("yearless", "fr", "Dans la nuit du 4 au 5 octobre, des drones ont frappé Belgorod, en Russie, tuant "
                        "deux civils.")],
    # one country, but two towns: two night strikes
    [("weekdays", "fr", WEEKDAYS["fr"]),
     ("yearless", "fr", "Dans la nuit du 4 au 5 octobre, des drones russes ont frappé Odessa, dans le sud de "
                        "l'Ukraine, tuant deux civils.")],
    # one country, but a summons and a strike are no one incident
    [("weekdays", "fr", WEEKDAYS["fr"]),
     ("yearless", "fr", "Dans la nuit du 4 au 5 octobre, le ministère ukrainien des Affaires étrangères a "
                        "convoqué le chargé d'affaires hongrois après un incident à Tchernihiv.")],
]


@pytest.mark.parametrize("pages", NOT_JOINT)
def test_pages_that_are_not_one_incident_stay_undated(tmp_path: Path, pipe,
                                                      pages: list[tuple[str, str, str]]) -> None:
    with Store.open(str(tmp_path / "x.db")) as store:
        summary = ingest([_write(tmp_path / "p.jsonl", pages)], store, pipeline=pipe)
        assert summary.dated == []
        assert _published(store, "weekdays") is None
