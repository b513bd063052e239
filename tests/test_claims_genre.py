"""Reporting constructions of conflict news (French and English): claims of responsibility, "faire
état de" / "faire savoir que", "Pour X, ...", a document speaking for its issuer ("le texte
rapporte", "poursuit le communiqué", "selon la même source", "the statement said"), a cleft
("c'est à X que Y a affirmé"), a relative's antecedent ("des habitants qui affirment"), a name
before an indefinite apposition, a subject parsed across a headline's line break, and "rappeler"
or "recall" with a noun object (an act, no statement). Sentences written for these tests."""

from __future__ import annotations

import pytest
from helpers import one_claim, speaker_is


@pytest.mark.parametrize(
    ("language", "text", "keyword", "speaker"),
    [
        ("fr", "Les shebabs ont revendiqué l'attentat contre la base militaire de Baidoa.",
         "revendiqué l'attentat", "shebab"),
        ("fr", "Le groupe Etat islamique a revendiqué dimanche la responsabilité de l'attaque du convoi.",
         "revendiqué", "Islamic State"),
        ("en", "The Houthis claimed responsibility for the attack on the tanker in the Red Sea.",
         "claimed responsibility", "Houthis"),
        ("en", "Al-Shabaab claimed the bombing of the hotel in Mogadishu.", "claimed the bombing", "Shabaab"),
    ],
)
def test_a_claim_of_responsibility_holds_the_claiming(analyse, language, text, keyword, speaker):
    claim = one_claim(analyse(text, language), keyword)
    assert speaker_is(claim, speaker), claim.speaker
    assert claim.stance == "assert"


def test_claimed_that_is_a_plain_assertion(analyse):
    claim = one_claim(analyse("Moscow claimed that the missile had been fired by Ukrainian air defence.",
                              "en"), "Ukrainian air defence")
    assert not claim.content.startswith("claimed")


@pytest.mark.parametrize(
    ("text", "keyword", "speaker", "absent"),
    [
        ("Le gouverneur de la région, Ivan Petrenko, a fait état de trois blessés légers, bien que "
         "plusieurs maisons aient été détruites.", "trois blessés", "Ivan Petrenko", None),
        ("La police a fait savoir jeudi que deux suspects avaient été arrêtés près de la frontière.",
         "deux suspects", "police", "fait savoir"),
    ],
)
def test_faire_etat_and_faire_savoir_report(analyse, text, keyword, speaker, absent):
    claim = one_claim(analyse(text, "fr"), keyword)
    assert speaker_is(claim, speaker), claim.speaker
    if absent:
        assert absent not in claim.content


def test_faire_with_other_words_reports_nothing(analyse):
    text = "La frappe a fait dix morts et de nombreux blessés dans le quartier, selon la police."
    claims = analyse(text, "fr").claims
    assert all(speaker_is(c, "police") for c in claims), [(c.speaker.name, c.content) for c in claims]


@pytest.mark.parametrize(
    ("text", "keyword", "speaker"),
    [
        ("Pour l'analyste Marc Dubreuil, il s'agit d'une escalade délibérée de la part de Moscou.",
         "escalade délibérée", "Marc Dubreuil"),
        ("Pour Ankara, cette opération est une violation flagrante de sa souveraineté.",
         "violation flagrante", "Turkey"),
    ],
)
def test_pour_x_opening_the_sentence_is_a_source(analyse, text, keyword, speaker):
    claim = one_claim(analyse(text, "fr"), keyword)
    assert speaker_is(claim, speaker), claim.speaker


def test_pour_inside_the_sentence_is_no_source(analyse):
    article = analyse("Le Tchad a rappelé son ambassadeur pour consultations après l'incident.", "fr")
    assert not article.claims, [(c.speaker.name, c.content) for c in article.claims]


@pytest.mark.parametrize(
    ("language", "text", "keyword", "speaker"),
    [
        ("fr", "La Monusco a indiqué que ses casques bleus avaient été pris pour cible. Le texte "
               "rapporte que des miliciens ont ouvert le feu sur la base de Bunia.", "ouvert le feu",
         "Monusco"),
        ("fr", "La Monusco a indiqué que ses casques bleus avaient été pris pour cible. Selon la même "
               "source, « trois véhicules de la mission ont été incendiés ».", "véhicules de la mission",
         "Monusco"),
        ("en", "The OSCE said its monitors had come under fire near the village. The statement said two "
               "drones had dropped explosives near the patrol.", "dropped explosives", "OSCE"),
    ],
)
def test_a_document_speaks_for_its_issuer(analyse, language, text, keyword, speaker):
    claim = one_claim(analyse(text, language), keyword)
    assert speaker_is(claim, speaker), claim.speaker


@pytest.mark.parametrize(
    ("text", "keyword", "speaker", "not_speaker"),
    [
        ("C'est dans le village de Kalma que les rebelles ont affirmé avoir abattu un hélicoptère.",
         "abattu un hélicoptère", "rebelles", "Kalma"),
        ("Des habitants qui contestent la version officielle affirment que les victimes étaient des civils.",
         "version officielle", "habitants", None),
        ("Les Houthis, un mouvement armé soutenu par Téhéran, ont affirmé avoir visé un navire dans le golfe "
         "d'Aden.", "visé un navire", "Houthis", "mouvement"),
    ],
)
def test_the_speaker_of_cleft_relative_and_apposed_subjects(analyse, text, keyword, speaker, not_speaker):
    claim = one_claim(analyse(text, "fr"), keyword)
    assert speaker_is(claim, speaker), claim.speaker
    if not_speaker:
        assert not_speaker not in claim.speaker.name


def test_a_headline_noun_is_not_the_subject_after_a_line_break(analyse):
    text = ("Tchad : l'armée annonce des frappes près du lac, dix morts\n"
            "L'armée tchadienne a annoncé mardi avoir détruit plusieurs positions de Boko Haram près du lac.")
    claim = one_claim(analyse(text, "fr"), "plusieurs positions")
    assert speaker_is(claim, "Chadian army"), claim.speaker


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Le Niger a rappelé son ambassadeur à Bamako après la destruction du drone."),
        ("en", "Algeria recalled its ambassador to Mali after the drone was shot down."),
    ],
)
def test_recalling_an_ambassador_is_no_statement(analyse, language, text):
    article = analyse(text, language)
    assert not article.claims, [(c.speaker.name, c.content) for c in article.claims]
