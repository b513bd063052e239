"""Round 27, task `merge` (which incidents exist): pattern sentences of kinds seen on news of our own.

- an act counted from a landmark the time stage dates more than a month before the report ("Depuis
  le début de l'année, les frappes de drones ont tué plus de 200 civils dans le Kordofan", "Since
  the start of the year, airstrikes have killed ..."): a campaign's tally, no incident
  (extract/events_generic_since.py); counted from a day ("depuis lundi") it may be one wave, and a
  record ("the deadliest since January") ranks one incident: both stay;
  counted over months or years in the plural ("en quatre mois, les attaques ont tué 230
  personnes", "in the first months of the offensive", "ces dernières semaines") likewise, unless a
  day of its own dates it; so are acts counted as a verb's object since then ("has carried out
  12 strikes since early August") and a trend down ("les attaques ont diminué", `generic_heads`);
- an expulsion of an embassy's agents ("l'expulsion de quatre agents de l'ambassade") is a
  diplomatic protest as one of diplomats is (lang/*/events.yaml, `requires` of the expulsion);
- a French headline's verb the tagger read as a pronoun, an adjective or a noun ("Le Tchad
  bombarde un camp rebelle", "Le Gabon expulse deux diplomates"): a verb of the trigger lexicon at
  the headline's verb slot is the incident (extract/triggers_misread.py); the body alone, or a
  headline noun phrase, stays as it was;
- a word of an act inside an organisation's name ("l'Armée de libération de l'Azawad a pris six
  chauffeurs en otage"): no release (extract/triggers_misread.py, `in_a_name`); the act told
  beside the name stays.
"""

from __future__ import annotations

import pytest
from helpers import event_types, events_of

TALLIES = [
    ("fr", "Depuis le début de l'année, les frappes de drones ont tué plus de 200 civils dans le Kordofan, "
     "selon un rapport publié mardi par l'ONU."),
    ("fr", "Depuis le début de l'année, les bombardements ont tué 85 civils dans la province d'Idleb, "
     "a indiqué l'ONG."),
    ("fr", "Depuis septembre 2024, les attaques de drones ont tué 120 civils dans la région de Soumy, "
     "selon la mission de l'ONU."),
    ("en", "Since the start of the year, airstrikes have killed more than 200 civilians in South Kordofan, "
     "the UN said on Tuesday."),
    ("en", "Since the beginning of the year, shelling has killed 85 civilians in Idlib province, the "
     "monitor said."),
    # a headline's rubric before a colon holds the landmark
    ("fr", "Yémen : depuis le début de l'année, les frappes aériennes ont fait plus de 90 morts à Saada\n\n"
     "SANAA, 3 mars 2025 (AFP) - Le ministère a réagi."),
    # counted over months or years in the plural
    ("fr", "En quatre mois, les attaques de bandits ont tué au moins 230 personnes dans l'État de Zamfara, "
     "selon Amnesty."),
    ("fr", "Au cours des cinq derniers mois, les frappes de drones ont tué 96 civils dans la région de "
     "Soumy, selon l'ONU."),
    ("en", "In four months, bandit attacks killed at least 230 people in Zamfara state, Amnesty said."),
    ("en", "In the first months of the offensive, artillery strikes destroyed dozens of homes in Bakhmut."),
]


@pytest.mark.parametrize(("language", "text"), TALLIES)
def test_a_count_since_months_ago_is_no_incident(analyse, language: str, text: str) -> None:
    assert events_of(analyse, text, language) == []


STILL_INCIDENTS = [
    # days: one wave may be told so
    ("fr", "Depuis lundi, les frappes ont tué 14 civils à Soumy, selon le gouverneur."),
    ("en", "Since Monday, strikes have killed 14 civilians in Sumy, the governor said."),
    # a record ranks one incident
    ("fr", "Une frappe de drone a tué neuf personnes mercredi sur un marché de Kadugli, la plus meurtrière "
     "depuis janvier."),
    ("en", "A drone strike killed nine people on Wednesday at a market in Kadugli, the deadliest since "
     "January."),
    # months that date a past moment, or a day of its own beside years
    ("fr", "Il y a trois mois, une frappe a tué 15 civils à Soumy."),
    ("en", "Three months ago, a strike killed 15 civilians in Sumy."),
    ("fr", "Des hommes armés ont attaqué le village de Kaura lundi, pour la deuxième fois en deux ans."),
    ("en", "Gunmen attacked the village of Kaura on Monday for the second time in two years."),
]


@pytest.mark.parametrize(("language", "text"), STILL_INCIDENTS)
def test_an_act_of_days_or_a_record_stays(analyse, language: str, text: str) -> None:
    assert len(events_of(analyse, text, language)) == 1


