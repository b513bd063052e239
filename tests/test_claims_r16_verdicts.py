"""A verdict that denies what it judges, coordinated with the speaker's own version: "a qualifié ces
informations de « mensongères » et affirmé que l'armée avait visé des positions" is a denial and an
assertion, two claims, as "a démenti X et a déclaré que Y" is. The first verb's stance comes from
its verdict ("mensongères", "baseless": a denial cue), not from the verb ("qualifier", "call":
assert). A verdict that condemns an act stays one claim with the point it makes. Sentences written
here from the patterns of wire copy."""

from __future__ import annotations

import pytest
from helpers import one_claim, speaker_is

# (language, text, speaker, what is denied, the speaker's own version)
DENIAL_AND_VERSION = [
    pytest.param("fr", "Le porte-parole de la police a jugé ces accusations « infondées » et a assuré "
                       "que les agents avaient tiré en l'air.",
                 "police", "accusations", "tiré en l'air", id="fr_juge_infondees_et_assure"),
    pytest.param("fr", "Le gouvernement a qualifié ces allégations de fausses et a indiqué que le convoi "
                       "transportait de l'aide.",
                 "gouvernement", "allégations", "convoi transportait",
                 id="fr_qualifie_de_fausses_et_indique"),
    pytest.param("en", "The army described the allegations as false and said its troops had fired warning "
                       "shots.",
                 "army", "allegations", "warning shots", id="en_described_as_false_and_said"),
    pytest.param("en", "The spokesman termed the accusations lies and stated that the convoy carried only "
                       "food.",
                 "spokesman", "accusations", "only food", id="en_termed_lies_and_stated"),
]


@pytest.mark.parametrize(("language", "text", "speaker", "denied", "version"), DENIAL_AND_VERSION)
def test_denying_verdict_and_own_version_are_two_claims(analyse, language, text, speaker, denied, version):
    article = analyse(text, language=language)
    a, b = one_claim(article, denied), one_claim(article, version)
    assert a is not b, [(c.stance, c.content) for c in article.claims]
    assert speaker_is(a, speaker) and a.stance == "deny"
    assert speaker_is(b, speaker) and b.stance == "assert"
    assert version not in a.content and denied not in b.content


def test_condemning_verdict_and_its_point_stay_one_claim(analyse):
    """"lâche" condemns the act: the verdict and the point it makes are one statement."""
    article = analyse("Le ministre a qualifié l'attaque de « lâche » et a déclaré que l'armée riposterait "
                      "rapidement.")
    assert len(article.claims) == 1, [(c.stance, c.content) for c in article.claims]
    assert "riposterait" in article.claims[0].content
