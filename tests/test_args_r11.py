"""Fields of incidents, round 11: patterns of wire copy written for the purpose (stories of no
development document), French and English where the pattern exists in both.
"""

from __future__ import annotations

import pytest


def _events(article):
    return [e.to_json() for e in article.events]


def _names(parties):
    return [p["name"] for p in parties]


# -- a close apposition names its noun: "the militant group Hamas" -------------------------------

@pytest.mark.parametrize(("text", "language", "role", "party"), [
    ("On Wednesday, Turkey killed a commander of the Kurdish militant group PKK in a drone strike in "
     "the northern Iraqi city of Sulaymaniyah.", "en", "targets", "PKK"),
    ("Israeli jets struck positions of the Lebanese militant group Hezbollah near Tyre on Monday, the "
     "army said.", "en", "targets", "Hezbollah"),
    ("Mercredi, la Turquie a tué un commandant du groupe militant kurde PKK lors d'une frappe de drone "
     "dans la ville de Souleimaniye, dans le nord de l'Irak.", "fr", "targets", "PKK"),
])
def test_a_group_named_in_close_apposition_is_a_party(analyse, text, language, role, party):
    events = _events(analyse(text, language, published="2025-04-06"))
    assert events, text
    assert party in _names(events[0][role]), events[0][role]


def test_a_loose_apposition_stays_an_aside(analyse):
    """"the RSF, a paramilitary group ..." keeps the country of the description out."""
    events = _events(analyse("The RSF, a paramilitary group fighting the army in Sudan, shelled a market "
                             "in El Fasher on Monday, killing 12 people.", "en", published="2025-04-06"))
    assert events
    assert "Sudan" not in _names(events[0]["actors"])


# -- a division's type word is no institution: "Arauca department" -------------------------------

def test_a_department_after_a_place_is_a_division_not_a_ministry(analyse):
    events = _events(analyse("The Colombian army said rebels of the guerrilla group ELN bombed a pipeline "
                             "in Arauca department on Tuesday.", "en", published="2025-04-06"))
    assert events
    ev = events[0]
    assert "Ministry" not in _names(ev["targets"]) + _names(ev["actors"])
    assert ev["location"]["country"] == "CO" and ev["location"]["precision"] == "admin1"
    assert "ELN" in _names(ev["actors"])


# -- people of a named body are that body's: "fighters of the jihadist group JNIM" ---------------

@pytest.mark.parametrize(("text", "language", "side"), [
    ("Nigerien troops clashed with fighters of the jihadist group JNIM near Tillaberi on Sunday, "
     "killing 12 of them.", "en", "JNIM"),
    ("Nigerien troops clashed with JNIM near Tillaberi on Sunday.", "en", "JNIM"),
    ("Thai soldiers clashed with Cambodian troops near the Ta Muen Thom temple on Thursday.", "en",
     "Cambodian troops"),
])
def test_the_other_side_of_a_clash_named_after_with(analyse, text, language, side):
    events = _events(analyse(text, language, published="2025-04-06"))
    assert events and events[0]["type"] == "armed_clash"
    assert side in _names(events[0]["actors"]), events[0]["actors"]


def test_fighters_of_a_named_group_are_not_the_side_named_before(analyse):
    article = analyse("Nigerien troops clashed with fighters of the jihadist group JNIM near Tillaberi "
                      "on Sunday.", "en", published="2025-04-06")
    fighters = [m for m in article.mentions if m.kind != "place" and m.text == "fighters"]
    assert all(getattr(m.value, "country", None) != "NE" for m in fighters), fighters


def test_a_headline_topic_after_with_makes_no_side(analyse):
    """"Cessez-le-feu avec l'Iran" over a story: the noun's "avec" names a topic, not a side."""
    events = _events(analyse("Cessez-le-feu avec l'Iran: des tirs signalés\n\nDes missiles ont frappé "
                             "mardi le sud d'Israël, quelques minutes avant le cessez-le-feu entre "
                             "Israël et l'Iran.", "fr", published="2025-06-24"))
    ceasefires = [e for e in events if e["type"] == "ceasefire"]
    assert all(_names(e["actors"]) != ["Iran"] for e in ceasefires), ceasefires


# -- armed groups of other theatres are known parties ---------------------------------------------

@pytest.mark.parametrize(("text", "language", "actor"), [
    ("Des rebelles de l'ELN ont attaqué samedi une base militaire dans le département d'Arauca, selon "
     "l'armée colombienne.", "fr", "ELN"),
    ("Gangs of the Viv Ansanm coalition attacked the town of Mirebalais on Monday, killing 10 people.",
     "en", "Viv Ansanm"),
    ("Fighters of the Tehrik-i-Taliban Pakistan attacked a police post in Bannu on Friday, killing "
     "three policemen.", "en", "Tehrik-i-Taliban Pakistan"),
])
def test_armed_groups_of_other_theatres(analyse, text, language, actor):
    events = _events(analyse(text, language, published="2025-04-06"))
    assert events
    assert actor in _names(events[0]["actors"]), events[0]["actors"]


