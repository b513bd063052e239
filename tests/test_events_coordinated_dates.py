"""A date hung from a casualty verb coordinated with the main one ("ont été tuées et 23 blessées
mardi soir dans une frappe") dates the incident the clause tells: the coordinated verb has no
subject of its own, so it is one clause with its head. A reporting verb that the parser
coordinates with the content at the end of a sentence ("..., the governor said on Sunday")
still dates only the words."""

from __future__ import annotations

import pytest

COORDINATED = [
    ("fr", "Au moins sept personnes ont été tuées et 23 blessées mardi soir dans une frappe de missile "
           "russe sur un immeuble de Zaporijjia.", "2025-11-11"),
    ("fr", "Deux civils ont été tués et cinq blessés jeudi dans un bombardement sur le marché de Kherson.",
     "2025-11-13"),
    ("en", "At least seven people were killed and 23 injured on Tuesday evening in a Russian missile "
           "strike on a residential building in Zaporizhzhia.", "2025-11-11"),
]


@pytest.mark.parametrize(("language", "text", "day"), COORDINATED)
def test_a_coordinated_casualty_verb_dates_the_incident(analyse, language, text, day):
    art = analyse(text, language=language)
    assert [str(e.date.start) for e in art.events if e.date and not e.date.inferred] == [day], \
        [(e.type, e.date) for e in art.events]


def test_a_reporting_verb_at_the_end_dates_only_the_words(analyse):
    art = analyse("Elsewhere, Russian attacks in the Kherson region have injured five people, including two "
                  "children, Kherson's regional governor, Oleksandr Prokudin, said on Sunday.", language="en")
    # not through the parse's coordination (a date with the words' span): the statement's own day
    # may still date an undated act told in it (events_dates._statement_date, no span), now that
    # the title and name in apposition before "said" are found as its speaker
    assert all(e.date is None or e.date.inferred or e.date.span is None for e in art.events), \
        [(e.type, e.date) for e in art.events]
