"""Wire datelines (newsevents/read/datelines.py): the outlet's words, not the story's.

Sentences written here from the wire formats (Reuters, AFP, AP), French and English.
"""

from __future__ import annotations

from datetime import date

import pytest

from newsevents.model import Article, Published
from newsevents.nlp import pipeline
from newsevents.read.datelines import datelines


@pytest.mark.parametrize(("text", "expected"), [
    ("BAKU, Nov 14 (Reuters) - Azerbaijan's agency said", "BAKU, Nov 14 (Reuters) - "),
    ("Titre\nKHERSON (Ukraine), 12 août 2023 (Reuters) - Un drone",
     "KHERSON (Ukraine), 12 août 2023 (Reuters) - "),
    ("KYIV (AP) — A drone struck", "KYIV (AP) — "),
    ("(Reuters) - Deux missiles russes ont frappé", "(Reuters) - "),
    ("(AFP) — Un drone a frappé", "(AFP) — "),
])
def test_a_dateline_opening_a_line_is_found(text: str, expected: str) -> None:
    assert [m.group(0) for m in datelines(text)] == [expected]


@pytest.mark.parametrize("text", [
    "Le Fonds monétaire international (FMI) - qui a prêté - a réagi.",
    "(Rédigé par Ron Popeski) - fin",
    "Three people - two of them children - were killed.",
])
def test_no_dateline_in_the_story(text: str) -> None:
    assert list(datelines(text)) == []


@pytest.mark.parametrize(("language", "text", "story"), [
    ("en", "BAKU, Nov 14 (Reuters) - Azerbaijan's foreign ministry said a missile hit its embassy.",
     "Azerbaijan's"),
    ("fr", "BAKOU, 14 novembre (AFP) - Le ministère azerbaïdjanais a indiqué qu'un missile avait touché "
           "l'ambassade.", "Le"),
])
def test_the_story_starts_a_sentence_after_the_dateline(language: str, text: str, story: str) -> None:
    doc = pipeline(language)(text)
    first = next(t for t in doc if t.idx == text.index(story))
    assert first.is_sent_start
    # the dateline's place is nobody's subject
    assert all(t.head.i < first.i or t.i < first.i for t in doc[:first.i])


@pytest.mark.parametrize(("language", "text", "not_speaker"), [
    ("en", "BAKU, Nov 14 (Reuters) - Azerbaijan's mine action agency said fragments of two missiles were "
           "found in the town of Shusha on March 15.", "Reuters"),
    ("fr", "BAKOU, 14 novembre (AFP) - L'agence azerbaïdjanaise de déminage ANAMA a annoncé que les débris "
           "de deux missiles avaient été retrouvés le 15 mars à Choucha.", "AFP"),
])
def test_an_agency_described_in_full_is_not_the_wire_agency(language: str, text: str, not_speaker: str,
                                                            pipe) -> None:
    article = pipe.process(Article(text=text, id="t", language=language,
                                   published=Published(date(2025, 11, 15))))
    speakers = [c.speaker.name for c in article.claims if c.speaker is not None]
    assert speakers and not_speaker not in speakers


def test_a_bare_agency_after_a_dateline_is_still_the_wire(pipe) -> None:
    text = "KIEV (AFP) - Trois soldats ukrainiens ont été tués lundi à Kherson, selon l'agence."
    article = pipe.process(Article(text=text, id="t", language="fr", published=Published(date(2025, 11, 15))))
    assert [c.speaker.name for c in article.claims if c.speaker is not None] == ["AFP"]
