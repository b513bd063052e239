"""Publication lines and page addresses as news sites write them (read/pubsignals.py, time.yaml).

The lines are written here from the formats sites use (not copied from news-dev): two-digit years
after a cue, English month abbreviations without a dot, a cue whose date carries its own article,
a slug ending in day-month-year.
"""

from __future__ import annotations

from datetime import date

import pytest

from newsevents.read.published import infer_published
from newsevents.read.pubsignals import url_date
from newsevents.temporal import parse

TODAY = date(2026, 12, 6)
LEAD_FR = "\nUn drone a frappé mardi un immeuble résidentiel de Kharkiv, selon les autorités."
LEAD_EN = "\nA drone struck a residential building in Kharkiv on Tuesday, officials said."

LINES = [
    ("fr", "Publié le 12/03/24 à 14h32", "2024-03-12"),
    ("fr", "Mis à jour le 12.03.24", "2024-03-12"),
    ("fr", "Publié le mardi 12 mars 2024 à 14:32, modifié le 13 mars 2024 à 09:10", "2024-03-12"),
    ("fr", "Publié le 5/1/25 à 08h00", "2025-01-05"),
    ("en", "Published On 12 Mar 2024", "2024-03-12"),
    ("en", "First published on Tue 12 Mar 2024 10.15 GMT", "2024-03-12"),
    ("en", "Mar 12, 2024, 10:15 AM ET", "2024-03-12"),
    ("en", "Updated Jul 4, 2025 at 9:02 PM", "2025-07-04"),
    ("en", "Posted: 12 Sep 2023", "2023-09-12"),
]


@pytest.mark.parametrize(("language", "line", "expected"), LINES, ids=[x[1] for x in LINES])
def test_a_publication_line_dates_the_page(language: str, line: str, expected: str) -> None:
    text = line + (LEAD_EN if language == "en" else LEAD_FR)
    pub = infer_published(text, language, today=TODAY)
    assert pub is not None and pub.date.isoformat() == expected and pub.precision == "day", pub


@pytest.mark.parametrize("text", [
    "Trump spoke at Mar-a-Lago on Sunday.",
    "Several families live in Mar Elias camp in Beirut.",
    "The festival in Mar del Plata drew crowds.",
    "Shells fell in Jun Kalay village.",
])
def test_a_three_letter_month_alone_is_a_name_not_a_month(text: str) -> None:
    assert not any(e.month for e in parse(text, "en"))


def test_a_bare_month_written_out_is_still_read() -> None:
    text = "In May the army withdrew; since Sept. it has held the line."
    found = [(e.month, e.day) for e in parse(text, "en")]
    assert (5, None) in found and (9, None) in found


def test_a_numeric_date_with_a_two_digit_year_in_prose_dates_nothing() -> None:
    """Only after a publication cue: in the story a "12.03.24" may be a score or a file number."""
    text = "Le dossier 12.03.24 a été transmis au parquet de Kharkiv."
    assert infer_published(text, "fr", today=TODAY) is None


@pytest.mark.parametrize(("url", "expected"), [
    ("https://www.example.fr/actu/un-drone-frappe-kharkiv-14-03-2024", "2024-03-14"),
    ("https://www.example.com/news/drone-strike-03-14-2024", "2024-03-14"),
    ("https://www.example.fr/actu/un-drone-frappe-kharkiv-12-03-2024", None),  # 12 March or 3 December
])
def test_a_slug_ending_in_a_day_month_year_dates_the_page_when_unambiguous(url: str,
                                                                           expected: str | None) -> None:
    got = url_date(url, TODAY)
    assert (got.as_date.isoformat() if got and got.day else None) == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    # the dateline is the filing day: a yearless date after it is earlier, not the next year's
    ("fr", "Missiles au Karabakh\n\nBAKOU, 6 avril 2021 (AFP) - Le président a affirmé mardi que des débris "
           "avaient été retrouvés le 15 mars.", "2021-04-06"),
    ("fr", "Kinshasa, 20 décembre 2024 (ACP).- Des obus sont tombés vendredi sur un marché, le 14 novembre "
           "selon un témoin.", "2024-12-20"),
    ("fr", "Pachinian revient sur ses propos\nErevan, 10 mars 2021. Le Premier ministre a reconnu mercredi "
           "avoir été mal informé, après avoir affirmé le 25 février que les missiles avaient été tirés.",
     "2021-03-10"),
    ("en", "Aid convoy hit\n\nKHARTOUM, March 3, 2025 (AP) — A drone struck an aid convoy on Sunday; "
           "a similar attack on February 20 killed two drivers.", "2025-03-03"),
    # the outlet before the place, a colon after the date (the South Asian press): a yearless date
    # after it is the story's past, not next year's
    ("en", "Daily Courier, New Delhi, 07 May 2025: India launched missile strikes on Pakistan. They answered "
           "the April 22 attack on tourists.", "2025-05-07"),
    ("en", "ISLAMABAD, May 7, 2025: Pakistan said on Wednesday that Indian missiles had struck six sites.",
     "2025-05-07"),
    ("fr", "Le Courrier, Dakar, 12 mars 2024 : des hommes armés ont attaqué un poste vendredi, après une "
           "embuscade le 28 février.", "2024-03-12"),
])
def test_a_wire_dateline_is_the_filing_day(language: str, text: str, expected: str) -> None:
    pub = infer_published(text, language, today=TODAY)
    assert pub is not None and pub.date.isoformat() == expected and pub.precision == "day"
    assert "dateline" in (pub.basis or "")


