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
