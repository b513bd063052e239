"""Round 29, second task, counts, weapons and days: pattern sentences of kinds seen on the lead's
probe articles, written anew (other names, other wording), each failing on the code before its fix."""

from __future__ import annotations

import pytest
from helpers import events_of

# --- a casualty clause beside a clause of its own patient -------------------------------------------
# "No one was killed, but two nurses were wounded" and "Un chauffeur a été tué et deux employés ont
# été blessés" lost their injured: the count, the subject of its own casualty verb, was read as the
# result of the passive ("No one", "Un chauffeur") as if "A convoy was hit, wounding 15". Only a count
# that is the object of a participle of result is such a toll; a casualty clause is the act's.
OWN_CASUALTY_CLAUSES = [
    ("en", "A drone struck a school in Kadugli, Sudan, on Thursday. No one was killed, but three "
           "teachers were wounded, a local official said.", 0, 3),
    ("fr", "Une ambulance a été visée jeudi par un drone près de Kadugli, au Soudan. Un infirmier a été "
           "tué et trois secouristes ont été blessés, a indiqué le Croissant-Rouge.", 1, 3),
    ("en", "Gunmen ambushed a bus near Kadugli, Sudan, on Thursday. A driver was killed and four "
           "passengers were wounded, police said.", 1, 4),
]


@pytest.mark.parametrize(("language", "text", "dead", "injured"), OWN_CASUALTY_CLAUSES)
def test_a_casualty_clause_keeps_its_count(analyse, language, text, dead, injured):
    found = events_of(analyse, text, language, published="2025-06-13")
    assert len(found) == 1
    assert (found[0].fatalities, found[0].injured) == (dead, injured)
