"""Fields of incidents, round 9: patterns of wire copy written for the purpose (no development
document's sentences), French and English where the pattern exists in both.
"""

from __future__ import annotations

import pytest


def _events(article):
    return [e.to_json() for e in article.events]


def _claims(article):
    return [c.to_json() for c in article.claims]


def _names(parties):
    return [p["name"] for p in parties]


# -- who controls a place does not pick the controller's homonym ---------------------------------

@pytest.mark.parametrize(("text", "language"), [
    ("Ukrainian shelling killed three civilians in the Russian-controlled city of Donetsk on Sunday, "
     "the local mayor said.", "en"),
    ("Ukrainian drones hit an oil depot in Russian-held Donetsk on Monday, officials said.", "en"),
    ("Trois civils ont été tués dimanche par des tirs d'artillerie ukrainiens dans la ville de "
     "Donetsk, contrôlée par la Russie, a indiqué le maire.", "fr"),
    ("Des drones ukrainiens ont frappé lundi un dépôt pétrolier à Donetsk, ville sous contrôle russe, "
     "selon les autorités locales.", "fr"),
])
def test_controlled_town_is_not_the_controllers_homonym(analyse, text, language):
    events = _events(analyse(text, language))
    assert events, text
    loc = events[0]["location"]
    assert loc["name"] == "Donetsk" and loc["country"] == "UA"


@pytest.mark.parametrize(("text", "language"), [
    ("Trois civils ont été tués dimanche par des tirs d'artillerie ukrainiens dans la ville de "
     "Donetsk, contrôlée par la Russie, a indiqué le maire.", "fr"),
    ("Cinq personnes ont été blessées lundi par des frappes de drones dans le village de Kozacha "
     "Lopan, occupé par la Russie en 2022, selon le gouverneur.", "fr"),
])
def test_who_controls_the_scene_is_not_the_attacker(analyse, text, language):
    """A participle clause deep in the agent phrase speaks of the town, not of the attack."""
    events = _events(analyse(text, language))
    assert events
    assert "Russia" not in _names(events[0]["actors"])


def test_a_controller_does_not_move_an_unqualified_place(analyse):
    """Only the place the qualifier hangs on loses the controller's bonus: a town of the
    controller's own country named elsewhere keeps its reading."""
    events = _events(analyse("Ukrainian drones struck a refinery near Novoshakhtinsk on Monday, the "
                             "governor said. Last week shelling hit the Russian-controlled city of "
                             "Donetsk.", "en", published="2025-03-04"))
    places = {e["location"]["name"]: e["location"]["country"] for e in events if e.get("location")}
    assert places == {"Novoshakhtinsk": "RU", "Donetsk": "UA"}


# -- a dateline's capital is where the reporter files from, not a party ---------------------------

@pytest.mark.parametrize(("text", "language", "actor", "absent"), [
    ("MOGADISHU, May 10 (AP) - Al-Shabaab fighters attacked a military base on Saturday, killing at "
     "least seven soldiers, officials said.", "en", "al-Shabaab", ("Somalia", "AP", "Associated Press")),
    ("BAMAKO, 3 mars (AFP) - Des jihadistes du JNIM ont attaqué lundi un poste de l'armée malienne "
     "près de Ségou, tuant cinq soldats, selon une source sécuritaire.", "fr", "JNIM", ("Mali", "AFP")),
])
def test_dateline_capital_is_no_actor(analyse, text, language, actor, absent):
    events = _events(analyse(text, language))
    assert events
    actors = _names(events[0]["actors"])
    assert actor in actors
    assert not set(absent) & set(actors)


# -- "the group" is the armed group named last --------------------------------------------------

@pytest.mark.parametrize(("text", "language", "group"), [
    ("Al-Shabaab fighters attacked a military base on Saturday, killing seven soldiers. The group said "
     "in a statement that its fighters had seized weapons.", "en", "al-Shabaab"),
    ("Houthi rebels fired a drone at the city of Eilat on Tuesday. The militant group later said it had "
     "targeted a military site.", "en", "Houthis"),
    ("Des combattants shebab ont attaqué samedi une base militaire, tuant sept soldats. Le groupe a "
     "affirmé dans un communiqué que ses combattants avaient saisi des armes.", "fr", "al-Shabaab"),
    ("Le Hezbollah a tiré des roquettes sur le nord d'Israël lundi. Le groupe armé a affirmé avoir "
     "visé une caserne.", "fr", "Hezbollah"),
])
def test_the_group_said_is_the_named_group(analyse, text, language, group):
    claims = _claims(analyse(text, language))
    assert claims
    assert claims[-1]["speaker"]["name"] == group


