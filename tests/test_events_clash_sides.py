"""Both sides of a clash, a pact or an exchange are its actors. Fighting between two sides ("des
affrontements entre l'armée et les rebelles du M23", "clashes between fighters of the M23 and
the Congolese army"), as the analysts code mutual fighting; a side named through a common noun
("les rebelles du M23") is that noun's phrase; coordinated subjects of a pact or an exchange
("Thailand and Cambodia agreed to a ceasefire") are both sides. French and English."""

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


COSUBJECTS = [
    ("en", "Thailand and Cambodia agreed on Monday to an immediate ceasefire.", {"Thailand", "Cambodia"}),
    ("en", "Russia and Ukraine exchanged 200 prisoners of war on Tuesday.", {"Russia", "Ukraine"}),
    ("fr", "L'Iran et Israël ont conclu mardi un cessez-le-feu.", {"Iran", "Israel"}),
]


@pytest.mark.parametrize(("language", "text", "sides"), COSUBJECTS)
def test_coordinated_subjects_of_a_pact_are_both_sides(analyse, language, text, sides):
    art = analyse(text, language=language)
    assert art.events and sides <= {a.name for a in art.events[0].actors}, \
        [(e.type, e.actors) for e in art.events]
