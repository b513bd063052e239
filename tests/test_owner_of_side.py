"""The country that owns a named armed side ("Sudan's paramilitary Rapid Support Forces") says
whose the group is; it is not an actor beside the group (who_possessive.owns_named_side)."""
import pytest

OWNED = [
    ("A drone strike by Sudan's paramilitary Rapid Support Forces hit a mosque in El Fasher on Tuesday, "
     "killing 12 worshippers.", "Rapid Support Forces", "Sudan"),
    ("Sudan's paramilitary Rapid Support Forces shelled a camp near El Fasher on Monday, killing nine "
     "people.", "Rapid Support Forces", "Sudan"),
    ("Nigeria's Islamist group Boko Haram attacked an army post in Diffa on Tuesday, killing five soldiers.",
     "Boko Haram", "Nigeria"),
]


@pytest.mark.parametrize("text,side,owner", OWNED)
def test_owner_of_a_named_side_is_no_actor(analyse, text, side, owner):
    events = analyse(text, "en", "2025-05-07").events
    assert events
    names = {p.name for e in events for p in e.actors}
    assert side in names
    assert owner not in names


def test_a_countrys_own_army_keeps_its_country(analyse):
    """Not a named side: "Russia's army" is the Russian army, the country still said."""
    text = "Russia's army shelled Kharkiv on Tuesday, killing three people."
    events = analyse(text, "en", "2025-05-07").events
    assert [p.name for e in events for p in e.actors] == ["Russian army"]
