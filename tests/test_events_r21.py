"""Round 21 of the incidents. A summons told by a participle of the passive ("Convoqué jeudi ...,
l'ambassadeur a ...", "Summoned on Thursday ..., the ambassador ...") has the clause's subject as
the one summoned, never as who summoned (events_summons.fronted_patients): the summoner is the
country named elsewhere, and the summons is the one the page tells later when it names the same
envoy. Sentences written from general patterns (published Thursday 2025-05-08 unless said)."""

from __future__ import annotations

import pytest
from helpers import events_of

PUBLISHED = "2025-05-08"

# (language, text, summoner, summoned): one summons, made by the host, the envoy its target
FRONTED_SUMMONSES = [
    ("fr", "Convoqué jeudi après le survol d'une base militaire par un drone, l'ambassadeur biélorusse en "
     "Lituanie, Pavel Sidorenko, a quitté le ministère sans faire de déclaration.\n\nVilnius dit avoir "
     "remis jeudi à M. Sidorenko une note de protestation.", "Lithuania", "Pavel Sidorenko"),
    ("fr", "Convoqué jeudi après l'intrusion d'un avion militaire dans l'espace aérien estonien, le chargé "
     "d'affaires russe a été accueilli par des manifestants devant le ministère des Affaires étrangères à "
     "Tallinn.\n\nLe ministère estonien des Affaires étrangères a remis au diplomate une note de "
     "protestation, a-t-il indiqué dans un communiqué.", "Estonia", "Russian chargé d'affaires"),
    ("en", "Summoned on Thursday after a drone flew over a military base, the Belarusian ambassador to "
     "Lithuania, Pavel Sidorenko, left the ministry without comment. Vilnius said it had handed Mr "
     "Sidorenko a protest note.", "Lithuania", "Pavel Sidorenko"),
]


@pytest.mark.parametrize(("language", "text", "summoner", "summoned"), FRONTED_SUMMONSES)
def test_a_fronted_participle_summons_has_the_subject_as_its_target(
        analyse, language: str, text: str, summoner: str, summoned: str) -> None:
    found = [e for e in events_of(analyse, text, language, PUBLISHED) if e.type == "diplomatic_protest"]
    assert len(found) == 1
    assert summoner in [a.name for a in found[0].actors]
    assert summoned in [t.name for t in found[0].targets]
    assert found[0].date is not None and found[0].date.start.isoformat() == PUBLISHED


# an active participle ("Ayant convoqué l'ambassadeur, la Lettonie a ...") keeps its subject as the doer
def test_an_active_fronted_participle_keeps_its_subject_as_the_summoner(analyse) -> None:
    text = "Ayant convoqué jeudi l'ambassadeur russe, la Lettonie a exigé des explications après la chute " \
        "d'un drone près de Rēzekne."
    found = [e for e in events_of(analyse, text, "fr", PUBLISHED) if e.type == "diplomatic_protest"]
    assert [[a.name for a in e.actors] for e in found] == [["Latvia"]]


# a weapon found where it fell, the definite noun resuming the weapon of the fall told before: one
# incident, the fall (events_finds.py); a cache or an indefinite find stays a find of its own
FALLEN_FINDS = [
    ("fr", "Un drone est tombé lundi soir sur une maison du village de Ceadîr-Lunga, dans le sud de la "
     "Moldavie, sans faire de victimes.\n\nLe drone a été retrouvé mardi matin posé sur le toit de la "
     "maison, a précisé la police moldave."),
    ("en", "A drone fell on a house in the village of Ceadir-Lunga in southern Moldova late on Monday, "
     "causing no casualties.\n\nThe drone was found on Tuesday morning lying on the roof of the house, "
     "Moldovan police said."),
]


@pytest.mark.parametrize(("language", "text"), FALLEN_FINDS)
def test_a_weapon_found_where_it_fell_is_part_of_the_fall(analyse, language: str, text: str) -> None:
    found = events_of(analyse, text, language, PUBLISHED)
    assert [(e.type, e.date and e.date.start.isoformat()) for e in found] == [("drone_strike", "2025-05-05")]


def test_a_cache_found_after_a_strike_stays_a_find(analyse) -> None:
    text = "Un drone a frappé lundi un dépôt de carburant à Koulikoro, a indiqué l'armée malienne.\n\n" \
        "Mardi, des soldats ont découvert une cache d'armes contenant des drones et des obus près de " \
        "Koulikoro."
    found = events_of(analyse, text, "fr", PUBLISHED)
    assert sorted(e.type for e in found) == ["drone_strike", "weapons_found"]


