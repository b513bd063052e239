"""A verb of telling names whom it told before a clause with no "that" ("A Hezbollah official told
Reuters the two men were civilians"): the claimed words are the clause, not "Reuters the two men
...". Only verbs of telling (`addressee_verbs` in lang/en/claims.yaml): the object of another verb
is what it claims ("claiming the Gulf nation was behind the strike"). Sentences written here."""

from __future__ import annotations

import pytest

PUBLISHED = "2026-02-03"


def _contents(analyse, text: str) -> list[str]:
    article = analyse(text, "en", PUBLISHED)
    return [c.to_json()["content"] for c in article.claims]


@pytest.mark.parametrize(("text", "content"), [
    ("A Hezbollah official told Reuters the two men were civilians.", "the two men were civilians"),
    ("The minister told AFP the strike had hit a school in Kherson.",
     "the strike had hit a school in Kherson"),
    ("A senior official warned reporters the ceasefire could collapse within days.",
     "the ceasefire could collapse within days"),
    ("A Hezbollah official told Reuters that the two men were civilians.", "the two men were civilians"),
])
def test_whom_it_told_is_no_part_of_what_was_said(analyse, text: str, content: str) -> None:
    assert _contents(analyse, text) == [content]


@pytest.mark.parametrize(("text", "content"), [
    ("Sudan accused the UAE on Tuesday, claiming the Gulf nation was behind the strike.",
     "the Gulf nation was behind the strike"),
])
def test_another_verbs_object_is_what_it_claims(analyse, text: str, content: str) -> None:
    assert content in _contents(analyse, text)
