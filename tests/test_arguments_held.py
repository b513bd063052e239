"""Who an arrest holds is its target (arguments_settle.held_parties): the object of the verb, the
subject of its passive, the noun its participle qualifies, the "de"/"of" complement of its noun;
a describing noun stands for the name in apposition to it. Sentences written for these tests."""

from __future__ import annotations

import pytest
from helpers import events_of

HELD = [
    ("en", "Security forces detained the blogger Omar Haddad in Tunis on Tuesday, his family said.",
     "Omar Haddad"),
    ("en", "The arrest of opposition activist Ali Karimi by Iranian police in Tehran on Monday drew "
           "condemnation from rights groups.", "Ali Karimi"),
    ("en", "Among them was the French aid worker Claire Martin, a nurse detained in Niger since 2023.",
     "Claire Martin"),
    ("fr", "Le militant Karim Benali a été arrêté mardi à Alger par la police, a indiqué son avocat.",
     "Karim Benali"),
    ("fr", "L'arrestation de l'opposant Moussa Diallo mercredi à Bamako par la gendarmerie a provoqué "
           "des manifestations.", "Moussa Diallo"),
    ("fr", "Parmi eux figuraient le photographe allemand Max Vogel, le correspondant du Frankfurter "
           "Rundschau détenu depuis mai 2022, et l'ancien diplomate Jan Novak, emprisonné en "
           "Biélorussie depuis 2020.", "Max Vogel"),
    ("fr", "Parmi eux figuraient le photographe allemand Max Vogel, le correspondant du Frankfurter "
           "Rundschau détenu depuis mai 2022, et l'ancien diplomate Jan Novak, emprisonné en "
           "Biélorussie depuis 2020.", "Jan Novak"),
]


@pytest.mark.parametrize(("language", "text", "held"), HELD)
def test_who_is_held_is_the_target(analyse, language: str, text: str, held: str) -> None:
    arrests = [e for e in events_of(analyse, "Brève\n\n" + text, language) if e.type == "arrest"]
    assert any(held in [p.name for p in e.targets] for e in arrests), \
        [(e.type, [p.name for p in e.targets]) for e in arrests]
    assert not any(held in [p.name for p in e.actors] for e in arrests)


def test_the_arresting_police_stay_actors(analyse) -> None:
    text = ("The arrest of opposition activist Ali Karimi by Iranian police in Tehran on Monday drew "
            "condemnation from rights groups.")
    arrest = next(e for e in events_of(analyse, text, "en") if e.type == "arrest")
    assert [p.name for p in arrest.actors] == ["Iranian police"]
    assert [p.name for p in arrest.targets] == ["Ali Karimi"]
