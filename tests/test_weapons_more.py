"""Weapons of the catalogue added this stop (data/weapons.yaml): the Chinese Wing Loong drone of
the Libyan, Sudanese and Ethiopian wars, the Krasnopol guided shell."""
import pytest

CASES = [
    ("A Wing Loong drone struck a fuel depot in Nyala on Tuesday.", "Wing Loong", "drone_strike"),
    ("A Krasnopol guided shell hit a Ukrainian tank near Pokrovsk on Tuesday.", "Krasnopol", "shelling"),
]


@pytest.mark.parametrize("text,weapon,kind", CASES)
def test_named_weapon_types_the_strike(analyse, text, weapon, kind):
    events = analyse(text, "en", "2025-06-02").events
    assert [e.type for e in events] == [kind]
    assert weapon in [w.name for w in events[0].weapons]