@pytest.mark.parametrize(("text", "language", "group"), [
    ("Hamas fighters attacked a patrol near Rafah on Monday. The Group of Seven condemned the attack.",
     "en", "Hamas"),
    ("Hamas fighters attacked a patrol near Rafah on Monday. A rights group said civilians were at risk.",
     "en", "Hamas"),
    ("Le Hezbollah a tiré des roquettes sur le nord d'Israël lundi. Le groupe des Sept a condamné "
     "l'attaque.", "fr", "Hezbollah"),
    ("Le Hezbollah a tiré des roquettes sur le nord d'Israël lundi. Selon ce groupe d'aide local, "
     "deux civils ont été blessés.", "fr", "Hezbollah"),
])
def test_other_groups_are_not_the_armed_group(analyse, text, language, group):
    claims = _claims(analyse(text, language))
    assert all(c["speaker"]["name"] != group for c in claims)


# -- armed men the text does not name are the attacker ------------------------------------------

@pytest.mark.parametrize(("text", "language", "actor"), [
    ("Suspected jihadists ambushed an army convoy near the town of Mopti on Tuesday, killing 12 soldiers, "
     "security sources said.", "en", "jihadists"),
    ("Gunmen opened fire on a bus in the north of the country on Friday, killing six passengers.",
     "en", "gunmen"),
    ("Gang members attacked the town of Mirebalais overnight, killing at least 20 people.", "en",
     "gang members"),
    ("Des jihadistes présumés ont tendu mardi une embuscade à un convoi de l'armée près de Mopti, "
     "tuant douze soldats.", "fr", "jihadists"),
    ("Des hommes armés ont ouvert le feu vendredi sur un bus dans le nord du pays, tuant six passagers.",
     "fr", "gunmen"),
    ("Des membres de gangs ont attaqué dans la nuit la ville de Mirebalais, tuant au moins 20 personnes.",
     "fr", "gang members"),
    ("Au moins six civils ont été tués samedi dans une attaque jihadiste contre un village du nord du "
     "Burkina Faso.", "fr", "jihadists"),
    ("At least six civilians were killed on Saturday in a jihadist attack on a village in northern "
     "Burkina Faso.", "en", "jihadists"),
])
def test_unnamed_armed_men_are_the_actor(analyse, text, language, actor):
    events = _events(analyse(text, language))
    assert events
    assert actor in _names(events[0]["actors"])


@pytest.mark.parametrize(("text", "language"), [
    ("Yemen's Houthi rebels fired a ballistic missile at a tanker in the Red Sea on Sunday.", "en"),
    ("Iran-backed Houthi rebels fired a ballistic missile at a tanker in the Red Sea on Sunday.", "en"),
    ("Les rebelles houthis du Yémen ont tiré dimanche un missile balistique sur un pétrolier en mer Rouge.",
     "fr"),
    ("Les rebelles houthis, soutenus par l'Iran, ont tiré dimanche un missile balistique sur un pétrolier "
     "en mer Rouge.", "fr"),
])
def test_a_named_group_stands_alone(analyse, text, language):
    """Beside a named group, its common noun, its home state and its sponsor add no actor."""
    events = _events(analyse(text, language))
    assert events
    assert _names(events[0]["actors"]) == ["Houthis"]


def test_a_town_in_a_dateline_is_no_port(analyse):
    events = _events(analyse("PORT-AU-PRINCE, March 12 (AP) - Gang members attacked the town of "
                             "Mirebalais overnight, killing at least 20 people and setting fire to dozens "
                             "of homes.", "en"))
    assert events
    targets = _names(events[0]["targets"])
    assert "port" not in targets and "house" in targets


# -- counts: a day read as the object, the lives a form costs -------------------------------------

@pytest.mark.parametrize(("text", "language", "dead"), [
    ("Une frappe aérienne a tué lundi au moins 15 personnes dans la ville de Gaza.", "fr", 15),
    ("Un bombardement a tué samedi trois civils à Kherson, selon le gouverneur.", "fr", 3),
    ("Des échanges de tirs ont eu lieu à la frontière l'année dernière, coûtant la vie à sept "
     "personnes.", "fr", 7),
    ("L'attaque de drone contre le marché de Kherson a coûté la vie à quatre civils lundi.", "fr", 4),
    ("The drone attack on a market in Kherson on Monday claimed the lives of four civilians.", "en", 4),
    ("Shelling along the border last year cost the lives of seven people.", "en", 7),
])
def test_casualty_counts_in_other_orders(analyse, text, language, dead):
    events = _events(analyse(text, language))
    assert events
    assert events[0]["fatalities"] == dead


