"""A pronoun speaker after a quote ("« ... », a-t-il dit", '"...," he said') is the speaker named
before the quote, not a person the quote itself names: the quote's own sentences do not count in
the distance to the previous statement, and its words hold no antecedent. Sentences written from
the general pattern, French and English."""

from __future__ import annotations

import pytest

# (language, text, speaker, the person named inside the quote)
QUOTES = [
    pytest.param("fr", "« Nous ne nous laisserons pas intimider », a déclaré le ministre Jean Dupont "
                       "vendredi. « Tout cela est très grave. Tout cela est inacceptable. Tout cela "
                       "s'ajoute aux provocations de Viktor Orlov », a-t-il dit.", "Dupont", "Orlov",
                 id="fr"),
    pytest.param("en", '"We will not be intimidated," Foreign Minister John Miller said on Friday. "This is '
                       'very serious. It is unacceptable. It adds to the countless provocations of Viktor '
                       'Orlov," he said.', "Miller", "Orlov", id="en"),
]


@pytest.mark.parametrize(("language", "text", "speaker", "named"), QUOTES)
def test_pronoun_after_a_long_quote_is_the_previous_speaker(analyse, language, text, speaker, named):
    claims = analyse(text, language=language).claims
    last = max(claims, key=lambda c: c.content_span[0])
    assert named in last.content
    assert speaker in last.speaker.name, [(c.speaker.name, c.content) for c in claims]


@pytest.mark.parametrize(("language", "text"), [
    pytest.param("fr", "Le général Paul Martin a rencontré le ministre Jean Dupont lundi. Il a déclaré "
                       "que les troupes françaises resteraient dans la région jusqu'à la fin de l'année.",
                 id="fr"),
    pytest.param("en", "General Paul Martin met Minister John Miller on Monday. He said the French troops "
                       "would stay in the region until the end of the year.", id="en"),
])
def test_pronoun_before_its_words_still_takes_the_previous_subject(analyse, language, text):
    claims = analyse(text, language=language).claims
    assert [c.speaker.name for c in claims] == ["Paul Martin"]
