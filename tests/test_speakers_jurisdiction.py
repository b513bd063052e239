"""An office holder named by the place he governs speaks, not the place ("the mayor of Kharkiv
said", "a déclaré le gouverneur de la région de Koursk"): speakers._jurisdiction,
`jurisdiction_titles` in lang/*/claims.yaml. Sentences written here from the general pattern."""

from __future__ import annotations

from datetime import date

import pytest

from newsevents.model import Article, Published

PUBLISHED = Published(date(2025, 11, 15))


def _speakers(pipe, text: str, language: str) -> list[str]:
    article = pipe.process(Article(text=text, id="t", language=language, published=PUBLISHED))
    return [(c.to_json().get("speaker") or {}).get("name") or "" for c in article.claims]


@pytest.mark.parametrize(("language", "text", "title"), [
    ("en", "Two people were killed in Kharkiv on Friday, the mayor of Kharkiv said.", "mayor"),
    ("en", "A drone attack set fire to an oil depot in Tuapse on Friday, the governor of the Krasnodar "
           "region said.", "governor"),
    ("fr", "Deux personnes ont été tuées vendredi à Kharkiv, a déclaré le gouverneur de la région de "
           "Kharkiv.", "gouverneur"),
    ("fr", "Le gouverneur de la région frontalière de Belgorod a accusé l'Ukraine d'avoir bombardé un "
           "village.", "gouverneur"),
    ("fr", "Trois immeubles ont été touchés, a indiqué le maire de Dnipro.", "maire"),
])
def test_the_office_holder_speaks_not_the_place(pipe, language: str, text: str, title: str) -> None:
    speakers = _speakers(pipe, text, language)
    assert speakers and title in speakers[0]


@pytest.mark.parametrize(("language", "text", "name"), [
    # named beside the title: the person
    ("fr", "Deux personnes ont été tuées vendredi à Kharkiv, a déclaré le maire de Kharkiv, Ihor Terekhov.",
     "Ihor Terekhov"),
    # a state after the title is no jurisdiction of a mayor or governor: left to the other readers
    ("en", "Russia's defence ministry said its air defences destroyed 31 drones.",
     "Ministry of Defence of Russia"),
])
def test_named_or_institutional_speakers_are_unchanged(pipe, language: str, text: str, name: str) -> None:
    assert name in _speakers(pipe, text, language)
