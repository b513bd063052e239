"""Contradictions of round 7: the two versions of whom an incident struck (civilians / combatants),
a denial by the side another speaker's words accuse (whatever incidents each is tied to), and
words that negate ("the missile was not ours") answering the words that accuse the speaker's
side. Plus a reporting verb's relative pronoun, which opens no reported clause. French and
English sentences written from the general patterns of wire copy (not from any article)."""

from __future__ import annotations

import pytest

from newsevents.extract import link
from newsevents.extract.stance import lexicon, victim_kind
from newsevents.model import Claim, Party

VICTIMS = [
    ("fr", "l'armée a frappé des cibles terroristes près de la frontière", "combatant"),
    ("fr", "la frappe visait le personnel de commandement militaire en réunion", "combatant"),
    ("fr", "la frappe a tué au moins vingt civils, dont des enfants", "civilian"),
    ("fr", "Kiev a évoqué des victimes civiles", "civilian"),
    ("fr", "avoir visé des terroristes, et non des civils", None),  # both named: no version
    ("fr", "la protection civile a éteint l'incendie", None),
    ("fr", "la guerre civile dure depuis dix ans", None),
    ("en", "the strike hit terrorist hideouts in the valley", "combatant"),
    ("en", "70 terrorists were killed in the strikes", "combatant"),
    ("en", "26 civilians were killed, including children", "civilian"),
    ("en", "the civil defence put out the fire", None),
]


@pytest.mark.parametrize(("language", "words", "kind"), VICTIMS)
def test_victim_kind(language, words, kind):
    assert victim_kind(lexicon(language), words) == kind


def _claim(cid: str, speaker: Party, stance: str, about: list[str]) -> Claim:
    return Claim(speaker=speaker, stance=stance,  # type: ignore[arg-type]
                 content=cid, content_span=(0, 1), id=cid, about=about)


ARMY = Party("Army", "military", "ML")
SOURCES = Party("local sources", "group", None)


@pytest.mark.parametrize(("kinds", "about_b", "linked"), [
    (("combatant", "civilian"), ["ev_a"], True),
    (("civilian", "combatant"), ["ev_a"], True),
    (("civilian", "civilian"), ["ev_a"], False),  # one version told twice
    (("combatant", None), ["ev_a"], False),
    (("combatant", "civilian"), ["ev_b"], False),  # two incidents
    (("combatant", "civilian"), [], False),
])
def test_two_versions_of_whom_an_incident_struck(kinds, about_b, linked):
    a = _claim("cl_a", ARMY, "assert", ["ev_a"])
    b = _claim("cl_b", SOURCES, "assert", about_b)
    link.link_contradictions([a, b], [link.Features(), link.Features()], victims=list(kinds))
    assert (a.contradicts == ["cl_b"]) is linked and (b.contradicts == ["cl_a"]) is linked


@pytest.mark.parametrize(("accuser_names", "linked"), [({"RU"}, True), ({"BY"}, False), (set(), False)])
def test_the_accused_denies_whatever_incident_each_is_tied_to(accuser_names, linked):
    """"A Russian cruise missile violated Polish airspace", says the Polish army (tied to the
    incursion); "absurd to discuss it without proof", says Russia's ambassador (tied to the
    summons where he said it)."""
    army = _claim("cl_army", Party("Polish army", "military", "PL"), "assert", ["ev_incursion"])
    envoy = _claim("cl_envoy", Party("Russian ambassador", "person", "RU"), "deny", ["ev_summons"])
    link.link_contradictions([army, envoy], [link.Features(countries=accuser_names), link.Features()])
    assert (army.contradicts == ["cl_envoy"]) is linked and (envoy.contradicts == ["cl_army"]) is linked


@pytest.mark.parametrize(("neg_about", "claim_about", "neg_names", "linked"), [
    ([], ["ev_a"], set(), True),          # "the missile was not ours" against the account of the fall
    (["ev_a"], [], set(), True),
    ([], [], set(), False),               # "there has never been such an exchange": another matter
    ([], [], {"US"}, True),               # ... unless each names the other's side
    (["ev_a"], ["ev_b"], set(), False),
])
def test_negating_words_answer_the_words_accusing_the_speakers_side(neg_about, claim_about, neg_names,
                                                                    linked):
    accuser = _claim("cl_us", Party("White House", "government", "US"), "assert", claim_about)
    neg = _claim("cl_ua", Party("Ukraine", "state", "UA"), "assert", neg_about)
    feats = [link.Features(countries={"UA"}), link.Features(countries=neg_names)]
    link.link_contradictions([accuser, neg], feats, negative={"cl_ua"})
    assert (accuser.contradicts == ["cl_ua"]) is linked and (neg.contradicts == ["cl_us"]) is linked


def test_negating_words_of_the_accusing_side_answer_nothing():
    """Negating words stand as a denial only against words that name the speaker's side."""
    accuser = _claim("cl_us", Party("White House", "government", "US"), "assert", ["ev_a"])
    neg = _claim("cl_ua", Party("Ukraine", "state", "UA"), "assert", [])
    feats = [link.Features(countries={"PL"}), link.Features()]
    link.link_contradictions([accuser, neg], feats, negative={"cl_ua"})
    assert accuser.contradicts == [] and neg.contradicts == []


PAIRS = [
    pytest.param("fr", "L'armée malienne a affirmé avoir frappé des cibles terroristes lors d'une frappe de "
                 "drone dimanche à Tessalit. Selon des sources locales, cette frappe de drone a fait au "
                 "moins une vingtaine de morts parmi les civils, dont des enfants.", id="fr"),
    pytest.param("en", "The army said its drone strike on Sunday in the village had hit terrorist hideouts. "
                 "Local sources said the drone strike killed at least twenty civilians, including children.",
                 id="en"),
]


@pytest.mark.parametrize(("language", "text"), PAIRS)
def test_versions_of_one_strike_contradict_in_an_article(analyse, language, text):
    claims = analyse(text, language=language).claims
    assert len(claims) == 2, [(c.speaker.name, c.content) for c in claims]
    army, sources = claims
    assert army.about and army.about == sources.about
    assert army.contradicts == [sources.id] and sources.contradicts == [army.id]


@pytest.mark.parametrize(("language", "text", "keyword"), [
    ("fr", "La Chine a déclaré avoir pris les mesures nécessaires contre des bateaux qu'elle accuse "
     "d'être entrés illégalement dans ses eaux.", "mesures nécessaires"),
    ("en", "The army said it had hit the depots that the rebels used near the town.", "had hit"),
])
def test_a_relative_pronoun_opens_no_reported_clause(analyse, language, text, keyword):
    claims = analyse(text, language=language).claims
    assert any(keyword in c.content for c in claims), [(c.speaker.name, c.content) for c in claims]
