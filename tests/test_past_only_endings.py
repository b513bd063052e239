"""A French verb written with an ending no present-tense form has ("-aient") is past, whatever the
tagger calls it: "les secours cherchaient encore vendredi" in a page of a Thursday is the Friday
before, not the next one (time.yaml ``past_only_endings``, extract/when._tense_reader). Sentences
written here from the pattern."""

from __future__ import annotations

from datetime import date

import pytest

from newsevents.model import Article, Published

THURSDAY = Published(date(2025, 7, 10))


@pytest.mark.parametrize("text", [
    "Les secours cherchaient encore vendredi des survivants après une frappe de missile sur Odessa.",
    "Les sauveteurs fouillaient encore vendredi les décombres après une frappe de drone sur Kharkiv.",
])
def test_an_imperfect_the_tagger_calls_present_dates_the_past_weekday(pipe, text: str) -> None:
    article = pipe.process(Article(text=text, id="t", language="fr", published=THURSDAY))
    days = [e.to_json()["date"]["start"] for e in article.events]
    assert days == ["2025-07-04"]


def test_a_present_tense_keeps_its_reading() -> None:
    from newsevents.temporal.lexicon import lexicon

    endings = lexicon("fr").extra.get("past_only_endings") or []
    # no present form of the third person plural ends so: "cherchent", "font", "savent"
    assert all(not w.endswith(tuple(endings)) for w in ("cherchent", "font", "savent", "sait"))
