"""Round 17: an indefinite title ("Un porte-parole militaire israélien a affirmé", "a spokesman
for the group said") introduces someone new: it is not the person named earlier with the same
title, even when the who stage linked the title to that person (speakers._from_mentions). A
definite bare title ("Le porte-parole a ensuite affirmé") still names that person. Sentences
written here from the general pattern."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("language", "text", "named"), [
    ("fr", "Le porte-parole de la présidence, Nabil Abou Roudeina, a dénoncé des exécutions. Un porte-parole "
           "de l'armée a affirmé que les hommes préparaient une attaque.", "Roudeina"),
    ("fr", "« Il s'agit d'exécutions commises de sang-froid », a dénoncé le porte-parole de la présidence, "
           "Karim Haddad. Un porte-parole militaire israélien a affirmé que les trois hommes préparaient "
           "une attaque imminente.", "Haddad"),
])
def test_an_indefinite_title_is_not_the_person_named_before(analyse, language, text, named):
    claims = analyse(text, language=language).claims
    later = [c for c in claims if "attaque" in c.content]
    assert later and not any(named in c.speaker.name for c in later), \
        [(c.speaker.name, c.content) for c in claims]


def test_a_definite_bare_title_still_names_the_person(analyse):
    text = ("Le porte-parole de la présidence, Nabil Abou Roudeina, a dénoncé des exécutions. Le "
            "porte-parole a ensuite affirmé que les hommes étaient des civils.")
    claims = analyse(text).claims
    assert any("Roudeina" in c.speaker.name and "civils" in c.content for c in claims), \
        [(c.speaker.name, c.content) for c in claims]


def test_indefinite_title_with_its_name_in_apposition_is_that_person(analyse):
    # the title's own mention holds the name: "he said" after it is that person, not the one before
    text = ("Houthi military spokesman Yahya Saree said in a televised statement that the operation "
            "lasted eight hours.\n\nA Pentagon spokesman, Major General Pat Ryder, told reporters that US "
            "warships had been targeted but that none was hit. \"The attacks were unsuccessful,\" he said.")
    speakers = [c.speaker.name for c in analyse(text, "en", "2025-06-01").claims]
    assert speakers.count("Pat Ryder") == 2 and speakers.count("Yahya Saree") == 1, speakers
