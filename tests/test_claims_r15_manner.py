"""Round 15: a quoted prepositional phrase between a reporting verb and its object ("a condamné
« dans les termes les plus forts » l'attaque", "condemned "in the strongest terms" the attack")
says how it was said: the claim is the object after it, not a direct quote of the manner phrase.
A quote after a colon that opens with a preposition is still a quote. Sentences written here
from the general pattern of condemnations."""

from __future__ import annotations

from datetime import date

import pytest

from newsevents.model import Article, Published

PUBLISHED = Published(date(2026, 3, 4))


@pytest.mark.parametrize(("language", "text", "stance", "claimed", "quoted"), [
    ("fr", "L'Union africaine a condamné « avec la plus grande fermeté » l'attaque contre le convoi de "
     "la mission.", "condemn", "l'attaque contre le convoi", False),
    ("fr", "Le Conseil de sécurité a condamné « dans les termes les plus forts » l'attentat contre "
     "l'ambassade.", "condemn", "l'attentat contre l'ambassade", False),
    ("en", "The African Union condemned \"in the strongest terms\" the attack on the mission's convoy.",
     "condemn", "the attack on the mission", False),
    ("fr", "Le ministre a déclaré : « Dans ces conditions, nous ne négocierons pas avec les rebelles. »",
     "assert", "Dans ces conditions", True),
])
def test_a_quoted_manner_phrase_is_not_the_claim(pipe, language, text, stance, claimed, quoted):
    claims = pipe.process(Article(text=text, id="t", language=language, published=PUBLISHED)).claims
    got = [(c.stance, c.direct_quote, c.content) for c in claims]
    assert [(c.stance, c.direct_quote, c.content.startswith(claimed)) for c in claims] \
        == [(stance, quoted, True)], got
