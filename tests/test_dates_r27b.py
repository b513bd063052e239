"""Counts and days from probe articles (round 27, second task).

Bodies are the dead and people bearing wounds the injured: "We counted four bodies and 19 people with
gunshot wounds" is 4 dead and 19 injured, never 23 dead; "sept corps" counts the dead in French."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def numbers():
    from newsevents.model import Article
    from newsevents.pipeline import Pipeline

    pipe = Pipeline(stages=("numbers",))

    def _run(text: str, language: str):  # type: ignore[no-untyped-def]
        return pipe.process(Article(text=text, id="t", language=language)).of_kind("number")

    return _run


def _values(found, unit: str) -> list[int]:  # type: ignore[no-untyped-def]
    return sorted(m.value.value for m in found if m.value.unit == unit)


BEARING = [
    ("en", "We counted four bodies and 19 people with gunshot wounds, a nurse said.", [4], [19]),
    ("en", "Rescuers pulled out two bodies and nine people with burns from the rubble.", [2], [9]),
    ("en", "Doctors received 14 people suffering from shrapnel wounds on Friday.", [], [14]),
    ("fr", "« Nous avons compté sept corps et 22 personnes blessées par balle », a-t-il dit.", [7], [22]),
    ("fr", "Les secours ont dénombré trois corps et onze personnes souffrant de blessures par balle.",
     [3], [11]),
    ("fr", "L'hôpital a accueilli huit personnes avec des brûlures graves.", [], [8]),
]


@pytest.mark.parametrize(("language", "text", "dead", "injured"), BEARING)
def test_bodies_are_dead_and_people_with_wounds_injured(numbers, language, text, dead, injured):
    found = numbers(text, language)
    assert (_values(found, "killed"), _values(found, "injured")) == (dead, injured)
