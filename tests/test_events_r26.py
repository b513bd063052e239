"""Places of incidents, round 26 (French and English), sentences written from the general patterns:

- a distance at sea: a unit of several words ("nautical miles", "milles nautiques") and an offset
  out to sea from a coastal town ("40 miles off X", "à 40 km au large de X", "au large des côtes
  de X") keep the town and the stated distance (``distance_units`` and ``offshore_links`` of
  lang/<code>/places.yaml, extract/where_sites.find_distances);
- a numeral noun counting the unit with no "of" ("about a dozen kilometres north of X") is a
  distance like "une douzaine de kilomètres" (extract/where_sites.find_distances);
- a headline naming the town vaguely ("près de X") and a body stating the distance from it ("à une
  vingtaine de kilomètres au sud de X"): the incident keeps the body's offset
  (extract/where_refine.offset_place).
"""

from __future__ import annotations

import pytest

PUBLISHED = "2025-05-07"  # a Wednesday


def _incident(article):  # type: ignore[no-untyped-def]
    located = [e for e in article.events if e.location is not None]
    assert located, "no placed incident"
    return located[0]


# (language, text, the town's gazetteer name, the least and most metres stated)
SEA_OFFSETS = [
    ("en", "In Yemen, rebels fired a missile at a bulk carrier about 70 nautical miles west of Hodeidah "
           "on Monday, the coast guard said.", "Al Ḩudaydah", 129_000, 130_000),
    ("en", "In Somalia, a drone struck a cargo ship 30 miles off Kismayo on Sunday, the navy said.",
     "Kismayo", 48_000, 49_000),
    ("en", "A Taiwanese patrol boat was rammed 12 nautical miles off the coast of Kinmen on Friday, "
           "Taiwan's coast guard said.", "Jincheng", 22_000, 23_000),
    ("fr", "Au Yémen, un navire marchand a été touché lundi par un drone à 25 milles nautiques au large "
           "de Mokha, selon l'agence maritime britannique.", "Mocha", 46_000, 47_000),
    ("fr", "En Somalie, un drone a frappé dimanche un cargo à 60 km au large de Kismayo, a indiqué la "
           "marine.", "Kismayo", 60_000, 60_000),
    ("fr", "Au Mozambique, des insurgés ont attaqué jeudi un chalutier à 15 km au large des côtes de "
           "Pemba, a annoncé la marine.", "Pemba", 15_000, 15_000),
]


@pytest.mark.parametrize(("language", "text", "town", "low", "high"), SEA_OFFSETS)
def test_a_distance_at_sea_keeps_the_town_and_the_distance(analyse, language, text, town, low, high):
    event = _incident(analyse(text, language, PUBLISHED))
    loc = event.location
    assert loc.name == town and loc.precision == "city"
    assert loc.near is not None and loc.near.distance_m is not None
    assert low <= loc.near.distance_m <= high


# "a dozen kilometres": a numeral noun counting the unit with no "of"
NUMERAL_NOUNS = [
    ("en", "In Nigeria, gunmen raided a village about a dozen kilometres north of Maiduguri on Sunday, "
           "police said.", "Maiduguri", 12_000),
    ("en", "In Mali, jihadists ambushed an army convoy a dozen kilometres from Gao on Tuesday, the army "
           "said.", "Gao", 12_000),
]


@pytest.mark.parametrize(("language", "text", "town", "metres"), NUMERAL_NOUNS)
def test_a_numeral_noun_counts_the_distance(analyse, language, text, town, metres):
    loc = _incident(analyse(text, language, PUBLISHED)).location
    assert loc.name == town
    assert loc.near is not None and loc.near.distance_m == metres


# a headline near a town, a body measuring the distance from that town
HEADLINE_THEN_OFFSET = [
    ("fr", "Burkina Faso : une embuscade fait dix morts près de Dori\n\n"
           "Dix soldats ont été tués lundi dans une embuscade tendue à une trentaine de kilomètres à "
           "l'est de Dori, a annoncé mardi le ministère de la Défense.", "Dori", 30_000),
    ("en", "Gunmen kill eight near Kaduna town\n\n"
           "Gunmen killed eight farmers on Saturday in an attack about 40 km south of Kaduna, police "
           "said on Sunday.", "Kaduna", 40_000),
]