def test_saving_lives_is_no_toll(analyse):
    events = _events(analyse("Rescuers saved the lives of 20 people after a missile struck an apartment "
                             "block in Dnipro on Monday.", "en"))
    assert events
    assert events[0]["fatalities"] is None


# -- a name after "the town of" is a place, never a party ----------------------------------------

@pytest.mark.parametrize(("text", "language", "name"), [
    ("Cinq personnes ont été blessées lundi par une frappe de drone russe sur le village de Kozatcha "
     "Lopan, dans la région de Kharkiv, selon le gouverneur.", "fr", "Kozatcha Lopan"),
    ("An Israeli airstrike killed three people in the town of Nabatieh on Monday, the health ministry "
     "said.", "en", "Nabatieh"),
])
def test_settlement_name_is_no_party(analyse, text, language, name):
    article = analyse(text, language)
    parties = [m.value.name for m in article.mentions if m.kind == "party"]
    assert name not in parties
    events = _events(article)
    assert events and name not in _names(events[0]["actors"]) + _names(events[0]["targets"])


def test_settlement_noun_vouches_for_a_town_the_text_does_not_otherwise_place(analyse):
    """"the town of X": a town reached through an alternate spelling, in a country nothing else
    names, is kept (the settlement noun is the text's own evidence)."""
    events = _events(analyse("An Israeli airstrike killed three people in the town of Nabatieh on Monday, "
                             "the health ministry said.", "en"))
    assert events and events[0]["location"] and events[0]["location"]["country"] == "LB"


@pytest.mark.parametrize(("text", "language", "dead"), [
    ("Des hommes armés ont tué neuf villageois dimanche dans l'Etat de Zamfara, a indiqué la police.",
     "fr", 9),
    ("Gunmen killed nine villagers in Zamfara state on Sunday, police said.", "en", 9),
])
def test_villagers_killed(analyse, text, language, dead):
    events = _events(analyse(text, language))
    assert events and events[0]["fatalities"] == dead


@pytest.mark.parametrize(("text", "language", "target"), [
    ("A car bomb exploded outside a police station in Mogadishu on Monday, killing four people.", "en",
     "police station"),
    ("Une voiture piégée a explosé lundi devant un commissariat de Mogadiscio, tuant quatre personnes.",
     "fr", "police station"),
    ("Insurgents attacked a checkpoint near Kunduz overnight, killing three policemen.", "en", "checkpoint"),
])
def test_police_posts_are_targets(analyse, text, language, target):
    events = _events(analyse(text, language))
    assert events
    assert any(target in t for t in _names(events[0]["targets"]))


# -- a headline drops the auxiliary: its bare past is a passive ------------------------------------

@pytest.mark.parametrize(("text", "patient"), [
    ("UN convoy attacked in eastern Congo, peacekeeper killed\n\nUnidentified gunmen attacked a United "
     "Nations convoy near Rutshuru on Wednesday, killing one peacekeeper.", "United Nations"),
    ("Red Cross vehicle attacked near Kherson\n\nA Russian drone struck a Red Cross vehicle near Kherson "
     "on Monday, wounding two aid workers.", "ICRC"),
])
def test_headline_participle_subject_is_no_actor(analyse, text, patient):
    events = _events(analyse(text, "en"))
    assert events
    assert patient not in _names(events[0]["actors"])


def test_an_active_headline_keeps_its_subject(analyse):
    events = _events(analyse("Gunmen attack army convoy in central Mali\n\nGunmen attacked an army convoy "
                             "near Mopti on Tuesday, killing five soldiers.", "en"))
    assert events and "gunmen" in _names(events[0]["actors"])


# -- the owner noun of a target's name is no party ------------------------------------------------

