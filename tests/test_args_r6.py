"""Fields of incidents, round 6, French and English: a country's capital named by a common noun
("la capitale ukrainienne", "Ukraine's capital") is that capital; a capitalised adjective on a
common noun ("Western navies") is no place; a clause with a subject of its own ("after a drone
breached its airspace") does not take the subject of the verb it hangs from as its actor.
Sentences written from the general patterns of conflict reporting."""

from __future__ import annotations

from datetime import date

import pytest
from helpers import events_of

from newsevents.model import Article, Published


@pytest.fixture(scope="module")
def where(locate):
    """Only the `where` stage: (text, name, precision) of each place mention."""
    def _run(text: str, language: str) -> list[tuple[str, str, str]]:
        return [(m.text, m.value.name, m.value.precision) for m in locate(text, language).of_kind("place")]

    return _run


# (language, text, the capital named by the phrase)
CAPITALS = [
    ("fr", "Un missile tiré par les forces russes sur la capitale ukrainienne a touché un hôpital.", "Kyiv"),
    ("fr", "Des drones ont visé la capitale de l'Ukraine dans la nuit de lundi.", "Kyiv"),
    ("fr", "Des explosions ont secoué la capitale soudanaise mardi matin.", "Khartoum"),
    ("en", "Missiles hit the Ukrainian capital on Monday, officials said.", "Kyiv"),
    ("en", "Explosions were heard in Sudan's capital overnight.", "Khartoum"),
    ("en", "Drones struck the capital of Ukraine before dawn.", "Kyiv"),
]


@pytest.mark.parametrize(("language", "text", "capital"), CAPITALS)
def test_a_capital_named_by_its_country(where, language, text, capital):
    places = where(text, language)
    assert (capital, "city") in [(name, precision) for _, name, precision in places], places
    # the country inside "la capitale de l'Ukraine" gives way to its capital
    assert not any(precision == "country" for _, _, precision in places), places


# (language, text): a capital noun that is not the national capital
OTHER_CAPITALS = [
    ("fr", "La capitale régionale a été bombardée dans la nuit."),
    ("fr", "Des tirs ont visé la capitale économique du pays."),
    ("en", "The provincial capital was shelled overnight."),
    ("en", "Gunmen attacked the commercial capital on Friday."),
]


@pytest.mark.parametrize(("language", "text"), OTHER_CAPITALS)
def test_a_capital_of_no_country_is_no_place(where, language, text):
    assert where(text, language) == []


# (language, text, a capitalised adjective that is no place)
ADJECTIVES = [
    ("en", "The attacks prompted Western navies to escort ships in the Red Sea.", "Western"),
    ("en", "Several Arab states condemned the strike on Tuesday.", "Arab"),
]


@pytest.mark.parametrize(("language", "text", "word"), ADJECTIVES)
def test_a_capitalised_adjective_is_no_place(where, language, text, word):
    assert not any(word in mention for mention, _, _ in where(text, language))


# (language, text, the event type, the actor the main clause's subject must not become)
OWN_SUBJECT = [
    ("en", "Romania summoned the Russian ambassador on Sunday after a drone was observed breaching "
           "the country's airspace on Saturday.", "other", "Romania"),
    ("en", "Estonia protested to Moscow on Friday after three fighter jets entered its airspace "
           "without permission.", "other", "Estonia"),
]


@pytest.mark.parametrize(("language", "text", "kind", "not_actor"), OWN_SUBJECT)
def test_a_clause_with_its_own_subject_keeps_its_own_actor(analyse, language, text, kind, not_actor):
    events = [e for e in events_of(analyse, text, language) if e.type != "diplomatic_protest"]
    assert events, "no incident found"
    assert not any(p.name == not_actor for e in events for p in e.actors), [
        (e.type, [p.name for p in e.actors]) for e in events]


@pytest.fixture(scope="module")
def parties():
    """Only the `who` stage: (text, name) of each party mention."""
    from newsevents.pipeline import Pipeline

    pipe = Pipeline(stages=("where", "who"))

    def _run(text: str, language: str) -> list[tuple[str, str]]:
        article = pipe.process(Article(text=text, id="t", language=language,
                                       published=Published(date(2025, 1, 1))))
        return [(m.text, m.value.name) for m in article.of_kind("party")]

    return _run


# (language, text, the phrase the acronym in brackets defines, the organisation's name)
ACRONYMS = [
    ("fr", "L'armée a annoncé que les Forces paramilitaires de soutien rapide (FSR) avaient lancé des "
           "drones sur la ville.", "Forces paramilitaires de soutien rapide", "Rapid Support Forces"),
    ("en", "A spokesman for the Israel Defense Forces (IDF) said the strike hit a depot.",
     "Israel Defense Forces", "Israel Defense Forces"),
    ("en", "Fighters of the paramilitary Rapid Support Forces (RSF) shelled the camp on Sunday.",
     "Rapid Support Forces", "Rapid Support Forces"),
]


