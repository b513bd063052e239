"""An armed group named again by its common noun after "de"/"for" ("un responsable du mouvement",
"un porte-parole du groupe", "a spokesman for the movement") is the group named before, as "le
groupe" / "the group" already were: the French contracted article ("du") and the bare "the
movement" were missing from the phrases (lang/*/parties.yaml). "Le mouvement de protestation" and
"the protest movement" stay what they are. Sentences written here from the pattern."""

from __future__ import annotations

import pytest

PUBLISHED = "2026-02-03"


def _speakers(analyse, language: str, text: str) -> list[str]:
    article = analyse(text, language, PUBLISHED)
    return [c.to_json()["speaker"]["name"] for c in article.claims]


@pytest.mark.parametrize(("language", "text", "group"), [
    ("fr", "Le Hezbollah n'a pas confirmé la mort de l'un de ses commandants. Un responsable du mouvement a "
           "affirmé à l'AFP qu'il s'agissait de civils.", "Hezbollah"),
    ("fr", "Le Hamas a revendiqué l'attaque. Un porte-parole du groupe a déclaré que l'opération visait des "
           "soldats.", "Hamas"),
    ("en", "Hamas claimed the attack. A spokesman for the movement said the operation targeted soldiers.",
     "Hamas"),
])
def test_the_group_named_again_after_de_or_for_speaks(analyse, language: str, text: str, group: str) -> None:
    speakers = _speakers(analyse, language, text)
    assert len(speakers) == 2 and set(speakers) == {group}, speakers


@pytest.mark.parametrize(("language", "text", "group"), [
    ("fr", "Le Hamas a revendiqué l'attaque. Le mouvement de protestation a appelé à manifester samedi, "
           "a déclaré son porte-parole.", "Hamas"),
    ("en", "Hamas claimed the attack. The protest movement said the rally would go ahead.", "Hamas"),
])
def test_a_movement_of_something_is_no_armed_group(analyse, language: str, text: str, group: str) -> None:
    assert _speakers(analyse, language, text).count(group) == 1
