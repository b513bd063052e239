"""Patterns of wire copy found wrong when checking incident detection on short articles written for
the purpose (round 9: stories outside news-dev, the seeds and the earlier probes: a tanker hit in
the Red Sea, a convoy ambushed in the Sahel, bandits raiding a village, a UN convoy looted, a
consulate struck before a retaliation). Each test states the general pattern, in French and English
where it exists in both; none of the sentences comes from a development document.
"""

from __future__ import annotations

import pytest


def _events(article):
    return [e.to_json() for e in article.events]


def _violent(article):
    return [e for e in _events(article) if e["type"] not in ("diplomatic_protest", "demand", "consultation")]


# -- a wire dateline's date is the dispatch's, not the incident's --------------------------------------

@pytest.mark.parametrize(("text", "language", "published", "day"), [
    ("Tanker hit by missile off Yemen\n\nADEN, June 4 (Wire) - A missile struck a Greek-owned tanker in "
     "the Red Sea on Monday, setting it on fire, a maritime security agency said.",
     "en", "2025-06-04", "2025-06-02"),
    ("GUSAU, Nigeria, Oct 14 (Wire) - Gunmen killed 12 villagers in an attack on a market on Saturday, "
     "police said.", "en", "2024-10-14", "2024-10-12"),
    ("Mali : des soldats tués dans une embuscade\n\nBAMAKO, 3 septembre (Wire) - Au moins douze soldats "
     "ont été tués dimanche dans une embuscade près de Gao, a indiqué l'armée.", "fr", "2024-09-03",
     "2024-09-01"),
    ("NIAMEY, 12 mars (Wire) - Une attaque contre un poste militaire a fait sept morts lundi dans l'ouest "
     "du Niger, selon une source sécuritaire.", "fr", "2025-03-12", "2025-03-10"),
])
def test_dateline_date_does_not_date_the_incident(analyse, text, language, published, day):
    events = _violent(analyse(text, language, published))
    assert len(events) == 1, events
    assert events[0]["date"]["start"] == events[0]["date"]["end"] == day


@pytest.mark.parametrize(("text", "language"), [
    ("KHARKIV, Ukraine, May 7 (Wire) - Russian drones struck an energy facility in the city, the "
     "regional governor said.", "en"),
    ("KHARKIV, 7 mai (Wire) - Des drones russes ont frappé une installation énergétique de la ville, a "
     "indiqué le gouverneur régional.", "fr"),
])
def test_dateline_date_dates_an_incident_told_without_a_day(analyse, text, language):
    """With no day of its own, the incident happened by the dispatch: its date, inferred."""
    events = _violent(analyse(text, language, "2025-05-08"))
    assert len(events) == 1
    assert events[0]["date"]["start"] == "2025-05-07"
    assert events[0]["date"]["inferred"] is True


def test_a_date_at_the_start_of_a_line_is_no_dateline():
    from newsevents.extract.events_dateline import dateline_spans

    text = "Monday 3 March - Russian drones struck Kharkiv.\nKYIV, March 3 (Wire) - Drones hit a depot."
    spans = dateline_spans(text)
    assert len(spans) == 1 and text[spans[0][0]:spans[0][1]].startswith("KYIV, March 3")


# -- two towns bounding a stretch of road are one scene ------------------------------------------------

@pytest.mark.parametrize(("text", "language"), [
    ("Au moins vingt soldats ont été tués dimanche dans une embuscade tendue à un convoi militaire entre "
     "Kidal et Gao, selon des sources sécuritaires.", "fr"),
    ("At least 15 soldiers were killed on Sunday when their convoy was ambushed on the road between "
     "Kidal and Gao, security sources said.", "en"),
])
def test_between_two_towns_is_one_incident(analyse, text, language):
    assert len(_violent(analyse(text, language))) == 1


def test_two_towns_struck_are_still_two_incidents(analyse):
    events = _violent(analyse("Des drones russes ont frappé lundi Kharkiv et Odessa, faisant trois morts.",
                              "fr"))
    assert len(events) == 2


# -- a raid by armed men on the ground is no air strike ----------------------------------------------

