"""Round 15: words that negate an act without "pas"/"not" deny it: the French negation "ne ...
aucun" ("n'ont ouvert le feu à aucun moment", "aucune de nos installations n'a été touchée"),
"at no time", "none of"; a hit ("toucher", "hit") is an act, and so is a verb with the one object
that makes it one ("ouvrir le feu", "open fire": act_phrases), not the same verb with another
("ouvrir une enquête"). A count of none ("aucun civil n'a été blessé") stays an assertion.
Sentences written here from the general pattern of military spokesmen's denials."""

from __future__ import annotations

from datetime import date

import pytest

from newsevents.model import Article, Published

PUBLISHED = Published(date(2026, 3, 4))


@pytest.mark.parametrize(("language", "text", "stance"), [
    ("fr", "« Nos soldats n'ont ouvert le feu à aucun moment lundi », a assuré le porte-parole de l'armée.",
     "deny"),
    ("fr", "« Aucune de nos installations n'a été touchée », a assuré un porte-parole de la compagnie.",
     "deny"),
    ("fr", "« Nos forces n'ont tiré aucun obus sur la ville », a déclaré le colonel Pierre Martin.", "deny"),
    ("fr", "« La patrouille n'a pas ouvert le feu », a déclaré le ministère de la Défense.", "deny"),
    ("fr", "« Nous n'avons ouvert aucune enquête », a déclaré le ministère de la Justice.", "assert"),
    ("fr", "« Aucun civil n'a été blessé », a déclaré le ministère de la Défense.", "assert"),
    ("en", "\"At no time did our soldiers open fire,\" the army spokesman said.", "deny"),
    ("en", "\"None of our facilities was hit,\" a company spokesman said.", "deny"),
    ("en", "\"Our ships did not open fire,\" the navy said.", "deny"),
    ("en", "\"We did not open an investigation,\" the justice ministry said.", "assert"),
    ("en", "\"No civilians were injured,\" the defence ministry said.", "assert"),
])
def test_negating_an_act_without_pas_or_not_denies_it(pipe, language, text, stance):
    claims = pipe.process(Article(text=text, id="t", language=language, published=PUBLISHED)).claims
    assert [c.stance for c in claims] == [stance], [(c.speaker.name, c.stance, c.content) for c in claims]
