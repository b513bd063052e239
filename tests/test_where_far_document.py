"""A town of a country nothing in the article points to, in a sentence naming no other place, is
a namesake when every place the article names lies in another country thousands of km away: "Neuf
soldats maliens ont été tués jeudi dans une embuscade près de Boni" (Boni missing from the
gazetteer, read as Bonn) under a headline naming Mali is placed in Mali, and the headline's
incident and the body's are one. Sentences written here from the general pattern of Sahel copy."""

from __future__ import annotations

from datetime import date

import pytest

from newsevents.model import Article, Published

PUBLISHED = Published(date(2025, 6, 1))


@pytest.mark.parametrize(("text", "far"), [
    ("Mali : une embuscade fait 9 morts parmi les soldats près de Boni\n\nNeuf soldats maliens ont été "
     "tués jeudi dans une embuscade tendue par des jihadistes présumés près de Boni, a-t-on appris de "
     "sources sécuritaires.", "DE"),
])
def test_a_far_namesake_town_gives_way_to_the_story_s_country(pipe, text, far):
    events = pipe.process(Article(text=text, id="t", language="fr", published=PUBLISHED)).events
    assert len(events) == 1 and all(e.location is None or e.location.country != far for e in events), \
        [(e.type, e.date, e.location and e.location.name) for e in events]
