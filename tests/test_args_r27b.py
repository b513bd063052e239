"""Actors and targets, round 27 (second task): kinds seen in the lead's probe articles, checked with
sentences of their own, French and English where the pattern exists in both.
"""

from __future__ import annotations

import pytest


def _events(article):
    return [e.to_json() for e in article.events]


def _all(article, role):
    return {p["name"] for e in _events(article) for p in e[role]}


# -- an answer told as a count of strikes ("retaliated with a wave of strikes", "a riposté par une
# série de frappes"): the count noun stands between the verb of answering and the attack noun, and
# the French "par" of the answer is no passive agent ---------------------------------------------

@pytest.mark.parametrize(("text", "language", "actor"), [
    ("Israel retaliated with a wave of strikes on Iranian military sites on Saturday.", "en", "Israel"),
    ("Thailand responded with a series of air strikes on Cambodian border posts on Friday.", "en",
     "Thailand"),
    ("Israël a riposté par une série de frappes contre des sites militaires iraniens samedi.", "fr",
     "Israel"),
    ("La Thaïlande a répliqué par une vague de frappes aériennes sur des postes cambodgiens vendredi.",
     "fr", "Thailand"),
])
def test_counted_answer_has_the_answerer(analyse, text, language, actor):
    article = analyse(text, language)
    assert actor in _all(article, "actors"), (text, _events(article))
    assert len(_all(article, "actors")) == 1, (text, _events(article))


# -- "by" and an adjective before the group's name ("a drone strike by the paramilitary Rapid
# Support Forces"): the parser makes the adjective the object of "by", the name is still the doer --

@pytest.mark.parametrize(("text", "language", "actor"), [
    ("A drone strike by the paramilitary Rapid Support Forces killed 11 people at a market in the town "
     "of Mellit on Sunday.", "en", "Rapid Support Forces"),
    ("An attack by the jihadist Islamic State group killed nine soldiers near Menaka on Friday.", "en",
     "Islamic State"),
])
def test_by_agent_after_an_adjective(analyse, text, language, actor):
    article = analyse(text, language)
    assert actor in _all(article, "actors"), (text, _events(article))


# -- the sites of a nuclear programme are targets ("des installations nucléaires en Iran, dont le site
# d'enrichissement de ..."): the named one after "dont"/"including" is what the strikes hit ----------

@pytest.mark.parametrize(("text", "language", "target"), [
    ("Israël a lancé vendredi une vague de frappes aériennes contre des installations nucléaires et "
     "militaires en Iran, dont le site d'enrichissement de Fordo.", "fr", "Fordo enrichment site"),
    ("Des avions israéliens ont frappé vendredi des sites nucléaires en Iran, dont l'usine "
     "d'enrichissement d'Ispahan.", "fr", "Isfahan enrichment site"),
    ("Israel carried out a wave of air strikes on nuclear facilities in Iran on Friday, including the "
     "Isfahan enrichment site.", "en", "Isfahan enrichment site"),
    ("Israel struck nuclear facilities in Iran on Friday.", "en", "nuclear facility"),
])
def test_nuclear_sites_are_targets(analyse, text, language, target):
    article = analyse(text, language)
    assert target in _all(article, "targets"), (text, _events(article))


# -- a force that says "it" shot crafts down is who downed them, in English as in French ("Pakistan's
# military said it had shot down 25 Indian drones"; "l'armée ... a affirmé avoir abattu"): the
# pronoun subject stands for the speaker; the crafts stay what was downed --------------------------

@pytest.mark.parametrize(("text", "language", "actor", "craft"), [
    ("Poland's army said it had shot down four Russian drones over Lublin on Thursday.", "en",
     "Polish army", "Russian drone"),
    ("The Pakistani military said it had shot down 25 Indian drones over several cities on Thursday.",
     "en", "Pakistani military", "Indian drone"),
    ("L'armée pakistanaise a affirmé jeudi avoir abattu 25 drones indiens au-dessus de plusieurs villes.",
     "fr", "Pakistani army", "Indian drone"),
])
def test_pronoun_downer_is_the_speaker(analyse, text, language, actor, craft):
    article = analyse(text, language)
    assert _all(article, "actors") == {actor}, (text, _events(article))
    assert craft in _all(article, "targets"), (text, _events(article))


# -- a state's government ships are vessels, named whole ("two Philippine government vessels"): the
# government is their owner, not the target --------------------------------------------------------

@pytest.mark.parametrize(("text", "language", "target"), [
    ("Chinese coast guard ships fired water cannons at two Philippine government vessels near "
     "Scarborough Shoal on Monday.", "en", "Philippine vessels"),
    ("Des navires garde-côtes chinois ont tiré au canon à eau sur deux navires gouvernementaux "
     "philippins lundi près de l'atoll Scarborough.", "fr", "Philippine vessels"),
])
def test_government_vessels_whole(analyse, text, language, target):
    article = analyse(text, language)
    assert target in _all(article, "targets"), (text, _events(article))
    assert "Philippine government" not in _all(article, "targets") | _all(article, "actors"), text


# -- radars are sites struck, named whole with the defence they serve ("air defence radars", "des
# radars de défense aérienne"): the air defence inside their noun is no target of its own ---------

@pytest.mark.parametrize(("text", "language"), [
    ("Israel's military said its jets had struck air defence radars in Iran on Saturday.", "en"),
    ("L'armée israélienne a indiqué que ses avions avaient frappé des radars de défense aérienne en Iran "
     "samedi.", "fr"),
])
def test_air_defence_radars_whole(analyse, text, language):
    targets = _all(analyse(text, language), "targets")
    assert "air defence radar" in targets and "air defence" not in targets, (text, targets)


@pytest.mark.parametrize(("text", "language"), [
    ("Thailand's defence ministry said its forces had targeted artillery positions and radars in Cambodia "
     "on Friday.", "en"),
    ("Le ministère thaïlandais de la Défense a affirmé que ses forces avaient visé des radars et des "
     "positions d'artillerie au Cambodge vendredi.", "fr"),
])
def test_radars_are_targets(analyse, text, language):
    assert "radar" in _all(analyse(text, language), "targets"), text
