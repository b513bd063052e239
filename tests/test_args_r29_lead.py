"""Lead's review of round 29: the sides of a vague clash noun that a strike of the same sentence
takes in ("a bombardé X après des affrontements entre A, B et C") are no doers of the strike; the
round's 'clashes between X, Y and Z' (tests/test_args_r29b.py) had made them its actors."""

from __future__ import annotations

import pytest
from helpers import events_of

STRIKE_AFTER_CLASHES = [
    ("fr", "L'aviation turque a bombardé jeudi un dépôt près de Qamichli, après plusieurs jours "
           "d'affrontements entre combattants kurdes, tribus arabes et forces gouvernementales dans la "
           "province de Deir ez-Zor.", "Turk"),
    ("en", "Turkish jets bombed a depot near Qamishli on Thursday after days of clashes between Kurdish "
           "fighters, Arab tribes and government forces in Deir ez-Zor province.", "Turk"),
]


@pytest.mark.parametrize(("language", "text", "doer"), STRIKE_AFTER_CLASHES)
def test_the_sides_of_clashes_are_no_doers_of_the_strike(analyse, language, text, doer):
    found = events_of(analyse, text, language, published="2025-07-18")
    strikes = [e for e in found if e.type == "air_strike"]
    assert strikes
    assert all(p.name.startswith(doer) for e in strikes for p in e.actors), \
        [[p.name for p in e.actors] for e in strikes]
