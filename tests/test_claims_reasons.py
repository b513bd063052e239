"""Round 8: the reason a side gives for its act ("severed ties, citing its alleged support for the
RSF", "a rappelé son ambassadeur, invoquant des violations") is its claim, and an answer to those
very words ("…, ce que Paris dément") contradicts it; "citing a spokesman" stays a relay and
"Citing firsthand accounts, the office said" cites evidence for a statement, no reason. French
and English sentences written from the general patterns of wire copy (not from any article)."""

from __future__ import annotations

import pytest
from helpers import speaker_is


def _claim_of(article, keyword: str, speaker: str):  # type: ignore[no-untyped-def]
    hits = [c for c in article.claims if keyword.lower() in c.content.lower() and speaker_is(c, speaker)]
    assert hits, [(c.speaker.name, c.content) for c in article.claims]
    return hits[0]


@pytest.mark.parametrize(
    ("language", "text", "keyword", "speaker"),
    [
        ("en", "The government of Chad cut diplomatic ties with Libya, citing its repeated support for "
               "the rebels through deliveries of armoured vehicles.", "armoured vehicles", "Chad"),
        ("en", "The government recalled its ambassador, citing repeated violations of its airspace by "
               "Rwandan drones.", "violations of its airspace", "government"),
        ("fr", "Bamako a rappelé son ambassadeur à Alger, invoquant des violations répétées de son "
               "espace aérien par des drones algériens.", "espace aérien", "Mali"),
        ("fr", "Le Niger a suspendu sa coopération militaire avec la France, arguant d'une ingérence "
               "dans ses affaires intérieures.", "ingérence", "Niger"),
    ],
)
def test_the_reason_for_an_act_is_the_actors_claim(analyse, language, text, keyword, speaker):
    claim = _claim_of(analyse(text, language), keyword, speaker)
    assert claim.stance == "assert"


@pytest.mark.parametrize(
    ("language", "text", "keyword", "reason_of", "answer_of"),
    [
        ("fr", "Le Niger a suspendu sa coopération militaire avec la France, arguant d'une ingérence "
               "dans ses affaires intérieures, ce que Paris dément.", "ingérence", "Niger", "France"),
        ("en", "The government of Chad cut diplomatic ties with Libya, citing its repeated support for "
               "the rebels through deliveries of armoured vehicles, which Tripoli denies.",
         "armoured vehicles", "Chad", "Libya"),
    ],
)
def test_an_answer_to_the_reason_contradicts_it(analyse, language, text, keyword, reason_of, answer_of):
    article = analyse(text, language)
    reason = _claim_of(article, keyword, reason_of)
    answer = _claim_of(article, keyword, answer_of)
    assert answer.stance == "deny"
    assert answer.id in reason.contradicts and reason.id in answer.contradicts


@pytest.mark.parametrize(
    ("language", "text", "not_claimed"),
    [
        ("en", "The agency Interfax, citing spokesman Mark Dunn, reported that the negotiations had "
               "stalled.", "Mark Dunn"),
        ("fr", "L'agence Interfax, citant le porte-parole Marc Durand, a rapporté que les négociations "
               "avaient échoué.", "Marc Durand"),
        ("en", "Citing firsthand accounts, the human rights office said that rebels killed at least "
               "forty civilians in the villages.", "firsthand accounts"),
    ],
)
def test_a_source_or_evidence_cited_is_no_reason(analyse, language, text, not_claimed):
    article = analyse(text, language)
    assert not any(c.content.startswith(not_claimed) for c in article.claims), \
        [(c.speaker.name, c.content) for c in article.claims]
