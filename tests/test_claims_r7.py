"""Claims of round 7: a subject with an apposition that the parser cut off its verb ("Rome,
premier contributeur de la force, avec 900 soldats déployés, a dénoncé ..."), a name with a word
the tagger cannot read ("le Sudan Doctors Network"), and a short restatement of a statement made
before ("ont revendiqué l'attaque" after the lede) being that statement. French and English
sentences written from the general patterns of wire copy (not from any article)."""

from __future__ import annotations

import pytest

APPOSED = [
    pytest.param("fr", "Rome, premier pays contributeur de la force en termes d'effectifs, avec près de "
                 "900 soldats mobilisés, a dénoncé des actes « intolérables » et convoqué l'ambassadeur.",
                 "Italy", "intolérables", id="fr_capital"),
    pytest.param("fr", "Madrid, deuxième contributeur de la mission, avec 600 militaires déployés, a dénoncé "
                 "une « violation grave » du droit international.", "Spain", "violation grave",
                 id="fr_capital_2"),
]


@pytest.mark.parametrize(("language", "text", "speaker", "keyword"), APPOSED)
def test_a_subject_with_its_apposition_speaks(analyse, language, text, speaker, keyword):
    claims = analyse(text, language=language).claims
    assert [c.speaker.name for c in claims] == [speaker], [(c.speaker.name, c.content) for c in claims]
    assert keyword in claims[0].content


def test_an_apposition_is_no_speaker_after_a_preposition(analyse):
    """"À Kiev, ..., a déclaré le ministre": the place before the apposition is not the subject."""
    text = ("À Kiev, capitale du pays, a déclaré le ministre Paul Girard, les frappes ont détruit trois "
            "immeubles.")
    claims = analyse(text, language="fr").claims
    assert all(c.speaker.name != "Kyiv" and "Ukraine" not in c.speaker.name for c in claims), \
        [(c.speaker.name, c.content) for c in claims]


@pytest.mark.parametrize(("language", "text", "name"), [
    ("fr", "Le Sudan Doctors Network a dénoncé cette attaque comme un « crime atroce » contre des civils.",
     "Sudan Doctors Network"),
])
def test_a_name_with_a_foreign_word_speaks(analyse, language, text, name):
    claims = analyse(text, language=language).claims
    assert [c.speaker.name for c in claims] == [name], [(c.speaker.name, c.content) for c in claims]


RESTATED = [
    pytest.param("fr", "Les rebelles ont revendiqué une attaque de drone qui a fait un mort vendredi dans le "
                 "port. L'armée a déclaré que ses systèmes de défense n'avaient pas été activés. Les "
                 "rebelles, alliés du Hamas, ont revendiqué l'attaque.", "revendiqué une attaque de drone",
                 id="fr"),
    pytest.param("en", "The rebels claimed a drone attack that killed one person on Friday in the port city. "
                 "The army said its defence systems had not been activated. The rebels, allies of Hamas, "
                 "claimed the attack.", "claimed a drone attack", id="en"),
]


@pytest.mark.parametrize(("language", "text", "first"), RESTATED)
def test_a_short_restatement_is_the_statement_made_before(analyse, language, text, first):
    claims = analyse(text, language=language).claims
    rebels = [c for c in claims if c.speaker.name.lower().endswith("rebels") or "rebelles" in c.speaker.name]
    assert len(rebels) == 1, [(c.speaker.name, c.content) for c in claims]
    assert first in rebels[0].content


def test_two_statements_of_one_speaker_on_two_matters_stay_two(analyse):
    text = ("Le gouverneur a déclaré que trois immeubles avaient été détruits dans la nuit. Le gouverneur "
            "a ensuite déclaré que les écoles resteraient fermées jusqu'à lundi.")
    claims = analyse(text, language="fr").claims
    assert len(claims) == 2, [(c.speaker.name, c.content) for c in claims]
