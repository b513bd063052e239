"""Fighting between two sides ("des affrontements entre l'armée et les rebelles du M23",
"clashes between fighters of the M23 and the Congolese army"): both sides are its actors, as the
analysts code mutual fighting; a side named through a common noun ("les rebelles du M23") is
that noun's phrase. French and English."""

from __future__ import annotations

import pytest

CLASHES = [
    ("fr", "Les affrontements entre les rebelles du M23 et l'armée congolaise ont fait dix morts samedi "
           "à Sake.", {"M23", "Congolese army"}),
    ("en", "Clashes between fighters of the M23 and the Congolese army killed ten people on Saturday in "
           "Sake.", {"M23", "Congolese army"}),
]


@pytest.mark.parametrize(("language", "text", "sides"), CLASHES)
def test_both_sides_of_a_clash_are_actors(analyse, language, text, sides):
    art = analyse(text, language=language)
    clashes = [e for e in art.events if e.type == "armed_clash"]
    assert clashes and sides <= {a.name for a in clashes[0].actors}, [(e.type, e.actors) for e in art.events]


def test_a_strike_keeps_one_attacker(analyse):
    art = analyse("Une frappe de drone de l'armée soudanaise a tué cinq combattants des Forces de soutien "
                  "rapide samedi à El-Obeid.")
    strikes = [e for e in art.events if e.type == "drone_strike"]
    assert strikes and [a.name for a in strikes[0].actors] == ["Sudanese army"], strikes