@pytest.mark.parametrize(("text", "language", "kind"), [
    ("Armed bandits killed 17 villagers and abducted 40 others in an overnight raid on a village in "
     "Zamfara state, police said.", "en", "attack_on_civilians"),
    ("Jihadists killed eight soldiers in a raid on an army post near Djibo on Sunday.", "en", "armed_clash"),
    ("Des jihadistes ont tué huit soldats lors d'un raid contre un poste de l'armée près de Djibo dimanche.",
     "fr", "armed_clash"),
    ("Israeli jets carried out a raid on Sidon overnight, killing a commander.", "en", "air_strike"),
    ("Un raid israélien a tué cinq personnes dimanche à Saïda.", "fr", "air_strike"),
])
def test_raid_type_follows_who_raided(analyse, text, language, kind):
    events = _violent(analyse(text, language))
    assert [e["type"] for e in events] == [kind]


# -- looting after an attack is that attack's ----------------------------------------------------------

@pytest.mark.parametrize(("text", "language", "kind"), [
    ("Gunmen attacked a food aid convoy in South Darfur on Tuesday, killing one driver. Three trucks were "
     "looted and set on fire near the town of Nyala, the agency said.", "en", "attack_on_civilians"),
    ("Des hommes armés ont attaqué mardi un convoi humanitaire au Darfour-Sud, tuant un chauffeur. Trois "
     "camions ont été pillés et incendiés près de Nyala.", "fr", "attack_on_civilians"),
])
def test_looting_after_an_attack_joins_it(analyse, text, language, kind):
    events = _events(analyse(text, language, "2024-08-29"))
    assert [e["type"] for e in events] == [kind]
    assert events[0]["fatalities"] == 1
    assert events[0]["acled"]["event_type"] != "Riots"


@pytest.mark.parametrize(("text", "language"), [
    ("Looting broke out in the capital on Monday after the election results, police said.", "en"),
    ("Des magasins ont été pillés lundi à Port-au-Prince par des manifestants en colère.", "fr"),
])
def test_looting_alone_is_mob_violence(analyse, text, language):
    events = _events(analyse(text, language, "2024-08-29"))
    assert [e["type"] for e in events] == ["protest"]
    assert events[0]["acled"]["event_type"] == "Riots"


# -- a tally of many attacks is no incident, and its toll is nobody's ------------------------------------

@pytest.mark.parametrize(("text", "language"), [
    ("A missile struck a tanker in the Red Sea on Monday, the agency said. No casualties were reported. "
     "The group has launched dozens of attacks on merchant shipping since November, sinking two vessels "
     "and killing at least four seafarers.", "en"),
    ("Un missile a frappé lundi un pétrolier en mer Rouge, selon l'agence. Aucune victime n'a été signalée. "
     "Le groupe a mené des dizaines d'attaques contre des navires marchands depuis novembre, tuant au moins "
     "quatre marins.", "fr"),
])
def test_tally_is_no_incident_and_keeps_its_toll(analyse, text, language):
    events = _violent(analyse(text, language, "2024-07-16"))
    assert [e["type"] for e in events] == ["missile_strike"]
    assert events[0]["fatalities"] == 0


def test_many_strikes_in_one_night_are_one_wave(analyse):
    events = _violent(analyse("Des dizaines de frappes ont touché Kharkiv dans la nuit de lundi à mardi, "
                              "tuant trois personnes.", "fr", "2024-07-16"))
    assert len(events) == 1 and events[0]["fatalities"] == 3


# -- a date after the act a retaliation answers is that act's ---------------------------------------------

@pytest.mark.parametrize(("text", "day"), [
    ("Tehran said the attack was retaliation for a suspected Israeli air strike on its consulate in "
     "Damascus on April 1 that killed seven officers.", "2024-04-01"),
    ("The raid was a response to a drone attack on a military base on Sunday, the army said.", "2024-04-14"),
])
def test_copula_of_response_dates_the_answered_act(analyse, text, day):
    events = _violent(analyse(text, "en", "2024-04-15"))
    assert len(events) == 1
    assert events[0]["date"]["start"] == day
    assert events[0]["type"] in ("air_strike", "drone_strike")


