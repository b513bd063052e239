"""A bare number with a casualty word that is also said of things ("abattus", "shot down") is a
toll only when its "de"/"of" complement names people: "18 des 25 drones ont été abattus" counts
aircraft, "18 des 25 otages ont été abattus" counts dead. Without a complement the number's
noun is unknown ("dont 18 ont été abattus") and no toll is read. Numbers stage alone, and one
incident through the whole pipeline (the toll of the strike is not the count of drones downed)."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def killed():
    from newsevents.model import Article
    from newsevents.pipeline import Pipeline

    pipe = Pipeline(stages=("numbers",))

    def _run(text: str, language: str) -> list[int]:
        mentions = pipe.process(Article(text=text, id="t", language=language)).of_kind("number")
        return [m.value.value for m in mentions if m.value.unit == "killed"]

    return _run


THINGS = [
    ("fr", "La défense aérienne a abattu 18 des 25 drones lancés dans la nuit."),
    ("fr", "L'armée a lancé 40 drones sur la région, dont 31 ont été abattus."),
    ("en", "The air force said it shot down 18 of the 25 drones launched overnight."),
    ("en", "Russia launched 40 drones, of which 31 were shot down, the air force said."),
    # the counted noun is a thing: no toll, whatever the verb ("abattu 45 drones")
    ("fr", "La défense aérienne a abattu 45 drones ukrainiens pendant la nuit."),
    ("en", "Air defences shot down 45 drones over the region overnight."),
]


@pytest.mark.parametrize(("language", "text"), THINGS)
def test_a_count_of_things_downed_is_no_toll(killed, language, text):
    assert killed(text, language) == []


PEOPLE = [
    ("fr", "Trois des otages ont été abattus par les ravisseurs.", 3),
    ("fr", "Deux soldats ont été abattus par un tireur embusqué.", 2),
    ("en", "Three of the hostages were shot dead by the kidnappers.", 3),
    ("en", "Two of the soldiers were executed by the militants.", 2),
]


@pytest.mark.parametrize(("language", "text", "count"), PEOPLE)
def test_people_shot_are_still_a_toll(killed, language, text, count):
    assert killed(text, language) == [count]


def test_the_strike_keeps_its_own_toll(analyse):
    art = analyse("Une frappe de drone russe a tué deux personnes à Kharkiv mardi. La défense aérienne "
                  "a abattu 18 des 25 drones lancés dans la nuit.")
    assert [e.fatalities for e in art.events if e.type == "drone_strike"] == [2]
