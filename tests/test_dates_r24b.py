"""Round 24, second task: casualty counts of incidents, continued. Sentences written for the test
(French and English), in stories of their own.

1. A number noun phrase coordinated after the victims into the subject of a reporting verb ("killing
   at least 12 civilians, three residents and a health official told AFP") is the source of the
   toll, not more victims (tolls_sources.telling_conjunct).
2. A side of a clash counting its own losses ("killing one Thai soldier and wounding six others, a
   Thai army spokesman said") is no attacker's boast (casualties._own_losses).
3. A campaign's running total told as an act ("Since the start of the siege in March, more than 400
   civilians have been killed in the city") is no incident (events_tallies.running_total_act).
4. A city's toll with no place of its own ("Selon le maire, il y avait 7 morts") after strikes on two
   districts is neither's; after the city's only strike, that one's (casualties.scenes_apart).
"""

from __future__ import annotations

import pytest

VIOLENT = {"missile_strike", "air_strike", "drone_strike", "armed_clash", "attack_on_civilians",
           "explosion", "shelling", "suicide_bombing", "bombing"}


def _incidents(art):
    return [e for e in art.events if e.type in VIOLENT]


TELLERS = [
    pytest.param(
        "en",
        "Gunmen on motorbikes attacked the village of Dargol in south-western Niger on Monday, killing "
        "at least 12 civilians, three residents and a health official told AFP on Tuesday.",
        12, id="en_residents_told_afp",
    ),
    pytest.param(
        "en",
        "Militants stormed a checkpoint outside the town of Bannu on Friday, killing seven policemen, "
        "two security officials and a local administrator said.",
        7, id="en_officials_said",
    ),
    pytest.param(
        "en",
        "A landmine exploded under a minibus near the town of Kidal on Sunday, killing 9 passengers, "
        "four witnesses and a doctor told Reuters.",
        9, id="en_witnesses_told_reuters",
    ),
    pytest.param(
        "fr",
        "Des hommes armés ont attaqué lundi le village de Dargol, dans le sud-ouest du Niger, tuant au "
        "moins 12 civils, deux habitants et un responsable local ont indiqué mardi à l'AFP.",
        12, id="fr_habitants_ont_indique",
    ),
]


@pytest.mark.parametrize(("language", "text", "killed"), TELLERS)
def test_a_count_coordinated_into_the_subject_of_a_reporting_verb_is_the_source(analyse, language, text,
                                                                                 killed):
    art = analyse(text, language=language, published="2025-05-07")
    found = [(e.type, e.fatalities) for e in art.events]
    assert [e.fatalities for e in _incidents(art)] == [killed], found


COORDINATED_VICTIMS = [
    pytest.param(
        "en",
        "A car bomb exploded outside a barracks in the town of Bosaso on Monday, killing four soldiers "
        "and two civilians, officials said.",
        6, id="en_victims_then_officials_said",
    ),
    pytest.param(
        "en",
        "Shelling hit a market in the town of Kherson on Monday, killing five people and three "
        "children, regional officials told reporters.",
        8, id="en_victims_then_officials_told",
    ),
]


@pytest.mark.parametrize(("language", "text", "killed"), COORDINATED_VICTIMS)
def test_coordinated_victims_before_a_reporting_clause_with_its_own_subject_add_up(analyse, language, text,
                                                                                    killed):
    art = analyse(text, language=language, published="2025-05-07")
    found = [(e.type, e.fatalities) for e in art.events]
    assert [e.fatalities for e in _incidents(art)] == [killed], found


# 2. A side of a clash counting its own losses is no attacker's boast: its toll is not set aside
#    for the other side's count of its own (casualties._own_losses, in victims_tolls).
OWN_LOSSES = [
    pytest.param(
        "en",
        "Thai and Cambodian troops exchanged heavy fire near the border village of Ban Nong Chan late "
        "on Thursday, killing one Thai soldier and wounding six others, a Thai army spokesman said.\n\n"
        "The Cambodian prime minister said Thai forces had opened fire first, wounding two Cambodian "
        "soldiers.",
        1, 6, id="en_each_side_counts_its_own",
    ),
    pytest.param(
        "en",
        "Thai and Cambodian troops exchanged heavy fire near the border village of Ban Nong Chan late "
        "on Thursday, killing one Thai soldier and wounding six others, a Thai army spokesman said.\n\n"
        "Cambodian villagers said Thai forces had opened fire first, wounding two Cambodian soldiers.",
        1, 6, id="en_own_losses_against_villagers",
    ),
    pytest.param(
        "fr",
        "Des soldats thaïlandais et cambodgiens ont échangé des tirs nourris près du village frontalier "
        "de Ban Nong Chan jeudi soir, tuant un soldat thaïlandais et en blessant six autres, a indiqué "
        "un porte-parole de l'armée thaïlandaise.\n\n"
        "Une porte-parole du ministère cambodgien de la Défense a affirmé que les forces thaïlandaises "
        "avaient ouvert le feu sur des positions cambodgiennes, blessant deux soldats cambodgiens.",
        1, 6, id="fr_chaque_camp_compte_les_siens",
    ),
]


