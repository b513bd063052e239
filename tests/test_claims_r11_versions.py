"""Round 11: the attacker's word for the site struck (a drone workshop, a weapons depot, a command
post) against the attacked side's civilian one (a residential building) is a second version of one
incident: the two claims contradict. Sentences written from the general pattern (stories of our
own)."""

from __future__ import annotations

import pytest
from helpers import one_claim

VERSIONS = [
    pytest.param("en", "A Russian glide bomb struck a residential building in Zaporizhzhia on Sunday, "
                 "killing five people, regional governor Ivan Fedorov said. Russia's defence ministry said "
                 "its forces had hit a Ukrainian drone workshop in Zaporizhzhia on Sunday.",
                 "residential building", "drone workshop", id="en_workshop"),
    pytest.param("fr", "Une bombe planante russe a touché dimanche un immeuble résidentiel à Zaporijjia, "
                 "tuant cinq personnes, a indiqué le gouverneur régional Ivan Fedorov. Le ministère russe de "
                 "la Défense a affirmé que ses forces avaient frappé dimanche un atelier de drones ukrainien "
                 "à Zaporijjia.", "immeuble résidentiel", "atelier de drones", id="fr_atelier"),
]


@pytest.mark.parametrize(("language", "text", "civilian", "military"), VERSIONS)
def test_a_military_site_against_a_civilian_one_is_two_versions(analyse, language, text, civilian, military):
    article = analyse(text, language=language)
    a, b = one_claim(article, civilian), one_claim(article, military)
    assert b.id in a.contradicts, [(c.speaker.name, c.content, c.about, c.contradicts)
                                   for c in article.claims]


@pytest.mark.parametrize(("language", "text", "first", "second"), [
    pytest.param("fr", "Des combats ont opposé jeudi soldats thaïlandais et cambodgiens près du temple de "
                 "Preah Vihear. Selon l'armée thaïlandaise, trois soldats ont été blessés ; le ministère "
                 "cambodgien de la Défense fait état de quatre civils tués.", "trois soldats",
                 "quatre civils", id="fr_clash_own_losses"),
])
def test_each_side_counting_its_own_losses_in_a_clash_is_no_second_version(analyse, language, text, first,
                                                                          second):
    article = analyse(text, language=language)
    a, b = one_claim(article, first), one_claim(article, second)
    assert b.id not in a.contradicts, [(c.speaker.name, c.content, c.about) for c in article.claims]
