"""A running total (a war's or campaign's toll, or one that stood before the incident) is no
incident's toll, French and English, through the whole pipeline. Sentences written from the general
patterns of conflict reporting."""

from __future__ import annotations

import pytest
from helpers import events_of

# (language, text, the incident's own toll)
TOTALS = [
    ("fr", "Une frappe aérienne a tué mardi 12 personnes à Rafah, alors que plus de 2 000 personnes ont "
           "été tuées depuis le début de la guerre.", 12),
    ("fr", "Mardi, une frappe aérienne a fait 12 morts à Rafah. Le bilan s'élevait à 2 000 morts avant "
           "les attaques de mardi, selon le ministère.", 12),
    ("fr", "Mardi, une frappe aérienne a fait 12 morts à Rafah, selon le ministère, qui fait état de plus "
           "de 2 000 morts en raison des raids de l'armée.", 12),
    ("en", "An air strike killed 12 people in Rafah on Tuesday, while more than 2,000 people have been "
           "killed since the war began.", 12),
    ("en", "On Tuesday an air strike killed 12 people in Rafah. The toll stood at 2,000 dead before the "
           "attacks on Tuesday, the ministry said.", 12),
]


@pytest.mark.parametrize(("language", "text", "toll"), TOTALS)
def test_a_running_total_is_no_incidents_toll(analyse, language, text, toll):
    strikes = [e for e in events_of(analyse, text, language) if e.type == "air_strike"]
    assert strikes, [e.type for e in events_of(analyse, text, language)]
    assert [e.fatalities for e in strikes] == [toll] * len(strikes)


# (language, text, the toll): an incident's own toll near words of war is kept
OWN_TOLLS = [
    ("fr", "Mardi, une frappe aérienne a tué 12 personnes à Rafah, la plus meurtrière de la guerre.", 12),
    ("en", "On Tuesday an air strike killed 12 people in Rafah, the deadliest of the war.", 12),
]


@pytest.mark.parametrize(("language", "text", "toll"), OWN_TOLLS)
def test_an_incidents_own_toll_is_kept(analyse, language, text, toll):
    strikes = [e for e in events_of(analyse, text, language) if e.type == "air_strike"]
    assert strikes and all(e.fatalities == toll for e in strikes), [(e.type, e.fatalities) for e in strikes]
