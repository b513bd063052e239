"""Accusations answered inside a denial become their owner's claims, contradicted by the denial
(French and English tables written from the general pattern, not from any article)."""

from __future__ import annotations

import pytest
from helpers import one_claim, speaker_is

# (language, text, denier, accuser, keyword of the accusation)
ANSWERED = [
    pytest.param("fr", "Le ministère russe de la Défense a qualifié de « fausses » les déclarations "
                       "ukrainiennes sur une frappe qui aurait touché une école de Kharkiv.",
                 "Russia", "Ukraine", "école", id="fr_declarations_ukrainiennes_sur"),
    pytest.param("fr", "Les autorités rwandaises ont rejeté les accusations de Kinshasa selon lesquelles "
                       "l'armée rwandaise bombarde les camps de déplacés.",
                 "Rwanda", "Congo", "camps de déplacés", id="fr_accusations_de_selon_lesquelles"),
    pytest.param("en", "Russia's Defence Ministry rejected Ukrainian claims that its missile hit a school "
                       "in Kharkiv.", "Russia", "Ukraine", "school", id="en_claims_that"),
    pytest.param("en", "The ministry dismissed the accusations by Kyiv that Russian forces shelled the "
                       "village overnight.", "ministry", "Ukraine", "shelled the village",
                 id="en_accusations_by"),
]


@pytest.mark.parametrize(("language", "text", "denier", "accuser", "keyword"), ANSWERED)
def test_answered_accusation_is_a_claim_of_its_owner(analyse, language, text, denier, accuser, keyword):
    article = analyse(text, language=language)
    deny = [c for c in article.claims if c.stance == "deny"]
    accusation = [c for c in article.claims if c.stance == "assert" and speaker_is(c, accuser)]
    assert deny and accusation, [(c.speaker.name, c.stance, c.content) for c in article.claims]
    assert speaker_is(deny[0], denier)
    assert keyword in one_claim(article, keyword).content
    assert keyword in accusation[0].content


def test_denial_of_reports_without_owner_adds_no_claim(analyse):
    article = analyse("The army denied reports that its troops had looted the market.", language="en")
    assert [c.stance for c in article.claims] == ["deny"]


def test_assertion_mentioning_statements_adds_no_claim(analyse):
    article = analyse("Le ministre Paul Girard a affirmé que les déclarations ukrainiennes sur la frappe "
                      "seraient examinées par une commission.")
    assert len(article.claims) == 1 and article.claims[0].stance == "assert"


@pytest.mark.parametrize(("language", "text"), [
    pytest.param("fr", "Le ministère russe de la Défense a qualifié de « fausses » les déclarations "
                       "ukrainiennes sur une frappe qui aurait touché une école de Kharkiv.", id="fr"),
    pytest.param("en", "Russia's Defence Ministry rejected Ukrainian claims that its missile hit a school "
                       "in Kharkiv.", id="en"),
])
def test_denial_contradicts_the_accusation_and_disputes_the_strike(analyse, language, text):
    article = analyse(text, language=language)
    deny = next(c for c in article.claims if c.stance == "deny")
    accusation = next(c for c in article.claims if c.stance == "assert")
    assert accusation.id in deny.contradicts and deny.id in accusation.contradicts
    assert [e.status for e in article.events] == ["disputed"]


# (language, text, accuser, first words of the accusation): a parse hanging the accusation's words
# on the verb ("faisant état de" after the owner), owners coordinated ("de médias ... et de
# responsables ..."), the denier's "prétendue"/"alleged" inside the accused words
ACCUSED_WORDS = [
    pytest.param("fr", "La veille, l'armée russe avait dénoncé de « fausses » déclarations ukrainiennes "
                       "faisant état d'une frappe russe délibérée qui aurait touché un hôpital de Kharkiv.",
                 "Ukraine", "une frappe russe délibérée", id="fr_faisant_etat_hung_on_the_verb"),
    pytest.param("fr", "Les déclarations de médias polonais et de responsables officiels sur une prétendue "
                       "chute de missiles russes près du village relèvent de la provocation, a déclaré le "
                       "ministère russe de la Défense.", "Polish", "une prétendue chute",
                 id="fr_coordinated_owners"),
    pytest.param("en", "The Russian embassy dismissed the statements of Polish media and officials about an "
                       "alleged fall of Russian missiles near the village.", "Polish", "an alleged fall",
                 id="en_coordinated_owners"),
]


@pytest.mark.parametrize(("language", "text", "accuser", "first"), ACCUSED_WORDS)
def test_the_accusation_is_its_owner_s_assertion_from_its_first_words(analyse, language, text, accuser,
                                                                       first):
    article = analyse(text, language=language)
    accusation = [c for c in article.claims if speaker_is(c, accuser)]
    assert len(accusation) == 1, [(c.speaker.name, c.stance, c.content) for c in article.claims]
    assert accusation[0].content.startswith(first)
    assert accusation[0].stance == "assert"  # the denier's "prétendue" is no denial by the accuser
    deny = next(c for c in article.claims if c.stance == "deny")
    assert deny.id in accusation[0].contradicts


def test_an_accusation_denying_an_act_stays_a_denial(analyse):
    article = analyse("Moscow rejected the claims of Kyiv that its troops had not used the bridge.",
                      language="en")
    accusation = [c for c in article.claims if speaker_is(c, "Ukraine")]
    assert [c.stance for c in accusation] == ["deny"]


def test_accusation_words_hung_on_the_verb_by_the_parse_are_kept():
    """A parse hanging "faisant état de ..." on the verb, not on the speech noun (seen in
    context): the accusation's words run on after the noun's own subtree."""
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from newsevents.extract.accusations import _proposition_end
    from newsevents.extract.stance import lexicon

    words = ["l'", "armée", "a", "dénoncé", "des", "déclarations", "ukrainiennes", "faisant", "état",
             "d'", "une", "frappe", "délibérée", "."]
    heads = [1, 3, 3, 3, 5, 3, 5, 3, 7, 11, 11, 7, 11, 3]
    deps = ["det", "nsubj", "aux", "ROOT", "det", "obj", "amod", "advcl", "obj", "case", "det", "obl",
            "amod", "punct"]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps)
    noun = doc[5]
    assert noun.right_edge.i == 6  # the noun's own subtree stops at its owner
    assert _proposition_end(lexicon("fr"), noun, len(doc) - 1) == 12
    # hung on the noun, the subtree is the proposition already
    heads[7] = 5
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps)
    assert _proposition_end(lexicon("fr"), doc[5], len(doc) - 1) == 12
