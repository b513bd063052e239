"""An incident placed by a pronoun in the sentence after it (events_resumed.py): "It took place near
X", "Elle s'est produite près de X" resume the act the sentence before is about (its main verb or
its subject, also under a reporting verb), and place it when it has no place of its own. Not an act
only mentioned as an object there ("The ministry condemned the attack. It took place near X").
Sentences written from general patterns; each runs the whole pipeline (`analyse`)."""

from __future__ import annotations

import pytest
from helpers import events_of

RESUMED = [
    ("en", "An Iranian missile hit a villa on Monday, officials said. It took place near Erbil."),
    ("en", "A Hezbollah drone struck an army base on Monday, the army said. It happened near Erbil."),
    ("fr", "Un missile iranien a touché une villa lundi, selon des responsables. "
           "Elle s'est produite près d'Erbil."),
    ("fr", "Une frappe de drone a touché une base lundi, selon l'armée. Elle a eu lieu près d'Erbil."),
]


@pytest.mark.parametrize(("language", "text"), RESUMED)
def test_a_pronoun_of_occurrence_places_the_act_before(analyse, language, text):
    found = events_of(analyse, text, language)
    assert [e.location.name if e.location else None for e in found] == ["Erbil"], \
        [(e.type, e.location) for e in found]


# the sentence before is about something else: the act is not what the pronoun resumes; another
# verb than one of occurrence, or another subject than a pronoun, places nothing
NOT_RESUMED = [
    ("en", "An Iranian missile hit a villa on Monday.\n\nThe ministry condemned the attack on Tuesday. "
           "It took place near Erbil."),
    ("en", "An Iranian missile hit a villa on Monday. It angered officials near Erbil."),
    ("fr", "Un missile iranien a touché une villa lundi. Elle appartenait à un homme d'affaires d'Erbil."),
]


@pytest.mark.parametrize(("language", "text"), NOT_RESUMED)
def test_no_pronoun_of_occurrence_after_the_act_places_nothing(analyse, language, text):
    found = events_of(analyse, text, language)
    assert found and all(e.location is None or e.location.name != "Erbil" for e in found), \
        [(e.type, e.location) for e in found]