@pytest.mark.parametrize(("language", "text", "killed", "injured"), OWN_LOSSES)
def test_a_side_counting_its_own_losses_is_no_boast(analyse, language, text, killed, injured):
    art = analyse(text, language=language, published="2025-05-09")
    found = [(e.type, e.fatalities, e.injured) for e in art.events]
    assert [(e.fatalities, e.injured) for e in _incidents(art)] == [(killed, injured)], found


# 3. A campaign's running total told as an act of its own ("Since the start of the siege in March,
#    more than 400 civilians have been killed in the city") is no incident (events_tallies.
#    running_total_act); a month's total ("Over the past month, at least 120 people have died") is
#    no incident's toll (running_total_cues).
CAMPAIGN_TOTALS = [
    pytest.param(
        "en",
        "Paramilitary forces shelled a displacement camp on the outskirts of the city of Kadugli on "
        "Saturday, killing at least eight people, a local medical group said.\n\n"
        "Since the start of the siege in March, more than 400 civilians have been killed in the city, "
        "according to the United Nations.",
        [8], id="en_siege_total",
    ),
    pytest.param(
        "fr",
        "Les forces paramilitaires ont bombardé samedi un camp de déplacés en périphérie de la ville de "
        "Kadugli, tuant au moins huit personnes, selon un groupe de médecins local.\n\n"
        "Depuis le début du siège en mars, plus de 400 civils ont été tués dans la ville, selon les "
        "Nations unies.",
        [8], id="fr_bilan_du_siege",
    ),
    pytest.param(
        "fr",
        "Les forces paramilitaires ont bombardé samedi un camp de déplacés en périphérie de la ville de "
        "Kadugli, tuant au moins huit personnes, selon un groupe de médecins local.\n\n"
        "Au cours du mois écoulé, au moins 120 personnes sont mortes dans des bombardements dans la "
        "région, selon des organisations humanitaires.",
        [8], id="fr_bilan_du_mois",
    ),
    pytest.param(
        "en",
        "Paramilitary forces shelled a displacement camp on the outskirts of the city of Kadugli on "
        "Saturday, killing at least eight people, a local medical group said.\n\n"
        "Over the past month, at least 120 people have died in shelling in the region, aid groups say.",
        [8], id="en_month_total",
    ),
]


@pytest.mark.parametrize(("language", "text", "tolls"), CAMPAIGN_TOTALS)
def test_a_campaign_total_is_no_incident_and_no_toll(analyse, language, text, tolls):
    art = analyse(text, language=language, published="2025-05-05")
    found = [(e.type, e.fatalities, e.date and e.date.text) for e in art.events]
    assert [e.fatalities for e in _incidents(art)] == tolls, found


# 4. A toll with no act and no place of its own told after strikes at two scenes of a city is
#    neither strike's; after the city's only strike it is that one's (casualties.scenes_apart).
CITY_TOLLS = [
    pytest.param(
        "fr",
        "Un missile russe a frappé mardi matin un immeuble résidentiel dans le quartier de Kyivskyi, à "
        "Odessa, selon le gouverneur régional.\n\n"
        "Quelques heures plus tard, un drone a touché une station-service dans le quartier de "
        "Primorskyi, dans le centre de la ville.\n\n"
        "Selon le maire, il y avait 7 morts et au moins 9 blessés.",
        [(None, None), (None, None)], id="fr_two_districts",
    ),
    pytest.param(
        "fr",
        "Un missile russe a frappé mardi matin un immeuble résidentiel dans le quartier de Kyivskyi, à "
        "Odessa, selon le gouverneur régional.\n\n"
        "Selon le maire, il y avait 7 morts et au moins 9 blessés.",
        [(7, 9)], id="fr_the_city_s_only_strike",
    ),
    pytest.param(
        "en",
        "A Russian missile struck a residential building in the Kyivskyi district of Odesa on Tuesday "
        "morning, the regional governor said.\n\n"
        "According to the mayor, seven people were killed and at least nine injured.",
        [(7, 9)], id="en_the_city_s_only_strike",
    ),
]


@pytest.mark.parametrize(("language", "text", "tolls"), CITY_TOLLS)
def test_a_city_toll_goes_to_a_strike_only_when_it_is_the_city_s_only_one(analyse, language, text, tolls):
    art = analyse(text, language=language, published="2025-05-06")
    found = [(e.type, e.fatalities, e.injured, e.location and e.location.name) for e in art.events]
    assert [(e.fatalities, e.injured) for e in _incidents(art)] == tolls, found
