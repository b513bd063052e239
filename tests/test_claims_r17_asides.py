"""Round 17: a source marker inside a relative clause set off by a comma, whose verbs are in the
present or the conditional, gives the source of a description of the noun the narration mentions
in passing ("le camp, qui abrite selon l'ONU 500 000 personnes"): no claim. A relative clause in
the past reports what happened (a toll) and stays a claim; so does a plain "selon X" clause.
Sentences written here from the general pattern (attribution_sources._describing_aside)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("language", "text", "source"), [
    ("fr", "Le camp, qui abrite environ 500.000 personnes selon les Nations unies, a été bombardé jeudi "
           "matin.", "Nations"),
    ("fr", "Le missile, dont la vitesse selon les Russes pourrait atteindre Mach 10, a été abattu "
           "au-dessus de la capitale.", "Russes"),
    # the parser opens a sentence at the pronoun after a hyphenated word
    ("fr", "Cet engin est un missile de croisière air-sol de deux tonnes, dont la portée selon les "
           "Américains pourrait dépasser 1000 kilomètres, soit le double du modèle précédent.", "Américains"),
    ("fr", "Le barrage, qui alimente selon le ministère de l'Énergie un tiers du pays, a été touché par "
           "deux drones.", "ministère"),
    ("en", "The camp, which according to the UN houses some 500,000 people, was shelled on Thursday.", "UN"),
    ("en", "The missile, whose speed according to Russian officials can reach Mach 10, was shot down over "
           "the capital.", "Russian"),
])
def test_a_description_sourced_in_passing_is_no_claim(analyse, language, text, source):
    claims = analyse(text, language=language).claims
    assert not any(source in (c.speaker.text or c.speaker.name) for c in claims), \
        [(c.speaker.name, c.content) for c in claims]


@pytest.mark.parametrize(("language", "text", "source", "words"), [
    ("fr", "La guerre civile qui, selon l'Organisation mondiale de la Santé, a causé au moins 40 000 décès, "
           "se poursuit.", "Organisation mondiale", "40 000"),
    ("fr", "Trois civils ont été tués mardi à Kherson, selon le gouverneur de la région.", "gouverneur",
     "Trois civils"),
    ("en", "Three civilians were killed on Tuesday in Kherson, according to the regional governor.",
     "governor", "Three civilians"),
])
def test_a_past_event_sourced_in_a_relative_clause_stays_a_claim(analyse, language, text, source, words):
    claims = analyse(text, language=language).claims
    assert any(source in (c.speaker.text or c.speaker.name) and words in c.content for c in claims), \
        [(c.speaker.name, c.speaker.text, c.content) for c in claims]
