"""English reporting constructions of conflict news: the rows tests/test_claims_channels.py,
test_claims_embedded.py and test_claims_genre.py have in French only (a title's complement is no
name, stances from the words around a neutral verb, a report that states a toll, an opening "For X,"
source, a document speaking for its issuer, relative and apposed subjects, a subject after a
headline's line break). Sentences written from the patterns of English news."""

from __future__ import annotations

import pytest
from helpers import one_claim, speaker_is


def en(analyse, text):
    return analyse(text, "en")


@pytest.mark.parametrize(
    ("text", "keyword", "speaker", "not_name"),
    [
        ("The minister of social affairs, Albert Kasongo, said the wounded would be treated free of charge.",
         "treated", "Albert Kasongo", "Social Affairs"),
        ("The head of the World Health Organization (WHO), Karim Haddad, said three hospitals had been hit.",
         "hospitals", "Karim Haddad", "World Health Organization"),
    ],
)
def test_title_complement_is_no_name(analyse, text, keyword, speaker, not_name):
    claim = one_claim(en(analyse, text), keyword)
    assert claim.speaker.name == speaker
    assert claim.speaker.name != not_name


@pytest.mark.parametrize(
    ("text", "keyword", "stance"),
    [
        ("Mali's foreign ministry said it had demanded explanations from Algeria over the destruction of "
         "the drone.", "explanations", "demand"),
        ("The Congolese government recalled that the departure of the rebels was “non-negotiable”.",
         "departure of the rebels", "demand"),
    ],
)
def test_stance_from_the_words_around_the_verb(analyse, text, keyword, stance):
    assert one_claim(en(analyse, text), keyword).stance == stance


@pytest.mark.parametrize(
    ("text", "keyword", "speaker"),
    [
        ("The regional governor, Ivan Petrenko, reported three lightly wounded, although several houses "
         "were destroyed.", "three lightly wounded", "Ivan Petrenko"),
        ("Police announced on Thursday that two suspects had been arrested near the border.", "two suspects",
         "police"),
    ],
)
def test_a_report_of_a_toll_or_an_announcement(analyse, text, keyword, speaker):
    claim = one_claim(en(analyse, text), keyword)
    assert speaker_is(claim, speaker), claim.speaker


def test_a_toll_with_according_to_has_that_source_only(analyse):
    claims = en(analyse, "The strike killed ten people and wounded many in the district, according to "
                         "police.").claims
    assert all(speaker_is(c, "police") for c in claims), [(c.speaker.name, c.content) for c in claims]


@pytest.mark.parametrize(
    ("text", "keyword", "speaker"),
    [
        ("For analyst Mark Dubreuil, this is a deliberate escalation by Moscow.", "deliberate escalation",
         "Mark Dubreuil"),
        ("For Ankara, this operation is a flagrant violation of its sovereignty.", "flagrant violation",
         "Turkey"),
    ],
)
def test_for_x_opening_the_sentence_is_a_source(analyse, text, keyword, speaker):
    claim = one_claim(en(analyse, text), keyword)
    assert speaker_is(claim, speaker), claim.speaker


def test_for_inside_the_sentence_is_no_source(analyse):
    article = en(analyse, "Chad recalled its ambassador for consultations after the incident.")
    assert not article.claims, [(c.speaker.name, c.content) for c in article.claims]


@pytest.mark.parametrize(
    ("text", "keyword", "speaker"),
    [
        ("MONUSCO said its peacekeepers had been targeted. The text reports that militiamen opened fire "
         "on the base in Bunia.", "opened fire", "MONUSCO"),
        ("MONUSCO said its peacekeepers had been targeted. According to the same source, “three of the "
         "mission's vehicles were set on fire”.", "vehicles", "MONUSCO"),
    ],
)
def test_a_document_speaks_for_its_issuer(analyse, text, keyword, speaker):
    claim = one_claim(en(analyse, text), keyword)
    assert speaker_is(claim, speaker), claim.speaker


@pytest.mark.parametrize(
    ("text", "keyword", "speaker", "not_speaker"),
    [
        # a bare plural subject of "say" (no determiner): French always has one ("des habitants")
        ("Residents who dispute the official version say the victims were civilians.",
         "victims were", "Residents", None),
        ("The Houthis, an armed movement backed by Tehran, said they had targeted a ship in the Gulf of "
         "Aden.",
         "targeted a ship", "Houthis", "movement"),
    ],
)
def test_the_speaker_of_relative_and_apposed_subjects(analyse, text, keyword, speaker, not_speaker):
    claim = one_claim(en(analyse, text), keyword)
    assert speaker_is(claim, speaker), claim.speaker
    if not_speaker:
        assert not_speaker not in claim.speaker.name


def test_a_headline_noun_is_not_the_subject_after_a_line_break(analyse):
    text = ("Chad: army announces strikes near the lake, ten dead\n"
            "The Chadian army announced on Tuesday that it had destroyed several Boko Haram positions near "
            "the lake.")
    claim = one_claim(en(analyse, text), "several Boko Haram positions")
    assert speaker_is(claim, "Chadian army") or speaker_is(claim, "army"), claim.speaker
