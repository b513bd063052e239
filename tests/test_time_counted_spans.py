"""A count over a span names no later day: "the second such attack in two days", "the deadliest
strike on the capital in a year", "the first time in three years" tell how often, not when; "in
two days" after a future verb ("the convoy will arrive in two days") stays a later day. Before,
the span was read as a day two days after publication and dated the attack told with it.
Sentences written here from the general pattern of wire copy."""

from __future__ import annotations

from datetime import date

import pytest

from newsevents.temporal import find_times

PUB = date(2025, 7, 8)


@pytest.mark.parametrize("text", [
    "The rebels said on Tuesday they had attacked the tanker, the second such attack in two days.",
    "It was the deadliest strike on the capital in a year, officials said.",
    "It was the first time in three years that drones hit the city.",
    "The raid was the third on the camp in a week.",
    "Monday's shelling was the heaviest in two months, residents said.",
])
def test_a_count_over_a_span_is_no_later_day(text):
    later = [t for t in find_times(text, "en", PUB) if t.start > PUB]
    assert not later, [(text[t.span[0]:t.span[1]], t.start) for t in later]


@pytest.mark.parametrize("text", [
    "The first aid convoy will arrive in two days, officials said.",
    "Talks will resume in two weeks.",
])
def test_a_later_day_after_a_future_verb_stays(text):
    assert [t for t in find_times(text, "en", PUB) if t.start > PUB]