# -- the object the French parser hangs on the day word: "a tué mercredi un commandant" ----------

@pytest.mark.parametrize(("text", "target", "killed"), [
    ("Une frappe de drone turque a tué mercredi un commandant du PKK à Souleimaniye, dans le nord de "
     "l'Irak.", "PKK", 1),
    ("Une frappe de drone turque a tué mercredi quatre membres du PKK dans les monts Qandil, dans le nord "
     "de l'Irak, a indiqué le ministère turc de la Défense.", "PKK", 4),
    ("Un raid israélien a tué vendredi un commandant du Hamas à Saïda, dans le sud du Liban.", "Hamas", 1),
])
def test_an_object_after_the_day_word(analyse, text, target, killed):
    events = _events(analyse(text, "fr", published="2025-04-06"))
    assert events, text
    assert target in _names(events[0]["targets"]), events[0]["targets"]
    assert events[0]["fatalities"] == killed


# -- a district named after its seat is placed at the town, not its province ---------------------

@pytest.mark.parametrize(("text", "language", "town"), [
    ("Pakistani troops shelled Indian positions in Poonch district overnight, killing three civilians.",
     "en", "Pūnch"),
    ("Russian shelling killed two people in Nikopol district on Sunday, the governor said.", "en", "Nikopol"),
    ("Des tirs d'artillerie pakistanais ont tué trois civils dans le district de Poonch dans la nuit, "
     "selon l'armée indienne.", "fr", "Pūnch"),
    ("Des bombardements russes ont tué deux personnes dimanche dans le raïon de Nikopol, a indiqué le "
     "gouverneur.", "fr", "Nikopol"),
])
def test_a_district_is_placed_at_its_seat(analyse, text, language, town):
    events = _events(analyse(text, language, published="2025-04-06"))
    assert events
    assert events[0]["location"]["name"] == town and events[0]["location"]["precision"] == "city"


def test_a_region_stays_the_first_level_division(analyse):
    events = _events(analyse("Russian shelling killed two people in the Kherson region on Sunday, the "
                             "governor said.", "en", published="2025-04-06"))
    assert events[0]["location"]["precision"] == "admin1"


# -- ships hit, and a town's facility is the town's -----------------------------------------------

@pytest.mark.parametrize(("text", "language"), [
    ("Ukrainian naval drones attacked a ferry in the Kerch Strait on Friday, the Russian-installed "
     "governor of Crimea said.", "en"),
    ("Des drones navals ukrainiens ont attaqué vendredi un ferry dans le détroit de Kertch, a affirmé le "
     "gouverneur de Crimée installé par Moscou.", "fr"),
])
def test_a_ferry_is_a_target(analyse, text, language):
    events = _events(analyse(text, language, published="2025-04-06"))
    assert events and "ferry" in _names(events[0]["targets"])


def test_a_facility_of_a_town_named_after_a_country_is_not_the_countrys(analyse):
    events = _events(analyse("Drones launched by the paramilitary Rapid Support Forces struck the fuel "
                             "depot at Port Sudan's airport on Sunday, the army said.", "en",
                             published="2025-04-06"))
    names = _names(events[0]["targets"])
    assert "airport" in " ".join(names)
    assert not any(n in ("Sudan airport", "Port airport") for n in names), names


# -- a demonym is no town, a name does not run over a line break, a town's country is no party ---

@pytest.mark.parametrize(("text", "language"), [
    ("Thai and Cambodian troops clashed along the border on Thursday, killing two soldiers.", "en"),
    ("Cambodia recalled its ambassador to Thailand on Thursday after a clash between Thai and Cambodian "
     "soldiers killed a Cambodian soldier.", "en"),
])
def test_a_demonym_is_not_a_town(analyse, text, language):
    events = _events(analyse(text, language, published="2025-05-06"))
    assert events
    for ev in events:
        loc = ev.get("location") or {}
        assert loc.get("country") in (None, "TH", "KH"), loc


def test_an_organisation_name_does_not_run_over_a_line_break(analyse):
    article = analyse("Colombian ELN rebels bomb oil pipeline in Arauca\n\nRebels of the National Liberation "
                      "Army (ELN) bombed an oil pipeline in Arauca department on Saturday, the state oil "
                      "company said.", "en", published="2025-05-06")
    assert not any("\n" in (getattr(m.value, "name", "") or "") for m in article.mentions)
    for ev in _events(article):
        assert not any("\n" in n for n in _names(ev["targets"]) + _names(ev["actors"])), ev


