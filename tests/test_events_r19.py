"""Round 19 of the incidents: a side striking the part of a site ("l'entrée du quartier général")
strikes the site, the object's complement (events_typing.py); ground forces that answer by destroying
posts make a ground assault (events_typing.py); a bare act told after an incident on a site of its
own is another act (drafts.py, fold_mentions). Sentences written from general
patterns (published Saturday 2025-11-15: "mercredi"/"Wednesday" is the 12th)."""

from __future__ import annotations

import pytest
from helpers import events_of

# the object is a part of a site (entrance, gate, wall); the site is its noun complement
PART_OF_A_SITE = [
    ("fr", "L'armée israélienne a frappé mercredi l'entrée du quartier général de la sécurité à Damas.",
     "Damascus"),
    ("fr", "L'armée turque a frappé mercredi le portail de la caserne de la gendarmerie à Mossoul.", "Mosul"),
    ("fr", "Les forces russes ont frappé mercredi le toit d'une raffinerie à Samara, selon le gouverneur.",
     "Samara"),
]


@pytest.mark.parametrize(("language", "text", "town"), PART_OF_A_SITE)
def test_the_part_of_a_struck_site_is_a_strike(analyse, language: str, text: str, town: str) -> None:
    found = events_of(analyse, text, language)
    assert [(e.type, e.location and e.location.name) for e in found] == [("air_strike", town)]


# ground forces answering an attack by destroying posts, their doer the subject of the response verb
ANSWERED_BY_DESTROYING = [
    ("en", "Pakistani troops retaliated and destroyed several Indian posts on Thursday.", "Pakistani troops"),
    ("en", "On Thursday, Indian troops hit back and destroyed two Pakistani positions.", "Indian troops"),
    ("fr", "Jeudi, les troupes pakistanaises ont riposté en détruisant plusieurs postes indiens.",
     "Pakistani troops"),
    ("fr", "Les soldats thaïlandais ont riposté jeudi et ont détruit deux positions cambodgiennes.",
     "Thai soldiers"),
]


@pytest.mark.parametrize(("language", "text", "doer"), ANSWERED_BY_DESTROYING)
def test_troops_destroying_posts_is_a_ground_assault(analyse, language: str, text: str, doer: str) -> None:
    found = events_of(analyse, text, language)
    assert [(e.type, e.date and e.date.start.day) for e in found] == [("armed_clash", 13)]
    assert any(doer.split()[0] in p.name for p in found[0].actors)


# no incident: what troops destroyed is no struck post (seized goods), or no ground force destroyed it
NOT_AN_ASSAULT = [
    ("en", "On Thursday, soldiers destroyed the weapons seized in the village last month.", "en"),
    ("fr", "Jeudi, les soldats ont détruit les armes saisies le mois dernier.", "fr"),
]


@pytest.mark.parametrize(("language", "text", "_tag"), NOT_AN_ASSAULT)
def test_troops_destroying_seized_goods_is_no_assault(analyse, language: str, text: str, _tag: str) -> None:
    assert [e.type for e in events_of(analyse, text, language)] == []


# a bare act told after the host, in a sentence of its own, on a site of its own: another act
OWN_TARGET = [
    ("fr", "Deux casques bleus ont été blessés vendredi dans le tir d'un char sur la tour de surveillance "
           "de leur base de Naqoura, selon la mission.\n\nLe texte rapporte que les soldats ont ouvert le "
           "feu sur le bunker derrière lequel les casques bleus s'abritaient.\n\nLe communiqué rapporte que "
           "les soldats avaient ouvert le feu jeudi sur les caméras de surveillance d'une autre position.",
     3),
    ("en", "Two peacekeepers were wounded on Friday when a tank fired at the observation tower of their "
           "base in Naqoura, the mission said.\n\nThe statement said soldiers also opened fire on the "
           "bunker where peacekeepers were sheltering.\n\nOn Thursday, the soldiers had opened fire on "
           "the surveillance cameras of another position, the mission said.", 3),
]
# the same site, or a definite noun resuming the host: one act
SAME_TARGET = [
    ("fr", "Deux casques bleus ont été blessés vendredi dans le tir d'un char sur la tour de surveillance "
           "de leur base de Naqoura, selon la mission.\n\nLe texte rapporte que les soldats ont ouvert le "
           "feu sur la tour de surveillance à deux reprises.", 1),
    ("fr", "Deux casques bleus ont été blessés vendredi dans le tir d'un char sur la tour de surveillance "
           "de leur base de Naqoura, selon la mission.\n\nL'attaque contre le bunker a duré une heure.", 1),
]


@pytest.mark.parametrize(("language", "text", "count"), OWN_TARGET + SAME_TARGET)
def test_a_bare_act_on_a_site_of_its_own_is_another_act(analyse, language: str, text: str,
                                                         count: int) -> None:
    assert len(events_of(analyse, text, language)) == count