def test_an_act_of_its_own_keeps_its_date_beside_a_retaliation(analyse):
    events = _violent(analyse("Israel launched strikes on Gaza on Monday in retaliation for a rocket "
                              "attack, the army said.", "en", "2024-04-16"))
    strikes = [e for e in events if e["type"] == "air_strike"]
    assert strikes and strikes[0]["date"]["start"] == "2024-04-15"


# -- a trend of attacks is no incident -------------------------------------------------------------------

@pytest.mark.parametrize(("text", "language"), [
    ("Kyiv has stepped up drone attacks on Russian territory in recent months.", "en"),
    ("The army has stepped up air strikes since losing ground to armed groups last year.", "en"),
    ("L'armée a intensifié ses frappes aériennes depuis l'an dernier.", "fr"),
])
def test_stepped_up_attacks_are_a_trend(analyse, text, language):
    assert _violent(analyse(text, language, "2025-06-09")) == []


# -- the day a claim of responsibility was made is not the attack's -------------------------------------

@pytest.mark.parametrize(("text", "language"), [
    ("Des jihadistes ont attaqué dimanche un convoi près de Djibo, faisant trente morts. L'attaque a été "
     "revendiquée lundi par le Jnim.", "fr"),
    ("Militants attacked a convoy near Djibo on Sunday, killing 30 soldiers. The attack was claimed on "
     "Monday by JNIM.", "en"),
])
def test_passive_claim_of_responsibility_dates_the_claim(analyse, text, language):
    events = _violent(analyse(text, language, "2025-06-09"))
    assert len(events) == 1
    assert events[0]["date"]["start"] == "2025-06-08"


# -- a bare mention names the news, not an incident recalled after it ------------------------------------

@pytest.mark.parametrize(("text", "language"), [
    ("Fighting broke out near the town of Debre Markos on Monday after Fano fighters attacked an army camp, "
     "residents said. Last October, a drone strike on a bus station in the same region killed more than "
     "30 civilians.", "en"),
    ("Des combats ont éclaté lundi près de Bambari après que des rebelles ont attaqué un camp de l'armée. "
     "En octobre dernier, une frappe de drone contre une gare routière de la région avait tué plus de 30 "
     "civils.", "fr"),
])
def test_bare_mention_does_not_join_a_recalled_strike_told_after_it(analyse, text, language):
    events = _violent(analyse(text, language, "2025-03-05"))
    drone = [e for e in events if e["type"] == "drone_strike"]
    assert len(drone) == 1
    assert drone[0]["date"]["start"] == "2024-10-01" and drone[0]["background"] is True
    assert not any(p["name"] in ("army", "armée") for p in drone[0]["targets"])


# -- a verb named after a weapon is typed by what did it ------------------------------------------------

@pytest.mark.parametrize(("text", "language", "kind"), [
    ("A military jet bombed a monastery in Sagaing on Wednesday, killing 20 people.", "en", "air_strike"),
    ("Militants bombed a police station in Quetta on Friday, killing three officers.", "en", "explosion"),
])
def test_bomb_verb_typed_by_its_doer(analyse, text, language, kind):
    assert [e["type"] for e in _violent(analyse(text, language, "2024-05-30"))] == [kind]


def test_killed_during_a_raid_by_troops_is_one_ground_incident(analyse):
    events = _violent(analyse("Two Palestinians were shot dead by Israeli forces during a raid in the West "
                              "Bank city of Jenin on Monday, the health ministry said.", "en", "2025-08-12"))
    assert len(events) == 1
    assert events[0]["type"] == "armed_clash" and events[0]["fatalities"] == 2


# -- a date of a clause goes to the act that no date of its own words dates ----------------------------

