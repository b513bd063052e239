"""A date told between a claim of responsibility and the act it names ("a revendiqué jeudi la
responsabilité de l'attaque", "on Thursday claimed responsibility for the attack") is the claim's
day, not the act's; a date right after the act it names still dates the act ("ont revendiqué la
responsabilité d'une frappe de drone sur Tel-Aviv vendredi matin"). Written here from the pattern;
the publication is a Saturday."""

from __future__ import annotations

from datetime import date

import pytest

CASES = [
    ("fr", "Des jihadistes ont tué au moins 12 soldats dans une embuscade près de Mopti mercredi, selon des "
           "sources sécuritaires. Le JNIM a revendiqué jeudi la responsabilité de l'attaque dans un "
           "communiqué.",
     [date(2024, 3, 13)]),
    ("en", "Militants killed 12 soldiers in an ambush near Mopti on Wednesday. JNIM on Thursday claimed "
           "responsibility for the attack.", [date(2024, 3, 13)]),
    ("fr", "Les Houthis ont revendiqué la responsabilité d'une frappe de drone sur Tel-Aviv vendredi matin, "
           "qui a tué une personne.", [date(2024, 3, 15)]),
]


@pytest.mark.parametrize(("language", "text", "days"), CASES)
def test_the_claim_of_responsibility_keeps_its_day(analyse, language: str, text: str,
                                                   days: list[date]) -> None:
    events = analyse(text, language, "2024-03-16").events
    assert sorted(e.date.start for e in events if e.date is not None) == days


@pytest.mark.parametrize("text", [
    "Suspected Islamist militants killed at least 12 soldiers in an ambush near Mopti on Wednesday, two "
    "security sources said.",
    "Gunmen killed five villagers in an attack near Mopti on Wednesday, local officials said.",
])
def test_a_finite_verb_parsed_as_a_participle_keeps_its_date(analyse, text: str) -> None:
    """"Militants killed 12 soldiers ..., sources said": the English parser hangs "killed" on its
    subject as a reduced relative, which takes no direct object; the date is the attack's."""
    events = analyse(text, "en", "2024-03-16").events
    assert [e.date.start for e in events if e.date is not None] == [date(2024, 3, 13)]
