"""Non-violent political events, round 30 (second task): pattern sentences of our own.

1. Talks and their terms: an exchange a preposition introduces, described by the deal that set it
   ("in the first round of a swap agreed at peace talks last week"), is no second exchange
   (qualifiers.agreed_participle); people returned from a territory are no territory handed over;
   a truce or deal named after "without"/"sans" was not had (qualifiers.lacking); a meeting's sides
   counted by number only ("the two delegations met", "talks between the two countries' leaders")
   are the two states coordinated before it (events_pairs), the host kept after them.
2. Two states' expulsions told in one story: the act told "au lendemain de"/"en réaction à" another
   is the answer, the other one answered (response_heads); an answer is no answered act told
   elsewhere (drafts.merge_across: "Vienne expulse ... en riposte à l'expulsion de ses agents" in
   the headline does not swallow Austria's measure); a deadline given to a state's agents to leave
   ("avait donné dimanche 72 heures à ces agents pour quitter le pays") is that state's expulsion,
   dated that day; one given to residents is none.
3. A coup named in quotation marks under a verb of condemnation ('denounced "a coup against our
   next president"') is the speaker's name for another act, no coup (qualifiers.quoted_label); nor is
   a "judicial" or "constitutional" coup; a coup staged or condemned unquoted is one. A protest at a
   town's own building placed by nothing else ("devant la mairie") is in the town of the act told
   before it (events_civic).
4. A minister's title is no party: "les ministres des Affaires étrangères du Kosovo et de la Serbie
   ont signé" has the two states as sides, not an organization "ministres des Affaires" (who.py,
   `office_nouns`; events_pairs.office_conjuncts for the state the parser hangs on the title).
"""

from __future__ import annotations

import pytest

PUBLISHED = "2025-06-13"  # a Friday


def _types(events):
    return [(e.type, e.date.start.isoformat() if e.date else None, [a.name for a in e.actors])
            for e in events]


AGREED_SWAP = [
    ("en", "Armenia and Azerbaijan each released 150 captives on Friday in the first round of a swap "
           "agreed at peace talks in Abu Dhabi last week."),
    ("en", "Sudan and South Sudan each freed 60 detainees on Friday under a prisoner swap negotiated "
           "in Juba earlier this month."),
]


@pytest.mark.parametrize(("language", "text"), AGREED_SWAP)
def test_a_swap_named_by_its_deal_is_no_second_exchange(analyse, language, text):
    events = analyse(text, language, PUBLISHED).events
    swaps = [e for e in events if e.type == "prisoner_exchange"]
    assert len(swaps) == 1, _types(events)
    assert swaps[0].date and swaps[0].date.start.isoformat() == PUBLISHED


RETURNED_PEOPLE = [
    ("en", "Azerbaijan's foreign ministry confirmed that 90 soldiers and 60 civilians had been returned "
           "from Armenian-controlled territory."),
    ("en", "Officials said 40 servicemen were returned from the occupied territory on Friday."),
]


@pytest.mark.parametrize(("language", "text"), RETURNED_PEOPLE)
def test_people_returned_from_a_territory_are_no_territory_transfer(analyse, language, text):
    events = analyse(text, language, PUBLISHED).events
    assert "territory_transfer" not in [e.type for e in events], _types(events)


def test_a_district_returned_is_still_a_territory_transfer(analyse):
    text = "Armenia returned the district of Kalbajar to Azerbaijan on Friday."
    events = analyse(text, "en", PUBLISHED).events
    assert [e.type for e in events] == ["territory_transfer"], _types(events)


WITHOUT = [
    ("en", "The negotiators met in Geneva on Thursday. The session ended without agreement on a truce."),
    ("en", "The envoys met in Doha on Thursday, but the round closed without a ceasefire "
           "deal."),
    ("fr", "Les négociateurs se sont réunis jeudi à Genève. La session s'est achevée sans accord sur un "
           "cessez-le-feu."),
]


@pytest.mark.parametrize(("language", "text"), WITHOUT)
def test_a_truce_not_reached_is_no_ceasefire(analyse, language, text):
    events = analyse(text, language, PUBLISHED).events
    assert not {"ceasefire", "agreement"} & {e.type for e in events}, _types(events)


PAIRED = [
    ("en", "Armenia and Azerbaijan swapped 150 detainees on Friday. The two delegations met in Abu Dhabi "
           "on May 30 for their first direct negotiations in years.", ["Armenia", "Azerbaijan"]),
    ("fr", "L'Arménie et l'Azerbaïdjan ont échangé vendredi 150 détenus. Les deux délégations s'étaient "
           "rencontrées le 30 mai à Abou Dhabi.", ["Armenia", "Azerbaijan"]),
    ("en", "Armenia and Azerbaijan agreed on Monday to a truce starting at noon, Qatar's emir said after "
           "hosting talks between the two countries' leaders.", ["Armenia", "Azerbaijan"]),
]


@pytest.mark.parametrize(("language", "text", "sides"), PAIRED)
def test_the_two_delegations_are_the_pair_told_before(analyse, language, text, sides):
    events = analyse(text, language, PUBLISHED).events
    talks = [e for e in events if e.type == "consultation"]
    assert talks, _types(events)
    assert [a.name for a in talks[0].actors][:2] == sides, _types(events)


