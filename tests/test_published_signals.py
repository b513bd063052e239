"""Publication dates from the URL, stated publication lines, weekday-pinned years and the
reporting clause's weekday (read/pubsignals.py, read/published.py). Sentences written for the
patterns, in French and English; ``TODAY`` fixes the clock the weekday pin is bounded by."""

from __future__ import annotations

from datetime import date

import pytest

from newsevents.read.published import infer_published
from newsevents.read.pubsignals import url_date

TODAY = date(2026, 6, 1)

# (url, "YYYY-MM-DD" for a day, "YYYY-MM" for a month only, or None)
URLS = [
    ("https://www.example.com/monde/2024/03/18/une-frappe-sur-le-port", "2024-03-18"),
    ("https://news.example.org/world/2023-11-02/strike-hits-port", "2023-11-02"),
    ("http://wire.example.cn/20220715/abc123def/c.html", "2022-07-15"),
    ("https://example.fr/international/article-20210930_ABCD", "2021-09-30"),
    ("https://aggregator.example.com/stories/202402140517.html", "2024-02-14"),
    ("http://en.example.cn/n3/2021/1105/c90000-1234567.html", "2021-11-05"),
    ("https://www.example.com/article/09/30/2022/talks-collapse", "2022-09-30"),
    ("https://www.example.rw/2024/10/ministry-rejects-report/", "2024-10"),
    # not dates: an id, a host name, a day after today, an impossible day
    ("https://example.com/news/1602157/politique/titre", None),
    ("https://www.site2024.com/article/titre", None),
    ("https://example.com/2031/01/05/future", None),
    ("https://example.com/2024/13/45/titre", None),
    (None, None),
]


@pytest.mark.parametrize(("url", "expected"), URLS)
def test_url_dates(url: str | None, expected: str | None) -> None:
    got = url_date(url, TODAY)
    if expected is None:
        assert got is None
    elif len(expected) == 7:
        assert got is not None and got.day is None and f"{got.year}-{got.month:02d}" == expected
    else:
        assert got is not None and got.as_date.isoformat() == expected


def test_a_url_day_dates_the_article() -> None:
    got = infer_published("Le ministre a déclaré mardi que les frappes continuaient.", "fr",
                          url="https://example.com/2024/03/18/titre", today=TODAY)
    assert got is not None and got.date == date(2024, 3, 18) and got.precision == "day"
    assert got.inferred and "URL" in (got.basis or "")


def test_a_url_month_bounds_yearless_dates_and_the_reporting_weekday() -> None:
    # 3 October 2024 is a Thursday: the first Monday after it is the 7th
    text = "In a statement issued Monday, the ministry rejected the report released on October 3."
    got = infer_published(text, "en", url="https://example.com/2024/10/ministry-rejects/", today=TODAY)
    assert got is not None and got.date == date(2024, 10, 7)


# (text, language, expected day, words the basis must cite)
STATED = [
    ("Attaque dans le nord\nPublié le 12 mars 2024 à 18h05\nLe 11 mars 2024, une frappe a visé le marché.",
     "fr", "2024-03-12", "12 mars 2024"),
    ("Mise à jour : 19-08-2025\nLe 20 août 2025, le sommet se tiendra à Genève.", "fr", "2025-08-19",
     "19-08-2025"),
    ("Strike on the port\nPublished March 12, 2024 | 06:05 PM\nOn March 11, 2024, a strike hit the market.",
     "en", "2024-03-12", "March 12, 2024"),
    # the first posting wins over the update line
    ("Published 4 May 2023 | Updated 9 June 2023\nA drone hit the depot on 3 May 2023.", "en", "2023-05-04",
     "4 May 2023"),
]


@pytest.mark.parametrize(("text", "language", "expected", "cited"), STATED)
def test_stated_publication_lines(text: str, language: str, expected: str, cited: str) -> None:
    got = infer_published(text, language, today=TODAY)
    assert got is not None and got.date.isoformat() == expected
    assert cited in (got.basis or "")


def test_a_publication_verb_in_the_narrative_is_not_a_publication_line() -> None:
    text = ("Un rapport publié le 2 février 2021 par l'ONU accuse l'armée. "
            "Le 5 mars 2024, une frappe a eu lieu.")
    got = infer_published(text, "fr", today=TODAY)
    assert got is not None and got.date == date(2024, 3, 5)


# (text, language, expected day): the weekday fixes the year of a yearless date
PINNED = [
    # 22 June is a Wednesday in 2022 (and next in 2033, after TODAY)
    ("Un incendie s'est déclaré le mercredi 22 juin dans une raffinerie.", "fr", "2022-06-22"),
    ("Des frappes ont touché, lundi 1er avril, un quartier de la capitale.", "fr", "2024-04-01"),
    ("The junta on Wednesday (Apr 12) confirmed the air strike.", "en", "2023-04-12"),
    ("The blast on Tuesday, November 15 killed two farmers.", "en", "2022-11-15"),
    # a year written as past sets a floor, and does not govern a day that is not that weekday in it
    # (15 November 2017 is a Wednesday; the next Tuesday 15 November is in 2022)
    ("Depuis 2017, la région est instable. Le mardi 15 novembre, un projectile est tombé.", "fr",
     "2022-11-15"),
]


