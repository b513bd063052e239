"""Lead's review of round 29: a postposed "selon X" closing a sentence claims the whole clause it
closes (tests/test_claims_r29b.py), but not out of a clause with a subject of its own: there the
source gives that clause's act or toll, not the sentence's ("Cette visite intervient deux jours après
l'attaque d'un camp à X, au cours de laquelle 12 soldats ont été tués, selon des sources locales")."""

from __future__ import annotations

import pytest
from helpers import PUB

OWN_CLAUSE_TOLLS = [
    ("fr", "Le ministre s'est rendu jeudi à Dori. Cette visite intervient deux jours après l'attaque d'un "
           "camp militaire à Seytenga, au cours de laquelle au moins 12 soldats ont été tués, selon des "
           "sources locales.", "sources locales", "Cette visite"),
    ("fr", "Un couvre-feu a été décrété vendredi à Tillabéri, trois jours après l'attaque d'un marché "
           "à Fambita, lors de laquelle une vingtaine de fidèles ont été tués, selon des élus locaux.",
     "élus locaux", "Un couvre-feu"),
]


@pytest.mark.parametrize(("language", "text", "speaker", "main"), OWN_CLAUSE_TOLLS)
def test_a_postposed_source_keeps_to_a_clause_with_its_own_subject(analyse, language, text, speaker, main):
    article = analyse(text, language=language, published=PUB)
    claims = [c for c in article.claims if c.speaker is not None and speaker in c.speaker.name]
    assert claims, [(c.speaker and c.speaker.name, c.content) for c in article.claims]
    assert all(main not in c.content and "tués" in c.content for c in claims), [c.content for c in claims]
