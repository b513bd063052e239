"""Parties of incidents, round 25 (second task), in pattern sentences written for the purpose
(stories of no development document), French and English.

(1) A medium named as where words were posted is no party: "a dénoncé sur Telegram une frappe contre
un hôpital", "denounced on X an attack on a UN facility": the platform (``channels`` of
lang/*/claims.yaml) after a ``channel_prepositions`` word of lang/*/parties.yaml is neither actor nor
target (extract/who_channels.said_on_channel).
(2) One side named several ways in the sentences of one incident is one actor: a state's forces by
their generic names ("Pakistani soldiers", then "Pakistani troops": the ``Armed Forces`` rules of
lang/*/parties.yaml) and, among actors, the state they serve ("des soldats indiens et pakistanais":
"pakistanais" read as Pakistan) fold together (extract/drafts_sides.side_key); a site a state owns by
its adjective is named by it ("a Thai patrol": "Thai patrol", not "Thailand patrol"; targets.Facility).
(3) The attacker in a "by" phrase on an attack noun the tagger read as a verb ("Drone strikes by the
Sudanese army killed ...": "strikes" VERB, yet the sentence's subject): a trigger in a subject's role is
a noun all the same (events._violent_actors).
(4) A spokesman's country is that of the body named with his title: "Hezbollah military spokesman X"
in a story that named the Israeli military before is Lebanon's, the word "military" being part of the
title (``titles`` of lang/*/parties.yaml: "military spokesman", "porte-parole militaire"), not the
Israeli military named again; a bare word of a state's forces right after a group's name ("Hezbollah
army spokesman") is the group's, no army named before (who_entities._body_before).
(5) An adjective of arms after the noun it qualifies is no party ("des frappes contre des positions
militaires dans la région de X": "militaires" qualifies the positions; the party phrase's country slot
caught "dans", no state's word), so the side that struck is not its own target (who._collect_entities).
"""

from __future__ import annotations

import pytest
from helpers import events_of

CHANNELS = frozenset({"telegram", "x", "facebook"})

# (language, text): no party of any incident is the platform the words were posted on
POSTED = [
    ("fr", "Le ministère ukrainien de la Défense a dénoncé sur Telegram une frappe russe contre un hôpital"
           " de Soumy qui a fait trois morts lundi."),
    ("fr", "Le chef de l'agence onusienne a dénoncé sur X une « attaque horrible » contre une installation"
           " des Nations unies à Rafah, où deux employés ont été tués mardi."),
    ("en", "Ukraine's defence ministry denounced on Telegram a Russian strike on a hospital in Sumy that"
           " killed three people on Monday."),
]


@pytest.mark.parametrize(("language", "text"), POSTED)
def test_a_channel_posted_on_is_no_party(analyse, language: str, text: str) -> None:
    events = events_of(analyse, text, language)
    assert events
    for e in events:
        names = {p.name.lower() for p in [*e.actors, *e.targets]}
        assert not names & CHANNELS, (e.type, names)


# (language, text, actor, target): the actor named once is not among the targets, the hit sites are
OWN_TARGET = [
    ("fr", "L'armée turque a mené jeudi des frappes contre des positions militaires dans la région de"
           " Qamichli, tuant quatre combattants kurdes.", "Turkish army", "military position"),
    ("fr", "L'armée soudanaise a bombardé samedi des sites militaires dans le secteur de Nyala, faisant"
           " dix morts.", "Sudanese army", "military site"),
    ("en", "The Turkish army carried out strikes on military positions in the Qamishli area on Thursday,"
           " killing four Kurdish fighters.", "Turkish army", "military positions"),
]


@pytest.mark.parametrize(("language", "text", "actor", "target"), OWN_TARGET)
def test_the_actor_is_not_its_own_target(analyse, language: str, text: str, actor: str, target: str) -> None:
    events = [e for e in events_of(analyse, text, language) if e.actors]
    assert events
    for e in events:
        assert actor in [p.name for p in e.actors]
        targets = [p.name for p in e.targets]
        assert target in targets and actor not in targets, targets


# (language, text, a target's name): one actor per state, and the patrol named by the adjective
ONE_SIDE = [
    ("en", "Indian and Pakistani soldiers exchanged fire across the Line of Control on Tuesday, killing one"
           " soldier, the Indian army said. It said Pakistani troops had opened fire first on an Indian"
           " patrol near Poonch.", "Indian patrol"),
    ("fr", "Des soldats indiens et pakistanais ont échangé des tirs mardi le long de la ligne de contrôle,"
           " tuant un soldat, selon l'armée indienne. Les troupes pakistanaises ont ouvert le feu les"
           " premières sur une patrouille indienne près de Poonch, a-t-elle précisé.", "Indian patrol"),
]


@pytest.mark.parametrize(("language", "text", "target"), ONE_SIDE)
def test_one_side_named_twice_is_one_actor(analyse, language: str, text: str, target: str) -> None:
    events = [e for e in events_of(analyse, text, language) if e.type == "armed_clash"]
    assert len(events) == 1, [(e.type, [a.name for a in e.actors]) for e in events]
    countries = [p.country for p in events[0].actors]
    assert sorted(countries) == ["IN", "PK"], [p.name for p in events[0].actors]
    assert target in [p.name for p in events[0].targets]


# (language, text, speaker, country): the spokesman's country is his body's
SPOKESMEN = [
    ("en", "The Israeli army said on Sunday it had intercepted a drone launched from Lebanon. Hezbollah army"
           " spokesman Ali Qassem said the drone had hit its target.", "Ali Qassem", "LB"),
    ("en", "BEIRUT, May 4 (Reuters) - Hezbollah said on Sunday it had fired a salvo of rockets at a base near"
           " Safed, while the Israeli military said it had intercepted most of them over the Galilee.\n\n"
           "Hezbollah military spokesman Ali Qassem said in a televised speech that the salvo \"achieved"
           " its goal\". The Israeli military denied that any rocket had hit the base.", "Ali Qassem", "LB"),
    ("fr", "BEYROUTH, 4 mai (AFP) - L'armée israélienne a dit dimanche avoir intercepté la plupart des"
           " roquettes tirées sur une base près de Safed.\n\nLe porte-parole militaire du Hezbollah"
           " Ali Qassem a déclaré dans un discours télévisé que la salve avait « atteint son objectif ».",
     "Ali Qassem", "LB"),
]


@pytest.mark.parametrize(("language", "text", "speaker", "country"), SPOKESMEN)
def test_a_spokesman_is_of_the_body_named_with_his_title(analyse, language: str, text: str, speaker: str,
                                                          country: str) -> None:
    claims = [c for c in analyse(text, language=language, published="2025-05-04").claims
              if c.speaker is not None and c.speaker.name == speaker]
    assert claims
    assert {c.speaker.country for c in claims} == {country}


# (text, actor): English, the attack noun tagged VERB in the subject's role
BY_AGENTS = [
    ("Drone strikes by the Sudanese army killed at least 15 people at a fuel depot in Nyala on Saturday, a"
     " rights group said.", "Sudanese army"),
    ("Air strikes by the Myanmar military killed 12 villagers in Sagaing region on Tuesday, residents said.",
     "Myanmar military"),
]


@pytest.mark.parametrize(("text", "actor"), BY_AGENTS)
def test_the_by_phrase_of_an_attack_noun_tagged_verb(analyse, text: str, actor: str) -> None:
    events = events_of(analyse, text, "en")
    assert events
    assert actor in [p.name for e in events for p in e.actors], [(e.type, e.actors) for e in events]
