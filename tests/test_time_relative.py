"""Relative dates in the body, given the publication date (Saturday 15 November 2025), in French
and English: deictic weekdays, nights, parts of the day, weeks and counts of days. Sentences
written for the patterns; the grammar runs without spaCy (``find_times``)."""

from __future__ import annotations

from datetime import date

import pytest
from helpers import check_time

PUB = date(2025, 11, 15)

# (sentence, expected mention text, "start end precision")
FRENCH = [
    ("Ce vendredi, une frappe a touché le port.", "Ce vendredi", "2025-11-14 2025-11-14 day"),
    ("Vendredi dernier, une frappe a touché le port.", "Vendredi dernier", "2025-11-14 2025-11-14 day"),
    # a night before publication, on either side of midnight (as "Dans la nuit")
    ("La nuit dernière, des drones ont frappé la capitale.", "La nuit dernière",
     "2025-11-14 2025-11-15 range"),
    ("Dans la nuit de mardi à mercredi, des drones ont frappé la capitale.",
     "la nuit de mardi à mercredi", "2025-11-11 2025-11-12 range"),
    ("Dans la nuit du 9 au 10 novembre, des drones ont frappé la capitale.",
     "la nuit du 9 au 10 novembre", "2025-11-09 2025-11-10 range"),
    # the night with no day named before: the night before publication, both sides of midnight
    ("Dans la nuit, des drones ont frappé la capitale.", "la nuit", "2025-11-14 2025-11-15 range"),
    ("Samedi soir, des tirs ont été entendus.", "Samedi soir", "2025-11-15 2025-11-15 day"),
    ("Jeudi matin, un convoi a été attaqué.", "Jeudi matin", "2025-11-13 2025-11-13 day"),
    ("Hier soir, un missile est tombé sur un entrepôt.", "Hier soir", "2025-11-14 2025-11-14 day"),
    ("Avant-hier, un drone a été abattu.", "Avant-hier", "2025-11-13 2025-11-13 day"),
    ("La semaine dernière, les combats ont repris.", "La semaine dernière", "2025-11-03 2025-11-09 week"),
    ("Plus tôt cette semaine, un drone a été abattu.", "Plus tôt cette semaine",
     "2025-11-10 2025-11-15 range"),
    ("Il y a deux jours, un drone a frappé le dépôt.", "Il y a deux jours", "2025-11-13 2025-11-13 day"),
    ("Le mois dernier, trois villages ont été bombardés.", "Le mois dernier", "2025-10-01 2025-10-31 month"),
    ("Ce week-end, des manifestations ont eu lieu.", "Ce week-end", "2025-11-15 2025-11-16 range"),
]

ENGLISH = [
    ("This Friday, a strike hit the port.", "This Friday", "2025-11-14 2025-11-14 day"),
    ("Last Friday, a strike hit the port.", "Last Friday", "2025-11-14 2025-11-14 day"),
    ("On Sunday, a drone hit the port.", "Sunday", "2025-11-09 2025-11-09 day"),
    ("Last night, drones hit the capital.", "Last night", "2025-11-14 2025-11-15 range"),
    ("Overnight, drones hit the capital.", "Overnight", "2025-11-14 2025-11-15 range"),
    ("On the night of Tuesday to Wednesday drones hit the capital.",
     "the night of Tuesday to Wednesday", "2025-11-11 2025-11-12 range"),
    ("During the night, drones hit the capital.", "the night", "2025-11-14 2025-11-15 range"),
    ("Strikes on the night of November 9 and 10 killed 31 people.",
     "the night of November 9 and 10", "2025-11-09 2025-11-10 range"),
    ("On Saturday evening, gunfire was heard.", "Saturday evening", "2025-11-15 2025-11-15 day"),
    ("Last week, fighting resumed in the east.", "Last week", "2025-11-03 2025-11-09 week"),
    ("Earlier this week, a drone was shot down.", "Earlier this week", "2025-11-10 2025-11-15 range"),
    ("Two days ago a drone hit the depot.", "Two days ago", "2025-11-13 2025-11-13 day"),
    ("Last month, three villages were shelled.", "Last month", "2025-10-01 2025-10-31 month"),
    ("Yesterday evening a missile fell on a warehouse.", "Yesterday evening", "2025-11-14 2025-11-14 day"),
]


@pytest.mark.parametrize(("sentence", "words", "expected"), FRENCH)
def test_french_relative_dates(sentence: str, words: str, expected: str) -> None:
    check_time(sentence, words, expected, "fr", PUB)


@pytest.mark.parametrize(("sentence", "words", "expected"), ENGLISH)
def test_english_relative_dates(sentence: str, words: str, expected: str) -> None:
    check_time(sentence, words, expected, "en", PUB)


# days counted from the last day named ("six jours plus tard", "a week later")
COUNTED = [
    ("Le 3 mai 2024, le camp a été bombardé. Six jours plus tard, le bilan a été revu.", "fr",
     "Six jours plus tard", "2024-05-09 2024-05-09 day"),
    ("The camp was shelled on 3 May 2024. A week later, the toll rose.", "en",
     "A week later", "2024-05-10 2024-05-10 day"),
]


@pytest.mark.parametrize(("sentence", "language", "words", "expected"), COUNTED)
def test_days_counted_from_the_last_day_named(sentence: str, language: str, words: str,
                                              expected: str) -> None:
    check_time(sentence, words, expected, language, PUB)


@pytest.mark.parametrize(("sentence", "language"), [
    ("La trêve de deux jours plus tard a échoué.", "fr"),
    ("Il est resté pendant deux jours plus tard que prévu.", "fr"),
    ("He spent two days later in hospital.", "en"),
    ("A truce of three days later collapsed.", "en"),
])
def test_durations_are_not_counted_days(sentence: str, language: str) -> None:
    from newsevents.temporal import find_times

    assert [v.text for v in find_times(sentence, language, PUB)] == []