@pytest.mark.parametrize(("text", "language"), [
    ("Sudan's army says RSF drones hit Port Sudan fuel depots\n\nDrones launched by the paramilitary Rapid "
     "Support Forces struck fuel depots in Port Sudan on Tuesday, the Sudanese army said.", "en"),
    ("Des drones des FSR frappent Port-Soudan\n\nDes drones lancés par les Forces de soutien rapide ont "
     "frappé mardi des dépôts de carburant à Port-Soudan, a indiqué l'armée soudanaise.", "fr"),
])
def test_the_country_in_a_towns_name_is_no_party(analyse, text, language):
    events = _events(analyse(text, language, published="2025-05-06"))
    assert events
    names = _names(events[0]["targets"]) + _names(events[0]["actors"])
    assert not any(n.startswith("Sudan ") or n == "Sudan" for n in names), names


@pytest.mark.parametrize(("text", "language"), [
    ("A Russian guided aerial bomb struck an industrial enterprise in the city of Zaporizhzhia on Tuesday, "
     "injuring 11 people, the regional governor said.", "en"),
    ("Une bombe aérienne guidée russe a frappé mardi une entreprise industrielle de Zaporijjia, blessant "
     "11 personnes, a indiqué le gouverneur régional.", "fr"),
])
def test_an_industrial_enterprise_is_a_target(analyse, text, language):
    events = _events(analyse(text, language, published="2025-05-06"))
    assert events and any("factory" in n for n in _names(events[0]["targets"])), events


# -- both sides of a clash qualify one noun: "between Thai and Cambodian soldiers" ----------------

@pytest.mark.parametrize(("text", "language", "sides"), [
    ("Cambodia recalled its ambassador to Thailand on Thursday after a clash between Thai and Cambodian "
     "soldiers near a border temple killed a Cambodian soldier.", "en", ("Thailand", "Cambodian soldiers")),
    ("Fighting broke out on Sunday between Indian and Pakistani troops along the Line of Control in "
     "Kashmir, killing two soldiers.", "en", ("India", "Pakistani troops")),
    ("Des combats ont éclaté dimanche entre soldats indiens et pakistanais le long de la ligne de "
     "contrôle au Cachemire, tuant deux soldats.", "fr", ("Indian soldiers", "Pakistan")),
])
def test_sides_qualifying_one_noun(analyse, text, language, sides):
    events = _events(analyse(text, language, published="2025-05-06"))
    clashes = [e for e in events if e["type"] == "armed_clash"]
    assert clashes
    assert set(sides) <= set(_names(clashes[0]["actors"])), clashes[0]["actors"]


@pytest.mark.parametrize(("text", "language", "name"), [
    ("Des affrontements ont opposé jeudi des soldats thaïlandais et cambodgiens près du temple de Ta Muen "
     "Thom, tuant un soldat cambodgien.", "fr", "Ta Muen Thom"),
    ("Thai and Cambodian troops exchanged fire on Thursday near the temple of Preah Vihear, killing a "
     "soldier.", "en", "Preah Vihear"),
])
def test_a_landmark_name_is_no_person(analyse, text, language, name):
    article = analyse(text, language, published="2025-05-06")
    assert not any(getattr(m.value, "kind", None) == "person" and name in m.text for m in article.mentions)
    for ev in _events(article):
        assert name not in _names(ev["actors"]) + _names(ev["targets"])


# -- energy installations hit ---------------------------------------------------------------------

def test_energy_installations_are_a_target(analyse):
    events = _events(analyse("La Russie a tiré dans la nuit 40 missiles contre l'Ukraine, frappant des "
                             "installations énergétiques à Lviv et tuant deux personnes.", "fr",
                             published="2025-05-06"))
    assert events and "energy infrastructure" in _names(events[0]["targets"]), events


# -- a target coordinated deep in the attack's phrase: "contre des positions de X et de Y" --------

@pytest.mark.parametrize(("text", "language", "targets"), [
    ("Des jihadistes ont tiré mardi des obus contre des positions de l'armée nigérienne et de ses alliés "
     "du groupe Wagner près de Tillabéri.", "fr", ("Nigerien army", "Wagner Group")),
    ("Les rebelles ont revendiqué jeudi des tirs de roquette contre deux bases de l'armée malienne et de "
     "ses supplétifs de l'Africa Corps, à Gao.", "fr", ("Malian army", "Africa Corps")),
])
def test_a_coordinated_owner_of_the_target(analyse, text, language, targets):
    events = _events(analyse(text, language, published="2025-05-06"))
    assert events
    assert set(targets) <= set(_names(events[0]["targets"])), events[0]["targets"]


# -- a present participle on a party's noun acts for that party -----------------------------------

