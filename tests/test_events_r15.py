"""Round 15 of the incidents, on kinds found in articles of other stories than news-dev: a war noun
subject of a count ("the insurgency has killed more than 40,000 people since 2009") is the war's
tally, not a part of the raid told before it; a definite mention claimed ("JNIM claimed the attack
on Saturday") names the incident told before, the day told with it being the claim's; a complex
attack told in its stages ("L'attaque a commencé par l'explosion d'une voiture piégée, avant que des
hommes armés ...") is one incident, with the headline that announced it. Sentences written from
general patterns, French and English (published Saturday 2025-11-15: "vendredi"/"Friday" is the
14th)."""

from __future__ import annotations

from datetime import date

import pytest
from helpers import events_of

FRIDAY = date(2025, 11, 14)


def _summary(found):  # type: ignore[no-untyped-def]
    return [(e.type, e.date, e.fatalities, [p.name for p in e.actors]) for e in found]


# a raid, then the war's toll counted by a war noun as its subject
WAR_NOUN_TALLY = [
    ("en", "Insurgents raided the town of Damasak in Borno state on Friday, killing nine soldiers, "
           "security sources said. The insurgency has killed more than 35,000 people and displaced "
           "two million since 2009, according to the United Nations.", 9),
    ("en", "Gunmen attacked a police post near Tillaberi on Friday, killing six officers, officials said."
           "\n\nThe conflict has killed more than 20,000 people since 2012, according to monitors.", 6),
    ("fr", "Des insurgés ont attaqué vendredi la ville de Damasak, dans l'Etat de Borno, tuant neuf "
           "soldats, selon des sources sécuritaires. L'insurrection a tué plus de 35 000 personnes "
           "depuis 2009, selon l'ONU.", 9),
    ("fr", "Des hommes armés ont attaqué vendredi un poste de police près de Tillabéri, tuant six "
           "policiers.\n\nLe conflit a fait plus de 20 000 morts depuis 2012, selon des ONG.", 6),
]


@pytest.mark.parametrize(("language", "text", "killed"), WAR_NOUN_TALLY)
def test_a_war_noun_counting_its_dead_lends_no_toll(analyse, language, text, killed):
    found = events_of(analyse, text, language)
    assert len(found) == 1, _summary(found)
    assert found[0].fatalities == killed, _summary(found)
    assert found[0].date is not None and found[0].date.start == FRIDAY, _summary(found)


# the act on Friday, claimed on Saturday, a sentence or two after
CLAIMED_LATER = [
    ("en", "Gunmen ambushed an army convoy near the town of Arbinda in northern Burkina Faso on Friday, "
           "killing at least 14 soldiers, security sources said. The army did not comment. JNIM "
           "claimed the attack on Saturday.", "JNIM"),
    ("en", "Militants stormed a military post near Menaka on Friday, killing eight soldiers, officials "
           "said.\n\nThe Islamic State group claimed responsibility for the attack on Saturday.",
     "Islamic State"),
    ("fr", "Des hommes armés ont tendu vendredi une embuscade à un convoi militaire près d'Arbinda, dans "
           "le nord du Burkina Faso, tuant au moins 14 soldats, selon des sources sécuritaires. "
           "L'armée n'a pas commenté. Le JNIM a revendiqué l'attaque samedi.", "JNIM"),
    ("fr", "Des jihadistes ont attaqué vendredi un poste militaire près de Ménaka, tuant huit soldats, "
           "selon des responsables.\n\nLe groupe Etat islamique a revendiqué samedi la responsabilité "
           "de l'attaque.", "Islamic State"),
]


@pytest.mark.parametrize(("language", "text", "claimer"), CLAIMED_LATER)
def test_an_attack_claimed_the_next_day_is_the_attack_told_before(analyse, language, text, claimer):
    found = events_of(analyse, text, language)
    assert len(found) == 1, _summary(found)
    assert found[0].date is not None and found[0].date.start == FRIDAY, _summary(found)
    assert any(claimer in p.name for p in found[0].actors), _summary(found)


