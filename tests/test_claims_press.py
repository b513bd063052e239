"""The press's own reporters are the article's narration, not a party's claim: "un journaliste de
l'AFP a constaté que ...", "an AFP correspondent said ..."; a journalist named as a person speaks
for himself. French and English sentences written from the general pattern."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "A Damas, un journaliste de l'AFP a constaté que la section consulaire de l'ambassade avait été "
           "entièrement détruite."),
    ("fr", "Sur place, un correspondant de l'Agence France-Presse a rapporté que le bâtiment voisin avait "
           "été touché."),
    ("en", "In Damascus, an AFP journalist said the consular section of the embassy had been completely "
           "destroyed."),
    ("en", "A Reuters correspondent at the scene reported that the neighbouring building had been hit."),
])
def test_the_press_s_own_reporters_make_no_claim(analyse, language, text):
    assert analyse(text, language=language).claims == []


@pytest.mark.parametrize(("language", "text", "name"), [
    ("fr", "Le journaliste américain Evan Smith a déclaré qu'il avait été détenu pendant seize mois sans "
           "procès.", "Smith"),
    ("en", "American journalist Evan Smith said he had been held for sixteen months without trial.", "Smith"),
])
def test_a_named_journalist_speaks_for_himself(analyse, language, text, name):
    claims = analyse(text, language=language).claims
    assert len(claims) == 1 and name in claims[0].speaker.name


def test_a_special_envoy_is_a_diplomat(analyse):
    claims = analyse("« Les pourparlers reprendront la semaine prochaine à Djeddah », a indiqué l'envoyé "
                     "spécial des Nations unies.").claims
    assert len(claims) == 1
