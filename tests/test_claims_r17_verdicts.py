"""Round 17: short verdicts and claimed acts.

- A verdict by an evaluative word after the object ("called the attack cowardly", the English
  parser reading "cowardly" as an adverb; "called the death toll exaggerated", the object made the
  predicate's subject) is a statement with the verdict's stance (clauses.verdict_predicate).
- Calling a toll or figures exaggerated or inflated denies them (content_cues in
  lang/*/claims.yaml).
- A claimed act ("a revendiqué l'attaque dans un message diffusé sur ses canaux de propagande")
  is trimmed of the channel it was claimed on, like a stance's object, so the channel's words lend
  it no stance ("propagande" is a cue of condemnation).
Sentences written here from the general pattern."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("language", "text", "stance", "words"), [
    ("en", "The government called the attack cowardly.", "condemn", "attack"),
    ("en", "The government called the death toll exaggerated.", "deny", "death toll"),
    ("en", "The ministry said the figures given by the rebels were grossly inflated.", "deny", "figures"),
    ("fr", "Le ministre a jugé ce bilan largement exagéré.", "deny", "bilan"),
    ("fr", "Le gouvernement a démenti les informations faisant état de centaines de morts, qualifiant ces "
           "chiffres d'« exagérés ».", "deny", "chiffres"),
])
def test_a_short_verdict_is_a_statement_with_its_stance(analyse, language, text, stance, words):
    claims = analyse(text, language=language).claims
    assert any(c.stance == stance and words in c.content for c in claims), \
        [(c.speaker.text, c.stance, c.content) for c in claims]


def test_a_verdict_with_no_stance_cue_is_no_statement(analyse):
    assert not analyse("The minister called the meeting productive.", language="en").claims


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "Le groupe jihadiste a revendiqué l'attaque dans un message diffusé sur ses canaux de "
           "propagande."),
    ("en", "The group claimed the attack in a message posted on its propaganda channels."),
])
def test_a_claimed_act_is_trimmed_of_its_channel(analyse, language, text):
    claims = analyse(text, language=language).claims
    assert claims and all(c.stance == "assert" and "propag" not in c.content for c in claims), \
        [(c.stance, c.content) for c in claims]
