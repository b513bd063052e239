"""A demonym that ends a person's name after a particle and a hyphen ("Abu Omar al-Somali") tells
where a family came from, not a state of the story (who_names.nisba, ``name_particles`` of
lang/<code>/parties.yaml). Sentences written for these tests, in stories of their own."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("language", "text", "state"), [
    ("en", "A US drone strike killed Abu Omar al-Somali, a senior al-Shabaab leader, near Jilib on Monday.",
     "Somalia"),
    ("fr", "Une frappe de drone américaine a tué lundi Abou Omar al-Somali, un haut responsable des shebab, "
           "près de Jilib.", "Somalia"),
    ("en", "Iraqi forces arrested Abu Hamza al-Masri, an Islamic State financier, in Mosul on Tuesday.",
     "Egypt"),
])
def test_a_name_of_origin_is_no_state(analyse, language: str, text: str, state: str) -> None:
    article = analyse(text, language=language)
    states = [m.value.name for m in article.mentions if m.kind == "party" and m.value.kind == "state"]
    assert state not in states
