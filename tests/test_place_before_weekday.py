"""A weekday the NER takes into a place's entity ("dans le district de Poonch mercredi" tagged as
one LOC) is not part of the name: the place is read without it (where._entity_spot, ``weekdays``
of lang/<code>/time.yaml)."""
import pytest

CASES = [
    ("Des tirs pakistanais ont tué trois civils dans le district de Poonch mercredi, selon la police "
     "indienne.", "Pūnch", "IN"),
    ("Une explosion a tué trois soldats dans le district de Poonch samedi, selon l'armée indienne.",
     "Pūnch", "IN"),
]


@pytest.mark.parametrize("text,place,country", CASES)
def test_weekday_is_not_part_of_the_place(analyse, text, place, country):
    events = analyse(text, "fr", "2025-05-08").events
    assert events
    assert (events[0].location.name, events[0].location.country) == (place, country)


def test_weekdays_are_read_from_the_language_data():
    from newsevents.extract.where_spots import weekdays

    assert {"mercredi", "lundi"} <= weekdays("fr")
    assert {"wednesday", "monday"} <= weekdays("en")
