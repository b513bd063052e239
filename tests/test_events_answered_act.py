"""The act another one answers, named through a noun of response and with no date of its own, is
no incident of the news day ("in retaliation for Iran's ballistic missile attack on Israel"): it
came before the answer. Written here from the pattern."""

from __future__ import annotations

from datetime import date

import pytest


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Israel's military said it carried out precise strikes on military targets in Iran early on "
           "Saturday, in retaliation for Iran's ballistic missile attack on Israel."),
    ("fr", "L'armée israélienne a frappé samedi des cibles militaires en Iran, en représailles à l'attaque "
           "de missiles balistiques iraniens contre Israël."),
])
def test_an_undated_answered_act_is_not_dated_by_publication(analyse, language: str, text: str) -> None:
    events = analyse(text, language, "2024-10-27").events
    assert len(events) == 1
    assert events[0].date is not None and events[0].date.start == date(2024, 10, 26)


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "L'armée israélienne a frappé samedi des cibles militaires en Iran, en représailles à l'attaque "
           "de missiles balistiques iraniens contre Israël."),
    ("en", "The Israeli army struck military sites in Iran on Saturday in retaliation for the Iranian "
           "ballistic missile attack on Israel."),
])
def test_the_answered_acts_words_are_not_the_answers(analyse, language: str, text: str) -> None:
    """The weapon and the target told in the phrase of response belong to the act answered: the
    answer is no missile strike on Israel."""
    events = analyse(text, language, "2024-10-27").events
    assert len(events) == 1
    assert events[0].type == "air_strike"
    assert "Israel" not in [t.name for t in events[0].targets]
