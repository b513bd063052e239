"""Round 11: speakers and words in genres news-dev lacks (live blogs, statements on a platform,
institutions named again by a description), and counts as words of a claim. French and English
sentences written from the general patterns (stories of our own)."""

from __future__ import annotations

import pytest
from helpers import one_claim, speaker_is

STRIKE_EN = "A Sudanese army drone struck a fuel depot in Nyala on Friday. "
STRIKE_FR = "Une frappe de drone de l'armée soudanaise a touché vendredi un dépôt de carburant à Nyala. "


@pytest.mark.parametrize(("language", "text", "speaker", "keyword"), [
    # a count is a word of the claim: four words, not three
    pytest.param("en", STRIKE_EN + "The Rapid Support Forces said 12 civilians were killed.",
                 "Rapid Support Forces", "12 civilians", id="en_count_words"),
    pytest.param("en", STRIKE_EN + "Local medics said 7 civilians were killed.", "medics", "7 civilians",
                 id="en_count_medics"),
    # an institution named again by a description that does not say which one
    pytest.param("en", STRIKE_EN + "The World Health Organization said two health workers were among the "
                 "dead. The global health agency called for the protection of medical staff.",
                 "World Health Organization", "protection of medical staff", id="en_global_agency"),
    pytest.param("en", STRIKE_EN + "The Rapid Support Forces said civilians had been hit. The paramilitary "
                 "group accused the army of targeting a market.", "Rapid Support Forces",
                 "targeting a market", id="en_paramilitary_group"),
    # a live blog's time before the speaker
    pytest.param("en", "Live: drone strike on Nyala\n\n11:30 GMT - Sudan Doctors Network put the number of "
                 "injured at 16.", "Sudan Doctors Network", "injured at 16", id="en_live_blog_time"),
    # a name in apposition after a source noun is the speaker
    pytest.param("en", STRIKE_EN + "A medic, John Deng, said that the wounded were arriving by the dozen.",
                 "John Deng", "wounded", id="en_medic_named"),
])
def test_speakers_of_other_genres(analyse, language, text, speaker, keyword):
    claim = one_claim(analyse(text, language=language), keyword)
    assert speaker_is(claim, speaker), claim.speaker


@pytest.mark.parametrize(("language", "text", "keyword", "channel"), [
    pytest.param("fr", "Une roquette a touché samedi un poste de police à Cúcuta. L'ELN a nié toute "
                 "responsabilité dans un communiqué publié sur Telegram.", "responsabilité", "Telegram",
                 id="fr_denial_on_telegram"),
    pytest.param("en", "A rocket hit a police post in Cucuta on Saturday. The ELN denied any responsibility "
                 "in a statement posted on Telegram.", "responsibility", "Telegram",
                 id="en_denial_on_telegram"),
])
def test_the_channel_of_a_denial_is_not_what_is_denied(analyse, language, text, keyword, channel):
    claim = one_claim(analyse(text, language=language), keyword)
    assert claim.stance == "deny"
    assert channel not in claim.content


def test_a_thing_named_like_a_channel_stays_claimed(analyse):
    text = ("Le président a réclamé mercredi l'accès pour les enquêteurs aux données des partenaires et au "
            "site de l'explosion, près de la frontière.")
    claim = one_claim(analyse(text, language="fr"), "données")
    assert "site de l'explosion" in claim.content


@pytest.mark.parametrize(("language", "text", "country"), [
    pytest.param("en", "PRESS RELEASE\n\nIslamabad, 12 November 2025\n\nThe Ministry of Foreign Affairs "
                 "strongly condemns the artillery fire by Indian forces across the Line of Control on "
                 "11 November.", "PK", id="en_press_release"),
    pytest.param("en", "MOSCOW (Reuters) - The Foreign Ministry said on Monday that the drones had been shot "
                 "down over the Bryansk region.", "RU", id="en_wire_capital"),
    pytest.param("fr", "COMMUNIQUÉ\n\nNiamey, le 8 novembre 2025\n\nLe ministère des Affaires étrangères "
                 "condamne fermement l'attaque contre le convoi humanitaire près de Tillia.", "NE",
                 id="fr_communique"),
])
def test_a_ministry_without_its_country_is_the_dateline_capital_s(analyse, language, text, country):
    claims = [c for c in analyse(text, language=language).claims if c.speaker.kind == "government"]
    assert claims and claims[0].speaker.country == country, [(c.speaker, c.content) for c in claims]


def test_a_ministry_after_an_acting_state_is_that_state_s_not_the_dateline_s(analyse):
    text = ("MOSCOW (Reuters) - Poland summoned the Russian ambassador on Monday after a drone crashed near "
            "Lublin. The Foreign Ministry said the incursion was deliberate.")
    claim = one_claim(analyse(text, language="en"), "deliberate")
    assert claim.speaker.country == "PL", claim.speaker


@pytest.mark.parametrize(("language", "text", "keyword", "channel"), [
    pytest.param("fr", "Une bombe a explosé samedi dans un commissariat de Cúcuta. Le président Gustavo "
                 "Petro a dénoncé sur X un « acte terroriste » de l'ELN.", "acte terroriste", "sur X",
                 id="fr_denounced_on_x"),
    pytest.param("en", "A bomb exploded at a police station in Cucuta on Saturday. The police said on "
                 "Telegram two officers were killed in the blast.", "two officers", "Telegram",
                 id="en_said_on_telegram"),
])
def test_the_channel_opening_the_words_is_not_claimed(analyse, language, text, keyword, channel):
    claim = one_claim(analyse(text, language=language), keyword)
    assert channel not in claim.content, claim.content