# a headline, a lede telling the attack with a bare verb, then its stages with the weapon
STAGED_ATTACK = [
    ("fr", "Kenya : une attaque contre un camp militaire de Mandera\n\nNAIROBI (AFP) - Des combattants "
           "shebab ont attaqué vendredi un camp militaire de Mandera, a annoncé la police.\n\n"
           "L'attaque a commencé par l'explosion d'un camion piégé devant l'entrée du camp, avant que "
           "des hommes armés ne pénètrent dans l'enceinte et ouvrent le feu sur les soldats."),
    ("en", "Kenya: attack on Mandera army camp\n\nNAIROBI (Reuters) - Al Shabaab fighters attacked an "
           "army camp in Mandera on Friday, police said.\n\nThe assault began with a truck bomb at the "
           "gate of the camp, before gunmen stormed the compound and opened fire on soldiers."),
]


@pytest.mark.parametrize(("language", "text"), STAGED_ATTACK)
def test_an_attack_told_in_its_stages_is_one_incident(analyse, language, text):
    found = events_of(analyse, text, language)
    assert len(found) == 1, _summary(found)
    assert found[0].date is not None and found[0].date.start == FRIDAY, _summary(found)


# a ship (or a plane) taken by armed men: an incident, its crew abducted; the men who landed on it from
# a helicopter made no air strike
SHIP_SEIZED = [
    ("en", "Somali pirates hijacked a bulk carrier off the coast of Puntland on Friday and took its 20 "
           "crew members ashore, the EU naval force said."),
    ("en", "Armed men landed on the tanker from a helicopter on Friday and seized the vessel in the Gulf "
           "of Oman, a maritime security agency said."),
    ("fr", "Des pirates somaliens se sont emparés vendredi d'un vraquier au large du Puntland et ont "
           "emmené ses 20 marins à terre, selon la force navale européenne."),
    ("fr", "Des hommes armés ont arraisonné vendredi un pétrolier dans le golfe de Guinée, a rapporté "
           "l'agence maritime britannique."),
]


@pytest.mark.parametrize(("language", "text"), SHIP_SEIZED)
def test_a_ship_seized_is_an_incident_on_its_crew(analyse, language, text):
    found = events_of(analyse, text, language)
    assert [e.type for e in found] == ["attack_on_civilians"], _summary(found)
    assert found[0].date is not None and found[0].date.start == FRIDAY, _summary(found)
    assert (found[0].acled or {}).get("sub_event_type") == "Abduction/forced disappearance"


# seizing a building, a town or weapons is no ship taken; soldiers who fell are no munition
NO_SHIP_SEIZED = [
    ("en", "Police seized weapons and ammunition during a search of a house in Lagos on Friday."),
    # a navy's or coast guard's seizure is law enforcement, no attack on a crew
    ("en", "The Indian navy seized a tanker carrying smuggled diesel off the coast of Gujarat on Friday, "
           "officials said."),
    ("fr", "Les gardes-côtes ont arraisonné vendredi un pétrolier transportant du carburant de contrebande, "
           "selon les autorités."),
    ("fr", "Les rebelles se sont emparés vendredi d'un bâtiment administratif de la ville, selon des "
           "habitants."),
]


@pytest.mark.parametrize(("language", "text"), NO_SHIP_SEIZED)
def test_no_ship_no_seizure_of_a_crew(analyse, language, text):
    assert "attack_on_civilians" not in [e.type for e in events_of(analyse, text, language)]


# a strike on a town, then another told in a region that is not the town's: two scenes
TOWN_AND_ANOTHER_REGION = [
    ("fr", "Une bombe aérienne guidée a frappé vendredi un immeuble de Zaporijjia, tuant deux personnes, "
           "selon le gouverneur. Dans la nuit, des drones russes avaient visé des installations "
           "énergétiques de la région de Dnipropetrovsk."),
    ("en", "A Russian missile hit an apartment block in Kharkiv on Friday, killing three people, the "
           "governor said. Overnight, Russian missiles struck energy facilities in the Odesa region."),
]


