""""Early on Saturday" is the news of the day, not a recalled incident: the background cue
"earlier" matched through its lemma "early" (lang/en/events.yaml background_cues). Sentences
written here from the pattern."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Israel carried out strikes on military sites in Iran early on Saturday, the army said.",
    "Russian drones struck an energy facility in Odesa early Monday, the governor said.",
])
def test_early_on_a_day_is_news(analyse, text: str) -> None:
    events = analyse(text, "en", "2024-10-28").events
    assert events and not any(e.background for e in events)


def test_previously_still_recalls(analyse) -> None:
    text = "Israel carried out strikes on military sites in Iran on Saturday. Iran had previously fired " \
           "missiles at Israel on October 1."
    events = analyse(text, "en", "2024-10-28").events
    assert any(e.background for e in events) and any(not e.background for e in events)


@pytest.mark.parametrize(("text", "background"), [
    ("Selon le maire, il y a eu une frappe russe sur le marché de Kharkiv mardi, faisant trois morts.",
     [False]),
    ("Il y avait des dizaines de personnes au marché de Kharkiv quand un missile russe l'a frappé mardi.",
     [False]),
    ("Il y a deux ans, une frappe russe avait touché le marché de Kharkiv, faisant trois morts. Mardi, un "
     "drone a frappé Odessa.", [True, False]),
])
def test_il_y_a_is_there_is_unless_a_span_follows(analyse, text: str, background: list[bool]) -> None:
    """"Il y a eu une frappe" is news; "il y a deux ans" recalls, through its date."""
    events = analyse(text, "fr", "2025-05-29").events
    assert [e.background for e in sorted(events, key=lambda e: e.date.start)] == background


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "Au moins dix personnes ont déjà été tuées mardi dans une frappe russe sur Kharkiv, selon "
           "le maire."),
    ("en", "At least ten people have already been killed in a Russian strike on Kharkiv on Tuesday, "
           "the mayor said."),
])
def test_already_counts_todays_toll(analyse, language: str, text: str) -> None:
    """"Ont déjà été tuées", "have already been killed": a toll still rising, today's news."""
    events = analyse(text, language, "2025-05-29").events
    assert events and not any(e.background for e in events)