@pytest.mark.parametrize(("text", "language"), [
    ("La trêve conclue samedi entre l'armée et les paramilitaires a volé en éclats mercredi, lorsque des "
     "combats ont éclaté aux abords d'El-Obeid, faisant au moins 14 morts.", "fr"),
    ("A truce agreed on Saturday collapsed on Wednesday when fighting erupted near El Obeid, killing at "
     "least 14 civilians, a medical group said.", "en"),
])
def test_collapse_day_dates_the_fighting(analyse, text, language):
    events = _events(analyse(text, language, "2025-04-03"))
    by_type = {e["type"]: e for e in events}
    assert by_type["ceasefire"]["date"]["start"] == "2025-03-29"
    assert by_type["armed_clash"]["date"]["start"] == "2025-04-02"
    assert by_type["armed_clash"]["fatalities"] == 14


@pytest.mark.parametrize(("text", "language"), [
    ("Bamako avait accusé Alger de soutenir des groupes armés dans le nord du pays, après une frappe de "
     "drone de l'armée malienne contre des rebelles touareg près de la frontière algérienne fin août.", "fr"),
    ("Bamako accused Algiers of backing armed groups after a Malian army drone strike on Tuareg rebels "
     "near the border in late August.", "en"),
])
def test_date_after_an_incident_noun_under_a_reporting_verb_is_the_incident_s(analyse, text, language):
    events = _violent(analyse(text, language, "2024-09-10"))
    assert len(events) == 1
    assert (events[0]["date"]["start"], events[0]["date"]["end"]) == ("2024-08-21", "2024-08-31")


# -- exchanges of fire told with a verb ---------------------------------------------------------------

@pytest.mark.parametrize(("text", "language"), [
    ("Thai and Cambodian troops exchanged fire along their disputed border early on Tuesday, the Thai army "
     "said.", "en"),
    ("India and Pakistan traded fire along the Line of Control on Wednesday night.", "en"),
    ("Les soldats thaïlandais et cambodgiens ont échangé des tirs mardi à la frontière, selon l'armée "
     "thaïlandaise.", "fr"),
])
def test_exchanging_fire_is_a_clash(analyse, text, language):
    assert [e["type"] for e in _violent(analyse(text, language, "2025-07-29"))] == ["armed_clash"]


@pytest.mark.parametrize(("text", "language"), [
    ("The two leaders exchanged views on the crisis on Monday.", "en"),
    ("Les dirigeants ont échangé des idées lundi sur la crise.", "fr"),
])
def test_exchanging_views_is_no_clash(analyse, text, language):
    assert _violent(analyse(text, language, "2025-07-29")) == []


def test_vehicle_on_an_improvised_device_is_an_explosion(analyse):
    events = _violent(analyse("Deux policiers ont été tués lundi lorsque leur véhicule a sauté sur un engin "
                              "explosif improvisé près de Mandera.", "fr", "2024-08-06"))
    assert [e["type"] for e in events] == ["explosion"]
    assert events[0]["date"]["start"] == "2024-08-05" and events[0]["fatalities"] == 2


# -- the answer to an act told before it is another incident ----------------------------------------

@pytest.mark.parametrize(("text", "language"), [
    ("Israël : un missile antichar tiré du Liban blesse deux soldats\n\nJÉRUSALEM, 25 juin (Wire) - Deux "
     "soldats israéliens ont été blessés lundi par un missile antichar tiré depuis le Liban sur une "
     "position militaire près de la localité de Metoula, a annoncé l'armée israélienne. En riposte, "
     "l'aviation israélienne a frappé des infrastructures du Hezbollah dans le sud du Liban, selon l'armée. "
     "Le Hezbollah a revendiqué le tir, affirmant avoir visé « un rassemblement de soldats ennemis ».", "fr"),
    ("Anti-tank missile from Lebanon wounds two Israeli soldiers\n\nJERUSALEM, June 25 (Wire) - Two "
     "Israeli soldiers were wounded on "
     "Monday by an anti-tank missile fired from Lebanon at a military post near Metula. In retaliation, "
     "Israeli jets struck Hezbollah infrastructure in southern Lebanon, the army said.", "en"),
])
def test_retaliation_told_after_is_its_own_incident(analyse, text, language):
    events = _violent(analyse(text, language, "2024-06-25"))
    assert sorted(e["type"] for e in events) == ["air_strike", "missile_strike"]
    missile = next(e for e in events if e["type"] == "missile_strike")
    assert missile["injured"] == 2
    assert all(a["country"] != "IL" for a in missile["actors"])


