"""A craft an armed body owns is what was downed, and the body is no actor of the downing: "US
forces shot down a Houthi drone" is an act of US forces on a Houthi drone (arguments_settle.
downing_sides, CRAFT_OWNER_KINDS)."""
import pytest

CASES = [
    ("en", "US forces shot down a Houthi drone over the Red Sea on Tuesday, the Pentagon said.",
     "U.S. forces", "Houthi drone"),
    ("en", "Israeli forces shot down a Hezbollah drone near Nahariya on Tuesday.", "Israeli forces",
     "Hezbollah drone"),
    ("fr", "Les forces américaines ont abattu mardi un drone houthi au-dessus de la mer Rouge.",
     "U.S. forces", "Houthi drone"),
    ("fr", "L'armée israélienne a abattu mardi un drone du Hezbollah près de Nahariya.", "Israeli army",
     "Hezbollah drone"),
]


@pytest.mark.parametrize("language,text,actor,craft", CASES)
def test_owner_of_downed_craft_is_no_actor(analyse, language, text, actor, craft):
    events = analyse(text, language, "2025-05-07").events
    assert len(events) == 1
    assert [p.name for p in events[0].actors] == [actor]
    assert craft in [p.name for p in events[0].targets]


def test_state_craft_keeps_its_demonym(analyse):
    events = analyse("L'armée algérienne a abattu mardi un drone malien près de la frontière.", "fr",
                     "2025-05-07").events
    assert [p.name for p in events[0].actors] == ["Algerian army"]
    assert [p.name for p in events[0].targets] == ["Malian drone"]
