"""A release told as a present participle continuing an attack ("ont attaqué la ville, tuant 12
personnes et libérant 500 détenus de la prison", "killing 12 people and freeing 500 inmates") is
what the attackers did in it, no prisoner release of its own; a release told as its own act stays
one, also right after a strike (events_split._participle_of_attack)."""
import pytest

ATTACKS = [
    ("fr", "Des membres de gangs ont attaqué lundi la ville de Mirebalais, tuant au moins 12 personnes et "
           "libérant plus de 500 détenus de la prison civile."),
    ("en", "Gang members attacked the town of Mirebalais on Monday, killing at least 12 people and freeing "
           "more than 500 inmates from the prison."),
]
RELEASES = [
    ("fr", "Des frappes israéliennes ont tué dix personnes à Gaza. Le Hamas a libéré trois otages "
           "israéliens."),
    ("en", "Hamas freed three Israeli hostages on Saturday in exchange for 183 Palestinian prisoners."),
]


@pytest.mark.parametrize("language,text", ATTACKS)
def test_release_in_an_attack_is_the_attack(analyse, language, text):
    types = [e.type for e in analyse(text, language, "2025-04-02").events]
    assert len(types) == 1 and "prisoner_exchange" not in types, types


@pytest.mark.parametrize("language,text", RELEASES)
def test_release_of_its_own_stays(analyse, language, text):
    assert "prisoner_exchange" in [e.type for e in analyse(text, language, "2025-04-02").events]
