"""Targets, round 27 (lead's review): a facility noun compounded to the common noun after it names
that other thing ("the country's prison authority said", "airport officials"), no site hit
(targets._names_another); a generic place noun after it ("radar sites") keeps the facility."""

from __future__ import annotations

import pytest

PUBLISHED = "2025-05-07"  # a Wednesday

# (text, a target name no incident may have)
QUALIFIERS = [
    ("Peru: prison riot leaves 12 dead\n\nLIMA, Nov 12 (AP) - At least 12 inmates were killed in a riot at "
     "the Ancon penitentiary in Lima on Tuesday, Peru's prison authority said.", "Peruvian prison"),
    ("Gunmen attacked a bus in Kano on Monday, killing three passengers, airport officials said.", "airport"),
]


@pytest.mark.parametrize(("text", "name"), QUALIFIERS)
def test_a_facility_noun_qualifying_another_is_no_site(analyse, text, name):
    events = analyse(text, "en", PUBLISHED).events
    assert events, "the incident is lost"
    assert all(name not in [p.name for p in e.targets] for e in events), \
        [[p.name for p in e.targets] for e in events]


def test_radar_sites_are_still_radars(analyse):
    text = "Israeli jets struck radar sites near Hodeidah on Monday, the army said."
    events = analyse(text, "en", PUBLISHED).events
    assert any("radar" in p.name for e in events for p in e.targets), \
        [[p.name for p in e.targets] for e in events]