@pytest.mark.parametrize(("language", "text", "town", "metres"), HEADLINE_THEN_OFFSET)
def test_the_body_distance_from_the_headline_town_is_kept(analyse, language, text, town, metres):
    loc = _incident(analyse(text, language, PUBLISHED)).location
    assert loc.name == town
    assert loc.near is not None and loc.near.distance_m == metres


# a state named with its division word: "Rakhine State" (tagged a person by the English model),
# "l'État kachin" (the name written as an adjective), "l'Etat Shan" (the capital É written E)
STATES = [
    ("en", "In Myanmar, a military air strike hit a village in Rakhine State on Monday, killing 11 "
           "people, residents said.", "Rakhine"),
    ("en", "Junta jets bombed a monastery in Shan State on Friday, killing nine, a rebel group said.",
     "Shan"),
    ("fr", "En Birmanie, une frappe aérienne de l'armée a tué lundi dix civils dans l'État kachin, "
           "selon un groupe rebelle.", "Kachin"),
    ("fr", "Des avions de la junte ont bombardé vendredi un monastère dans l'Etat Shan, en Birmanie, "
           "tuant neuf personnes.", "Shan"),
]


@pytest.mark.parametrize(("language", "text", "state"), STATES)
def test_a_state_named_with_its_division_word(analyse, language, text, state):
    loc = _incident(analyse(text, language, PUBLISHED)).location
    assert loc.name == state and loc.precision == "admin1" and loc.country == "MM"


# the act's sentence resumes the town by a definite noun and names a border next to it: the town
# (named in a sentence before) is the scene, not the border (where_refine.resumed_finer)
RESUMED_TOWN_BY_A_BORDER = [
    ("en", "Djibo, a market town in northern Burkina Faso, has lived under a jihadist blockade for two "
           "years.\n\nOn Sunday, the fighters stormed an army camp in the town, near the border with "
           "Mali, killing 30 soldiers, a security source said.", "Djibo"),
    ("fr", "Djibo, ville commerçante du nord du Burkina Faso, vit sous blocus jihadiste depuis deux ans."
           "\n\nDimanche, les assaillants ont attaqué un camp militaire dans la ville, près de la "
           "frontière avec le Mali, tuant 30 soldats, selon une source sécuritaire.", "Djibo"),
    ("en", "Mandera sits on Kenya's border with Somalia and Ethiopia.\n\nGunmen attacked a bus station "
           "in the town on Friday, close to the border with Somalia, killing five people, police "
           "said.", "Mandera"),
]


@pytest.mark.parametrize(("language", "text", "town"), RESUMED_TOWN_BY_A_BORDER)
def test_the_resumed_town_beats_the_border_next_to_it(analyse, language, text, town):
    loc = _incident(analyse(text, language, PUBLISHED)).location
    assert loc.name == town and loc.precision == "city"


# a small town named only after a preposition of place, outside any entity (a headline the NER left
# untagged), in a country the article names: the town (where._longest_match, `placed`)
HEADLINE_SMALL_TOWNS = [
    ("fr", "Niger : une embuscade fait dix morts près de Ouallam\n\n"
           "Dix soldats ont été tués lundi dans une embuscade, a annoncé mardi le ministère de la "
           "Défense.", "Ouallam"),
    ("fr", "Niger : une embuscade fait dix morts près de Ouallam\n\n"
           "Dix soldats ont été tués lundi dans une embuscade tendue à l'est de Ouallam, a annoncé "
           "mardi le ministère de la Défense.", "Ouallam"),
]


@pytest.mark.parametrize(("language", "text", "town"), HEADLINE_SMALL_TOWNS)
def test_a_small_town_after_a_preposition_of_place(analyse, language, text, town):
    loc = _incident(analyse(text, language, PUBLISHED)).location
    assert loc.name == town and loc.precision == "city"


# ... but a month after "in" is no town ("agreed in May": not a town called May); no publication
# date, so that no time mention covers the word and the place reading alone decides
def test_a_month_after_in_is_no_town(analyse):
    article = analyse("The US bombed the rebels for weeks until a truce was reached in May. However, the "
                      "rebels said they would fight on.", "en", None)
    assert not [m for m in article.mentions if m.kind == "place" and m.text == "May"]