# a weapon word in a modifier before a weapon's noun says what the weapon carries: the weapon types
# the act (events_typing._laden_words), an attack with explosive-laden drones is a drone strike
LADEN_WEAPONS = [
    ("en", "Leftist rebels attacked a police station in the southwestern province of Cauca with "
     "explosive-laden drones on Monday, wounding three officers, authorities said."),
    ("en", "Rebels attacked a military base in Suarez with bomb-carrying drones on Monday, killing two "
     "soldiers."),
    ("en", "Insurgents struck an army checkpoint near Kidal with explosives-packed drones on Monday, the "
     "army said."),
]


@pytest.mark.parametrize(("language", "text"), LADEN_WEAPONS)
def test_an_attack_with_laden_drones_is_a_drone_strike(analyse, language: str, text: str) -> None:
    assert [e.type for e in events_of(analyse, text, language, PUBLISHED)] == ["drone_strike"]


# a trigger noun that only qualifies a noun of place names a place, no act (events_marks.names_site,
# `site_heads`); what its sentence tells is the strike on that place, "its forces" being the speaker's
DEPLOYMENT_SITES = [
    ("en", "MOSCOW, May 6 (Reuters) - Russia's defence ministry said on Tuesday its forces had struck a "
     "temporary deployment point of Ukrainian units near the village of Bilohorivka in the Luhansk region."),
    ("en", "The Russian defence ministry said on Tuesday its forces had struck a temporary deployment area "
     "of Ukrainian units near the village of Bilohorivka."),
    ("fr", "Le ministère russe de la Défense a affirmé mardi que ses forces avaient frappé une zone de "
     "déploiement temporaire d'unités ukrainiennes près du village de Bilohorivka."),
]


@pytest.mark.parametrize(("language", "text"), DEPLOYMENT_SITES)
def test_a_deployment_point_is_a_place_not_a_deployment(analyse, language: str, text: str) -> None:
    found = events_of(analyse, text, language, PUBLISHED)
    assert [(e.type, e.location and e.location.name) for e in found] == [("air_strike", "Bilohorivka")]


# a deployment told as an act stays one
def test_a_deployment_of_troops_stays_a_deployment(analyse) -> None:
    text = "The army announced on Wednesday the deployment of 500 troops to the combat zone near Goma."
    assert [e.type for e in events_of(analyse, text, "en", PUBLISHED)] == ["deployment"]


# a headline's strike and the body's first sentence telling it in another town of the scene, a few
# kilometres off (drafts_scene.headline_scene, settings.HEADLINE_SCENE_KM): one incident, the body's
HEADLINE_SCENES = [
    ("en", "Israeli strike on Gaza school shelter kills 15\n\nAn Israeli air strike on a school sheltering "
     "displaced families in Jabalia in the northern Gaza Strip killed at least 15 people on Saturday, the "
     "territory's civil defence agency said.", 3),
    ("en", "Russian strike on Kharkiv apartment block kills four\n\nA Russian guided bomb hit an apartment "
     "block in Pisochyn, on the western outskirts of Kharkiv, on Sunday, killing four people and wounding "
     "nine, regional governor Oleh Syniehubov said.", 4),
    ("fr", "Frappe russe sur un immeuble de Kharkiv : quatre morts\n\nUne bombe guidée russe a frappé "
     "dimanche un immeuble de Pisotchyn, dans la banlieue ouest de Kharkiv, tuant quatre personnes et en "
     "blessant neuf, a annoncé le gouverneur régional.", 4),
    ("en", "Israeli strike on Gaza City home kills six\n\nAn Israeli air strike on a house in Beit Lahia in "
     "the northern Gaza Strip killed six members of one family on Sunday, medics said.", 4),
]


@pytest.mark.parametrize(("language", "text", "day"), HEADLINE_SCENES)
def test_a_headline_naming_the_scene_by_a_nearby_town_is_the_body_s_strike(
        analyse, language: str, text: str, day: int) -> None:
    found = events_of(analyse, text, language, PUBLISHED)
    assert [(e.type, e.date and e.date.start.day) for e in found] == [("air_strike", day)]


# a killing whose passive agent is a side's fire (triggers._side_fire, fire_nouns / fire_sides):
# an act of war whatever the victims are called; a fire with no side is none
SIDE_FIRE_KILLINGS = [
    ("en", "Gaza health officials said two Palestinians were killed by Israeli fire near an aid "
     "distribution point in Rafah on Sunday.", "Rafah"),
    ("en", "Two Palestinians were killed by Israeli army fire near an aid distribution point in Khan Younis "
     "on Sunday, medics said.", "Khan Younis"),
    ("en", "A teenager was killed by police gunfire in Nanterre on Sunday.", "Nanterre"),
    ("fr", "Deux Palestiniens ont été tués dimanche par des tirs israéliens près d'un point de "
     "distribution d'aide à Rafah, selon les autorités sanitaires de Gaza.", "Rafah"),
]