def test_a_comma_after_a_date_in_the_story_is_no_dateline() -> None:
    text = ("Un drone a frappé Kherson mardi.\nLe 12 mars 2024, une frappe avait déjà touché le marché - "
            "sans faire de victimes.")
    pub = infer_published(text, "fr", today=TODAY)
    assert pub is None or "dateline" not in (pub.basis or "")


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "Un missile est tombé dans la nuit de jeudi à vendredi sur l'ambassade. Le 2 janvier 2024 "
           "déjà, un missile avait creusé un cratère à une trentaine de mètres du bâtiment."),
    ("en", "A missile fell on the embassy grounds overnight. On January 2, 2024, a missile had already "
           "left a crater about 30 metres from the building."),
])
def test_a_dated_reference_recalled_as_past_only_bounds_publication(language: str, text: str) -> None:
    """The newest full date is the story's past ("déjà", pluperfect): the page is later, by how much the
    words do not say, so it is dated as an open range from that day, never as the next day."""
    pub = infer_published(text, language, today=TODAY)
    assert pub is not None and pub.precision == "range" and pub.date.isoformat() == "2024-01-02"
    assert not pub.dates_news


@pytest.mark.parametrize(("language", "text"), [
    # reported speech of the day's news takes the pluperfect too: no recall adverb, still the day
    ("fr", "Le ministère a indiqué que le missile était tombé le 14 novembre 2025 vers 1 heure."),
    ("en", "The ministry said the missile had fallen on November 14, 2025 at about 1 a.m."),
])
def test_a_pluperfect_in_reported_speech_still_dates_the_day(language: str, text: str) -> None:
    pub = infer_published(text, language, today=TODAY)
    assert pub is not None and pub.precision == "day" and pub.date.isoformat() == "2025-11-14"


@pytest.mark.parametrize(("language", "text", "floor"), [
    # a month or a year as the newest reference is the story's past, not the publication month
    ("fr", "Un drone a frappé mardi un immeuble de Kharkiv. En mars 2022, la ville avait été encerclée.",
     "2022-03-01"),
    ("en", "A drone struck a building in Kharkiv on Tuesday. In March 2022, the city was encircled.",
     "2022-03-01"),
    # a date after "depuis"/"since" in its sentence is a landmark
    ("fr", "Un drone a frappé dans la nuit de lundi à mardi un immeuble. Depuis le début de l'invasion le "
           "24 février 2022, la ville a été frappée des centaines de fois.", "2022-02-24"),
    ("en", "A drone hit a block of flats on Tuesday. The city has been shelled daily since June 3, 2024.",
     "2024-06-03"),
])
def test_a_coarse_or_landmark_reference_only_bounds_publication(language: str, text: str, floor: str) -> None:
    pub = infer_published(text, language, today=TODAY)
    assert pub is not None and pub.precision == "range" and pub.date.isoformat() == floor
    assert not pub.dates_news  # "mardi" is not read from it


def test_a_month_in_the_url_still_dates_the_month() -> None:
    pub = infer_published("Un drone a frappé un immeuble de Kharkiv.", "fr",
                          url="https://www.exemple.fr/2024/03/drone-kharkiv.html", today=TODAY)
    assert pub is not None and pub.precision == "month" and pub.date.isoformat() == "2024-03-01"


def test_a_yearless_dateline_with_a_french_abbreviation_is_read() -> None:
    text = ("KIEV, 14 nov (Reuters) - Un drone a frappé mardi un immeuble de Kharkiv. Le 2 mars 2024, une "
            "frappe avait touché la ville.")
    pub = infer_published(text, "fr", today=TODAY)
    # the year is only a guess (the first 14 November after March 2024): a floor, not a day
    assert pub is not None and pub.precision == "range" and pub.date.isoformat() == "2024-11-14"


@pytest.mark.parametrize("text", [
    "The death toll from the March 7, 2025 missile strike on a market in Sloviansk rose to 20. The regional "
    "governor on Thursday said rescuers had found more bodies.",
    "The death toll from the March 7, 2025 missile strike on a market in Sloviansk rose to 20, the regional "
    "governor said on Thursday.",
])
def test_a_weekday_opening_or_closing_a_reporting_clause_dates_the_writing(text: str) -> None:
    pub = infer_published(text, "en", today=TODAY)
    assert pub is not None and pub.date.isoformat() == "2025-03-13" and pub.precision == "day"


def test_a_weekday_of_the_narrative_does_not_move_publication() -> None:
    text = ("The death toll from the March 7, 2025 missile strike on a market in Sloviansk rose to 20. "
            "Residents on Thursday had queued for bread there.")
    pub = infer_published(text, "en", today=TODAY)
    assert pub is not None and pub.date.isoformat() == "2025-03-07"


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "KYIV, March 14 (Reuters) - A missile hit the port of Odesa on Thursday evening, officials said "
           "on Friday.", "2025-03-14"),
    ("fr", "KIEV, 14 mars (Reuters) - Un missile a frappé le port d'Odessa jeudi soir, ont annoncé vendredi "
           "les autorités.", "2025-03-14"),
    # the reporting weekday decides the year, a weekday of the story does not
    ("en", "KYIV, March 14 (Reuters) - A missile hit the port of Odesa on Thursday evening.", None),
    # a weekday inside the quoted words is what was said, not when
    ("en", 'KYIV, March 14 (Reuters) - "We were hit on Friday," the mayor said.', None),
])
def test_a_yearless_wire_dateline_takes_the_year_its_reporting_weekday_fixes(language: str, text: str,
                                                                             expected: str | None) -> None:
    pub = infer_published(text, language, today=TODAY)
    got = pub.date.isoformat() if pub is not None and pub.precision == "day" else None
    assert got == expected
    if expected:
        assert "without a year" in (pub.basis or "")
