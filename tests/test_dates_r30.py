"""Round 30, counts, weapons and days: pattern sentences of kinds seen on articles written for the
round (stories news-dev does not have), each failing on the code before its fix."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from helpers import events_of

from newsevents import settings

# --- a page with no year anywhere ----------------------------------------------------------------
# "A missile struck the centre of X last night, killing four": no publication date and no year, so
# "last night" dates nothing. The incident, with its own place and its own participant or toll, was
# dropped; it is now kept, dated by a wide inferred range ending on the reading day (never a day).
YEARLESS_PAGES = [
    ("en", "Missile strike on Chernihiv kills four\n\nA Russian missile struck the centre of Chernihiv "
           "last night, killing four people and wounding 17, local officials said.", 4),
    ("fr", "Frappe de drones sur Kherson : trois morts\n\nUne frappe de drones russes a touché mardi soir "
           "un quartier résidentiel de Kherson, dans le sud de l'Ukraine, tuant trois personnes, a "
           "annoncé le maire.", 3),
    ("en", "Drone attack on Mykolaiv\n\nRussia attacked the port city of Mykolaiv overnight with drones, "
           "killing two people, the regional governor said on Wednesday.", 2),
]


@pytest.fixture
def lookback(monkeypatch):  # type: ignore[no-untyped-def]
    """The wide range switched on (settings.UNDATED_LOOKBACK_DAYS is 0 by default: see there)."""
    monkeypatch.setattr(settings, "UNDATED_LOOKBACK_DAYS", 5 * 365)


@pytest.mark.parametrize(("language", "text", "dead"), YEARLESS_PAGES)
def test_a_yearless_page_keeps_its_incident_with_a_wide_range(analyse, lookback, language, text, dead):
    found = events_of(analyse, text, language, published=None)
    assert [e.fatalities for e in found] == [dead]
    when = found[0].date
    assert when.precision == "range" and when.inferred
    assert when.end == date.today()
    assert when.start == date.today() - timedelta(days=settings.UNDATED_LOOKBACK_DAYS)


# the same page without a place of its own, or with nothing but an act, keeps nothing: the wide range
# is no date, so the rest must make the incident one
YEARLESS_NOTHING_OWN = [
    ("en", "Explosions were heard last night, officials said.\n\nAn attack took place overnight, a "
           "witness said."),
    ("fr", "Des drones ont frappé mardi soir, selon des témoins."),
]


@pytest.mark.parametrize(("language", "text"), YEARLESS_NOTHING_OWN)
def test_a_yearless_act_of_nothing_of_its_own_stays_out(analyse, lookback, language, text):
    assert events_of(analyse, text, language, published=None) == []


def test_by_default_a_yearless_page_keeps_no_incident(analyse):
    language, text, _ = YEARLESS_PAGES[0]
    assert events_of(analyse, text, language, published=None) == []


# --- a clock time inside a night across two days ---------------------------------------------------
# "à 2 h 15 dans la nuit de jeudi à vendredi" in a Saturday's wire took the dateline's Saturday: a
# clock time with no day of its own took the last day named before it. A night across two days now
# gives its second day to a morning hour, its first to an evening one, and keeps both for midnight.
NIGHT_CLOCKS = [
    ("fr", "KIEV, 21 juin 2025 (AFP) - Une frappe de drones russes a touché un immeuble de Kherson à "
           "2 h 15 dans la nuit de jeudi à vendredi, tuant deux personnes, selon le gouverneur.",
     "2025-06-20", "2025-06-20", "02:15"),
    ("fr", "KIEV, 21 juin 2025 (AFP) - Une frappe de drones russes a touché un immeuble de Kherson vers "
           "23 h 30 dans la nuit du 19 au 20 juin, tuant deux personnes, selon le gouverneur.",
     "2025-06-19", "2025-06-19", "23:30"),
    ("en", "KYIV, June 21, 2025 (Reuters) - Russian drones hit an apartment block in Kherson at 1:30 a.m. "
           "in the night of June 19 to 20, killing two people, the governor said.",
     "2025-06-20", "2025-06-20", "01:30"),
    ("fr", "YAOUNDÉ, 24 février 2026 (AFP) - Des hommes armés ont attaqué le village de Kolofata, dans "
           "l'Extrême-Nord du Cameroun, peu avant minuit dans la nuit de samedi à dimanche, tuant six "
           "civils.",
     "2026-02-21", "2026-02-22", "00:00"),
]


@pytest.mark.parametrize(("language", "text", "start", "end", "clock"), NIGHT_CLOCKS)
def test_a_clock_in_a_night_takes_the_right_day(analyse, language, text, start, end, clock):
    found = events_of(analyse, text, language, published=None)
    assert len(found) == 1
    when = found[0].date
    assert (when.start.isoformat(), when.end.isoformat(), when.time) == (start, end, clock)


def test_a_morning_clock_of_last_night_is_the_day_after():
    from newsevents.temporal import find_times
    values = find_times("Drones struck Kherson overnight at around 3 a.m., killing two.", "en",
                        date(2025, 6, 21))
    clock = next(v for v in values if v.text == "3 a.m.")
    assert (clock.start, clock.end, clock.time) == (date(2025, 6, 21), date(2025, 6, 21), "03:00")


# --- a four-digit clock with its zone ------------------------------------------------------------------
# "at around 0300 local time", "vers 0300 GMT": wire copy's clock, read as nothing (the hour slot
# wants no digit after it). With its zone it is a clock time and the incident's `date.time`.
ZONED_CLOCKS = [
    ("en", "PORT SUDAN, Sudan, May 6, 2025 (Reuters) - Drones struck a fuel depot in Port Sudan on "
           "Tuesday at around 0400 local time, killing two guards, the army said.", "04:00"),
    ("fr", "PORT-SOUDAN, 7 mai 2025 (AFP) - Des drones ont frappé mercredi vers 0230 GMT un dépôt de "
           "carburant à Port-Soudan, tuant deux gardes, selon l'armée.", "02:30"),
    ("en", "KHARTOUM, May 6, 2025 (AP) - Paramilitary drones hit a power station in Omdurman at 2145 "
           "GMT on Monday, killing three workers, officials said.", "21:45"),
]


@pytest.mark.parametrize(("language", "text", "clock"), ZONED_CLOCKS)
def test_a_zoned_four_digit_clock_is_the_incident_time(analyse, language, text, clock):
    found = events_of(analyse, text, language, published=None)
    assert [e.date.time for e in found] == [clock]


# --- a barrage counted by a collective numeral -----------------------------------------------------------
# "une cinquantaine de drones et trois missiles de croisière": the parser coordinates the missiles
# with "cinquantaine", not with the drones it counts, so the drone strike lost its missiles. The
# numeral that counts a weapon noun now stands for it in the coordination.
COUNTED_BARRAGES = [
    ("fr", "KIEV, 14 mars 2026 (AFP) - La Russie a lancé dans la nuit une vingtaine de drones et deux "
           "missiles balistiques sur la région de Kharkiv, tuant trois personnes, selon l'armée de l'air.",
     {"drone", "ballistic_missile"}),
    ("fr", "KIEV, 14 mars 2026 (AFP) - La Russie a tiré une centaine de drones et quatre missiles de "
           "croisière sur la région de Lviv, tuant deux personnes, a annoncé le gouverneur.",
     {"drone", "cruise_missile"}),
]


@pytest.mark.parametrize(("language", "text", "categories"), COUNTED_BARRAGES)
def test_a_counted_barrage_keeps_every_weapon(analyse, language, text, categories):
    found = events_of(analyse, text, language, published=None)
    assert len(found) == 1
    assert {w.category for w in found[0].weapons} == categories


# --- a revised toll: the count of the injured in its own clause ---------------------------------------
# "The death toll rose to seven, and the number of injured climbed to 35": climbing from "35" to
# the verb of the toll, the number was read as dead (35 killed). A clause's subject now says what its
# number counts: a count noun naming casualties ("the number of injured", "le nombre de blessés")
# those casualties, any other subject ends the climb.
REVISED_INJURED = [
    ("en", "KYIV, March 14, 2026 (AP) - Russian drones hit an apartment block in Zaporizhzhia on Friday, "
           "killing two people and injuring 11, officials said.\n\nThe death toll rose to five on "
           "Saturday, and the number of injured climbed to 28, the governor said.", 5, 28),
    ("fr", "KIEV, 14 mars 2026 (AFP) - Une frappe de drones russes a touché vendredi un immeuble de "
           "Zaporijjia, tuant deux personnes et en blessant onze, selon le gouverneur.\n\nLe bilan est "
           "passé à cinq morts samedi, et le nombre de blessés est monté à 28, a indiqué le gouverneur.",
     5, 28),
    ("en", "KYIV, March 14, 2026 (AP) - Russian drones hit an apartment block in Zaporizhzhia on Friday, "
           "killing two people and injuring 11, officials said.\n\nThe number of injured rose to 28, "
           "the governor said.", 2, 28),
]


@pytest.mark.parametrize(("language", "text", "dead", "injured"), REVISED_INJURED)
def test_a_revised_count_of_injured_is_the_injured(analyse, language, text, dead, injured):
    found = events_of(analyse, text, language, published=None)
    assert [(e.fatalities, e.injured) for e in found] == [(dead, injured)]


# --- a revised toll told as the object of a verb of estimating ---------------------------------------
# "By Saturday, the United Nations put the death toll at 70": the toll noun is the verb's object, not
# its subject, and the later figure was lost (the first, 20, stayed the incident's).
PUT_TOLLS = [
    ("en", "PORT-AU-PRINCE, March 14, 2026 (Reuters) - Gunmen attacked the town of Mirebalais on "
           "Thursday, killing at least 12 people, local officials said.\n\nBy Saturday, the United "
           "Nations put the death toll at 41.", 41),
    ("en", "PORT-AU-PRINCE, March 14, 2026 (Reuters) - Gunmen attacked the town of Mirebalais on "
           "Thursday, killing at least 12 people, local officials said.\n\nBy Saturday, the United "
           "Nations put the number of dead at 41.", 41),
]


@pytest.mark.parametrize(("language", "text", "dead"), PUT_TOLLS)
def test_a_toll_put_at_a_figure_is_the_latest(analyse, language, text, dead):
    found = events_of(analyse, text, language, published=None)
    assert [e.fatalities for e in found] == [dead]
