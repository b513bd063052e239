"""A pull quote (an intertitle repeating words a speaker says further down) is that statement
shown twice, not a statement of the speaker quoted just before it. French and English texts
written from the layout of wire copy on news sites."""

from __future__ import annotations

import pytest

FR = ("« Nous avons convoqué l'ambassadeur et lui avons remis une note de protestation », a déclaré "
      "le président Marc Lefort.\n\n« Nous ne céderons jamais le récif »\n\n« Pour mémoire, nous ne "
      "céderons jamais le récif. Nous y sommes attachés », a renchéri le porte-parole du Conseil de "
      "sécurité Paul Girard.")
EN = ('"We summoned the ambassador and handed him a protest note," President Mark Lee said.\n\n"We will '
      'never give up the reef"\n\n"For the record, we will never give up the reef. We are committed to '
      'it," National Security Council spokesman Paul Gray added.')
TEXTS = [
    pytest.param("fr", FR, "Lefort", "Girard", "céderons", id="fr"),
    pytest.param("en", EN, "Lee", "Gray", "give up", id="en"),
]


@pytest.mark.parametrize(("language", "text", "first", "second", "repeated"), TEXTS)
def test_a_pull_quote_is_no_claim_of_the_speaker_before(analyse, language, text, first, second, repeated):
    claims = analyse(text, language=language).claims
    said = [c for c in claims if repeated in c.content]
    assert len(said) == 1, [(c.speaker.name, c.content) for c in claims]
    assert second in said[0].speaker.name
    assert any(first in c.speaker.name for c in claims)


def test_a_continued_quote_said_once_stays(analyse):
    text = ("« Nous avons convoqué l'ambassadeur et lui avons remis une note de protestation », a déclaré le "
            "président Marc Lefort.\n\n« Nous ne céderons jamais le récif »")
    claims = analyse(text).claims
    assert any("céderons" in c.content and "Lefort" in c.speaker.name for c in claims)
