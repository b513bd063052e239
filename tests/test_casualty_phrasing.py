"""Casualty phrasing of incident notes and wire copy, English and French tables of equal weight:
unknown tolls stay null, stated none is 0, "killing X and wounding Y", "X was killed and Y
wounded", floors ("at least"), and tolls per side adding up ("three soldiers and two civilians",
"Fatalities: 4 JNIM and 2 military"). Counts of the one incident each text codes, through the whole
pipeline; the numbers stage's own sums are checked on their mentions."""

from __future__ import annotations

import pytest
from helpers import events_of

# (language, text, fatalities, injured) of the one incident coded
PHRASING = [
    # unknown: not stated, or stated as unknown -> null
    ("en", "On 4 March 2025, Russian forces shelled Kherson. Casualties unknown.", None, None),
    ("en", "On 4 March 2025, Russian forces shelled Kherson. Fatalities unknown.", None, None),
    ("en", "On 4 March 2025, Russian forces shelled Kherson. No toll was given.", None, None),
    ("fr", "Le 4 mars 2025, les forces russes ont bombardé Kherson. Bilan inconnu.", None, None),
    ("fr", "Le 4 mars 2025, les forces russes ont bombardé Kherson. Aucun bilan n'a été communiqué.",
     None, None),
    # stated as none -> 0
    ("en", "On 4 March 2025, Russian forces shelled Kherson. No casualties.", 0, 0),
    ("en", "On 4 March 2025, Russian forces shelled Kherson. There were no reported casualties.", 0, 0),
    ("en", "On 4 March 2025, Russian forces shelled Kherson, wounding four people. There were no "
           "reported fatalities.", 0, 4),
    ("en", "On 4 March 2025, Russian forces shelled Kherson. There were no immediate reports of "
           "casualties.", 0, 0),
    ("fr", "Le 4 mars 2025, les forces russes ont bombardé Kherson, sans faire de victimes.", 0, 0),
    ("fr", "Le 4 mars 2025, les forces russes ont bombardé Kherson, blessant quatre personnes. "
           "Aucun mort n'a été signalé.", 0, 4),
    # killed and wounded in one clause, or in two coordinated clauses
    ("en", "On 4 March 2025, Russian forces shelled Kherson, killing two civilians and wounding five.",
     2, 5),
    ("en", "On 4 March 2025, Russian forces shelled Kherson. One soldier was killed and five wounded.",
     1, 5),
    ("fr", "Le 4 mars 2025, les forces russes ont bombardé Kherson, tuant deux civils et en blessant "
           "cinq.", 2, 5),
    ("fr", "Le 4 mars 2025, les forces russes ont bombardé Kherson. Un soldat a été tué et cinq "
           "autres blessés.", 1, 5),
    # one person named by kinship ("his wife", "son fils")
    ("en", "On 4 March 2025, Russian forces shelled Kherson, killing a man and wounding his wife.", 1, 1),
    ("en", "On 4 March 2025, a Russian strike on Kherson killed a woman and her son.", 2, None),
    ("fr", "Le 4 mars 2025, les forces russes ont bombardé Kherson, tuant un homme et blessant sa femme.",
     1, 1),
    ("fr", "Le 4 mars 2025, une frappe russe sur Kherson a tué une femme et son fils.", 2, None),
    # floors
    ("en", "On 4 March 2025, Russian forces shelled Kherson. At least seven people were killed.", 7, None),
    ("fr", "Le 4 mars 2025, les forces russes ont bombardé Kherson. Au moins sept personnes ont été "
           "tuées.", 7, None),
    # tolls per side add up
    ("en", "On 4 March 2025, Russian forces shelled Kherson. Three soldiers and two civilians were "
           "killed.", 5, None),
    ("en", "On 4 March 2025, Russian forces shelled Kherson, killing four soldiers and two civilians.",
     6, None),
    ("en", "On 4 March 2025, fighting between the army and rebels near Gao left five soldiers and "
           "seven rebels dead.", 12, None),
    ("en", "On 4 March 2025, clashes between the army and JNIM near Gao. Fatalities: 4 JNIM and 2 "
           "military.", 6, None),
    # a bare count after a casualty heading
    ("en", "On 4 March 2025, Russian forces shelled Kherson. Fatalities: 3.", 3, None),
    ("en", "On 4 March 2025, Russian forces shelled Kherson. Injured: 5.", None, 5),
    ("fr", "Le 4 mars 2025, les forces russes ont bombardé Kherson. Morts : 3.", 3, None),
    ("fr", "Le 4 mars 2025, les forces russes ont bombardé Kherson. Blessés : 5.", None, 5),
    ("fr", "Le 4 mars 2025, les forces russes ont bombardé Kherson. Trois soldats et deux civils ont "
           "été tués.", 5, None),
    ("fr", "Le 4 mars 2025, les forces russes ont bombardé Kherson, tuant quatre soldats et deux "
           "civils.", 6, None),
    # a breakdown of a total is no second toll
    ("en", "On 4 March 2025, Russian forces shelled Kherson, killing five people, including four "
           "children and three women.", 5, None),
    ("fr", "Le 4 mars 2025, les forces russes ont bombardé Kherson, faisant 12 morts, dont huit "
           "enfants et sept femmes.", 12, None),
]


@pytest.mark.parametrize(("language", "text", "fatalities", "injured"), PHRASING)
def test_casualty_phrasing(analyse, language, text, fatalities, injured):
    events = events_of(analyse, text, language)
    assert len(events) == 1, [(e.type, e.fatalities, e.injured) for e in events]
    assert (events[0].fatalities, events[0].injured) == (fatalities, injured)


# (language, text, the words of the sum, its value): the sum covers every part, the parts stay
SUMS = [
    ("en", "Two policemen and three passers-by were wounded.", "Two policemen and three passers-by", 5),
    ("en", "The blast killed six workers and a guard.", "six workers and a guard", 7),
    ("fr", "Deux policiers et trois passants ont été blessés.", "Deux policiers et trois passants", 5),
    ("fr", "L'explosion a tué six ouvriers et un gardien.", "six ouvriers et un gardien", 7),
]


@pytest.mark.parametrize(("language", "text", "words", "total"), SUMS)
def test_coordinated_counts_add_up(numbers, language, text, words, total):
    found = numbers(text, language)
    units = {m.value.unit for m in found if m.value.unit in ("killed", "injured")}
    assert len(units) == 1, found
    best = max(found, key=lambda m: m.value.value)
    assert best.value.value == total and words in best.text, found
    assert len([m for m in found if m.value.unit in units]) == 3, found  # two parts and their sum


# (language, text, the killed counts found): a breakdown, a count in another clause, things
NOT_SUMMED = [
    ("en", "Five people were killed, including two children and a woman.", [5]),
    ("en", "The strike killed three soldiers and damaged two tanks.", [3]),
    ("en", "Three people were killed and two were injured.", [3]),
    ("fr", "Cinq personnes ont été tuées, dont deux enfants et une femme.", [5]),
    ("fr", "La frappe a tué trois soldats et détruit deux chars.", [3]),
    ("fr", "Trois personnes ont été tuées et deux autres blessées.", [3]),
]


@pytest.mark.parametrize(("language", "text", "killed"), NOT_SUMMED)
def test_breakdowns_and_other_clauses_are_not_summed(numbers, language, text, killed):
    found = [m.value.value for m in numbers(text, language) if m.value.unit == "killed"]
    assert found == killed
