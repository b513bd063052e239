"""A speaker walking back his own words in the first person retracts them: "J'ai parlé trop vite. Les
premières informations étaient erronées", "We were wrong about the number of casualties" (retract
cues in lang/*/claims.yaml). The retraction goes on with the words that tell what was wrong: one
claim (quotes.stance_parts). Saying that someone else's reports were wrong is no retraction.
Sentences written here from the patterns of wire copy."""

from __future__ import annotations

import pytest
from helpers import one_claim

# (language, text, keyword, stance, whole quote is one claim)
WALK_BACK = [
    pytest.param("fr", "« J'ai parlé trop vite. Les premières informations étaient erronées », a reconnu le "
                       "gouverneur de la province.", "trop vite", "retract", id="fr_parle_trop_vite"),
    pytest.param("fr", "« Nous nous sommes trompés sur le bilan de l'attaque », a déclaré le porte-parole de "
                       "l'armée.", "bilan", "retract", id="fr_nous_sommes_trompes"),
    pytest.param("en", '"I spoke too soon. The first reports were wrong," the governor admitted on Monday.',
                 "too soon", "retract", id="en_spoke_too_soon"),
    pytest.param("en", '"We were wrong about the number of casualties," the army spokesman said on Friday.',
                 "casualties", "retract", id="en_we_were_wrong"),
    # another side's reports called wrong: no retraction
    pytest.param("fr", "« Les premières informations des rebelles étaient erronées », a déclaré le "
                       "porte-parole.", "rebelles", "assert", id="fr_others_wrong"),
    pytest.param("en", '"The first reports from the rebels were wrong," the spokesman said on Friday.',
                 "rebels", "assert", id="en_others_wrong"),
]


@pytest.mark.parametrize(("language", "text", "keyword", "stance"), WALK_BACK)
def test_walking_back_ones_own_words_is_a_retraction(analyse, language, text, keyword, stance):
    claim = one_claim(analyse(text, language=language), keyword)
    assert claim.stance == stance, claim.content


@pytest.mark.parametrize(("language", "text", "second"), [
    pytest.param("fr", "« J'ai parlé trop vite. Les premières informations étaient erronées », a reconnu le "
                       "gouverneur.", "premières informations", id="fr"),
    pytest.param("en", '"I spoke too soon. The first reports were wrong," the governor admitted.',
                 "first reports", id="en"),
])
def test_a_retraction_goes_on_with_what_was_wrong(analyse, language, text, second):
    article = analyse(text, language=language)
    assert len(article.claims) == 1 and second in article.claims[0].content, \
        [(c.stance, c.content) for c in article.claims]
