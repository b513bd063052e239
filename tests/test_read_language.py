"""Offline language detection among the languages we have data for."""

from __future__ import annotations

import pytest

from newsevents.lang import supported_languages
from newsevents.model import Article
from newsevents.read.language import assign_language, detect, detect_language


@pytest.mark.parametrize(("text", "code"), [
    ("Les secours ont évacué une centaine d'habitants après l'effondrement du pont.", "fr"),
    ("Selon le porte-parole, aucune victime n'a été signalée.", "fr"),
    ("Le gouvernement dément toute implication dans l'attaque du convoi.", "fr"),
    ("Rescuers evacuated about a hundred residents after the bridge collapsed.", "en"),
    ("According to the spokesman, no casualties were reported.", "en"),
    ("The government denied any involvement in the attack on the convoy.", "en"),
    ("Kyiv said the drones were shot down over the region overnight.", "en"),
])
def test_detects_french_and_english(text: str, code: str) -> None:
    found = detect(text)
    assert found.language == code and found.reliable
    assert detect_language(text) == code


def test_only_supported_languages_are_ever_returned() -> None:
    text = "Die Regierung bestreitet jede Beteiligung an dem Angriff auf den Konvoi."
    assert detect_language(text) in supported_languages()


@pytest.mark.parametrize("text", ["OK", "12/03/2024 — 14:00", "Kyiv, 2024"])
def test_too_little_text_falls_back_with_a_warning(text: str) -> None:
    article = assign_language(Article(text=text))
    assert article.language in supported_languages()
    assert any("too little text" in w for w in article.warnings)


def test_a_given_language_is_kept() -> None:
    article = assign_language(Article(text="The ministry said nothing more.", language="fr"))
    assert article.language == "fr" and article.warnings == []
