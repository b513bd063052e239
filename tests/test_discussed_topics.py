"""An act named as what a meeting is to discuss ("met to discuss the drone incursion into Poland",
"pour discuter de l'incursion de drones") is the meeting's topic, no incident of its own, unless a
day told after it dates it (`topic_verbs` in lang/*/events.yaml, events_marks.discussed_topic).
Sentences written here from the general pattern; publication Saturday 15 November 2025."""

from __future__ import annotations

from datetime import date

import pytest

from newsevents.model import Article, Published

PUBLISHED = Published(date(2025, 11, 15))


def _types(pipe, text: str, language: str) -> list[str]:
    article = pipe.process(Article(text=text, id="t", language=language, published=PUBLISHED))
    return sorted(e.to_json()["type"] for e in article.events)


@pytest.mark.parametrize(("language", "text", "types"), [
    ("en", "NATO ambassadors met on Wednesday in Brussels to discuss the drone incursion into Poland.",
     ["consultation"]),
    ("en", "The Security Council will meet on Friday to debate the attack on the aid convoy.", []),
    ("fr", "Les ambassadeurs de l'OTAN se sont réunis mercredi à Bruxelles pour discuter de l'incursion "
     "de drones en Pologne.", []),
    # a day of its own: the act is told, the meeting discusses it
    ("en", "NATO ambassadors met on Wednesday to discuss the drone incursion into Poland on Monday night.",
     ["consultation", "drone_strike"]),
    # the act told before stays
    ("en", "Russian drones struck Kyiv on Monday, killing three people. NATO ambassadors met on Wednesday "
     "to discuss the attack.", ["consultation", "drone_strike"]),
])
def test_a_discussed_act_is_a_topic(pipe, language: str, text: str, types: list[str]) -> None:
    assert _types(pipe, text, language) == types
