""""Early on Saturday" is the news of the day, not a recalled incident: the background cue
"earlier" matched through its lemma "early" (lang/en/events.yaml background_cues). Sentences
written here from the pattern."""

from __future__ import annotations

from datetime import date

import pytest

from newsevents.model import Article, Published


@pytest.mark.parametrize("text", [
    "Israel carried out strikes on military sites in Iran early on Saturday, the army said.",
    "Russian drones struck an energy facility in Odesa early Monday, the governor said.",
])
def test_early_on_a_day_is_news(pipe, text: str) -> None:
    article = Article(text=text, id="x", language="en", published=Published(date(2024, 10, 28)), sha256="")
    events = next(iter(pipe.process_many([article]))).events
    assert events and not any(e.background for e in events)


def test_previously_still_recalls(pipe) -> None:
    text = "Israel carried out strikes on military sites in Iran on Saturday. Iran had previously fired " \
           "missiles at Israel on October 1."
    article = Article(text=text, id="x", language="en", published=Published(date(2024, 10, 28)), sha256="")
    events = next(iter(pipe.process_many([article]))).events
    assert any(e.background for e in events) and any(not e.background for e in events)


@pytest.mark.parametrize(("text", "background"), [
    ("Selon le maire, il y a eu une frappe russe sur le marché de Kharkiv mardi, faisant trois morts.",
     [False]),
    ("Il y avait des dizaines de personnes au marché de Kharkiv quand un missile russe l'a frappé mardi.",
     [False]),
    ("Il y a deux ans, une frappe russe avait touché le marché de Kharkiv, faisant trois morts. Mardi, un "
     "drone a frappé Odessa.", [True, False]),
])
def test_il_y_a_is_there_is_unless_a_span_follows(pipe, text: str, background: list[bool]) -> None:
    """"Il y a eu une frappe" is news; "il y a deux ans" recalls, through its date."""
    article = Article(text=text, id="x", language="fr", published=Published(date(2025, 5, 29)), sha256="")
    events = next(iter(pipe.process_many([article]))).events
    assert [e.background for e in sorted(events, key=lambda e: e.date.start)] == background


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "Au moins dix personnes ont déjà été tuées mardi dans une frappe russe sur Kharkiv, selon "
           "le maire."),
    ("en", "At least ten people have already been killed in a Russian strike on Kharkiv on Tuesday, "
           "the mayor said."),
])
def test_already_counts_todays_toll(pipe, language: str, text: str) -> None:
    """"Ont déjà été tuées", "have already been killed": a toll still rising, today's news."""
    article = Article(text=text, id="x", language=language, published=Published(date(2025, 5, 29)), sha256="")
    events = next(iter(pipe.process_many([article]))).events
    assert events and not any(e.background for e in events)
