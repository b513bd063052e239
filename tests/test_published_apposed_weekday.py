"""A yearless day written in apposition to a count of days from a weekday fixes the year.

"Officials said on Tuesday that a bomb had hit a market the day before, on March 3": the day
before a Tuesday is a Monday, and 3 March is a Monday in 2025 (the most recent such year), so an
undated page is dated as "mardi 15 novembre" dates one (read/published.py ``_apposed_weekday``).
Texts written here from the general pattern, in stories of their own.
"""

from __future__ import annotations

from datetime import date

import pytest

from newsevents.read.published import infer_published

TODAY = date(2026, 12, 7)

# (language, text, publication date, the yearless day's year)
APPOSED = [
    ("en", "Officials in Kherson said on Tuesday that a guided bomb had hit a crowded market the day "
           "before, on March 3, killing five people.", date(2025, 3, 4)),
    ("en", "Mali's army said on Thursday that one of its convoys had been ambushed the day before, on "
           "August 13, near Menaka.", date(2025, 8, 14)),
    ("en", "A bomb exploded near a police vehicle in Quetta on Tuesday, killing eight people. The next "
           "day, April 30, a separatist group claimed responsibility.", date(2025, 4, 30)),
    ("fr", "Des miliciens ont attaqué mardi un site de déplacés près de Bunia, tuant douze civils. Le "
           "lendemain, 19 février, les casques bleus se sont déployés sur le site.", date(2025, 2, 19)),
    ("fr", "Le gouvernement a confirmé lundi qu'un camp militaire avait été attaqué la veille, le 11 mai, "
           "dans le nord du pays.", date(2025, 5, 12)),
    ("fr", "Un pétrolier a été touché samedi par un drone au large d'Odessa. Deux jours plus tard, le "
           "10 mars, la coque a cédé et le navire a coulé.", date(2025, 3, 10)),
]


@pytest.mark.parametrize(("language", "text", "published"), APPOSED)
def test_a_count_of_days_from_a_weekday_gives_the_yearless_day_its_weekday(
        language: str, text: str, published: date) -> None:
    got = infer_published(text, language, today=TODAY)
    assert got is not None
    assert got.date == published and got.precision == "day" and got.inferred
    assert "counted from the weekday" in (got.basis or "")


# not in apposition, or counted from something that is no bare weekday: nothing is pinned
NOT_APPOSED = [
    # the count and the day are in two clauses: nothing says they are one day
    ("fr", "Le gouvernement a confirmé lundi qu'un camp avait été attaqué la veille. Le 11 mai, l'armée "
           "avait renforcé ses positions."),
    # "la semaine prochaine" is no day of the past
    ("en", "The ministers will meet next Tuesday; the day after, on March 5, talks resume."),
    # counted from a day of the month already: the year is the text's to give, not a weekday's
    ("en", "A drone hit a depot on March 2. The day after, on March 3, a second strike followed."),
]


@pytest.mark.parametrize(("language", "text"), NOT_APPOSED)
def test_no_weekday_is_given_without_apposition_to_a_count_from_a_weekday(language: str, text: str) -> None:
    got = infer_published(text, language, today=TODAY)
    assert got is None or "counted from the weekday" not in (got.basis or "")


def test_the_pinned_year_dates_the_incidents_of_the_page(pipe) -> None:
    from newsevents.model import Article

    text = ("Officials in Kherson said on Tuesday that a Russian guided bomb had hit a crowded market the "
            "day before, on March 3, killing five people and wounding 14.")
    article = pipe.process(Article(text=text, id="kherson", language="en"))
    pub = article.published
    assert pub is not None and pub.inferred and pub.date.weekday() == 1  # the Tuesday it was said
    days = {e.date.start for e in article.events if e.date is not None}
    # the clock chooses the most recent such year: the market day is 3 March of a year it is a Monday
    assert date(pub.date.year, 3, 3) in days and date(pub.date.year, 3, 3).weekday() == 0


# a count of days before the date it starts from, and the one weekday of the sentence: the weekday
# is that many days after the date, and the page was written on or after it
RELATED = [
    ("fr", "Au lendemain de l'attaque du 3 juin contre un marché de Kharkiv, le maire a décrété mercredi "
           "une journée de deuil.", date(2025, 6, 4)),
    ("en", "Two days after the June 3 attack on a Kharkiv market, the mayor on Thursday declared a day of "
           "mourning.", date(2025, 6, 5)),
    ("en", "A week after the March 3 strike on Kherson's central market, traders returned on Monday to "
           "rebuild their stalls.", date(2025, 3, 10)),
    ("fr", "Trois jours après l'embuscade du 13 août près de Ménaka, l'armée malienne a annoncé samedi la "
           "mort de neuf soldats.", date(2025, 8, 16)),
]


@pytest.mark.parametrize(("language", "text", "published"), RELATED)
def test_a_count_from_a_yearless_day_to_the_weekday_of_its_sentence_fixes_the_year(
        language: str, text: str, published: date) -> None:
    got = infer_published(text, language, today=TODAY)
    assert got is not None
    assert got.date == published and got.precision == "day" and got.inferred
    assert "weekday of its sentence" in (got.basis or "")


NOT_RELATED = [
    # two weekdays in the sentence: which one the count reaches is not said
    ("fr", "Au lendemain de l'attaque du 3 juin, le maire a décrété mercredi un deuil, levé jeudi."),
    # the weekday is in another sentence
    ("en", "Two days after the June 3 attack on Kharkiv, the mayor declared a day of mourning. Schools "
           "reopened on Thursday."),
    # too many words between the count and the date: the count may start from another thing
    ("en", "Two days after the mayor of the city of Kharkiv spoke of the June 3 attack, schools reopened "
           "on Thursday."),
]


@pytest.mark.parametrize(("language", "text"), NOT_RELATED)
def test_no_year_without_one_weekday_counted_from_the_day(language: str, text: str) -> None:
    got = infer_published(text, language, today=TODAY)
    assert got is None or "weekday of its sentence" not in (got.basis or "")


# the weekday written right after the yearless day: "March 3, a Monday" is "Monday, March 3"
AFTER = [
    ("en", "The strike on the market on March 3, a Monday, killed five people in Kherson.", date(2025, 3, 3)),
    ("fr", "La frappe du 3 mars, un lundi, a tué cinq personnes sur le marché de Kherson.", date(2025, 3, 3)),
    ("fr", "Le 18 février, soit mardi, des miliciens ont attaqué un site de déplacés près de Bunia.",
     date(2025, 2, 18)),
]


@pytest.mark.parametrize(("language", "text", "published"), AFTER)
def test_a_weekday_written_after_a_yearless_day_fixes_the_year(language: str, text: str,
                                                                published: date) -> None:
    got = infer_published(text, language, today=TODAY)
    assert got is not None and got.date == published and got.precision == "day"
    assert "weekday written after it" in (got.basis or "")


@pytest.mark.parametrize(("language", "text"), [
    ("en", "On March 3, a bomb killed five people in Kherson."),
    ("fr", "Le 3 mars, un drone a tué cinq personnes à Kherson."),
])
def test_an_article_after_a_yearless_day_is_no_weekday(language: str, text: str) -> None:
    assert infer_published(text, language, today=TODAY) is None
