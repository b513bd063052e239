"""Places of incidents, round 27 (French and English), sentences written from the general patterns:

- the unit placing a town the gazetteer lacks, which the parse hangs on a word no trigger governs
  (a gerund after the act, the reporting verb after it: "ont attaqué une mosquée du village de X,
  dans la région de Tillabéri, tuant 44 civils", "killed four in X, a town in North Waziristan,
  police said"), is the scene of the act over the headline's country: the smallest unit the act's
  own sentence names around the town (extract/where_refine.unheld_finer).
"""

from __future__ import annotations

import pytest

PUBLISHED = "2025-05-07"  # a Wednesday


def _places(article):  # type: ignore[no-untyped-def]
    return [e.location for e in article.events if e.location is not None]


# (language, text, the unit the incident must be placed in, its precision)
UNHELD_UNITS = [
    ("fr", "Niger : une attaque contre une mosquée fait 44 morts\n\n"
           "NIAMEY, 22 mars (AFP) - Des hommes armés ont attaqué vendredi une mosquée du village de Fambita, "
           "dans la commune rurale de Kokorou, dans la région de Tillabéri, tuant 44 civils, a indiqué le "
           "ministère de l'Intérieur.", "Tillaberi", "admin1"),
    ("fr", "Niger : attaque contre une école\n\n"
           "NIAMEY, 22 mars (AFP) - Des hommes armés ont attaqué jeudi une école du village de Fambita, dans "
           "la commune rurale de Kokorou, dans la région de Tillabéri, tuant cinq enseignants, a indiqué le "
           "ministère.", "Tillaberi", "admin1"),
    ("en", "Drone strike kills children in Pakistan\n\n"
           "PESHAWAR, May 19 (AP) - A drone strike killed four children on Monday in Spinwam Kalay, a town "
           "in North Waziristan, police said.", "North Waziristan", "region"),
    ("en", "Drone strike in Pakistan\n\n"
           "PESHAWAR, May 19 (AP) - A drone strike killed four children on Monday in Mir Ali, a town in "
           "North Waziristan, police said.", "North Waziristan", "region"),
]


@pytest.mark.parametrize(("language", "text", "unit", "precision"), UNHELD_UNITS)
def test_the_unit_named_around_an_unknown_town_places_the_act(analyse, language, text, unit, precision):
    places = _places(analyse(text, language, PUBLISHED))
    assert places, "the incident has no place"
    assert all(p.name == unit and p.precision == precision for p in places), \
        [(p.name, p.precision) for p in places]


# (language, text, the district's seat town the incident must be placed at); the "district of"
# before the division is the district's cue word, not the division's (where._mark_admin1_cue), and
# the division owning the district qualifies its seat ("of": where_spots.in_division)
OWNED_DISTRICTS = [
    ("en", "Attacks in Pakistan\n\n"
           "QUETTA, May 11 (AP) - A bomb exploded in a market in Quetta on Saturday, wounding nine people. "
           "Separately, militants killed four soldiers in the Gwadar district of Balochistan province, "
           "officials said.", "Gwadar"),
    ("en", "Militants kill five soldiers in Pakistan\n\n"
           "QUETTA, May 11 (Reuters) - Militants killed five soldiers on Saturday in an attack in the "
           "Panjgur district of Balochistan province, the army said.", "Panjgur"),
    ("en", "Gunmen kill border guards in Pakistan\n\n"
           "QUETTA, June 2 (AP) - Gunmen killed three border guards on Monday in the Zhob district of "
           "Balochistan province, near the Afghan border, officials said.", "Zhob"),
    ("en", "Russian strike kills two in Ukraine\n\n"
           "KYIV, May 6 (Reuters) - A Russian strike killed two people in the Izium district of the Kharkiv "
           "region on Tuesday, the governor said.", "Izyum"),
    ("en", "Ukrainian drone kills man in Russia\n\n"
           "MOSCOW, May 6 (Reuters) - A Ukrainian drone killed a man in the Rylsk district of the Kursk "
           "region on Tuesday, the governor said.", "Ryl’sk"),
    ("en", "Russian strike hits Ukraine\n\n"
           "KYIV, May 6 (Reuters) - A Russian glide bomb wounded four people in the Kramatorsk district of "
           "the Donetsk region on Tuesday, the governor said.", "Kramatorsk"),
]


@pytest.mark.parametrize(("language", "text", "town"), OWNED_DISTRICTS)
def test_a_district_of_a_named_division_is_placed_at_its_seat(analyse, language, text, town):
    places = _places(analyse(text, language, PUBLISHED))
    assert town in [p.name for p in places], [(p.name, p.precision, p.text) for p in places]
    assert all(p.text != f"district of {p.name} province" for p in places)