def test_the_strike_described_as_retaliation_is_the_strike_told_before(analyse):
    events = _violent(analyse("Drones struck the airport of Port Sudan on May 4. The ambassador said the "
                              "strike was retaliation for an army attack in Nyala.", "en", "2025-05-06"))
    strikes = [e for e in events if e["type"] == "drone_strike"]
    assert len(strikes) == 1 and strikes[0]["date"]["start"] == "2025-05-04"


# -- a name given to what was told is no incident of its own -----------------------------------------

@pytest.mark.parametrize(("text", "language"), [
    ("Drones forced the closure of Copenhagen airport overnight. Prime Minister Mette Frederiksen called it "
     "\"the most serious attack on Danish critical infrastructure so far\".", "en"),
    ("La Première ministre a qualifié l'incident d'attaque la plus grave contre les infrastructures du "
     "pays.", "fr"),
])
def test_a_label_alone_is_no_incident(analyse, text, language):
    assert _violent(analyse(text, language, "2025-09-23")) == []


@pytest.mark.parametrize(("text", "language", "kind"), [
    ("Russian drones struck a power plant in Kharkiv on Monday. The mayor called it a deliberate attack on "
     "civilians.", "en", "drone_strike"),
    ("Des drones russes ont frappé lundi une centrale à Kharkiv. Le maire a qualifié ces tirs d'« attaque "
     "délibérée » contre des civils.", "fr", "drone_strike"),
])
def test_a_label_joins_the_incident_it_names(analyse, text, language, kind):
    assert [e["type"] for e in _violent(analyse(text, language, "2025-09-23"))] == [kind]


# -- releases of hostages and prisoners ---------------------------------------------------------------

@pytest.mark.parametrize(("text", "language", "day"), [
    ("Burkina Faso : libération de deux otages européens enlevés en 2023\n\nOUAGADOUGOU, 24 janvier (Wire) - "
     "Deux ressortissants européens enlevés il y a plus d'un an dans le nord du Burkina Faso ont été libérés "
     "jeudi, a annoncé vendredi le ministère des Affaires étrangères.", "fr", "2025-01-23"),
    ("Two aid workers kidnapped in Niger last year were released on Thursday, the foreign ministry said.",
     "en", "2025-01-23"),
    ("Israel released 90 Palestinian prisoners early on Thursday after three hostages were handed over.",
     "en", "2025-01-23"),
])
def test_release_of_hostages_is_an_event(analyse, text, language, day):
    events = [e for e in _events(analyse(text, language, "2025-01-24")) if e["type"] == "prisoner_exchange"]
    assert len(events) == 1
    assert events[0]["date"]["start"] == day


@pytest.mark.parametrize(("text", "language"), [
    ("The Houthis released a video of the attack on Monday.", "en"),
    ("Le ministère a libéré des fonds pour les sinistrés lundi.", "fr"),
])
def test_releasing_something_else_is_no_release_of_people(analyse, text, language):
    assert not [e for e in _events(analyse(text, language, "2025-01-24")) if e["type"] == "prisoner_exchange"]


def test_a_phase_of_a_truce_is_the_truce_in_force(analyse):
    events = _events(analyse("Hamas handed over four bodies on Wednesday, completing the last exchange of "
                             "the first phase of the ceasefire.", "en", "2025-02-26"))
    assert not [e for e in events if e["type"] == "ceasefire"]


@pytest.mark.parametrize(("text", "language"), [
    ("Deux policiers ont été tués lundi lorsque leur véhicule a sauté sur un engin explosif improvisé près "
     "de Mandera. Les autorités soupçonnent les insurgés, qui ont multiplié ce type d'attaques dans la "
     "région.", "fr"),
    ("Two policemen were killed on Monday when their vehicle hit a roadside bomb near Mandera. Authorities "
     "blamed militants, who have carried out this type of attack in the region.", "en"),
])
def test_a_kind_of_attack_is_no_incident(analyse, text, language):
    assert [e["type"] for e in _violent(analyse(text, language, "2024-08-06"))] == ["explosion"]
