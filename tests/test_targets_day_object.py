"""The person an attack killed is its target when the parser read the day after the verb as its
object ("a tué mercredi, à Saïda, X": arguments_day_object.day_read_objects, read by
arguments.object_parties). Sentences written for these tests, in stories of their own."""

from __future__ import annotations

import pytest
from helpers import events_of


@pytest.mark.parametrize(("text", "person"), [
    ("Une frappe de drone israélienne a tué mercredi à Saïda, dans le sud du Liban, Khalil Mansour, un "
     "commandant de la branche armée du Hamas, selon l'agence officielle libanaise.", "Khalil Mansour"),
    ("Une frappe de drone israélienne a tué mercredi Khalil Mansour, un commandant du Hamas, à Saïda.",
     "Khalil Mansour"),
    ("Une frappe israélienne a tué lundi à Tyr, dans le sud du Liban, Hassan Fadlallah, un responsable du "
     "Hezbollah, selon l'agence officielle libanaise.", "Hassan Fadlallah"),
])
def test_the_person_killed_after_the_day_is_the_target(analyse, text: str, person: str) -> None:
    strikes = events_of(analyse, text, "fr")
    assert strikes
    assert person in [p.name for p in strikes[0].targets]
