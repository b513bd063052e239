"""The platform X at a sentence's end ("a écrit sur X.", "wrote on X.") ends the sentence: the
tokenizer no longer reads "X." as an initial (manifest ``token_splits``), so the next sentence's
subject is not taken for the speaker. Sentences written here from the pattern."""

from __future__ import annotations

import pytest

from newsevents.nlp import add_token_splits

CASES = [
    ("fr", "« 90 de nos défenseurs sont rentrés à la maison », a écrit Volodymyr Zelensky sur X. "
           "Le ministère russe de la Défense a confirmé l'échange."),
    ("en", "\"Ninety of our defenders are home,\" Volodymyr Zelensky wrote on X. The Russian defence "
           "ministry confirmed the exchange."),
]


@pytest.mark.parametrize(("language", "text"), CASES)
def test_a_post_on_x_keeps_its_speaker(analyse, language: str, text: str) -> None:
    claims = analyse(text, language, "2024-06-26").claims
    quoted = [c for c in claims if "défenseurs" in c.content or "defenders" in c.content]
    assert quoted and all(c.speaker is not None and c.speaker.name == "Volodymyr Zelensky" for c in quoted)


def test_a_split_must_spell_its_token() -> None:
    import spacy

    nlp = spacy.blank("fr")
    add_token_splits(nlp, {"X.": ["X", "."]})
    assert [t.text for t in nlp("sur X. Le")] == ["sur", "X", ".", "Le"]
    with pytest.raises(ValueError, match="do not spell"):
        add_token_splits(nlp, {"X.": ["Y", "."]})
