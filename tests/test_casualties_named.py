"""A toll told in a later paragraph, out of reach of every incident, goes to the incident its
sentence (or the sentence before it in its paragraph) names by a target or place noun; a toll in a
sentence that names no incident stays unattached. Sentences written for the test, French and
English."""

from __future__ import annotations

import pytest

FILLER_FR = (
    "Le conflit dure depuis plus de deux ans. Les négociations sont au point mort. "
    "Les organisations humanitaires réclament un accès aux zones de combat."
)
FILLER_EN = (
    "The conflict has lasted more than two years. Negotiations are stalled. "
    "Aid groups are calling for access to the combat zones."
)

NAMED = [
    pytest.param(
        "fr",
        "Un drone a frappé une école près de Kherson mardi matin.\n\n" + FILLER_FR + "\n\n"
        "Un médecin s'est rendu sur place. L'école est entièrement détruite, dit-il. "
        "Il fait état de 12 blessés.",
        12,
        id="fr_target_named_in_the_sentence_before",
    ),
    pytest.param(
        "en",
        "A drone struck a school near Kherson on Tuesday morning.\n\n" + FILLER_EN + "\n\n"
        "A doctor went to the scene. The school was completely destroyed, he said. "
        "He reported 12 wounded.",
        12,
        id="en_target_named_in_the_sentence_before",
    ),
]


@pytest.mark.parametrize(("language", "text", "injured"), NAMED)
def test_a_later_toll_naming_the_incident_is_its_own(analyse, language, text, injured):
    art = analyse(text, language=language)
    strikes = [e for e in art.events if e.type in {"drone_strike", "air_strike"}]
    assert strikes, [(e.type, e.injured) for e in art.events]
    assert strikes[0].injured == injured, [(e.type, e.injured, [t.text for t in e.targets])
                                           for e in art.events]


UNNAMED = [
    pytest.param(
        "fr",
        "Un drone a frappé une école près de Kherson mardi matin.\n\n" + FILLER_FR + "\n\n"
        "Un médecin s'est rendu dans un autre quartier. Il fait état de 12 blessés.",
        id="fr_nothing_named",
    ),
    pytest.param(
        "en",
        "A drone struck a school near Kherson on Tuesday morning.\n\n" + FILLER_EN + "\n\n"
        "A doctor went to another district. He reported 12 wounded.",
        id="en_nothing_named",
    ),
]


@pytest.mark.parametrize(("language", "text"), UNNAMED)
def test_a_later_toll_naming_nothing_stays_apart(analyse, language, text):
    art = analyse(text, language=language)
    strikes = [e for e in art.events if e.type in {"drone_strike", "air_strike"}]
    assert strikes, [(e.type, e.injured) for e in art.events]
    assert all(e.injured is None for e in strikes), [(e.type, e.injured) for e in art.events]
