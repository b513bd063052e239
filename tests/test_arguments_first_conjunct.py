"""Co-subjects of an exchange, a pact or a clash are its sides, also when the parser makes the first
conjunct the sentence root and the verb its conjunct ("La Russie et l'Ukraine ont échangé":
"Russie" <-conj- "échangé"). Sentences written here from the pattern."""

from __future__ import annotations

from datetime import date

import pytest

from newsevents.model import Article, Published


@pytest.mark.parametrize(("language", "text", "sides"), [
    ("fr", "La Russie et l'Ukraine ont échangé mardi 90 prisonniers de guerre chacune.",
     {"Russia", "Ukraine"}),
    ("en", "Russia and Ukraine exchanged 90 prisoners of war each on Tuesday.", {"Russia", "Ukraine"}),
])
def test_both_co_subjects_are_sides(pipe, language: str, text: str, sides: set[str]) -> None:
    article = Article(text=text, id="x", language=language, published=Published(date(2024, 6, 26)), sha256="")
    events = next(iter(pipe.process_many([article]))).events
    assert [e.type for e in events] == ["prisoner_exchange"]
    assert {a.name for a in events[0].actors} == sides
