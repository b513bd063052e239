"""An act named through who did it ("to punish the perpetrators of the Ankara bombing", "punir les
auteurs de l'attentat d'Ankara") is an earlier incident than the one its sentence tells: it lends
that one neither its place nor its date, and a later mention of an act told as answered names
that act again, not the answer told nearer (the culprit nouns of `response_heads`,
drafts._told_as_cause, events_dates.named_place_date). Sentences written here from the pattern."""

from __future__ import annotations

from datetime import date

import pytest

from newsevents.model import Article, Published

PUBLISHED = Published(date(2025, 5, 7))


def _events(pipe, language: str, text: str) -> list[dict]:
    article = pipe.process(Article(text=text, id="t", language=language, published=PUBLISHED))
    return [e.to_json() for e in article.events]


@pytest.mark.parametrize(("language", "text", "country"), [
    ("en", "Turkey launched air strikes on Kurdish militants in northern Iraq on Friday. The defence "
           "ministry said the strikes were meant to punish the perpetrators of the Ankara bombing.", "IQ"),
    ("fr", "La Turquie a mené vendredi des frappes aériennes contre des militants kurdes dans le nord de "
           "l'Irak. Le ministère de la Défense a déclaré que les frappes visaient à punir les auteurs de "
           "l'attentat d'Ankara.", "IQ"),
    ("en", "Pakistani jets bombed militant hideouts in Afghanistan's Khost province on Sunday. Officials "
           "said the raids targeted the planners of the Peshawar bombing.", "AF"),
])
def test_the_culprits_deed_lends_the_strike_no_place(pipe, language: str, text: str, country: str) -> None:
    strikes = [e for e in _events(pipe, language, text) if e["type"] == "air_strike"]
    assert len(strikes) == 1
    assert strikes[0]["date"]["start"] in ("2025-05-02", "2025-05-04")
    assert strikes[0]["location"]["country"] == country, strikes[0]["location"]
    spans = [text[s:e] for s, e in strikes[0]["sources"][0]["spans"]]
    assert not any(w in spans for w in ("Ankara", "bombing", "attentat", "Peshawar"))


@pytest.mark.parametrize(("language", "text"), [
    ("en", "India launched a missile strike on militant camps in Pakistan. The action was in response to "
           "the April 22 attack on tourists in Pahalgam, which killed 26 people.\n"
           "A minister said the strikes aimed to bring the perpetrators of the Pahalgam attack to justice. "
           "Pakistan said 26 civilians were killed and 46 wounded in the strikes."),
])
def test_an_answered_act_named_again_is_that_act_not_the_answer(pipe, language: str, text: str) -> None:
    events = _events(pipe, language, text)
    strike = next(e for e in events if e["type"] == "missile_strike")
    # the answer has no day of its own: the publication's, not the answered act's
    assert strike["date"]["start"] == "2025-05-07"
    assert (strike["location"] or {}).get("name") != "Pahalgam"
    assert strike["injured"] == 46
    answered = next(e for e in events if e is not strike)
    assert answered["date"]["start"] == "2025-04-22"
    assert (answered["location"] or {}).get("name") == "Pahalgam"
