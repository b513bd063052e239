"""Round 7 of the incidents: "<N> days after" a clause, fronted participles of political acts
("Convoqué mercredi, l'ambassadeur ..."), a strike named by its target far from where it is told.
Sentences written from general patterns of wire copy, French and English; each runs the whole
pipeline (`analyse`, published Saturday 2025-11-15: "lundi" is the 10th, "mercredi" the 12th)."""

from __future__ import annotations

from datetime import date

import pytest
from helpers import check_time, events_of

# "<N> jours après que ..." is a clause: it tells its own act, not the one of the next sentence,
# which is the main act told again ("la frappe") and keeps its date
DAYS_AFTER_CLAUSE = [
    ("fr", "L'armée a bombardé samedi des dépôts au Yémen, un jour après que le drone du groupe a tué "
           "un homme à Tel-Aviv. Les rebelles ont affirmé que la frappe visait des dépôts de carburant."),
    ("en", "The army struck fuel depots in Yemen with missiles on Saturday, a day after the group's drone "
           "killed a man in Tel Aviv. The rebels said the strike targeted fuel depots."),
]


@pytest.mark.parametrize(("language", "text"), DAYS_AFTER_CLAUSE)
def test_days_after_a_clause_dates_nothing_in_the_next_sentence(analyse, language, text):
    dates = {e.date.start for e in events_of(analyse, text, language) if e.type != "drone_strike"}
    assert date(2025, 11, 14) not in dates


# a fronted participle has no subject: the envoy it needs is the main clause's subject, and the
# date hung from it is the summons', not the incursion's it follows
FRONTED_PARTICIPLE = [
    ("fr", "Convoqué mercredi après une incursion de drones, l'ambassadeur russe a quitté le ministère "
           "sans un mot."),
    ("en", "Summoned on Wednesday after a drone incursion, the Russian ambassador left the ministry "
           "without a word."),
]


@pytest.mark.parametrize(("language", "text"), FRONTED_PARTICIPLE)
def test_a_fronted_participle_summons_its_subject(analyse, language, text):
    found = {e.type: e for e in events_of(analyse, text, language)}
    assert found["diplomatic_protest"].date.start == date(2025, 11, 12)
    assert found["drone_strike"].date.start != date(2025, 11, 12)


# a bare mention of a strike on a target named by its proper name, and the strike told with its
# weapon paragraphs later on the same named target: one incident, however far apart
NAMED_TARGET_FAR = [
    ("fr", "Le ministère a indiqué que 50 personnes sont mortes dans un bombardement ayant touché "
           "l'hôpital Nasser. Le président a dénoncé un massacre.\n\nLes secours ont travaillé toute "
           "la nuit. Des centaines de blessés ont été évacués. Dans un communiqué, l'armée a affirmé "
           "qu'un groupe armé était responsable du tir de roquette qui a touché l'hôpital Nasser."),
    ("en", "The ministry said 50 people died in a bombardment that hit the Nasser hospital. The "
           "president denounced a massacre.\n\nRescuers worked through the night. Hundreds of wounded "
           "were evacuated. In a statement, the army said an armed group was responsible for the rocket "
           "fire that hit the Nasser hospital."),
]


@pytest.mark.parametrize(("language", "text"), NAMED_TARGET_FAR)
def test_a_bare_strike_joins_the_strike_on_the_same_named_target(analyse, language, text):
    found = [e for e in events_of(analyse, text, language) if e.type == "shelling"]
    assert [e.fatalities for e in found] == [50]


# two named targets: the bare mention names another strike than the rocket fire
NAMED_TARGETS_DIFFER = [
    ("fr", "Le ministère a indiqué que 50 personnes sont mortes dans un bombardement ayant touché "
           "l'hôpital Nasser. Le président a dénoncé un massacre.\n\nLes secours ont travaillé toute "
           "la nuit. Des centaines de blessés ont été évacués. Dans un communiqué, l'armée a affirmé "
           "qu'un groupe armé était responsable du tir de roquette qui a touché l'école Kamal Adwan."),
    ("en", "The ministry said 50 people died in a bombardment that hit the Nasser hospital. The "
           "president denounced a massacre.\n\nRescuers worked through the night. Hundreds of wounded "
           "were evacuated. In a statement, the army said an armed group was responsible for the rocket "
           "fire that hit the Kamal Adwan school."),
]