@pytest.mark.parametrize(("text", "language", "actor", "not_actor"), [
    ("Iran provides money and weapons to Hezbollah fighters attacking Israeli positions along the border, "
     "Israeli officials say.", "en", "Hezbollah", "Iran"),
    ("Sudan accuses the UAE of arming RSF fighters attacking the city of El Fasher, where at least 20 "
     "civilians were killed on Sunday.", "en", "Rapid Support Forces", "Sudan"),
])
def test_a_participle_on_a_partys_noun(analyse, text, language, actor, not_actor):
    events = [e for e in _events(analyse(text, language, published="2025-05-06"))
              if e["type"] not in ("diplomatic_protest", "demand")]
    assert events
    names = _names(events[0]["actors"])
    assert not_actor not in names and actor in names, names


def test_a_participle_on_the_attack_noun_keeps_the_verbs_subject(analyse):
    """"carried out an air strike targeting X": the strike names no party, the verb's subject acts."""
    events = _events(analyse("A day earlier, Israel's military said it carried out an air strike targeting a "
                             "Hezbollah member in south Lebanon.", "en", published="2025-04-06"))
    assert events and any("Isra" in n for n in _names(events[0]["actors"])), events


# -- an alternate name neither rivals nor outweighs a place's own name ----------------------------

@pytest.mark.parametrize(("text", "language"), [
    ("Des drones russes ont tué dimanche des civils à Kherson, a indiqué le gouverneur. Des tirs ont tué "
     "lundi trois soldats à Pokrovsk.", "fr"),
    ("Russian drones killed two civilians in Kherson on Sunday, the governor said. Shelling killed three "
     "soldiers in Pokrovsk on Monday.", "en"),
])
def test_an_old_name_of_another_town_does_not_win(analyse, text, language):
    events = _events(analyse(text, language, published="2025-05-07"))
    places = {(e.get("location") or {}).get("name"): (e.get("location") or {}).get("country") for e in events}
    assert places.get("Pokrovsk") == "UA" and "Engels" not in places, places


def test_a_partitive_object_after_the_day_word(analyse):
    text = ("Des avions de combat turcs ont bombardé dans la nuit de samedi à dimanche des caches du PKK "
            "dans le nord de l'Irak, a indiqué le ministère turc de la Défense.")
    events = _events(analyse(text, "fr", published="2025-05-07"))
    assert events and "PKK" in _names(events[0]["targets"]), events


# -- "une embuscade tendue par X": the agent hung on the attack noun; "près de X" owns nothing -----

@pytest.mark.parametrize(("text", "language", "actor"), [
    ("Au moins 21 soldats nigériens ont été tués mardi dans une embuscade tendue par des jihadistes contre "
     "un convoi militaire près de Banibangou, a annoncé le ministère de la Défense.", "fr", "jihadists"),
    ("Cinq policiers ont été tués vendredi dans une attaque menée par des hommes armés contre un poste de "
     "police près de Bannu, selon les autorités.", "fr", "gunmen"),
])
def test_an_agent_hung_on_the_attack_noun(analyse, text, language, actor):
    events = _events(analyse(text, language, published="2025-05-07"))
    assert events
    assert actor in _names(events[0]["actors"]), events[0]["actors"]
    targets = _names(events[0]["targets"])
    assert not any("Banibangou" in n or "Bannu" in n for n in targets), targets


# -- a force's unit named after it: "Sudanese army air defences" ----------------------------------

@pytest.mark.parametrize(("text", "language"), [
    ("Sudanese army air defences shot down drones over Port Sudan on Tuesday, a military source said.", "en"),
    ("Nigerian army air defences intercepted two drones near Maiduguri on Friday, the military said.", "en"),
])
def test_a_forces_air_defence_is_the_forces_country(analyse, text, language):
    article = analyse(text, language, published="2025-05-06")
    defences = [m for m in article.mentions if getattr(m.value, "kind", None) == "military"
                and "defence" in m.text.lower()]
    assert defences and all(getattr(m.value, "country", None) for m in defences), defences


@pytest.mark.parametrize(("text", "language"), [
    ("An Israeli strike hit a military site in the Damascus suburb of Kisweh early on Tuesday, killing three "
     "Syrian soldiers, Syria's defence ministry said.", "en"),
    ("Une frappe israélienne a touché mardi un site militaire à Kissoué, près de Damas, tuant trois soldats "
     "syriens.", "fr"),
])
def test_a_military_site_is_a_target(analyse, text, language):
    events = _events(analyse(text, language, published="2025-05-07"))
    assert events and "military site" in _names(events[0]["targets"]), events


# -- "the Damascus suburb of Kisweh": the town after "of" is the scene -----------------------------

def test_a_settlement_named_after_its_qualifier(analyse):
    text = ("An Israeli strike hit a military site in the Damascus suburb of Kisweh early on Tuesday, "
            "killing three Syrian soldiers, Syria's defence ministry said.")
    events = _events(analyse(text, "en", published="2025-05-07"))
    assert events and events[0]["location"]["name"] == "Al Kiswah", events[0]["location"]
