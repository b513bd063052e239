"""The plural common noun opening a story after a wire dateline ("KYIV, Feb 4 (Reuters) - Missiles
fired by Russia hit ...") is a noun, not the name the tagger reads after the dateline
(nlp.DatelineCase): its weapon types the strike. Names stay names. Sentences written here."""

from __future__ import annotations

from datetime import date

import pytest

from newsevents.model import Article, Published
from newsevents.nlp import pipeline

PUBLISHED = Published(date(2025, 2, 4))


@pytest.mark.parametrize(("text", "type_"), [
    ("KYIV, Feb 4 (Reuters) - Missiles fired by Russia hit a hospital in Kyiv on Monday, killing three "
     "people, officials said.", "missile_strike"),
    ("ADEN, Feb 4 (Reuters) - Drones launched by the Houthis struck a tanker in the Red Sea on Monday, "
     "the British navy said.", "drone_strike"),
])
def test_the_weapon_opening_a_wire_story_types_the_strike(pipe, text: str, type_: str) -> None:
    article = pipe.process(Article(text=text, id="t", language="en", published=PUBLISHED))
    assert [e.type for e in article.events] == [type_]


@pytest.mark.parametrize(("body", "pos", "lemma"), [
    ("Missiles fired by Russia hit a hospital.", "NOUN", "missile"),
    ("Gunmen killed 12 villagers in a raid.", "NOUN", "gunman"),
    ("Hamas said it fired rockets.", "PROPN", "Hamas"),  # an entity: a name
    ("Wales fans cheered the team.", "PROPN", "Wales"),  # a name the lemmatizer's index knows
])
def test_only_plural_common_nouns_lose_their_capital_reading(body: str, pos: str, lemma: str) -> None:
    doc = pipeline("en")("KYIV, Feb 4 (Reuters) - " + body)
    first = next(t for t in doc if t.idx >= len("KYIV, Feb 4 (Reuters) - "))
    assert (first.pos_, first.lemma_) == (pos, lemma)