@pytest.mark.parametrize(("language", "text"), NAMED_TARGETS_DIFFER)
def test_a_bare_strike_on_another_named_target_stays_apart(analyse, language, text):
    found = [e for e in events_of(analyse, text, language) if e.type == "shelling"]
    assert len(found) == 2


# an airspace violation reported over the country and a hit on a house in a village told in
# another sentence are two incidents, even on one night; with no weapon named the violation is
# `other` ("l'espace aérien" is where it went, no air strike), the drones downed in it are its
# own, and whoever reported it is not its author
INCURSION_AND_HIT = [
    ("fr", "Un drone a frappé une maison dans le village de Hrubieszów le 10 septembre, selon le parquet. "
           "Dans la nuit du 9 au 10 septembre, l'armée a signalé une violation de l'espace aérien du pays. "
           "Le ministère a affirmé que les drones abattus venaient de Biélorussie."),
    ("en", "A drone hit a house in the village of Hrubieszow on September 10, prosecutors said. During the "
           "night of September 9 to 10, the army reported a violation of the country's airspace. The "
           "ministry said the drones shot down came from Belarus."),
]


@pytest.mark.parametrize(("language", "text"), INCURSION_AND_HIT)
def test_an_airspace_violation_and_a_house_hit_are_two_incidents(analyse, language, text):
    found = events_of(analyse, text, language)
    assert len(found) == 2
    hit = next(e for e in found if e.targets)
    crossing = next(e for e in found if e is not hit)
    assert hit.type == "drone_strike" and hit.date.start == date(2025, 9, 10)
    assert crossing.type in ("other", "drone_strike") and not crossing.actors
    assert (crossing.date.start, crossing.date.end) == (date(2025, 9, 9), date(2025, 9, 10))


# one strike told for a list of towns: one incident per town (two towns are two scenes); a
# town set off by a comma only ("à 40 km de Lahore") is where the first one lies, no list
TOWN_LISTS = [
    ("fr", "Des frappes russes ont touché lundi Kharkiv, Soumy et Odessa.", ["Kharkiv", "Odesa", "Sumy"]),
    ("en", "Russian strikes hit Kharkiv, Sumy and Odesa on Monday.", ["Kharkiv", "Odesa", "Sumy"]),
    ("fr", "Des drones ont frappé lundi des dépôts de carburant à Kharkiv et à Odessa.",
     ["Kharkiv", "Odesa"]),
    ("en", "Drones struck fuel depots in Kharkiv and Odesa on Monday.", ["Kharkiv", "Odesa"]),
    ("fr", "Quatre missiles ont frappé lundi une mosquée à Muridke, à 40 kilomètres de Lahore.", ["Muridke"]),
    ("en", "Four missiles struck a mosque in Muridke, some 40 kilometres from Lahore, on Monday.",
     ["Muridke"]),
]


@pytest.mark.parametrize(("language", "text", "towns"), TOWN_LISTS)
def test_a_strike_on_a_list_of_towns_is_one_incident_per_town(analyse, language, text, towns):
    found = [e for e in events_of(analyse, text, language) if e.type.endswith("strike")]
    assert sorted(e.location.name for e in found) == towns
    assert {e.date.start for e in found} == {date(2025, 11, 10)}


# envoys summoned at their posts, told once ("tout comme son homologue à Paris"): one summons per
# post, placed there, a party of another country left to the other summons
ENVOY_POSTS = [
    ("fr", "L'ambassadeur de Russie à Berlin a été convoqué lundi, selon la diplomatie allemande, tout "
           "comme son homologue à Paris."),
    ("en", "Russia's ambassador in Berlin was summoned on Monday, as was his counterpart in Paris."),
]


