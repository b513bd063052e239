"""Place names as French news writes them: the French "ch", "tch" and "dj" for the English "sh",
"ch" and "j" (data/transliteration.yaml: "El-Facher", "Tchernihiv", "Djouba"), and an alternate
name GeoNames keeps ("Qamichli") tagged as a place after a preposition of place
(where.PLACED_ALTERNATE_POP). Sentences written here from the general pattern."""

from __future__ import annotations

from datetime import date

import pytest

from newsevents.model import Article, Published

PUBLISHED = Published(date(2025, 11, 15))


def _places(pipe, text: str) -> list[str | None]:
    article = pipe.process(Article(text=text, id="t", language="fr", published=PUBLISHED))
    return [(e.to_json()["location"] or {}).get("name") for e in article.events]


@pytest.mark.parametrize(("text", "town"), [
    ("Des combats ont éclaté lundi entre l'armée et les paramilitaires à El-Facher.", "El Fasher"),
    ("Un drone turc a frappé vendredi un véhicule près de Qamichli, tuant trois combattants.",
     "Al Qāmishlī"),
    ("Un missile a frappé jeudi un dépôt à Machhad, faisant deux morts.", "Mashhad"),
    ("Des tirs d'artillerie ont tué trois civils mardi à Djouba, selon la police.", "Juba"),
])
def test_a_french_spelling_finds_its_town(pipe, text: str, town: str) -> None:
    assert _places(pipe, text) == [town]
