"""A count of acts given by a collective numeral ("une dizaine d'attaques", "dozens of drone
attacks") over a region or a country with no day of its own is a tally, not an incident; the same
count told on one night stays one wave (events_tallies.war_tally)."""
import pytest

TALLIES = [
    ("fr", "Depuis début juillet, une dizaine d'attaques de drones ont visé des champs pétroliers et "
           "gaziers du Kurdistan, selon un décompte de l'AFP."),
    ("fr", "Depuis le début de l'année, une vingtaine d'attaques jihadistes ont visé des postes de "
           "l'armée dans la région de Tillabéri."),
    ("en", "Dozens of drone attacks have targeted oil fields in Iraq's Kurdistan region since early July."),
]
WAVES = [
    ("fr", "Une dizaine de frappes ont visé la région de Kharkiv dans la nuit de lundi à mardi."),
]


@pytest.mark.parametrize("language,text", TALLIES)
def test_collective_count_of_acts_is_a_tally(analyse, language, text):
    assert [(e.type, e.date) for e in analyse(text, language, "2025-07-15").events] == []


@pytest.mark.parametrize("language,text", WAVES)
def test_counted_acts_of_one_night_stay_a_wave(analyse, language, text):
    assert len(analyse(text, language, "2025-07-15").events) == 1
