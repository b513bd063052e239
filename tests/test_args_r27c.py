"""Actors and targets, round 27 (third task): kinds checked with sentences of their own, French and
English where the pattern exists in both.
"""

from __future__ import annotations

import pytest


def _events(article):
    return [e.to_json() for e in article.events]


def _all(article, role):
    return {p["name"] for e in _events(article) for p in e[role]}


# -- sites of one kind listed by their owners ("several embassies in Dhaka, including those of India and
# Pakistan", "les ambassades de France et de Belgique"): one target per owner, a riot's included --------

@pytest.mark.parametrize(("text", "language", "targets"), [
    ("Protesters attacked several embassies in Dhaka on Tuesday, including those of India and Pakistan, "
     "police said.", "en", {"Embassy of India in Dhaka", "Embassy of Pakistan in Dhaka"}),
    ("Protesters attacked the embassies of India and Pakistan in Dhaka on Tuesday.", "en",
     {"Embassy of India", "Embassy of Pakistan"}),
    ("A Russian missile hit several embassies in Kyiv on Tuesday, including those of Portugal and "
     "Argentina.", "en", {"Embassy of Portugal in Kyiv", "Embassy of Argentina in Kyiv"}),
    ("Des manifestants ont attaqué mardi plusieurs ambassades à Kinshasa, dont celles de France et de "
     "Belgique, a indiqué la police.", "fr",
     {"Embassy of France in Kinshasa", "Embassy of Belgium in Kinshasa"}),
    ("Des manifestants ont attaqué mardi les ambassades de France et de Belgique à Kinshasa.", "fr",
     {"Embassy of France", "Embassy of Belgium"}),
    ("Un missile russe a touché mardi plusieurs ambassades à Kiev, dont celles du Portugal et de "
     "l'Argentine.", "fr", {"Embassy of Portugal in Kyiv", "Embassy of Argentina in Kyiv"}),
])
def test_sites_listed_by_owner(analyse, text, language, targets):
    article = analyse(text, language)
    assert _all(article, "targets") == targets, (text, _events(article))


@pytest.mark.parametrize(("text", "language", "target"), [
    ("Protesters stormed the French embassy in Dhaka on Tuesday.", "en", "Embassy of France in Dhaka"),
    ("Des manifestants ont saccagé mardi l'ambassade de France à Kinshasa.", "fr",
     "Embassy of France in Kinshasa"),
])
def test_one_riot_site_told_once(analyse, text, language, target):
    article = analyse(text, language)
    assert _all(article, "targets") == {target}, (text, _events(article))


# -- an attack named by a gerund with its agent after "by" ("Shelling by M23 rebels killed four"): the
# parser tags it a verb (a subject or an adverbial clause), the agent is still the attacker ------------

@pytest.mark.parametrize(("text", "actor"), [
    ("Shelling by the rebel M23 movement killed four civilians in Sake on Tuesday.", "M23"),
    ("Shelling by M23 rebels killed four civilians in Sake on Tuesday.", "M23"),
    ("Relentless shelling by Russian forces destroyed a school in Kherson on Monday.", "Russian forces"),
])
def test_gerund_attack_has_its_agent(analyse, text, actor):
    article = analyse(text, "en")
    assert _all(article, "actors") == {actor}, (text, _events(article))


# -- a vessel rammed or boarded by force ("coast guard ships rammed a Philippine government ship", "ont
# percuté un bateau de pêche"): not violent, yet the vessel hit is its target and the force its actor --

@pytest.mark.parametrize(("text", "language", "target"), [
    ("Chinese coast guard ships rammed a Philippine government ship near Scarborough Shoal on Tuesday.",
     "en", "Philippine vessel"),
    ("Chinese coast guard ships boarded a Philippine fishing boat near Scarborough Shoal on Tuesday.",
     "en", "Philippine fishing boat"),
    ("Des navires des garde-côtes chinois ont percuté mardi un bateau de pêche philippin près du récif "
     "de Scarborough.", "fr", "Philippine fishing boat"),
    ("Des garde-côtes chinois ont éperonné mardi un navire du gouvernement philippin près du récif de "
     "Scarborough.", "fr", "Philippine government"),
])
def test_rammed_vessel_is_the_target(analyse, text, language, target):
    article = analyse(text, language)
    assert _all(article, "targets") == {target}, (text, _events(article))
    assert _all(article, "actors") == {"Chinese coast guard"}, (text, _events(article))


# -- a site named with a weapon's word ("artillery positions", "des positions d'artillerie") is a target
# (the weapon side, typing, is the merge engineer's) ----------------------------------------------------

@pytest.mark.parametrize(("text", "language", "target"), [
    ("Ukrainian drones targeted artillery positions and radars in the Kursk region on Tuesday.", "en",
     "artillery positions"),
    ("Ukrainian forces struck two artillery batteries in the Kursk region on Tuesday.", "en",
     "artillery battery"),
    ("Des drones ukrainiens ont visé mardi des positions d'artillerie et des radars dans la région de "
     "Koursk.", "fr", "artillery positions"),
])
def test_artillery_site_is_a_target(analyse, text, language, target):
    article = analyse(text, language)
    assert target in _all(article, "targets"), (text, _events(article))
