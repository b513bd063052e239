"""Statements embedded in a passive or a noun phrase: the agent of "qualifiée de X par Y" /
"described as X by Y", the subject of "an accusation Y has denied", the speaker of a finite
passive with an agent; and the stance carried by the words around the reporting verb (a claim
led by the speaker's own demand, a quote framed by "invite ... à", an agreement negated through
its subject). Sentences written for these tests from the general patterns of the genre."""

from __future__ import annotations

import pytest
from helpers import one_claim, speaker_is


@pytest.mark.parametrize(
    ("language", "text", "keyword", "speaker", "stance"),
    [
        # a participle on a speech noun: the agent answers the accusation before it
        ("fr", "Kinshasa a accusé l'armée rwandaise de soutenir les rebelles, une accusation qualifiée "
               "de « mensongère » par Kigali.", "mensongère", "Rwanda", "deny"),
        ("fr", "Qualifiée d'« inacceptable » par Ankara, la frappe contre le convoi a fait trois morts.",
         "inacceptable", "Turkey", "condemn"),
        ("fr", "Les tirs contre le navire ont été qualifiés d'actes « illégaux » par le Vietnam.",
         "illégaux", "Vietnam", "assert"),
        ("fr", "L'explosion du dépôt est considérée par le ministre tchadien de la Défense comme un "
               "acte de sabotage.", "sabotage", "Chadian defence minister", "assert"),
        ("en", "Ethiopia accused Eritrea of arming the militia, an accusation that Asmara has "
               "repeatedly denied.", "accusation that", "Eritrea", "deny"),
        ("en", "The shelling of the market, described as a war crime by the United Nations, killed "
               "twelve people.", "war crime", "United Nations", "condemn"),
    ],
)
def test_the_agent_or_relative_subject_speaks(analyse, language, text, keyword, speaker, stance):
    claim = one_claim(analyse(text, language), keyword)
    assert speaker_is(claim, speaker), claim.speaker
    assert claim.stance == stance


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # a participle with an agent that names a source or a backer, not a verdict
        ("fr", "Les rebelles, soutenus par le Rwanda selon l'ONU, ont pris la ville."),
        ("fr", "Un nouveau bilan communiqué par les secours fait état de neuf morts."),
        ("en", "The figures, released by the health ministry, could not be verified."),
    ],
)
def test_a_source_participle_is_no_claim_of_its_agent(analyse, language, text):
    article = analyse(text, language)
    agents = {"Rwanda", "rescue services", "ministry"}
    assert not any(c.speaker.name in agents and c.cue and text[c.cue[0]:c.cue[1]] in (
        "soutenus", "communiqué", "released") for c in article.claims), \
        [(c.speaker.name, c.content) for c in article.claims]


@pytest.mark.parametrize(
    ("language", "text", "keyword", "stance"),
    [
        ("fr", "Le ministère malien des Affaires étrangères a déclaré avoir exigé de l'Algérie des "
               "explications sur la destruction du drone.", "explications", "demand"),
        ("fr", "Le ministre Paul Kanza a parlé à la presse. Le gouvernement invite les casques bleus à "
               "« protéger les civils de Bunia sans attendre », a-t-il ajouté.", "protéger les civils",
         "demand"),
        ("fr", "Le ministre iranien Ali Rezaï a affirmé qu'aucun accord de cessez-le-feu n'avait été "
               "conclu avec Israël.", "cessez-le-feu", "deny"),
        ("en", "The Iranian foreign minister said that no ceasefire agreement had been reached with "
               "Israel.", "ceasefire", "deny"),
        ("fr", "Le gouvernement congolais a rappelé que le départ des rebelles était « non négociable ».",
         "départ des rebelles", "demand"),
    ],
)
def test_stance_from_the_words_around_the_verb(analyse, language, text, keyword, stance):
    assert one_claim(analyse(text, language), keyword).stance == stance


@pytest.mark.parametrize(
    ("language", "text", "not_speaker"),
    [
        # "citing X" where X is a reason, not a source
        ("en", "The government recalled its ambassador, citing repeated violations of its airspace by "
               "Rwandan drones.", "Rwanda"),
    ],
)
def test_a_reason_after_citing_is_no_source(analyse, language, text, not_speaker):
    article = analyse(text, language)
    assert not any(speaker_is(c, not_speaker) for c in article.claims), \
        [(c.speaker.name, c.content) for c in article.claims]