TIT_FOR_TAT = """Vienne expulse huit diplomates russes en riposte à l'expulsion de ses agents

VIENNE - L'Autriche va expulser huit agents du réseau consulaire et diplomatique russe et a rappelé \
son ambassadeur à Moscou pour consultations, a annoncé mardi la chancellerie, au lendemain de \
l'expulsion par la Russie de huit employés de l'ambassade d'Autriche.

Moscou avait donné dimanche 72 heures à ces agents, membres du ministère autrichien de la Défense, \
pour quitter le pays, en réaction à l'interpellation en Autriche d'un attaché russe soupçonné \
d'espionnage.
"""


def test_two_states_expulsions_stay_apart_each_with_its_side(analyse):
    events = analyse(TIT_FOR_TAT, "fr", "2025-04-15").events
    measures = sorted(([a.name for a in e.actors], e.date.start.isoformat() if e.date else None)
                      for e in events if e.type == "diplomatic_protest")
    assert measures == [(["Austria"], "2025-04-15"), (["Russia"], "2025-04-13")], _types(events)
    austria = next(e for e in events if e.type == "diplomatic_protest" and e.actors[0].name == "Austria")
    assert [t.name for t in austria.targets] == ["Russia"]


DEADLINES = [
    ("en", "Moscow gave the eight diplomats 72 hours to leave the country on Sunday.", True),
    ("fr", "Le Mali a donné lundi 72 heures à l'ambassadeur de France pour quitter le territoire.", True),
    ("en", "The army gave residents 48 hours to leave the town on Sunday.", False),
    ("fr", "L'armée a donné lundi 48 heures aux habitants pour quitter la ville.", False),
]


@pytest.mark.parametrize(("language", "text", "expelled"), DEADLINES)
def test_a_deadline_given_to_diplomats_to_leave_is_an_expulsion(analyse, language, text, expelled):
    events = analyse(text, language, "2025-04-15").events
    assert ("diplomatic_protest" in [e.type for e in events]) == expelled, _types(events)


QUOTED_COUP = [
    ("fr", "Le principal parti d'opposition a dénoncé « un coup d'État contre notre candidat »."),
    ("fr", "Le Parti démocrate a dénoncé jeudi un coup d'État judiciaire contre son chef."),
    ("en", 'The main opposition party denounced "a coup against our next president".'),
    ("en", "The opposition decried what it called a judicial coup against its leader on Wednesday."),
]


@pytest.mark.parametrize(("language", "text"), QUOTED_COUP)
def test_a_coup_in_a_condemnation_is_no_coup(analyse, language, text):
    events = analyse(text, language, "2025-03-19").events
    assert events == [], _types(events)


REAL_COUP = [
    ("fr", "L'armée a mené mercredi un coup d'État contre le président Bazoum."),
    ("en", "The army staged a coup against President Bazoum on Wednesday."),
]


@pytest.mark.parametrize(("language", "text"), REAL_COUP)
def test_a_coup_staged_is_still_one(analyse, language, text):
    events = analyse(text, language, "2025-03-19").events
    assert [e.type for e in events] == ["other"], _types(events)


CIVIC = [
    ("fr", "TBILISSI - La police géorgienne a arrêté mercredi le maire de Tbilissi, Kakha Kaladze.\n\n"
           "Des milliers de manifestants se sont rassemblés dans la soirée devant la mairie, "
           "dans le quartier de Vake."),
    ("en", "Police arrested the mayor of Tbilisi, Kakha Kaladze, on Wednesday.\n\n"
           "Thousands of protesters gathered outside city hall in the evening."),
]


@pytest.mark.parametrize(("language", "text"), CIVIC)
def test_a_protest_at_city_hall_is_in_the_town_told_before(analyse, language, text):
    events = analyse(text, language, "2025-03-19").events
    protests = [e for e in events if e.type == "protest"]
    assert protests and protests[0].location and protests[0].location.name == "Tbilisi", _types(events)


OFFICE_HOLDERS = [
    ("fr", "Les ministres des Affaires étrangères de l'Arménie et de l'Azerbaïdjan ont signé vendredi à "
           "Washington un accord de paix.", ["Armenia", "Azerbaijan"]),
    ("fr", "Les ministres des Affaires étrangères du Kosovo et de la Serbie ont signé lundi à Bruxelles un "
           "accord de paix.", ["Kosovo", "Serbia"]),
    ("fr", "Les ministres des Affaires étrangères de la Bosnie-Herzégovine et de la Serbie ont signé "
           "vendredi à Washington un accord de paix.", ["Bosnia and Herzegovina", "Serbia"]),
]


@pytest.mark.parametrize(("language", "text", "sides"), OFFICE_HOLDERS)
def test_a_ministers_title_is_no_party_of_a_pact(analyse, language, text, sides):
    events = analyse(text, language, "2025-06-27").events
    assert [(e.type, sorted(a.name for a in e.actors)) for e in events] == [("agreement", sorted(sides))], \
        _types(events)
