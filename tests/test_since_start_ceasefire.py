"""A ceasefire "in force since" a day started that day ("le cessez-le-feu en vigueur depuis le 27
novembre 2024", "the truce that has held since March 3"): a "since" date dates a state that lasts
from it (`since_start_types` in data/event_types.yaml, as a detention "depuis mars 2023" dates the
arrest), so the truce is the one concluded then, not a new one on the day of publication, and a
French and an English report of it are one incident. A "since" date still dates no strike.
Sentences written here from the pattern."""

from __future__ import annotations

import pytest

PUBLISHED = "2026-02-03"


def _events(analyse, language: str, text: str) -> list[dict]:
    article = analyse(text, language, PUBLISHED)
    return [e.to_json() for e in article.events]


@pytest.mark.parametrize(("language", "text", "start"), [
    ("fr", "Une frappe de drone a tué deux personnes mardi près de Tyr. Cette frappe intervient malgré le "
           "cessez-le-feu en vigueur depuis le 27 novembre 2024 entre Israël et le Hezbollah.", "2024-11-27"),
    ("fr", "Des tirs d'artillerie ont visé Kadugli lundi, malgré la trêve en vigueur depuis le 12 janvier "
           "entre l'armée et les paramilitaires.", "2026-01-12"),
    ("en", "Artillery fire hit Kadugli on Monday despite a truce that has held since January 12 between "
           "the army and the paramilitaries.", "2026-01-12"),
])
def test_a_ceasefire_in_force_since_a_day_started_then(analyse, language: str, text: str, start: str) -> None:
    truces = [e for e in _events(analyse, language, text) if e["type"] == "ceasefire"]
    assert truces, _events(analyse, language, text)
    assert all(t["date"] and t["date"]["start"] == start for t in truces), [t["date"] for t in truces]


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "Les premières frappes depuis le 12 janvier ont visé Kadugli lundi, a indiqué l'armée."),
    ("en", "The first strikes since January 12 hit Kadugli on Monday, the army said."),
])
def test_a_since_date_still_dates_no_strike(analyse, language: str, text: str) -> None:
    strikes = [e for e in _events(analyse, language, text) if e["type"] != "ceasefire"]
    assert strikes
    assert all(e["date"]["start"] == "2026-02-02" for e in strikes), [e["date"] for e in strikes]
