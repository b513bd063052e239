""""<N> days after <incident>" in a sentence whose subject names again an act told before ("The move
came two days after an attack on a police post in Mandera", "Ce rappel intervient deux jours après
l'attaque d'un camp militaire"): the incident is N days before that act's day (events_days_after);
it was dated the day of publication. A party as subject ("The army launched an offensive three days
after the attack") names no act told before.
"""

from __future__ import annotations

import pytest
from helpers import events_of

RESUMED = [
    ("en", "Kenya summoned the Somali ambassador on Tuesday. The move came two days after an attack on a "
     "police post in Mandera in which six officers were killed.", "2025-06-01"),
    ("fr", "Le Niger a convoqué mercredi l'ambassadeur du Bénin. Cette convocation intervient deux jours "
     "après l'attaque d'un camp militaire à Tillabéri, au cours de laquelle dix soldats ont été tués.",
     "2025-06-02"),
]


@pytest.mark.parametrize(("language", "text", "day"), RESUMED)
def test_days_after_count_back_from_the_act_named_again(analyse, language, text, day) -> None:
    found = events_of(analyse, text, language, "2025-06-05")
    attacks = [e for e in found if e.type not in ("diplomatic_protest",)]
    assert attacks and str(attacks[0].date.start) == day, [(e.type, e.date) for e in found]


def test_a_party_as_subject_names_no_act_told_before(analyse) -> None:
    text = ("Kenya summoned the Somali ambassador on Tuesday. The army launched an offensive two days after "
            "an attack on a police post in Mandera.")
    found = events_of(analyse, text, "en", "2025-06-05")
    assert not any(e.date is not None and str(e.date.start) == "2025-06-01" for e in found), \
        [(e.type, e.date) for e in found]
