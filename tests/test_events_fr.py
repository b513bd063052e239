"""Events in French: one table per construction, sentences written from the patterns of the
language (not taken from the example articles). Each runs the whole pipeline (`analyse`)."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest
from helpers import casualty_triples, event_types, events_of

events = partial(events_of, language="fr")
types = partial(event_types, language="fr")


# --- detection and typing ---------------------------------------------------------------------------
TYPED = [
    ("Mardi, une frappe aérienne a visé un dépôt de carburant près de Kharkiv.", "air_strike"),
    ("Dans la nuit de lundi, des drones kamikazes ont frappé le port d'Odessa.", "drone_strike"),
    ("Le 3 mai, un missile de croisière est tombé sur un immeuble résidentiel de Dnipro.", "missile_strike"),
    ("Jeudi, des attaques de drones ont visé la centrale électrique de Zaporijia.", "drone_strike"),
    ("Les tirs d'artillerie ont repris jeudi dans les faubourgs de Donetsk.", "shelling"),
    ("Le 4 août 2020, une explosion a dévasté le port de Beyrouth.", "explosion"),
    ("De violents affrontements ont opposé l'armée et des rebelles samedi près de Goma.", "armed_clash"),
    ("L'ambassadeur de France a été convoqué lundi au ministère des Affaires étrangères.",
     "diplomatic_protest"),
    ("Le 12 mars, le président a eu une conversation téléphonique avec son homologue turc.",
     "consultation"),
    ("Des munitions non explosées ont été découvertes le 2 février près d'une école de Kherson.",
     "weapons_found"),
    ("La police a arrêté trois suspects mardi à Marseille.", "arrest"),
    ("Les deux pays ont procédé à un échange de prisonniers le 24 juin.", "prisoner_exchange"),
    ("Le gouvernement a exigé lundi le retrait immédiat des troupes étrangères.", "demand"),
    ("Des soldats de la paix turcs sont déployés depuis mardi dans la région.", "deployment"),
    ("Samedi, des émeutes ont éclaté dans plusieurs quartiers de Nanterre.", "protest"),
    ("Mardi, l'armée a intercepté deux roquettes tirées depuis Gaza.", "shelling"),
    ("Mardi, un coup d'État militaire a renversé le président à Niamey.", "other"),
]


@pytest.mark.parametrize(("text", "expected"), TYPED)
def test_trigger_is_typed(analyse, text, expected):
    assert types(analyse, text) == [expected]


AGREEMENTS = [
    "Les deux pays ont signé un accord de cessez-le-feu le 5 juin à Doha.",
    "Une trêve a été conclue dimanche entre les belligérants.",
]


@pytest.mark.parametrize("text", AGREEMENTS)
def test_agreement_or_ceasefire_is_one_event(analyse, text):
    found = types(analyse, text)
    assert len(found) == 1 and found[0] in {"agreement", "ceasefire"}


# --- what is no incident -------------------------------------------------------------------------------
NOT_INCIDENTS = [
    "Selon l'armée, le drone n'a pas explosé lundi.",  # negated
    "Les deux camps ont tenté à plusieurs reprises de conclure une trêve.",  # attempt
    "De telles attaques contre des civils sont inacceptables.",  # a kind, not an incident
    "Le joueur a touché le ballon de la main à la dernière minute.",  # "toucher" without a weapon
    "Le gouvernement utilise de nouveaux logiciels depuis janvier.",  # "utiliser" without a weapon
    "La frappe de la monnaie est assurée par la banque centrale.",  # "frappe" of coins
    "Dans le passé, des frappes aériennes ont visé la ville.",  # undated background
    "Le député a été victime d'une attaque cardiaque mardi à Lyon.",  # excluded modifier
    "Le combat contre la corruption continue au parlement.",  # "combat" without military context
    "Le ministre rencontrera jeudi son homologue italien à Rome.",  # planned, not yet an incident
    "L'armée menace de riposter à toute nouvelle frappe.",  # a threat about a kind of event
]


@pytest.mark.parametrize("text", NOT_INCIDENTS)
def test_no_incident(analyse, text):
    assert events(analyse, text) == []


# --- one event per incident ----------------------------------------------------------------------------
def test_coordinated_dates_are_two_incidents(analyse):
    found = events(analyse, "Les 3 et 7 mai 2024, des attaques de drones ont visé la ville de Soumy.")
    assert sorted((e.type, e.date.start) for e in found) == [
        ("drone_strike", date(2024, 5, 3)), ("drone_strike", date(2024, 5, 7))]


SAME_INCIDENT = [
    "Le 5 mars, une attaque de missiles a visé Odessa. Un missile est tombé sur un entrepôt du port. "
    "L'explosion a détruit plusieurs bâtiments.",
    "Une frappe de drone a touché Kharkiv le 9 avril. Le drone a frappé un immeuble résidentiel.",
]


@pytest.mark.parametrize("text", SAME_INCIDENT)
def test_sentences_about_one_incident_merge(analyse, text):
    found = events(analyse, text)
    assert len(found) == 1
    assert len(found[0].spans) >= 3  # trigger words from several sentences, date, place...


def test_merged_incident_keeps_damage(analyse):
    (ev,) = events(analyse, SAME_INCIDENT[0])
    assert ev.type == "missile_strike"
    assert any("détruit" in d for d in ev.damage)


def test_catalogue_of_past_incidents(analyse):
    text = ("Le ministre a rappelé que des frappes avaient eu lieu dans le passé. En particulier, le 12 juin "
            "2019, une frappe aérienne a touché un hôpital à Idlib. Le 3 août 2021, une attaque de drones a "
            "visé un marché de Maarat.")
    found = events(analyse, text)
    assert sorted(e.date.start for e in found) == [date(2019, 6, 12), date(2021, 8, 3)]
    assert all(e.background for e in found)


# --- dates ---------------------------------------------------------------------------------------------
def test_news_without_date_takes_publication_date(analyse):
    (ev,) = events(analyse, "Une frappe de drone a touché un immeuble résidentiel à Kharkiv.")
    assert (ev.date.start, ev.date.inferred) == (date(2025, 11, 15), True)
    assert not ev.background


def test_date_belongs_to_the_trigger_it_governs(analyse):
    text = ("Le ministère a exprimé de vives protestations contre le fait que, le 2 novembre, un missile "
            "est tombé sur le consulat de Pologne à Lviv.")
    by_type = {e.type: e for e in events(analyse, text)}
    assert by_type["missile_strike"].date.start == date(2025, 11, 2)
    assert by_type["diplomatic_protest"].date.inferred  # the protest itself is undated news


# --- arguments -------------------------------------------------------------------------------------------
CASUALTIES = [
    ("Le 9 mai, une frappe de missile sur Dnipro a fait quatre morts et au moins onze blessés.", 4, 11),
    ("Le 9 mai, un drone a frappé un immeuble à Kharkiv. Aucune victime n'a été signalée.", 0, 0),
    ("Le 9 mai, une attaque de drones a visé une usine à Lviv et des ouvriers ont été blessés.", None, 1),
    ("Le 9 mai, une frappe aérienne a visé un entrepôt à Soumy.", None, None),
]


@pytest.mark.parametrize(("text", "fatalities", "injured"), CASUALTIES)
def test_casualties(analyse, text, fatalities, injured):
    (ev,) = events(analyse, text)
    assert ev.fatalities == fatalities
    if injured == 1:
        assert ev.injured is not None and ev.injured >= 1
    else:
        assert ev.injured == injured


def test_actor_from_nationality_adjective(analyse):
    (ev,) = events(analyse, "Le 3 mars, une frappe aérienne russe a touché Kharkiv.")
    assert [p.name for p in ev.actors] == ["Russia"]


def test_agent_of_a_passive_use(analyse):
    (ev,) = events(analyse, "Le 3 mars, des missiles balistiques ont été tirés par l'Iran sur Erbil.")
    assert ev.type == "missile_strike"
    assert "Iran" in [p.name for p in ev.actors]


def test_facility_target_with_owner_and_place(analyse):
    (ev,) = events(analyse, "Le 2 mai, des drones ont attaqué l'ambassade de France à Kiev.")
    assert ev.type == "drone_strike"
    assert any("Embassy of France" in p.name for p in ev.targets)
    assert ev.location is not None and ev.location.name in ("Kyiv", "Kiev")


def test_summoned_envoy_country_is_the_protest_target(analyse):
    text = "L'ambassadeur d'Italie a été convoqué lundi au ministère des Affaires étrangères."
    (ev,) = events(analyse, text)
    assert ev.type == "diplomatic_protest"
    assert any("Ital" in p.name or p.country == "IT" for p in ev.targets)


PROTEST = ("L'ambassadeur d'Italie a été convoqué lundi au ministère des Affaires étrangères. "
           "De vives protestations ont été exprimées contre le fait que le 3 mai un missile est tombé "
           "sur l'ambassade à Kiev. ")


@pytest.mark.parametrize(("tail", "implied"), [
    ("Le 5 mai, une frappe aérienne a touché un dépôt près d'Odessa.", True),
    ("Le 4 mai, une frappe aérienne israélienne a touché Gaza. "
     "Le 5 mai, une frappe de drone a touché un hôpital de Rafah.", False),
])
def test_protest_implies_its_recipient_until_another_attacker_is_named(analyse, tail, implied):
    found = events(analyse, PROTEST + tail)
    strike = next(e for e in found if e.type == "missile_strike")
    assert [(p.country, p.role) for p in strike.actors] == [("IT", "implied")]
    last = max((e for e in found if e.type != "diplomatic_protest"), key=lambda e: e.date.start)
    assert any(p.country == "IT" for p in last.actors) is implied


def test_owner_of_shared_information_is_its_giver(analyse):
    text = "En avril 2022, les coordonnées des ambassades de la Pologne ont été transmises à la partie russe."
    (ev,) = events(analyse, text)
    assert ev.type == "information_shared"
    assert any(p.country == "PL" for p in ev.actors)
    assert any(p.country == "RU" for p in ev.targets)


def test_named_weapon_replaces_generic_noun(analyse):
    (ev,) = events(analyse, "Le 4 juin, un missile Kalibr est tombé sur un port près d'Odessa.")
    assert [w.name for w in ev.weapons] == ["Kalibr"]


# --- status ----------------------------------------------------------------------------------------------
def test_incident_attributed_with_selon_is_alleged(analyse):
    text = "Selon Moscou, des missiles ont été tirés par l'Ukraine sur Belgorod le 3 janvier."
    (ev,) = events(analyse, text)
    assert ev.status == "alleged"


def test_accuser_is_not_the_attacker(analyse):
    text = "Le groupe Alpha a accusé l'armée d'avoir bombardé un village près de Tyr mardi."
    (ev,) = events(analyse, text)
    assert ev.status != "reported"
    assert all("Alpha" not in p.name for p in ev.actors)


def test_incident_stated_as_fact_is_reported(analyse):
    (ev,) = events(analyse, "Une frappe de missile a touché Kiev le 3 janvier, a déclaré le ministère.")
    assert ev.status == "reported"


# --- coding schemes ------------------------------------------------------------------------------
def test_trigger_overrides_the_acled_codes_of_its_type(analyse):
    (ev,) = events(analyse, "Samedi, des émeutes ont éclaté dans plusieurs quartiers de Nanterre.")
    assert ev.acled["event_type"] == "Riots"
    assert ev.plover["mode"] == "riot"


def test_acled_and_plover_codes(analyse):
    (ev,) = events(analyse, "Mardi, une attaque de drones a visé une raffinerie à Riazan.")
    assert ev.acled == {"event_type": "Explosions/Remote violence", "sub_event_type": "Air/drone strike"}
    assert ev.plover["event_type"] == "FIGHT"
    assert "Drone strike" in ev.summary


# --- the data tables ---------------------------------------------------------------------------------------
def test_type_table_covers_the_export_schema():
    import json

    from conftest import SCHEMA

    from newsevents.extract.drafts import type_table

    enum = json.loads(SCHEMA.read_text(encoding="utf-8"))["$defs"]["event"]["properties"]["type"]["enum"]
    table = type_table()["types"]
    assert set(enum) == set(table)
    assert all(t["acled"]["event_type"] and t["plover"]["event_type"] for t in table.values())


@pytest.mark.parametrize("language", ["fr", "en"])
def test_every_trigger_names_a_known_type(language):
    from newsevents.extract.drafts import type_table
    from newsevents.lang import load_language

    known = set(type_table()["types"]) | {"attack", "impact", "use"}
    data = load_language(language).section("events")
    assert {t["type"] for t in data["triggers"]} <= known
    assert {t["default"] for t in data["triggers"] if "default" in t} <= set(type_table()["types"])
    assert set(data["modifiers"].values()) <= set(type_table()["types"])


ODD_INPUTS = [
    "attaque",
    "Frappe. Frappe. Frappe.",
    "Les 3, 5 et 9 mai.",
    "« Le 1er avril, une frappe » , a-t-il",
    "coordonnées " + "très " * 30 + "fournies",
    "L'ambassade\n\nde\n\nFrance a été touchée par un missile.",
]


@pytest.mark.parametrize("text", ODD_INPUTS)
def test_odd_input_gives_events_or_nothing_but_never_fails(analyse, text):
    for ev in events(analyse, text):
        assert ev.spans and all(0 <= a < b <= len(text) for a, b in ev.spans)


# --- casualties stated apart from the incident's own sentence ------------------------------------
# (text, expected (type, fatalities, injured) per event, sorted by type)
CASUALTIES_ELSEWHERE = [
    # a toll sentence without a trigger, three sentences after the incident, same paragraph
    ("Le 9 mai, une voiture piégée a explosé devant une mairie à Mossoul. Les secours sont arrivés "
     "rapidement. Les autorités ont ensuite bouclé le quartier. Le bilan fait état de douze morts.",
     [("explosion", 12, None)]),
    # a riot bears its injured
    ("Samedi, des émeutes ont éclaté à Lyon. La police a dispersé la foule. Trois policiers ont été "
     "blessés.", [("protest", None, 3)]),
    # "dont": a subset is not a second count
    ("Le 9 mai, un attentat a frappé un marché de Kaboul. Il a fait sept morts, dont deux enfants.",
     [("attack_on_civilians", 7, None)]),
    # several incidents: each toll goes to the nearest incident before it
    ("Le 9 mai, une explosion a touché un bus à Kano. Deux personnes ont été tuées. Le 11 mai, des "
     "affrontements ont opposé l'armée et des rebelles près de Maiduguri. Cinq soldats ont été tués.",
     [("armed_clash", 5, None), ("explosion", 2, None)]),
    # a lead giving the toll before the incident of its paragraph
    ("Huit personnes sont mortes lundi à Bamako. Les habitants restent sous le choc. Des hommes armés "
     "ont ouvert le feu sur un marché de la ville.", [("armed_clash", 8, None)]),
    # a demonstrative names the incident already told, not a kind of incident
    ("Samedi, des manifestants ont bloqué les rues de Lyon. Pendant cette émeute, deux policiers "
     "ont été blessés.", [("protest", None, 2)]),
    # a coup bears the victims of its takeover
    ("Lundi, un groupe armé a pris le pouvoir à Niamey. Deux gardes ont été tués.",
     [("other", 2, None)]),
    # a toll in another paragraph, about something else, far from the incident
    ("Le 9 mai, une explosion a touché une usine à Lyon.\nLe préfet a réuni les élus lundi.\n"
     "Les élus ont parlé du budget.\nLe rapport annuel de la sécurité routière recense quarante morts.",
     [("explosion", None, None)]),
]


@pytest.mark.parametrize(("text", "expected"), CASUALTIES_ELSEWHERE)
def test_casualties_stated_in_another_sentence(analyse, text, expected):
    assert casualty_triples(events(analyse, text)) == expected


INCIDENT_WORDS = [
    ("Mardi, des heurts ont éclaté entre manifestants et policiers à Dakar.", "protest"),
    ("Le 3 mai, le maire de la ville a été assassiné par des hommes armés.", "attack_on_civilians"),
    ("Lundi, un journaliste a été enlevé par des hommes armés près de Gao.", "attack_on_civilians"),
    ("La police a violemment réprimé les manifestants samedi à Tunis.", "protest"),
    ("Jeudi, des hommes armés ont ouvert le feu sur des fidèles à Ouagadougou.", "armed_clash"),
    ("Mardi, une embuscade a visé un convoi militaire près de Ménaka.", "armed_clash"),
    ("Dimanche, des échauffourées ont opposé supporters et policiers à Marseille.", "protest"),
    ("Le 2 juin, une tuerie dans un lycée a endeuillé la ville.", "attack_on_civilians"),
    ("Lundi, un putsch a renversé le gouvernement à Bamako.", "other"),
]


@pytest.mark.parametrize(("text", "expected"), INCIDENT_WORDS)
def test_incident_words(analyse, text, expected):
    assert types(analyse, text) == [expected]


VAGUE_WORDS = [
    "Lundi, la situation restait tendue à Dakar.",
    "Les événements de la semaine ont inquiété les habitants de Lyon.",
    "Le ministre a condamné les violences lundi à Paris.",
    "Le club a enlevé le trophée dimanche à Lyon.",
]


@pytest.mark.parametrize("text", VAGUE_WORDS)
def test_vague_words_are_no_incident(analyse, text):
    assert types(analyse, text) == []
