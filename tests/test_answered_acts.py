"""An act and the act it answers, told in one sentence ("X struck camps in Pakistan on Wednesday,
in retaliation for an attack on tourists in Pahalgam last month"): each keeps its own words. The
answer is not placed where the answered act happened, and the answered act takes neither the
answer's weapon nor its side (events._fill_place, events_effects.keep_answered_words, the words of
`response_heads`). Sentences written here from the general pattern."""

from __future__ import annotations

from datetime import date

import pytest

from newsevents.model import Article, Published

PUBLISHED = Published(date(2025, 5, 7))


@pytest.mark.parametrize(("language", "text"), [
    ("en", "India launched missile strikes on militant camps in Pakistan on Wednesday, in retaliation for an "
           "attack on tourists in Pahalgam last month that killed 26 people."),
    ("fr", "L'Inde a lancé mercredi des frappes de missiles contre des camps de militants au Pakistan, en "
           "représailles à une attaque contre des touristes à Pahalgam le mois dernier qui avait fait "
           "26 morts."),
])
def test_the_answer_and_the_act_it_answers_keep_their_own_words(pipe, language: str, text: str) -> None:
    article = pipe.process(Article(text=text, id="t", language=language, published=PUBLISHED))
    events = {e.to_json()["type"]: e.to_json() for e in article.events}
    strike = events["missile_strike"]
    assert strike["date"]["start"] == "2025-05-07"
    assert (strike["location"] or {}).get("name") == "Pakistan"
    answered = next(e for t, e in events.items() if t != "missile_strike")
    assert (answered["location"] or {}).get("name") == "Pahalgam"
    assert answered["weapons"] == []
    assert "India" not in [p["name"] for p in answered["actors"]]