@pytest.mark.parametrize(("text", "language", "expected"), PINNED)
def test_weekday_pins_the_year(text: str, language: str, expected: str) -> None:
    got = infer_published(text, language, today=TODAY)
    assert got is not None and got.date.isoformat() == expected
    assert "weekday" in (got.basis or "")


def test_no_year_fits_the_weekday_gives_no_date() -> None:
    # 31 February exists in no year: nothing pins
    assert infer_published("Le mardi 31 février, une frappe a eu lieu.", "fr", today=TODAY) is None


def test_yearless_dates_long_after_a_pinned_day_are_earlier_ones() -> None:
    text = "L'incendie s'est déclaré le mercredi 22 juin. Début avril, un dépôt avait été visé."
    got = infer_published(text, "fr", today=TODAY)
    assert got is not None and got.date == date(2022, 6, 22)


# (text, language, earliest, latest): a weekday of the reporting clause after the newest date
REPORTING = [
    # 3 May 2024 is a Friday; "a déclaré jeudi" is Thursday 9 May
    ("Le camp a été bombardé le 3 mai 2024. Le bilan a évolué, a déclaré jeudi le ministre.", "fr",
     "2024-05-09", "2024-05-09"),
    ("Le 3 mai 2024, le camp a été bombardé. Les autorités ont indiqué ce lundi que le bilan s'alourdissait.",
     "fr", "2024-05-06", "2024-05-06"),
    ("The camp was shelled on 3 May 2024. The toll has risen, the minister said on Thursday.", "en",
     "2024-05-09", "2024-05-09"),
    ("A drone struck the depot on 2 March 2023. Officials told reporters on Monday that repairs began.", "en",
     "2023-03-06", "2023-03-06"),
    # a weekday in the narrative does not move it
    ("Le 3 mai 2024, le camp a été bombardé. Les blessés étaient arrivés jeudi à l'hôpital.", "fr",
     "2024-05-03", "2024-05-04"),
    ("The camp was shelled on 3 May 2024. The wounded had reached the hospital on Thursday.", "en",
     "2024-05-03", "2024-05-04"),
]


@pytest.mark.parametrize(("text", "language", "earliest", "latest"), REPORTING)
def test_reporting_weekday_dates_the_writing(text: str, language: str, earliest: str, latest: str) -> None:
    got = infer_published(text, language, today=TODAY)
    assert got is not None
    assert date.fromisoformat(earliest) <= got.date <= date.fromisoformat(latest)


# days counted forward from a dated event are evidence too
SHIFTS = [
    ("Le 3 mai 2024, le camp a été bombardé. Le bilan est passé à 35 morts six jours plus tard.", "fr",
     "2024-05-09"),
    ("Le 3 mai 2024, le camp a été bombardé. Le lendemain, les secours ont fouillé les décombres.", "fr",
     "2024-05-04"),
    ("The camp was shelled on 3 May 2024. Two days later the toll rose to 35.", "en", "2024-05-05"),
]


@pytest.mark.parametrize(("text", "language", "expected"), SHIFTS)
def test_days_counted_from_a_dated_event(text: str, language: str, expected: str) -> None:
    got = infer_published(text, language, today=TODAY)
    assert got is not None and got.date.isoformat() == expected


def test_a_look_back_is_not_newer_evidence() -> None:
    got = infer_published("Le 3 mai 2024, le camp a été bombardé. La veille, des tirs avaient été entendus.",
                          "fr", today=TODAY)
    assert got is not None and got.date == date(2024, 5, 3)


@pytest.mark.parametrize(("text", "language"), [
    ("Un soldat devant un drone abattu le 11 juillet 2024 (photo d'archives).\n"
     "Dimanche, des drones ont visé la base aérienne.", "fr"),
    ("Soldiers with a drone recovered on July 11, 2024 (File photo: Reuters)\n"
     "On Sunday, drones targeted the air base.", "en"),
])
def test_an_archive_photo_caption_dates_no_article(text: str, language: str) -> None:
    assert infer_published(text, language, today=TODAY) is None


def test_a_caption_does_not_hide_the_story_date() -> None:
    text = ("Un soldat devant un drone abattu le 11 juillet 2024 (photo d'archives).\n"
            "Le 4 mai 2025, des drones ont visé la base aérienne.")
    got = infer_published(text, "fr", today=TODAY)
    assert got is not None and got.date == date(2025, 5, 4)


@pytest.mark.parametrize(("text", "language", "weak"), [
    ("Les rebelles ont repris les armes fin 2021. Le 3 mai, un camp a été bombardé.", "fr", True),
    ("The rebels took up arms in late 2021. On May 3, a camp was shelled.", "en", True),
    ("Le 28 août 2025, un dépôt a brûlé. Le 14 novembre, un missile est tombé.", "fr", False),
])
def test_a_far_placed_yearless_date_is_called_weak(text: str, language: str, weak: bool) -> None:
    got = infer_published(text, language, today=TODAY)
    assert got is not None
    assert ("weak" in (got.basis or "")) is weak
    # a guessed year is never a confident day: the earliest possible date, an open range to today
    assert (got.precision == "range" and got.end == TODAY) is weak
    if not weak:
        assert got.precision == "day"
