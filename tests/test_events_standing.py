"""A truce or pact already in force, named by what is done to it ("respect the ceasefire",
"violation of ceasefire agreement"), is no new ceasefire or agreement; one told with a clause of its
own ("the ceasefire that took effect on Monday") still is. Sentences written from general patterns
of wire copy, French and English; each runs the whole pipeline (`analyse`)."""

from __future__ import annotations

import pytest
from helpers import events_of

PACT_TYPES = ("ceasefire", "agreement")

STANDING = [
    ("en", "Pakistan asked India to instruct its troops to respect the ceasefire."),
    ("en", "The ministry urged both sides to observe the truce."),
    ("en", "The protest was lodged over violation of ceasefire agreement at the border on Tuesday."),
    ("fr", "Le Pakistan a demandé à l'Inde de respecter le cessez-le-feu."),
    ("fr", "Le ministère a appelé les deux camps à observer la trêve."),
    ("fr", "Le gouvernement a dénoncé mardi une violation de l'accord de paix."),
]


@pytest.mark.parametrize(("language", "text"), STANDING)
def test_a_pact_in_force_is_no_new_pact(analyse, language, text):
    assert [e.type for e in events_of(analyse, text, language) if e.type in PACT_TYPES] == []


TOLD = [
    ("en", "Both sides pledged to respect the ceasefire that took effect on Monday.", "ceasefire"),
    ("en", "Israel and Hamas reached a ceasefire agreement on Monday.", "ceasefire"),
    ("fr", "Les deux camps ont promis de respecter le cessez-le-feu conclu lundi.", "ceasefire"),
    ("fr", "Israël et le Hamas ont conclu lundi un accord de cessez-le-feu.", "ceasefire"),
]


@pytest.mark.parametrize(("language", "text", "type_"), TOLD)
def test_a_pact_told_with_its_own_clause_is_one(analyse, language, text, type_):
    assert [e.type for e in events_of(analyse, text, language) if e.type in PACT_TYPES] == [type_]


# the violation itself is still the clash it names
def test_violation_of_ceasefire_agreement_is_a_clash(analyse):
    text = "The protest was lodged over violation of ceasefire agreement at the border on Tuesday."
    assert [e.type for e in events_of(analyse, text, "en")] == ["armed_clash"]


# a clause opened by "if"/"whether"/"si" asks, it tells no incident; a noun the question
# presupposes still is one
ASKED = [
    ("en", "It was not immediately clear if the seafarers were being detained by the militants.", []),
    ("en", "It is unclear whether Russian drones struck the depot.", []),
    ("fr", "On ignore si les marins sont détenus par les rebelles.", []),
    ("fr", "Personne ne sait si des drones ont frappé le dépôt.", []),
    ("en", "Police detained three men on Tuesday.", ["arrest"]),
    ("en", "Officials did not say whether the air strike killed any civilians.", ["air_strike"]),
    ("fr", "Mardi, une frappe de drone a tué trois soldats, si l'on en croit l'armée.", ["drone_strike"]),
]


@pytest.mark.parametrize(("language", "text", "types"), ASKED)
def test_a_question_tells_no_incident(analyse, language, text, types):
    assert [e.type for e in events_of(analyse, text, language)] == types


# fighting named as what is to end is no clash; fighting told as such still is
ENDED = [
    ("fr", "Trump a annoncé lundi que les deux parties étaient parvenues à une entente pour mettre fin "
           "aux hostilités.", "armed_clash", 0),
    ("fr", "Mardi, l'Iran a posé comme condition l'arrêt des hostilités dans le sud.", "armed_clash", 0),
    ("en", "On Monday the two sides agreed on an end to the hostilities in the south.", "armed_clash", 0),
    ("fr", "Les hostilités ont repris mardi dans le sud.", "armed_clash", 1),
    ("en", "Fighting resumed on Tuesday in the south between the army and rebels.", "armed_clash", 1),
]


@pytest.mark.parametrize(("language", "text", "type_", "count"), ENDED)
def test_fighting_to_end_is_no_clash(analyse, language, text, type_, count):
    assert [e.type for e in events_of(analyse, text, language)].count(type_) == count


# the aim of an effort or a plan, told through an infinitive, is no act
SOUGHT = [
    ("en", "The continuing violence could threaten the efforts to get Congo and the rebels to sign a "
           "permanent peace deal by Aug. 18.", []),
    ("en", "The attempt to broker a truce failed on Tuesday.", []),
    ("en", "Mediators made a new bid to secure a ceasefire on Tuesday.", []),
    ("en", "Congo and the rebels signed a peace deal in Doha on Tuesday.", ["agreement"]),
]


@pytest.mark.parametrize(("language", "text", "types"), SOUGHT)
def test_the_aim_of_an_effort_is_no_act(analyse, language, text, types):
    assert [e.type for e in events_of(analyse, text, language) if e.type in PACT_TYPES] == types