@pytest.mark.parametrize(("text", "absent", "target"), [
    ("Syrian state media said Israeli warplanes struck an army depot near Homs on Wednesday, killing two "
     "soldiers. Israel's military did not comment.", "Israeli military", "military depot"),
    ("A car bomb exploded outside a police station in Mogadishu on Monday, killing four people.",
     "police", "police station"),
])
def test_owner_noun_of_a_target_is_no_party(analyse, text, absent, target):
    events = _events(analyse(text, "en"))
    assert events
    assert absent not in _names(events[0]["targets"]) + _names(events[0]["actors"])
    assert target in _names(events[0]["targets"])


# -- rivers, port cities and state names --------------------------------------------------------

@pytest.mark.parametrize(("text", "language", "absent"), [
    ("A Russian missile struck a grain terminal in the port of Izmail on the Danube on Monday, injuring "
     "two workers.", "en", "Danube"),
    ("Al-Shabaab militants stormed a hotel in the southern port city of Kismayo late on Friday, killing "
     "at least nine people, police said.", "en", "port"),
])
def test_no_party_from_a_river_or_a_kind_of_town(analyse, text, language, absent):
    events = _events(analyse(text, language, published="2025-03-04"))
    assert events
    names = _names(events[0]["targets"]) + _names(events[0]["actors"])
    assert all(absent not in n for n in names)


@pytest.mark.parametrize(("text", "language"), [
    ("A drone strike on a wedding party in Sudan's North Kordofan state killed at least 12 people, a "
     "doctors' group said on Sunday.", "en"),
    ("Une frappe de drone contre une fête de mariage dans l'Etat du Kordofan-Nord, au Soudan, a tué au "
     "moins 12 personnes.", "fr"),
])
def test_sudanese_state_names(analyse, text, language):
    events = _events(analyse(text, language, published="2025-03-04"))
    assert events and events[0]["location"]["precision"] == "admin1"
    assert events[0]["location"]["country"] == "SD"


# -- a facility damaged in the sentence after the attack is its target ----------------------------

@pytest.mark.parametrize(("text", "language", "targets"), [
    ("Russian drones attacked the city of Sumy overnight, wounding three people, the regional governor "
     "said. A residential building and a school were damaged, he added.", "en",
     {"residential building", "school"}),
    ("Des drones russes ont attaqué la ville de Soumy dans la nuit, blessant trois personnes. Un immeuble "
     "d'habitation et une école ont été endommagés.", "fr", {"residential building", "school"}),
    ("La ville de Port-Soudan a de nouveau été la cible d'une attaque de drones lundi. Le principal dépôt "
     "pétrolier du pays a pris feu.", "fr", {"oil depot"}),
    ("The city of Port Sudan was targeted by a drone attack again on Monday. The country's main fuel depot "
     "caught fire.", "en", {"fuel depot"}),
])
def test_damaged_facility_after_the_attack(analyse, text, language, targets):
    events = _events(analyse(text, language, published="2025-05-06"))
    assert events
    assert targets <= set(_names(events[0]["targets"]))


def test_a_facility_named_otherwise_after_the_attack_is_no_target(analyse):
    """Only a facility the sentence says was hit: one merely mentioned is not."""
    events = _events(analyse("Russian drones attacked the city of Sumy overnight, wounding three people. "
                             "The school had been closed since the war began.", "en",
                             published="2025-05-06"))
    assert events and "school" not in _names(events[0]["targets"])


# -- a province the gazetteer lacks is not a homonymous hamlet's region -------------------------

@pytest.mark.parametrize(("text", "language"), [
    ("Au moins six civils ont été tués samedi dans une attaque contre un village de la province du Soum, "
     "dans le nord du Burkina Faso, selon des sources locales.", "fr"),
    ("At least six civilians were killed on Saturday in an attack on a village in Soum province in "
     "northern Burkina Faso, local sources said.", "en"),
])
def test_unknown_province_is_no_foreign_region(analyse, text, language):
    events = _events(analyse(text, language, published="2025-03-04"))
    assert events and events[0]["location"]
    assert events[0]["location"]["country"] == "BF"


@pytest.mark.parametrize(("text", "language"), [
    ("Houthi rebels said on Saturday they had fired a ballistic missile at an oil tanker in the Red Sea "
     "off the port of Hodeidah.", "en"),
    ("Les rebelles houthis ont affirmé samedi avoir tiré un missile balistique sur un pétrolier en mer "
     "Rouge, au large du port de Hodeida.", "fr"),
])
def test_a_port_off_which_a_ship_was_hit_is_no_target(analyse, text, language):
    events = _events(analyse(text, language, published="2025-06-14"))
    assert events
    assert all("port" not in t for t in _names(events[0]["targets"]))
