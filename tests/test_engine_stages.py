"""Speed-ups inside the stages (issue 14) give exactly what the plain code gave.

Each shortcut here is checked against the straightforward computation it replaces, on sentences
written for the purpose (French and English, the shapes the grammar has: numeric dates, ranges,
coordinations, clock times next to dates, relative days, durations, weekdays, words that contain
a date-like part), so that a shortcut can never change an extraction.
"""

from __future__ import annotations

import re
import sys

import pytest

import newsevents.temporal.parse  # noqa: F401  (the module, shadowed by the function in the package)
from newsevents.temporal.lexicon import Lexicon, lexicon

parse_module = sys.modules["newsevents.temporal.parse"]

FRENCH = [
    "Le 14 novembre 2025 vers 01h00, une frappe a touché le dépôt ; une autre le 15 novembre.",
    "Les 8 et 18 août 2025, puis les 3, 4 et 5 mai, des tirs ont visé la ville.",
    "Mise à jour : 19-08-2025. Le rapport du 15/03/2021 et celui du 2021-03-15 divergent.",
    "De 19 h 30 à 20 h 30, les sirènes ont retenti, a dit le maire mardi soir.",
    "Il y a trois jours, hier et avant-hier, la nuit du 3 au 4 mars, puis début avril.",
    "Pendant 44 jours, depuis janvier 2024, du 2 au 5 mai 2024, au printemps dernier.",
    "Les années 60 et le XIXe siècle ; le mois de septembre ; cette semaine ; lundi dernier.",
    "Un texte sans aucune date, avec des nombres (12 blessés, 3 morts) et 1999ans collés.",
    "Samedi 3 mars, samedi, le 3, mars : des fragments qui se chevauchent, l'an prochain.",
    "",
]
ENGLISH = [
    "On 3 March 2024 at 10:30 pm a drone struck the depot; another hit on March 4.",
    "On August 8 and 18, 2025, and on May 3, 4 and 5, shelling hit the town.",
    "The report dated 15/03/2021 and the one of 2021-03-15 disagree; updated 19-08-2025.",
    "From 7:30 to 8:30 pm sirens sounded, the mayor said on Tuesday evening.",
    "Three days ago, yesterday, last night, earlier this month and in early April.",
    "For 44 days, since January 2024, from 2 to 5 May 2024, last spring and next week.",
    "The 1960s and the 19th century; the month of September; the previous month.",
    "A text with no date at all, only numbers (12 injured, 3 dead) and words like Mayday.",
    "Saturday, March 3, Saturday, the 3rd, March: overlapping pieces, next year.",
    "",
]


DATELESS = {FRENCH[7], ENGLISH[7]}


def _finditer_each(text: str, lex: Lexicon) -> list[tuple[int, int, int, re.Match[str]]]:
    """What the grammar finds when each pattern scans the whole text with finditer."""
    found = []
    for index, p in enumerate(lex.patterns):
        for m in p.regex.finditer(text):
            s, e = m.span()
            if e > s and parse_module._guard_ok(p, text, s, e):
                found.append((s, e, index, m))
    return found


def _comparable(found: list[tuple[int, int, int, re.Match[str]]]) -> list[tuple]:
    return [(s, e, index, m.span(), m.groupdict()) for s, e, index, m in found]


@pytest.mark.parametrize(("language", "text"),
                         [("fr", t) for t in FRENCH] + [("en", t) for t in ENGLISH])
def test_the_gated_scan_finds_what_each_pattern_finds(language: str, text: str) -> None:
    lex = lexicon(language)
    expected = _comparable(_finditer_each(text, lex))
    assert _comparable(parse_module._candidates(text, lex)) == expected
    dateless = text in DATELESS or not text
    assert bool(expected) != dateless, "each other sentence holds at least one temporal expression"


@pytest.mark.parametrize("language", ["fr", "en"])
def test_parse_is_unchanged_by_the_gate(language: str, monkeypatch: pytest.MonkeyPatch) -> None:
    texts = " ".join(FRENCH if language == "fr" else ENGLISH)
    gated = parse_module._parse(texts, language)
    monkeypatch.setattr(parse_module, "_candidates", _finditer_each)
    assert parse_module._parse(texts, language) == gated
    assert len(gated) >= 20


def test_the_gate_marks_every_start_and_only_starts() -> None:
    lex = lexicon("fr")
    text = "Le 3 mars 2024, puis le 5 mai ; rien ici."
    starts = [m.start() for m in parse_module._gate(lex).finditer(text)]
    assert starts == sorted(set(starts))
    assert {s for s, _e, _i, _m in _finditer_each(text, lex)} <= set(starts)
    assert text.index("rien") not in starts