HEADLINES = [
    ("fr", "Le Tchad bombarde un camp rebelle près de la frontière\n\nN'DJAMENA, 3 mars 2025 (AFP) - Le "
     "ministère a réagi.", "shelling"),
    ("fr", "Le Soudan bombarde un marché du Kordofan\n\nPORT-SOUDAN, 3 mars 2025 (AFP) - Le ministère "
     "a réagi.", "shelling"),
    ("fr", "Le Gabon expulse deux diplomates de l'ambassade de France\n\nLIBREVILLE, 3 mars 2025 (AFP) - Le "
     "ministère a réagi.", "diplomatic_protest"),
    # a verb tagged as one but left with its own form as lemma ("tire" -> "tire")
    ("fr", "Le Hezbollah tire des roquettes sur Metoula\n\nBEYROUTH, 3 mars 2025 (AFP) - Le mouvement a "
     "revendiqué les tirs.", "shelling"),
    # agents of an embassy are expelled as diplomats are (the body too)
    ("fr", "Expulsions\n\nLIBREVILLE, 3 mars 2025 (AFP) - Le Gabon a ordonné lundi l'expulsion de quatre "
     "agents de l'ambassade du Cameroun.", "diplomatic_protest"),
    ("en", "Expulsions\n\nLIBREVILLE, March 3, 2025 (AFP) - Gabon on Monday expelled four staff of the "
     "Cameroonian embassy.", "diplomatic_protest"),
]


@pytest.mark.parametrize(("language", "text", "kind"), HEADLINES)
def test_a_misread_headline_verb_tells_the_incident(analyse, language: str, text: str, kind: str) -> None:
    assert kind in event_types(analyse, text, language)


NO_HEADLINE_VERB = [
    # a headline of nouns: no verb slot
    ("fr", "Bombarde et canons : l'exposition du musée de l'Armée\n\nPARIS, 3 mars 2025 (AFP) - Le musée "
     "rouvre ses salles."),
    # the body's noun after a name is no headline
    ("fr", "Titre\n\nLe musée expose une bombarde ancienne, a indiqué la direction."),
    # a headline verb that is no trigger's
    ("fr", "Le Maroc accueille le sommet africain sur le climat\n\nRABAT, 3 mars 2025 (AFP) - Le sommet "
     "s'ouvre lundi."),
]


@pytest.mark.parametrize(("language", "text"), NO_HEADLINE_VERB)
def test_no_headline_verb_no_incident(analyse, language: str, text: str) -> None:
    assert events_of(analyse, text, language) == []


NAMES = [
    ("fr", "Des combattants de l'Armée de libération de l'Azawad ont attaqué lundi un convoi près de Kidal "
     "et pris six chauffeurs en otage, selon des sources locales.", "prisoner_exchange"),
    ("fr", "Le Front de libération du peuple du Tigré a revendiqué l'enlèvement de deux otages lundi à "
     "Adigrat.", "prisoner_exchange"),
]


@pytest.mark.parametrize(("language", "text", "absent"), NAMES)
def test_a_word_of_a_group_name_is_no_act(analyse, language: str, text: str, absent: str) -> None:
    types = event_types(analyse, text, language)
    assert types and absent not in types


RELEASES = [
    ("fr", "La libération de deux otages a eu lieu lundi à Adigrat, a annoncé le Front de libération du "
     "peuple du Tigré.", "prisoner_exchange"),
]


@pytest.mark.parametrize(("language", "text", "kind"), RELEASES)
def test_the_act_beside_the_name_stays(analyse, language: str, text: str, kind: str) -> None:
    assert kind in event_types(analyse, text, language)


TRENDS = [
    # acts counted as the object of a verb since a landmark months back
    ("en", "The navy has carried out at least 12 strikes on suspected smuggling boats in the Gulf of Aden "
     "since early August, killing 40 people, according to a tally by the agency."),
    ("fr", "La marine a mené au moins 12 frappes contre des bateaux de passeurs dans le golfe d'Aden depuis "
     "début août, tuant 40 personnes."),
    # a trend down is no incident
    ("en", "Pirate attacks on fishing boats have dropped sharply since the naval patrols began."),
    ("fr", "Les attaques de pirates contre les chalutiers ont diminué depuis le début des patrouilles."),
    # over weeks in the plural
    ("en", "Russia has launched more than 400 drones a night at Ukrainian cities in recent weeks."),
    ("fr", "Ces dernières semaines, la Russie a lancé plus de 400 drones par nuit sur les villes "
     "ukrainiennes."),
]


@pytest.mark.parametrize(("language", "text"), TRENDS)
def test_a_trend_or_a_count_of_acts_is_no_incident(analyse, language: str, text: str) -> None:
    assert events_of(analyse, text, language) == []


ONE_STRIKE = [
    ("en", "The navy struck a smuggling boat in the Gulf of Aden on Tuesday, killing three people, the first "
     "strike since early August."),
    ("en", "Gunmen attacked the village of Kaura on Monday for the second time in two weeks."),
]


@pytest.mark.parametrize(("language", "text"), ONE_STRIKE)
def test_one_strike_ranked_among_others_stays(analyse, language: str, text: str) -> None:
    assert len(events_of(analyse, text, language)) == 1


DISTANCES = [
    ("fr", "L'aviation a bombardé jeudi des camps rebelles près de Faya, deux semaines après que des "
     "rebelles ont tué 9 soldats à Fada, a indiqué l'armée."),
    ("en", "The air force bombed rebel camps near Faya on Thursday, two weeks after rebels killed 9 soldiers "
     "in Fada, the army said."),
]


@pytest.mark.parametrize(("language", "text"), DISTANCES)
def test_weeks_between_two_acts_count_none(analyse, language: str, text: str) -> None:
    assert 9 in [e.fatalities for e in events_of(analyse, text, language)]
