"""Ministries that speak after attacks on oil fields, pipelines and roads (natural resources, oil,
transport, information, finance) are named by their portfolio, as defence and foreign ministries
are (entities in lang/<code>/parties.yaml), not as a bare "Ministry"."""
import pytest

CASES = [
    ("en", "No one was hurt in the drone attack on the oil field on Monday, the Kurdish region's Ministry "
           "of Natural Resources said in a statement.", "Ministry of Natural Resources"),
    ("en", "Iraq's Oil Ministry said production at the field was halted after the drone attack on Monday.",
     "Ministry of Oil"),
    ("fr", "Le ministère irakien du Pétrole a indiqué que la production avait été suspendue après l'attaque "
           "de drones de lundi.", "Ministry of Oil"),
    ("fr", "Le ministère des Transports a affirmé que le pont avait été touché par deux missiles mardi.",
     "Ministry of Transport"),
]


@pytest.mark.parametrize("language,text,speaker", CASES)
def test_ministry_is_named_by_its_portfolio(analyse, language, text, speaker):
    names = [c.speaker.name for c in analyse(text, language).claims if c.speaker is not None]
    assert any(speaker in n for n in names), names