@pytest.mark.parametrize(("language", "text"), TOWN_AND_ANOTHER_REGION)
def test_a_town_and_another_region_are_two_scenes(analyse, language, text):
    found = events_of(analyse, text, language)
    assert len(found) == 2, _summary(found)
    places = [(e.location.name, e.location.precision) for e in found if e.location]
    assert len({name for name, _ in places}) == 2 and "admin1" in {p for _, p in places}, places


# a town and its own region: one scene
TOWN_AND_ITS_REGION = [
    ("en", "A Russian missile hit an apartment block in Kharkiv on Friday, killing three people, the "
           "governor said. The missile strike also damaged houses in the Kharkiv region."),
]


@pytest.mark.parametrize(("language", "text"), TOWN_AND_ITS_REGION)
def test_a_town_and_its_region_are_one_scene(analyse, language, text):
    found = events_of(analyse, text, language)
    assert len(found) == 1, _summary(found)


# a weapon naming what a unit handles, the unit part of a victim's title: no weapon of the strike
UNIT_WEAPON = [
    ("fr", "Une frappe israélienne a visé vendredi une voiture près de Tyr, tuant un commandant de "
           "l'unité des missiles du Hezbollah, selon une source sécuritaire.", "air_strike"),
    ("en", "An Israeli strike on a car near Tyre on Friday killed the head of Hezbollah's drone unit, a "
           "security source said.", "air_strike"),
    # the unit doing the act keeps its weapon
    ("en", "Ukrainian drone units struck a fuel depot near Kursk on Friday, the general staff said.",
     "drone_strike"),
]


@pytest.mark.parametrize(("language", "text", "type_"), UNIT_WEAPON)
def test_a_weapon_named_by_a_unit_types_no_strike(analyse, language, text, type_):
    found = events_of(analyse, text, language)
    assert [e.type for e in found] == [type_], _summary(found)


# soldiers exchanging artillery fire exchange no prisoners
FIRE_EXCHANGED = [
    ("fr", "Des soldats indiens et pakistanais ont échangé vendredi des tirs d'artillerie le long de la "
           "frontière, tuant trois civils, selon la police."),
    ("fr", "Des militaires des deux pays ont échangé vendredi des coups de feu et des obus près du poste "
           "frontière, selon des habitants."),
]


@pytest.mark.parametrize(("language", "text"), FIRE_EXCHANGED)
def test_fire_exchanged_is_no_prisoner_exchange(analyse, language, text):
    found = events_of(analyse, text, language)
    assert found and "prisoner_exchange" not in [e.type for e in found], _summary(found)


# a live blog: a strike on one town, another on a second town, then the first town's toll updated
LIVE_TOLL_UPDATE = [
    ("en", "08:40 GMT - A Russian missile hit an apartment block in Zaporizhzhia on Friday, killing two "
           "people, the governor said.\n\n10:15 GMT - In the city of Kherson, a drone hit a bus on Friday, "
           "wounding six passengers, local officials said.\n\n12:30 GMT - Zaporizhzhia toll rises to "
           "7 as rescuers find more bodies.", 7),
    ("fr", "08h40 : Un missile russe a frappé vendredi un immeuble de Zaporijjia, tuant deux personnes, "
           "selon le gouverneur.\n\n10h15 : A Kherson, un drone a frappé vendredi un bus, blessant six "
           "passagers, selon les autorités locales.\n\n12h30 : Le bilan à Zaporijjia s'alourdit à sept "
           "morts, selon les secours.", 7),
]


