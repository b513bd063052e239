"""Round 13 of the incidents, on kinds found in articles of other stories than news-dev: a date right
after a reporting verb that closes the sentence is the statement's even when the parser read the
speakers as objects of the last reported verb (events_dates_refs.trailing_statement_date), so a
participle of the act ("killing 12 farmers") is not split off as an incident of the statement's
day; a clock time in the paragraph after the lead takes the lead's day (temporal.resolve: wire copy
tells the day first and the hour next), not the publication's, so the two paragraphs tell one
incident; a clock opening a paragraph stays a live blog's time stamp. Sentences written from general
patterns, French and English (published Saturday 2025-11-15: "mardi"/"Tuesday" is the 11th)."""

from __future__ import annotations

from datetime import date

import pytest
from helpers import events_of

from newsevents.temporal import find_times

TUESDAY = date(2025, 11, 11)
PUBLISHED = date(2025, 11, 15)


def _summary(found):  # type: ignore[no-untyped-def]
    return [(e.type, e.date, e.fatalities) for e in found]


# the speakers after the participles: the parser reads them as objects, the claim has no speaker
TRAILING_STATEMENT = [
    ("en", "Gunmen raided a village in Zamfara state on Tuesday night, killing at least 12 farmers and "
           "abducting several women, residents and a local official said Thursday.", 12),
    ("en", "Militants stormed a police post in Khyber district on Tuesday, killing four officers and "
           "seizing weapons, villagers and a police source said on Thursday.", 4),
]


@pytest.mark.parametrize(("language", "text", "killed"), TRAILING_STATEMENT)
def test_a_date_after_the_closing_reporting_verb_dates_no_participle(analyse, language, text, killed):
    found = events_of(analyse, text, language)
    assert len(found) == 1, _summary(found)
    assert found[0].date is not None and found[0].date.start == TUESDAY, _summary(found)
    assert found[0].fatalities == killed, _summary(found)


# the day in the lead, the hour in the next paragraph: one incident, the lead's day
LEAD_DAY_THEN_CLOCK = [
    ("fr", "L'armée a bombardé mardi un marché du village de Kalaw, tuant au moins neuf civils, selon des "
           "témoins.\n\nUn avion a largué deux bombes sur le marché vers 11 heures, a raconté un "
           "commerçant."),
    ("fr", "Des avions ont mené mardi une frappe aérienne contre un village de la province de Kachin, tuant "
           "au moins onze personnes, selon des habitants.\n\nUn chasseur a largué deux bombes sur l'école "
           "du village vers 10 heures, a raconté un enseignant."),
    ("en", "Militants attacked an army post near Kidal on Tuesday, killing five soldiers, officials said."
           "\n\nThe attackers arrived on motorbikes at around 6 a.m. and opened fire on the guards, a local "
           "official said."),
]


@pytest.mark.parametrize(("language", "text"), LEAD_DAY_THEN_CLOCK)
def test_a_clock_after_the_lead_takes_the_leads_day(analyse, language, text):
    found = events_of(analyse, text, language)
    assert len(found) == 1, _summary(found)
    assert found[0].date is not None and found[0].date.start == TUESDAY, _summary(found)


@pytest.mark.parametrize(("language", "text", "clock"), [
    ("fr", "Mardi, une frappe a touché Kalaw.\n\nUn avion a largué deux bombes vers 11 heures.", "11 heures"),
    ("en", "On Tuesday, a strike hit Kidal.\n\nA jet dropped two bombs at around 6 a.m.", "6 a.m."),
])
def test_find_times_gives_a_clock_the_day_of_the_paragraph_before(language, text, clock):
    values = {v.text: v for v in find_times(text, language, PUBLISHED)}
    assert clock in values, list(values)
    assert values[clock].start == TUESDAY


@pytest.mark.parametrize(("language", "text", "clock"), [
    ("en", "On Tuesday, a drone hit a market in El Fasher.\n\n10:45 A drone struck a fuel depot in Port "
           "Sudan, the army said.", "10:45"),
    ("fr", "Mardi, un drone a touché un marché à El Fasher.\n\n10h45 Un drone a frappé un dépôt de carburant "
           "à Port-Soudan, selon l'armée.", "10h45"),
])
def test_a_clock_opening_a_paragraph_is_a_time_stamp_of_the_publication_day(language, text, clock):
    values = {v.text: v for v in find_times(text, language, PUBLISHED)}
    assert clock in values, list(values)
    assert values[clock].start == PUBLISHED
