"""Round 27, second task (claims): kinds from the lead's probe articles. Sentences written for
these tests, in stories of their own."""

import pytest


def _claims(analyse, language, text):
    return analyse(text, language, published="2025-05-07").claims


def _shown(claims):
    return [(c.speaker.name if c.speaker else None, c.stance, c.content) for c in claims]


# (language, text, stance, words): a verb announcing with a colon a quotation that has its own
# reporting clause ("a démenti : « A », a-t-il déclaré") is one statement, the quotation's words
# with the frame's stance; not a denial running on into the incise plus an assertion of A
FRAMED_QUOTES = [
    ("fr", "La police kényane a démenti : « Ces allégations ne correspondent à aucun fait », "
           "a-t-elle déclaré.", "deny", "Ces allégations ne correspondent à aucun fait"),
    ("fr", "L'état-major tchadien a aussitôt démenti : « Ces images ne montrent pas nos soldats », "
           "a-t-il affirmé jeudi.", "deny", "Ces images ne montrent pas nos soldats"),
    ("en", "The Interior Ministry denied the report: \"These allegations do not match any fact,\" "
           "it said in a statement.", "deny", "These allegations do not match any fact"),
]


@pytest.mark.parametrize(("language", "text", "stance", "words"), FRAMED_QUOTES)
def test_colon_frame_and_its_quote_are_one_claim(analyse, language, text, stance, words):
    claims = _claims(analyse, language, text)
    assert [(c.stance, c.content.strip('"«» ')) for c in claims] == [(stance, words)], _shown(claims)