@pytest.mark.parametrize(("language", "text", "killed"), LIVE_TOLL_UPDATE)
def test_a_toll_updated_in_a_later_entry_goes_to_the_town_it_names(analyse, language, text, killed):
    found = events_of(analyse, text, language)
    assert sorted(e.type for e in found) == ["drone_strike", "missile_strike"], _summary(found)
    first = next(e for e in found if e.type == "missile_strike")
    other = next(e for e in found if e.type == "drone_strike")
    assert first.fatalities == killed, _summary(found)
    assert other.fatalities in (None, 0), _summary(found)


# the headline's strike, undated, told again by the lede with its day: one strike on one named target
HEADLINE_THEN_DATED_LEDE = [
    ("en", "Israel says it struck Hezbollah weapons depot near Nabatieh\n\nJERUSALEM (Reuters) - The "
           "Israeli military said on Friday it had struck a Hezbollah weapons depot near the town of "
           "Nabatieh overnight."),
    ("fr", "Israël dit avoir frappé un dépôt d'armes du Hezbollah près de Nabatiyé\n\nJÉRUSALEM (AFP) - "
           "L'armée israélienne a affirmé vendredi avoir frappé dans la nuit un dépôt d'armes du "
           "Hezbollah près de Nabatiyé."),
]


@pytest.mark.parametrize(("language", "text"), HEADLINE_THEN_DATED_LEDE)
def test_a_headline_strike_dated_by_its_lede_is_one_strike(analyse, language, text):
    found = events_of(analyse, text, language)
    assert len(found) == 1, _summary(found)


# the weapon hit is a target: the doer's weapon types the strike
WEAPON_HIT = [
    ("en", "The army said Israeli fighter jets had hit a rocket launcher in the area of Marjayoun on Friday.",
     "air_strike"),
    ("fr", "Des avions de chasse israéliens ont frappé vendredi un lance-roquettes près de Marjayoun, selon "
           "l'armée.", "air_strike"),
    ("en", "A Ukrainian drone hit a Russian tank near Kupiansk on Friday, the general staff said.",
     "drone_strike"),
]


@pytest.mark.parametrize(("language", "text", "type_"), WEAPON_HIT)
def test_a_weapon_hit_is_a_target_not_the_means(analyse, language, text, type_):
    found = events_of(analyse, text, language)
    assert [e.type for e in found] == [type_], _summary(found)


# an act someone refrained from was not done
REFRAINED = [
    ("en", "Hezbollah has largely refrained from firing on Israel since the truce took effect, officials "
           "said on Friday."),
    ("fr", "Le Hezbollah s'est largement abstenu de tirer sur Israël depuis l'entrée en vigueur de la trêve, "
           "ont indiqué vendredi des responsables."),
]


@pytest.mark.parametrize(("language", "text"), REFRAINED)
def test_an_act_refrained_from_is_no_incident(analyse, language, text):
    found = events_of(analyse, text, language)
    assert not [e for e in found if e.type == "armed_clash"], _summary(found)


# a live blog's title naming its theme with a bare plural act, above time-stamped entries
LIVE_TITLE = [
    ("en", "LIVE: Russian strikes on Ukraine - latest updates\n\n09:10 GMT - A Russian missile hit an "
           "apartment building in Dnipro on Friday, killing three people, the governor said.\n\n11:20 GMT - "
           "A drone hit a bus in Sumy on Friday, wounding five passengers, officials said.", 2),
    ("fr", "EN DIRECT - Frappes russes en Ukraine : les dernières informations\n\n09h10 : Un missile russe "
           "a frappé vendredi un immeuble de Dnipro, tuant trois personnes, selon le gouverneur.\n\n11h20 : "
           "Un drone a frappé vendredi un bus à Soumy, blessant cinq passagers, selon les autorités.", 2),
]


@pytest.mark.parametrize(("language", "text", "incidents"), LIVE_TITLE)
def test_a_live_blog_title_is_its_theme_not_an_incident(analyse, language, text, incidents):
    found = events_of(analyse, text, language)
    assert len(found) == incidents, _summary(found)
    assert all(e.location is not None and e.location.precision != "country" for e in found), _summary(found)
