"""The sides a clash "opposes" are its actors (arguments_sides.opposed_sides, ``opposing_verbs``
in lang/<code>/arguments.yaml); a strike's toll after "au moins" / "at least" goes to the verb
before it (numbers._before_modifiers); a group known by its full name is that group. Sentences
written for these tests."""

from __future__ import annotations

import pytest
from helpers import events_of


@pytest.mark.parametrize(("language", "text", "sides"), [
    ("fr", "Des affrontements ont opposé dans la nuit de samedi à dimanche les forces pakistanaises et "
           "les talibans afghans près de la frontière, faisant 23 morts.", ["Pakistani forces", "Taliban"]),
    ("en", "Heavy clashes pitted the army against Islamist militants in the eastern city of Derna on "
           "Tuesday, killing at least eight people.", ["army", "Islamists"]),
])
def test_the_sides_a_clash_opposes(analyse, language: str, text: str, sides: list[str]) -> None:
    clashes = [e for e in events_of(analyse, text, language) if e.type == "armed_clash"]
    assert clashes
    assert [p.name for p in clashes[0].actors][:2] == sides


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "Une frappe aérienne a touché lundi soir la cour d'un hôpital de Deir al-Balah, dans le centre "
           "de la bande de Gaza, tuant 12 personnes et en blessant au moins 40 autres."),
    ("en", "An air strike hit the courtyard of a hospital in Deir al-Balah in central Gaza on Monday night, "
           "killing 12 people and wounding at least 40 others."),
])
def test_a_toll_after_a_modifier_goes_to_its_own_verb(analyse, language: str, text: str) -> None:
    strikes = [e for e in events_of(analyse, text, language) if e.type == "air_strike"]
    assert strikes
    assert (strikes[0].fatalities, strikes[0].injured) == (12, 40)


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Turkish warplanes struck positions of the Kurdistan Workers' Party in northern Iraq on Friday, "
           "killing five militants."),
    ("fr", "Des avions turcs ont bombardé vendredi des positions du Parti des travailleurs du Kurdistan "
           "dans le nord de l'Irak."),
])
def test_a_group_by_its_full_name(analyse, language: str, text: str) -> None:
    article = analyse(text, language=language)
    parties = [m.value.name for m in article.mentions if m.kind == "party"]
    assert "PKK" in parties
    assert "employees" not in parties


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Clashes between rival militias erupted in the Libyan capital Tripoli overnight, leaving at least "
           "six people dead."),
    ("fr", "Des affrontements entre milices rivales ont éclaté dans la nuit à Tripoli, faisant au moins six "
           "morts."),
])
def test_unnamed_militias_are_the_sides(analyse, language: str, text: str) -> None:
    clashes = [e for e in events_of(analyse, text, language) if e.type == "armed_clash"]
    assert clashes and "militias" in [p.name for p in clashes[0].actors]