@pytest.mark.parametrize(("language", "text", "town"), SIDE_FIRE_KILLINGS)
def test_a_killing_by_a_side_s_fire_is_an_incident(analyse, language: str, text: str, town: str) -> None:
    found = events_of(analyse, text, language, PUBLISHED)
    assert len(found) == 1 and found[0].type == "armed_clash"
    assert found[0].date is not None and found[0].date.start.day == 4
    assert found[0].location is not None and found[0].location.text == town


def test_a_killing_by_a_fire_with_no_side_is_none(analyse) -> None:
    text = "Three people were killed by a fire in their home in Rafah on Sunday."
    assert events_of(analyse, text, "en", PUBLISHED) == []


# the flag a ship flies is no scene (drafts_scene.flag_place, flag_words of arguments.yaml); the
# definite missile of the next sentence then resumes the strike told before it: one incident
SHIP_FLAGS = [
    ("fr", "Un missile russe a frappé mardi le port d'Odessa, endommageant un navire marchand, selon les "
     "autorités ukrainiennes.\n\nLe missile Kalibr a frappé le vraquier battant pavillon du Panama alors "
     "qu'il était à quai.", "Odesa"),
    ("en", "A Russian missile struck the port of Odesa on Tuesday, damaging a merchant ship, Ukrainian "
     "officials said.\n\nThe Kalibr missile hit the Panama-flagged bulk carrier while it was moored at the "
     "quay.", "Odesa"),
    ("fr", "Un drone naval a touché mardi un pétrolier battant pavillon de la Barbade au large de "
     "Novorossiisk, selon les autorités russes.", "Novorossiysk"),
]


@pytest.mark.parametrize(("language", "text", "town"), SHIP_FLAGS)
def test_a_ship_s_flag_is_no_place_of_the_strike(analyse, language: str, text: str, town: str) -> None:
    found = events_of(analyse, text, language, PUBLISHED)
    assert [(e.date and e.date.start.day, e.location and e.location.name) for e in found] == [(6, town)]


# a craft word a determiner resumes is the weapon told before it (events_craft.py, craft_nouns):
# the fall it tells is a strike with that weapon; "tomber nez-à-nez avec" is no fall
RESUMED_CRAFTS = [
    ("fr", "Des drones russes ont survolé lundi le nord de la Moldavie, a indiqué le ministère de la "
     "Défense.\n\nMardi, l'un de ces appareils est tombé sur une maison à Soroca.", "Soroca"),
    ("fr", "Un drone a violé lundi l'espace aérien roumain près de Galați, selon le ministère roumain de "
     "la Défense.\n\nMardi, ce même engin s'est écrasé sur une grange à Tulcea.", "Tulcea"),
    ("en", "A Russian drone entered Romanian airspace near Galati on Monday, the Romanian defence ministry "
     "said.\n\nOn Tuesday, the craft crashed into a barn in Tulcea.", "Tulcea"),
]


@pytest.mark.parametrize(("language", "text", "town"), RESUMED_CRAFTS)
def test_a_resumed_craft_is_the_weapon_told_before(analyse, language: str, text: str, town: str) -> None:
    found = [e for e in events_of(analyse, text, language, PUBLISHED) if e.date and e.date.start.day == 6]
    assert [(e.type, e.location and e.location.text, [w.category for w in e.weapons]) for e in found] \
        == [("drone_strike", town, ["drone"])]


def test_coming_face_to_face_with_a_drone_is_no_fall(analyse) -> None:
    text = "Un drone russe est tombé lundi sur une maison à Soroca.\n\nMardi, le ministre est tombé " \
        "nez-à-nez avec l'un de ces appareils devant le ministère à Chisinau."
    assert [e.date and e.date.start.day for e in events_of(analyse, text, "fr", PUBLISHED)] == [5]


# an unexploded shell found is a find, no shelling (the noun "shell" has the lemma of "shelling")
def test_an_unexploded_shell_found_is_no_shelling(analyse) -> None:
    text = "Police found an unexploded mortar shell in a field near Kirkuk on Tuesday, a security " \
        "official said."
    assert [e.type for e in events_of(analyse, text, "en", PUBLISHED)] == ["weapons_found"]


# a fronted participle the parser hangs on the subject noun (nmod) still tells the summons
def test_a_fronted_participle_hung_on_the_subject_tells_the_summons(analyse) -> None:
    text = "Convoquée mardi à la suite de tirs d'artillerie sur un poste-frontière, la chargée d'affaires " \
        "arménienne a été reçue au ministère azerbaïdjanais des Affaires étrangères à Bakou."
    found = [e for e in events_of(analyse, text, "fr", PUBLISHED) if e.type == "diplomatic_protest"]
    assert [(e.date and e.date.start.day, e.location and e.location.name, [t.name for t in e.targets])
            for e in found] == [(6, "Baku", ["Armenian chargé d'affaires"])]
    # with no summoner named, the country of the ministry it was told at summoned
    assert [a.name for a in found[0].actors] == ["Azerbaijan"]
