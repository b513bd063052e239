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
