"""A release's or a letter's dateline on a line of its own ("Paris, le 12 mars 2025", "Nairobi, 3
June 2025") says where and when the text was issued: neither a place nor a date of the incident it
tells (read/datelines.LINE_DATELINE, extract/where_dateline, extract/events_dateline). It placed
the incident in the issuing capital and made a second incident dated the day of issue.
"""

from __future__ import annotations

import pytest
from helpers import events_of

from newsevents.read.datelines import line_datelines

RELEASES = [
    ("fr", "Communiqué du ministère\n\nOttawa, le 12 mars 2025\n\nLe Canada condamne la frappe de drone "
     "qui a "
     "visé hier soir un convoi humanitaire près d'El Geneina, au Darfour occidental, tuant trois employés.\n",
     "SD"),
    ("en", "Press statement\n\nNairobi, 12 March 2025\n\nKenya condemns the drone strike that hit "
     "an aid convoy "
     "near El Geneina in West Darfur last night, killing three staff members.\n", "SD"),
]


@pytest.mark.parametrize(("language", "text", "country"), RELEASES)
def test_a_release_dateline_is_no_incidents_place_or_day(analyse, language, text, country) -> None:
    found = events_of(analyse, text, language, "2025-03-12")
    assert len(found) == 1, [(e.type, e.date, e.location) for e in found]
    assert found[0].location is not None and found[0].location.country == country, found[0].location
    assert str(found[0].date.start) == "2025-03-11", found[0].date


@pytest.mark.parametrize(("line", "dateline"), [
    ("Kinshasa, 20 décembre 2024", True), ("Washington, March 3, 2025", True),
    ("Ouagadougou, lundi 3 mars 2025", True), ("Gaza, une frappe tue 12 personnes en 2024", False),
    ("Kiev, 12 mars 2025. Le président a parlé.", False),
])
def test_line_datelines(line: str, dateline: bool) -> None:
    assert bool(list(line_datelines(line))) == dateline