@pytest.mark.parametrize(("language", "text"), ENVOY_POSTS)
def test_envoys_summoned_at_two_posts_are_two_summons(analyse, language, text):
    found = {e.location.name: e for e in events_of(analyse, text, language) if e.type == "diplomatic_protest"}
    assert sorted(found) == ["Berlin", "Paris"]
    assert all(a.country != "DE" for a in found["Paris"].actors)
    assert {e.date.start for e in found.values()} == {date(2025, 11, 10)}


# a complaint brought to the Security Council against a state is a protest of its own (the
# English lemma of a proper noun keeps its capital: "Security Council" matches all the same)
SECURITY_COUNCIL = [
    ("fr", "Le ministre a indiqué jeudi que la RDC avait saisi le Conseil de sécurité de l'ONU contre le "
           "Rwanda."),
    ("en", "The minister said on Thursday that Congo had referred the matter to the UN Security Council, "
           "accusing Rwanda of war crimes."),
]


@pytest.mark.parametrize(("language", "text"), SECURITY_COUNCIL)
def test_a_referral_to_the_security_council_is_a_protest(analyse, language, text):
    found = [e for e in events_of(analyse, text, language) if e.type == "diplomatic_protest"]
    assert len(found) == 1
    assert any(a.country == "CD" for a in found[0].actors)


# an undated political act of a party, then that party's dated statement in the next sentences:
# the act was announced that day (not on the publication day)
OWN_STATEMENT = [
    ("fr", "Le Mali a décidé de rappeler son ambassadeur en Algérie. Cette décision fait suite à la "
           "destruction d'un drone malien. Dans un communiqué lu jeudi à la télévision, le Mali a qualifié "
           "l'acte d'« agression »."),
    ("en", "Mali has decided to recall its ambassador to Algeria. The decision follows the downing of a "
           "Malian drone. In a statement read on television on Thursday, Mali called the act an "
           "\"aggression\"."),
]


@pytest.mark.parametrize(("language", "text"), OWN_STATEMENT)
def test_an_undated_act_takes_the_day_of_its_authors_statement(analyse, language, text):
    found = [e for e in events_of(analyse, text, language) if e.type == "diplomatic_protest"]
    assert [(e.date.start, e.date.inferred) for e in found] == [(date(2025, 11, 13), False)]


# another party's statement dates nothing of the act
OTHER_STATEMENT = [
    ("fr", "Le Mali a décidé de rappeler son ambassadeur en Algérie. Cette décision fait suite à la "
           "destruction d'un drone malien. Dans un communiqué lu jeudi, l'Algérie a qualifié la décision "
           "d'« inacceptable »."),
    ("en", "Mali has decided to recall its ambassador to Algeria. The decision follows the downing of a "
           "Malian drone. In a statement on Thursday, Algeria called the decision \"unacceptable\"."),
]


@pytest.mark.parametrize(("language", "text"), OTHER_STATEMENT)
def test_another_partys_statement_does_not_date_the_act(analyse, language, text):
    found = [e for e in events_of(analyse, text, language) if e.type == "diplomatic_protest"]
    assert [e.date.inferred for e in found] == [True]


# an emergency meeting held is a consultation; one called for is a request, not the meeting
EMERGENCY_MEETING = [
    ("fr", "Une réunion d'urgence des ambassadeurs de l'Otan doit se tenir ce matin à Bruxelles.", 1),
    ("en", "An emergency meeting of NATO ambassadors is to be held this morning in Brussels.", 1),
    ("fr", "La Russie a appelé à une réunion d'urgence du Conseil de sécurité.", 0),
    ("en", "Russia called for an emergency meeting of the Security Council.", 0),
    ("fr", "Le Qatar a réclamé un cessez-le-feu immédiat à Gaza.", 0),
    ("en", "Qatar demanded an immediate ceasefire in Gaza.", 0),
]


@pytest.mark.parametrize(("language", "text", "held"), EMERGENCY_MEETING)
def test_an_emergency_meeting_held_is_a_consultation_one_called_for_is_not(analyse, language, text, held):
    found = [e for e in events_of(analyse, text, language) if e.type in ("consultation", "ceasefire")]
    assert len(found) == held


