"""Round 17 (wave 3): a speaker's follow-up quote on the incident they just told ("..., a annoncé le
gouverneur. « Les Russes ont délibérément visé un bus rempli de civils », a-t-il écrit.") has no
incident word and shares too little for link._about's score: it takes the incident of the
speaker's claim just before when it shares a party, place, date, weapon or common noun with it
(extract/claim_followups.py). Sentences written here from the general pattern."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("language", "text", "quoted"), [
    ("fr", "Deux personnes ont été tuées jeudi soir lorsqu'un missile a frappé un marché à Zaporijjia, a "
           "annoncé le gouverneur régional. « Les Russes savaient que le marché était bondé », a-t-il écrit.",
     "bondé"),
    ("en", "Two people were killed when a Russian drone hit a minibus in Nikopol on Monday, the regional "
           "governor said. \"The Russians deliberately targeted a minibus full of passengers,\" he wrote.",
     "passengers"),
    ("en", "Four soldiers were killed on Sunday when their convoy was ambushed near Gao, army spokesman "
           "Colonel Souleymane Traoré said. \"The convoy was escorting fuel trucks,\" Traoré told AFP.",
     "fuel"),
])
def test_a_follow_up_quote_is_about_the_incident_just_told(analyse, language, text, quoted):
    art = analyse(text, language, "2025-06-04")
    quote = [c for c in art.claims if quoted in c.content]
    told = [c for c in art.claims if c.about and quoted not in c.content]
    assert quote and told, [(c.speaker.name, c.content, c.about) for c in art.claims]
    assert quote[0].about == told[0].about, [(c.speaker.name, c.content, c.about) for c in art.claims]


@pytest.mark.parametrize(("language", "text", "quoted"), [
    # shares nothing with the incident or the words before: another matter
    ("fr", "Deux personnes ont été tuées jeudi soir lorsqu'un missile a frappé un marché à Zaporijjia, a "
           "annoncé le gouverneur régional. « Nous demandons une aide internationale », a-t-il ajouté.",
     "aide"),
    # another speaker
    ("en", "Two people were killed when a Russian drone hit a minibus in Nikopol on Monday, the regional "
           "governor said. \"We will rebuild the school,\" the mayor said.", "rebuild"),
])
def test_a_quote_sharing_nothing_or_from_another_speaker_stays_unlinked(analyse, language, text, quoted):
    art = analyse(text, language, "2025-06-04")
    quote = [c for c in art.claims if quoted in c.content]
    assert quote and not quote[0].about, [(c.speaker.name, c.content, c.about) for c in art.claims]