@pytest.mark.parametrize(("language", "text", "phrase", "name"), ACRONYMS)
def test_an_acronym_in_brackets_names_the_phrase_before_it(parties, language, text, phrase, name):
    found = parties(text, language)
    assert any(phrase in words and n == name for words, n in found), found
    # no word of the phrase is read apart as another party ("Forces" as the national army)
    assert not any(words in phrase for words, _ in found), found


def test_an_acronym_the_words_before_do_not_spell_names_only_itself(parties):
    found = parties("Les Forces armées soudanaises accusent les combattants de l'Est (FSR) d'avoir "
                    "frappé la ville.", "fr")
    assert ("FSR", "Rapid Support Forces") in found, found
    assert not any(words.endswith("(FSR)") for words, _ in found), found


# (language, text, the accused attacker, the accuser who is no attacker)
ACCUSED = [
    ("fr", "Début avril, le gouverneur de la région a accusé l'Ukraine d'avoir mené une attaque contre "
           "un dépôt de carburants.", "Ukraine", "governor"),
    ("fr", "La Russie a plusieurs fois accusé les forces ukrainiennes d'avoir bombardé des villages "
           "frontaliers.", "Ukrainian forces", "Russia"),
    ("en", "Russia accused Ukrainian forces of shelling the town of Belgorod on Monday.",
     "Ukrainian forces", "Russia"),
    ("en", "Moscow blamed Ukraine for the drone attack on the refinery.", "Ukraine", "Russia"),
]


@pytest.mark.parametrize(("language", "text", "accused", "accuser"), ACCUSED)
def test_the_accused_is_the_attacker(analyse, language, text, accused, accuser):
    events = [e for e in events_of(analyse, text, language) if e.type != "diplomatic_protest"]
    assert events, "no incident found"
    actors = [p.name for e in events for p in e.actors]
    assert accused in actors, actors
    assert not any(accuser in a for a in actors), actors



# (language, text, who fires, what is aimed at) for an act outside the violent types
AIMED = [
    ("fr", "Après des tirs de garde-côtes chinois au canon à eau sur des navires philippins ce week-end, "
           "Manille a protesté.", "Chinese coast guard", "Philippine vessels"),
    ("fr", "Les garde-côtes chinois ont utilisé des canons à eau contre des navires vietnamiens samedi.",
     "Chinese coast guard", "Vietnamese vessels"),
    ("en", "The Chinese coast guard fired water cannon at Philippine vessels on Saturday.",
     "Chinese coast guard", "Philippine vessels"),
]


@pytest.mark.parametrize(("language", "text", "actor", "target"), AIMED)
def test_who_fires_and_what_is_aimed_at(analyse, language, text, actor, target):
    events = [e for e in events_of(analyse, text, language) if e.type == "other"]
    assert events, [e.type for e in events_of(analyse, text, language)]
    assert actor in [p.name for e in events for p in e.actors]
    assert target in [p.name for e in events for p in e.targets]


def test_the_owner_of_the_fire_is_not_its_target(analyse):
    text = "Les tirs au canon à eau des garde-côtes chinois ont été qualifiés d'illégaux par Manille."
    events = [e for e in events_of(analyse, text, "fr") if e.type == "other"]
    assert events
    assert not any(p.name == "Chinese coast guard" for e in events for p in e.targets)


# (language, text, the party a ship phrase names)
SHIPS = [
    ("en", "Houthi rebels attacked a Liberian-flagged cargo ship in the Red Sea.", "merchant vessel"),
    ("fr", "Les rebelles houthis ont attaqué un navire marchand en mer Rouge.", "merchant vessel"),
    ("fr", "Des vedettes ont harcelé des navires philippins près de l'atoll.", "Philippine vessels"),
]


@pytest.mark.parametrize(("language", "text", "name"), SHIPS)
def test_ships_are_parties(parties, language, text, name):
    assert name in [n for _, n in parties(text, language)]


def test_a_ship_of_no_flag_is_no_party(parties):
    # "ships" alone names nobody: a flag (demonym) makes it a party
    assert not any(n.endswith("vessels") for _, n in parties("The ships left the port on Monday.", "en"))


# (language, text, the incident's place, the place of the sentence outside the incident's clause)
CLAUSE_PLACES = [
    ("fr", "L'ambassadeur russe ne s'est pas présenté au siège du ministère des Affaires étrangères à "
           "Varsovie pour s'expliquer sur le missile de croisière qui a violé l'espace aérien polonais "
           "au-dessus de Lublin le 24 mars.", "Lublin", "Warsaw"),
    ("en", "The Russian envoy did not come to the foreign ministry building in Warsaw to explain the "
           "cruise missile that violated Polish airspace over Lublin on Sunday.", "Lublin", "Warsaw"),
]


