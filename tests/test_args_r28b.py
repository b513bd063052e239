"""Actors and targets, round 28 (second task).

1. The source of "selon / d'après / according to" is never a target, even a trade that can be one
   ("selon des journalistes de l'AFP"): targets_roles._cited.
"""

from __future__ import annotations

import pytest

PUBLISHED = "2025-05-07"  # a Wednesday


def _targets(events) -> list[list[str]]:
    return [[p.name for p in e.targets] for e in events]


# (text, language, a target name no incident may have): the source of the report
CITED = [
    ("Des tirs ont été entendus lundi soir à Gao après une frappe de drone contre un camp, selon des "
     "journalistes de Reuters.", "fr", "journalists"),
    ("Explosions were heard in the Syrian city of Homs on Monday after an air strike on a depot, "
     "according to AFP journalists.", "en", "journalists"),
    ("Une frappe aérienne a visé mardi soir un entrepôt de Deir ez-Zor, d'après des secouristes et des "
     "témoins.", "fr", "rescuers"),
]


@pytest.mark.parametrize(("text", "lang", "name"), CITED)
def test_a_cited_source_is_no_target(analyse, text, lang, name):
    events = analyse(text, lang, PUBLISHED).events
    assert events, "the incident is lost"
    assert all(name not in [p.name for p in e.targets] for e in events), _targets(events)
