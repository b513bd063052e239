"""Claims the lead's review of round 26 kept: each table fails on the merge it mends."""

from __future__ import annotations

from datetime import date

import pytest

from newsevents.model import Article, Published

PUBLISHED = Published(date(2025, 6, 1))


def _claims(pipe, text: str, language: str) -> list[dict]:
    article = pipe.process(Article(text=text, id="t", language=language, published=PUBLISHED))
    return [c.to_json() for c in article.claims]


@pytest.mark.parametrize(("text", "speaker"), [
    # the English tagger reads many an active past in body text as a bare participle (VBN): only a
    # headline drops its auxiliary, so only there is such a verb a passive naming the accused
    ("Clashes erupted on Thursday between the army and rebels in the north. The UN Secretary-General "
     "on Friday called on both sides to halt the fighting.", "United Nations"),
    ("The UN Secretary-General on Friday called on both sides to halt the fighting.", "United Nations"),
])
def test_a_body_past_read_as_a_participle_still_speaks(pipe, text: str, speaker: str) -> None:
    speakers = [(c["speaker"] or {}).get("name") for c in _claims(pipe, text, "en")]
    assert speaker in speakers


def test_a_headline_passive_names_the_accused_not_a_speaker(pipe) -> None:
    text = ("Sudan's RSF accused of drone attack on airport\n\nDrones struck the airport of Port Sudan "
            "on Sunday, the army said.")
    assert "Rapid Support Forces" not in [(c["speaker"] or {}).get("name") for c in _claims(pipe, text, "en")]


@pytest.mark.parametrize(("language", "text"), [
    # an act the speaker's side underwent (a passive) and one it denies is a denial of the hit,
    # not a detail of the speaker's own act
    ("en", "A Pentagon spokesman told reporters on Tuesday that US warships had been targeted by Houthi "
           "missiles but that none was hit."),
])
def test_an_undergone_act_beside_a_negated_hit_is_a_denial(pipe, language: str, text: str) -> None:
    assert [c["stance"] for c in _claims(pipe, text, language)] == ["deny"]
