""""The previous month", "l'année suivante": a unit qualified by a narrative direction word counts
from the last date the paragraph named, while "last month"/"le mois dernier" counts from
publication (Saturday 15 November 2025). Sentences written for the patterns, French and English;
the grammar runs without spaCy (``find_times``), the last test through the whole pipeline."""

from __future__ import annotations

from datetime import date

import pytest
from helpers import check_time, events_of

PUB = date(2025, 11, 15)

# (text, expected mention, "start end precision")
CASES = [
    ("en", "In June, rebels attacked a convoy. In the previous month, an airstrike hit a school.",
     "the previous month", "2025-05-01 2025-05-31 month"),
    ("en", "In 2019, the army took the town. The following year, a raid hit the market.",
     "The following year", "2020-01-01 2020-12-31 year"),
    ("en", "On 3 March, a convoy was ambushed. The previous week, a bomb hit a bus.",
     "The previous week", "2025-02-24 2025-03-02 week"),
    ("fr", "En juin, des rebelles ont attaqué un convoi. Le mois précédent, une frappe a touché une école.",
     "Le mois précédent", "2025-05-01 2025-05-31 month"),
    ("fr", "En 2019, l'armée a pris la ville. L'année suivante, un raid a frappé le marché.",
     "L'année suivante", "2020-01-01 2020-12-31 year"),
    # nothing named before: counted from publication, as before
    ("en", "In the previous month, an airstrike hit a school.", "the previous month",
     "2025-10-01 2025-10-31 month"),
    ("fr", "Le mois précédent, une frappe a touché une école.", "Le mois précédent",
     "2025-10-01 2025-10-31 month"),
    # deictic words still count from publication, whatever the text named before
    ("en", "In June, rebels attacked a convoy. Last month, an airstrike hit a school.", "Last month",
     "2025-10-01 2025-10-31 month"),
    ("fr", "En juin, des rebelles ont attaqué un convoi. Le mois dernier, une frappe a touché une école.",
     "Le mois dernier", "2025-10-01 2025-10-31 month"),
]


@pytest.mark.parametrize(("language", "text", "words", "expected"), CASES)
def test_narrative_direction_counts_from_the_date_named(language, text, words, expected):
    check_time(text, words, expected, language, PUB)


# another paragraph: the narrative's date does not reach it
def test_narrative_direction_stays_in_its_paragraph():
    check_time("In June, rebels attacked a convoy.\n\nIn the previous month, an airstrike hit a school.",
               "the previous month", "2025-10-01 2025-10-31 month", "en", PUB)


STRIKES = [
    ("en", "In October 2024, at least 50 people were killed when jets bombed a concert in the north. "
           "In the previous month, an airstrike on a school in a village killed at least five children.",
     date(2024, 9, 1)),
    ("fr", "En octobre 2024, au moins 50 personnes ont été tuées par des bombes larguées sur un concert. "
           "Le mois précédent, une frappe aérienne sur une école d'un village a tué au moins cinq enfants.",
     date(2024, 9, 1)),
]


@pytest.mark.parametrize(("language", "text", "start"), STRIKES)
def test_strike_of_the_previous_month_is_dated_from_the_one_before(analyse, language, text, start):
    found = [e for e in events_of(analyse, text, language) if e.type == "air_strike"]
    assert start in [e.date.start for e in found]


# two days joined by a dash are a range of both, not the second day alone
DASHED = [
    ("en", "Firing was reported in the sector on 25-26 October, the statement said.", "25-26 October",
     "2025-10-25 2025-10-26 range"),
    ("en", "Shelling hit the villages on 3–4 May 2024.", "3–4 May 2024", "2024-05-03 2024-05-04 range"),
    ("fr", "Des tirs ont été signalés les 25-26 octobre dans le secteur.", "les 25-26 octobre",
     "2025-10-25 2025-10-26 range"),
    ("fr", "Des obus sont tombés sur les villages les 3–4 mai 2024.", "les 3–4 mai 2024",
     "2024-05-03 2024-05-04 range"),
]


@pytest.mark.parametrize(("language", "text", "words", "expected"), DASHED)
def test_dashed_days_are_a_range(language, text, words, expected):
    check_time(text, words, expected, language, PUB)