# the merged incident's date: a day the text states beats the day a report was published (one
# report dated only by its publication, the day after the strike, the other by "mardi 15")
def _report(eid: str, doc: str, day: str, inferred: bool) -> dict:
    kyiv = {"name": "Kyiv", "country": "UA", "admin1": "Kyiv City", "lat": 50.45, "lon": 30.52,
            "precision": "city"}
    return {"kind": "event", "id": eid, "type": "missile_strike", "status": "reported",
            "date": {"start": day, "end": day, "precision": "day", "inferred": inferred},
            "location": kyiv, "actors": [], "targets": [], "weapons": [], "fatalities": None,
            "injured": None, "damage": [], "sources": [{"document": doc, "spans": [[0, 5]]}]}


@pytest.mark.parametrize("order", [0, 1])
def test_a_merged_incident_keeps_the_stated_date_over_a_publication_day(order):
    from newsevents.resolve import merge_events

    reports = [_report("ev_a", "d1", "2025-11-16", True), _report("ev_b", "d2", "2025-11-15", False)]
    merged, _ = merge_events(reports if order else reports[::-1])
    assert [(m["date"]["start"], m["date"]["inferred"]) for m in merged] == [("2025-11-15", False)]


# "plus tôt en mai", "earlier in May": the month before the publication day, not the whole month;
# a month already over keeps its whole span (published Thursday 2025-05-22)
EARLIER_IN = [
    ("fr", "Plus tôt en mai, une frappe avait tué dix civils.",
     "Plus tôt en mai", "2025-05-01 2025-05-21 range"),
    ("en", "Earlier in May, a strike killed ten civilians.",
     "Earlier in May", "2025-05-01 2025-05-21 range"),
    ("fr", "Une frappe avait tué dix civils plus tôt en 2025.",
     "plus tôt en 2025", "2025-01-01 2025-05-21 range"),
    ("en", "A strike killed ten civilians earlier in 2025.",
     "earlier in 2025", "2025-01-01 2025-05-21 range"),
    ("fr", "Une frappe avait tué dix civils plus tôt en mars.",
     "plus tôt en mars", "2025-03-01 2025-03-31 month"),
    ("en", "A strike killed ten civilians earlier in March.",
     "earlier in March", "2025-03-01 2025-03-31 month"),
]


@pytest.mark.parametrize(("language", "sentence", "words", "expected"), EARLIER_IN)
def test_earlier_in_a_period_ends_before_publication(language, sentence, words, expected):
    check_time(sentence, words, expected, language, date(2025, 5, 22))


# a strike told "earlier in May" in a paper of 22 May took place before that day
@pytest.mark.parametrize(("language", "text"), [
    ("fr", "Plus tôt en mai, une frappe aérienne avait tué dix civils à Kharkiv."),
    ("en", "An airstrike killed ten civilians in Kharkiv earlier in May."),
])
def test_an_incident_earlier_in_the_month_ends_the_day_before(analyse, language, text):
    found = [e for e in events_of(analyse, text, language, published="2025-05-22") if e.type == "air_strike"]
    assert [(e.date.start, e.date.end) for e in found] == [(date(2025, 5, 1), date(2025, 5, 21))]


# the part of the current or last month, French "du" being "de le" ("au début du mois") as the
# English "the beginning of the month" (published Thursday 2025-05-22)
PART_OF_MONTH = [
    ("fr", "Une frappe avait tué dix civils au début du mois.", "début du mois",
     "2025-05-01 2025-05-10 range"),
    ("en", "A strike killed ten civilians at the beginning of the month.", "the beginning of the month",
     "2025-05-01 2025-05-10 range"),
    ("fr", "Une frappe avait tué dix civils à la fin du mois dernier.", "la fin du mois dernier",
     "2025-04-21 2025-04-30 range"),
    ("en", "A strike killed ten civilians at the end of last month.", "the end of last month",
     "2025-04-21 2025-04-30 range"),
]


@pytest.mark.parametrize(("language", "sentence", "words", "expected"), PART_OF_MONTH)
def test_the_part_of_this_or_last_month(language, sentence, words, expected):
    check_time(sentence, words, expected, language, date(2025, 5, 22))
