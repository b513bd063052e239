"""Publication lines pages print that round 10 found unread: an ISO timestamp ("2024-06-12T10:15:00Z",
the machine form of a <time> element copied with the text) dates the page like any stated day."""

from __future__ import annotations

from datetime import date

import pytest

from newsevents.model import Article
from newsevents.read.published import infer_published

TODAY = date(2026, 12, 6)


@pytest.mark.parametrize(("language", "text"), [
    ("en", "2024-06-12T10:15:00Z\n\nA strike hit Kherson on Wednesday."),
    ("en", "Published 2024-06-12T10:15:00+02:00\n\nA strike hit Kherson on Wednesday."),
    ("fr", "Publié le 2024-06-12T10:15\n\nUne frappe a touché Kherson mercredi."),
])
def test_an_iso_timestamp_dates_the_page(language: str, text: str) -> None:
    published = infer_published(text, language, today=TODAY)
    assert published is not None and published.date == date(2024, 6, 12) and published.precision == "day"


@pytest.mark.parametrize("text", ["Ticket 2024-06-12T1015 issued", "ref 2024-06-12X10:15"])
def test_a_date_glued_to_other_characters_is_no_timestamp(text: str) -> None:
    published = infer_published(text, "en", today=TODAY)
    assert published is None or published.date != date(2024, 6, 12)


@pytest.mark.parametrize(("language", "text", "day"), [
    ("fr", "Somalie : un attentat à la voiture piégée fait au moins dix morts à Mogadiscio\nPublié le : "
           "12/03/2024 - 14:32\n\nUne voiture piégée a explosé lundi près d'un hôtel de Mogadiscio, tuant au "
           "moins dix personnes, a indiqué la police.", "2024-03-11"),
    ("fr", "Publié le 12 mars 2024 à 14h32\n\nUne voiture piégée a explosé lundi près d'un hôtel de "
           "Mogadiscio, tuant au moins dix personnes, a indiqué la police.", "2024-03-11"),
    ("en", "Updated Jul 4, 2025 3:45 pm\n\nA car bomb exploded near a hotel in Mogadishu on Thursday, "
           "killing at least ten people, police said.", "2025-07-03"),
])
def test_a_publication_line_dates_the_page_not_its_story(pipe, language: str, text: str, day: str) -> None:
    article = pipe.process(Article(text=text, id="t", language=language))
    assert [str(e.date.start) for e in article.events if e.date] == [day]