@pytest.mark.parametrize(("language", "text", "place", "aside"), CLAUSE_PLACES)
def test_the_place_of_the_incident_clause_wins(analyse, language, text, place, aside):
    events = [e for e in events_of(analyse, text, language) if e.type != "diplomatic_protest"]
    assert events, "no incident found"
    assert [e.location.name for e in events if e.location] == [place] * len(events), [
        (e.type, e.location and e.location.name) for e in events]


# (language, text, the targets every one of which the incident must name)
KILLED_IN = [
    ("fr", "Les rebelles ont affirmé avoir tué des dizaines de soldats maliens et de membres du groupe "
           "Wagner lors de combats survenus fin juillet.", ["Malian soldiers", "Wagner Group"]),
    ("fr", "Les FSR ont tué 43 civils lors d'une attaque contre un village du Darfour.", ["civilians"]),
    ("en", "The army bombed RSF positions and Wagner bases on Monday.",
     ["Rapid Support Forces", "Wagner Group"]),
]


@pytest.mark.parametrize(("language", "text", "targets"), KILLED_IN)
def test_the_victims_of_the_verb_carrying_the_attack_are_its_targets(analyse, language, text, targets):
    events = events_of(analyse, text, language)
    found = [p.name for e in events for p in e.targets]
    assert all(t in found for t in targets), (targets, found)


# (language, text, the city where a text is signed: a place, not a recipient)
SIGNED_AT = [
    ("fr", "En juillet, Kinshasa et les rebelles du M23 ont signé une déclaration de principes à Doha.",
     "Doha"),
    ("fr", "Les deux pays ont conclu un accord de cessez-le-feu à Ankara mardi.", "Ankara"),
    ("en", "Kinshasa and the M23 signed a declaration of principles in Doha on Saturday.", "Doha"),
]


@pytest.mark.parametrize(("language", "text", "city"), SIGNED_AT)
def test_where_a_text_is_signed_is_a_place(where, parties, language, text, city):
    assert city in [name for _, name, _ in where(text, language)]
    assert city not in [words for words, _ in parties(text, language)]


# (language, text, the capital a letter is sent to: its government, not a place)
SENT_TO = [
    ("fr", "Le ministre a adressé une lettre à Moscou.", "Moscou"),
    ("en", "The minister sent a letter to Moscow.", "Moscow"),
]


@pytest.mark.parametrize(("language", "text", "city"), SENT_TO)
def test_a_letter_to_a_capital_is_to_its_government(where, parties, language, text, city):
    assert where(text, language) == []
    assert city in [words for words, _ in parties(text, language)]



# (language, text, the casualty counts): people named by their status abroad or on board
COUNTED_PEOPLE = [
    ("en", "The raid killed 13 foreign nationals, the ministry said.", {(13, "killed")}),
    ("en", "Five seafarers were injured when the missile hit the bridge.", {(5, "injured")}),
    ("fr", "La frappe a tué 13 ressortissants étrangers, selon le ministère.", {(13, "killed")}),
    ("fr", "Deux fonctionnaires ont été blessés dans l'explosion.", {(2, "injured")}),
    ("en", "Drones attacked the port overnight. No damage or casualties have been reported.",
     {(0, "killed"), (0, "injured")}),
]


@pytest.mark.parametrize(("language", "text", "expected"), COUNTED_PEOPLE)
def test_people_counted_as_casualties(casualty_counts, language, text, expected):
    assert casualty_counts(text, language) == expected


# (language, text, the person a place noun names, who was not hit)
NAMESAKES = [
    ("fr", "L'attaque contre la ville natale du président Volodymyr Zelensky a endommagé plusieurs "
           "immeubles.", "Volodymyr Zelensky"),
    ("fr", "Les frappes contre la région du gouverneur Oleh Syniehoubov ont fait trois blessés.", "Oleh"),
    ("en", "The attack on the hometown of President Volodymyr Zelensky damaged several buildings.",
     "Volodymyr Zelensky"),
]


@pytest.mark.parametrize(("language", "text", "person"), NAMESAKES)
def test_a_person_completing_a_place_noun_is_no_target(analyse, language, text, person):
    events = events_of(analyse, text, language)
    assert not any(person in p.name for e in events for p in e.targets), [
        [p.name for p in e.targets] for e in events]


def test_a_party_completing_another_noun_is_still_the_target(analyse):
    events = events_of(analyse, "La frappe contre un membre du Hezbollah a tué deux personnes.", "fr")
    assert "Hezbollah" in [p.name for e in events for p in e.targets]
