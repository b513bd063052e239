"""Round 17: a trailing ", citing local officials" / ", citant des responsables locaux" says whom
the speaker relays; it is no part of the claimed words (attribution_edges.before_relay,
`relay_markers`). A relay before the verb ("The agency, citing officials, said") still names the
cited source. Sentences written here from the general pattern."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("language", "text", "words", "relayed"), [
    ("en", "Al-Masirah TV reported that at least three people were killed and 87 wounded, citing the health "
           "ministry in Sanaa.", "87 wounded", "ministry"),
    ("en", "State media said at least 12 people were killed in the strike, citing local officials.",
     "12 people were killed", "officials"),
    ("fr", "La télévision d'État a rapporté que douze personnes avaient été tuées, citant des responsables "
           "locaux.", "douze personnes", "responsables"),
])
def test_a_trailing_relay_is_not_claimed(analyse, language, text, words, relayed):
    claims = analyse(text, language=language).claims
    assert any(words in c.content and relayed not in c.content for c in claims), \
        [(c.speaker.text, c.content) for c in claims]