# (language, text, the place the incident must be given, the country it must not be in); a noun
# set beside a town's name after its comma ("al-X, a village in Y province", "un village de la
# province de Y") lets the division after it decide between same-name towns; when the division
# holds none, the town is one the gazetteer lacks and the division places the act
# (where_spots.in_division, _apposed_noun; a division named after its town: _units)
APPOSED_SETTLEMENTS = [
    ("en", "Syria strike kills five\n\n"
           "BEIRUT, July 15 (AP) - An airstrike killed five people on Tuesday in al-Mazraa, a village in "
           "Sweida province, a war monitor said.", "As-Suwayda", "IL"),
    ("en", "Clashes in southern Syria kill 15\n\n"
           "BEIRUT, July 14 (AP) - Clashes between Druze fighters and Bedouin tribesmen killed at least 15 "
           "people on Sunday in al-Mazraa, a village in Sweida province, a war monitor said.",
     "As-Suwayda", "IL"),
    ("fr", "Syrie : frappe meurtrière dans le sud\n\n"
           "BEYROUTH, 15 juillet (AFP) - Une frappe aérienne a tué cinq personnes mardi à al-Mazraa, "
           "un village de la province de Soueida, selon l'OSDH.", "As-Suwayda", "IL"),
    ("en", "Shelling in Syria\n\n"
           "BEIRUT, May 4 (AP) - Shelling killed three people on Sunday in Kafr Nabl, a town in Idlib "
           "province, rescuers said.", "Kafranbel", "IL"),
]


@pytest.mark.parametrize(("language", "text", "place", "elsewhere"), APPOSED_SETTLEMENTS)
def test_a_division_beside_a_settlement_noun_decides_the_town(analyse, language, text, place, elsewhere):
    places = _places(analyse(text, language, PUBLISHED))
    assert place in [p.name for p in places], [(p.name, p.country) for p in places]
    assert all(p.country != elsewhere for p in places), [(p.name, p.country) for p in places]


# (language, text, the division the incident must be placed in); a border belongs to no one country:
# the division of one of its two countries the act's sentence names is finer (where_refine.on_border)
BORDER_SIDES = [
    ("en", "Thai soldier killed in border clash with Cambodia\n\n"
           "BANGKOK, May 28 (AP) - A Thai soldier was killed on Wednesday in a clash with Cambodian troops "
           "in the disputed Chong Bok area, in Ubon Ratchathani province, the Thai army said.",
     "Changwat Ubon Ratchathani"),
    ("fr", "Accrochage frontalier entre la Thaïlande et le Cambodge\n\n"
           "BANGKOK, 28 mai (AFP) - Un soldat cambodgien a été tué mercredi lors d'un échange de tirs avec "
           "l'armée thaïlandaise dans la zone contestée de Chong Bok, dans la province thaïlandaise d'Ubon "
           "Ratchathani, a indiqué l'armée.", "Changwat Ubon Ratchathani"),
]


@pytest.mark.parametrize(("language", "text", "unit"), BORDER_SIDES)
def test_a_division_on_one_side_places_a_border_clash(analyse, language, text, unit):
    places = _places(analyse(text, language, PUBLISHED))
    assert [p.name for p in places] == [unit], [(p.name, p.precision) for p in places]


# (language, text, the division the incident must be placed in); the act's sentence names a town the
# gazetteer lacks with a settlement noun and a division beside it, the headline names no place: the
# division is the act's place rather than none (arguments_places.apposed_unit)
APPOSED_UNITS = [
    ("en", "Strike in Lebanon\n\n"
           "BEIRUT, May 4 (AP) - An Israeli strike killed two people on Sunday in Aitaroun, a village in "
           "Nabatieh province, the health ministry said.", "Nabatiye"),
    ("en", "Turkish strike kills two\n\n"
           "ERBIL, May 4 (Reuters) - A Turkish drone strike killed two people on Sunday in Sidakan, a "
           "district in Erbil province, local officials said.", "Arbil"),
    ("en", "Gunmen kill nine villagers\n\n"
           "OUAGADOUGOU, May 4 (Reuters) - Gunmen killed nine villagers on Sunday in Kompienbiga, a village "
           "in the Est region, security sources said.", "Est"),
]


@pytest.mark.parametrize(("language", "text", "unit"), APPOSED_UNITS)
def test_a_division_beside_an_unknown_settlement_places_the_act(analyse, language, text, unit):
    places = _places(analyse(text, language, PUBLISHED))
    assert [(p.name, p.precision) for p in places] == [(unit, "admin1")]
