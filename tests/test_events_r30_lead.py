"""A border noun that only describes a named place ("the border island of X", "a border town, X")
does not place the act on the border line of the two countries its sentence names (lead review of
round 30: reading "South Korea" and "North Korea" whole had put the shelling near the border island
of Yeonpyeong on the Korean border)."""

from datetime import date

import pytest

from newsevents.model import Article, Published

PUBLISHED = Published(date(2025, 6, 2))

DESCRIBED = [
    ("en", "Thai officials said Cambodia fired rockets near the border town of Aranyaprathet on Sunday, "
           "wounding two people.", "Aranyaprathet"),
    ("en", "South Korea's military said North Korea fired artillery shells near the western border island "
           "of Baengnyeong on Sunday.", "Baengnyeong"),
]


@pytest.fixture(scope="module")
def pipe():
    from newsevents.pipeline import Pipeline
    return Pipeline()


@pytest.mark.parametrize(("language", "text", "place"), DESCRIBED)
def test_a_named_place_a_border_noun_describes_places_the_act(pipe, language, text, place):
    events = pipe.process(Article(text=text, id="t", language=language, published=PUBLISHED)).events
    assert events
    names = [(e.location.name if e.location else None) for e in events]
    assert not any(n and "border" in n.lower() for n in names), names
