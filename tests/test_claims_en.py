"""Attribution in English: parametrized constructions and traps (a quote inside a quote, the
speaker after the quote, "according to" before a rule, a negated denial, an unbalanced quote)."""

from __future__ import annotations

import pytest

from newsevents.extract.stance import fold


def speaker_is(claim, alias: str) -> bool:
    names = [claim.speaker.name, claim.speaker.text or ""]
    return any(fold(alias) in fold(n) for n in names)


def one_claim(article, keyword: str):
    hits = [c for c in article.claims if fold(keyword) in fold(c.content)]
    assert hits, f"no claim with {keyword!r}: {[(c.speaker.name, c.content) for c in article.claims]}"
    return hits[0]


def en(analyse, text):
    return analyse(text, language="en")


ATTRIBUTIONS = [
    (
        "Defence Minister John Carter said that the strikes had hit residential areas near the port.",
        "Carter",
        "assert",
        "residential",
        False,
    ),
    (
        '"We will not let these attacks go unpunished," spokesman Mark Lewis said on Tuesday.',
        "Lewis",
        "assert",
        "unpunished",
        True,
    ),
    (
        '"Our forces never targeted civilians in that area," said General Paul Martin.',
        "Martin",
        "deny",
        "civilians",
        True,
    ),
    (
        'President Paul Walker told reporters: "The army did not use cluster munitions in the city."',
        "Walker",
        "deny",
        "cluster",
        True,
    ),
    (
        "According to army spokesman Luke Bernard, three missiles were fired at the city overnight.",
        "Bernard",
        "assert",
        "missiles",
        False,
    ),
    (
        "Spokesman Michael Grant denied any involvement of the army in the attack on the depot.",
        "Grant",
        "deny",
        "involvement",
        False,
    ),
    (
        "Foreign Minister Claire Dobson condemned the shelling of the hospital in the northern district.",
        "Dobson",
        "condemn",
        "hospital",
        False,
    ),
    (
        "Senator Paul Gilbert called on the government to open an independent investigation into the blast.",
        "Gilbert",
        "demand",
        "investigation",
        False,
    ),
    (
        "Minister Louis Perry admitted that he had been misinformed about the number of casualties.",
        "Perry",
        "retract",
        "casualties",
        False,
    ),
    (
        "Ambassador Eric Vance stressed that these strikes were unacceptable for his country.",
        "Vance",
        "condemn",
        "unacceptable",
        False,
    ),
    ("The roads were closed for hours, police chief Anna Ward said.", "Ward", "assert", "roads", False),
]


@pytest.mark.parametrize(("text", "speaker", "stance", "keyword", "quote"), ATTRIBUTIONS)
def test_attribution(analyse, text, speaker, stance, keyword, quote):
    art = en(analyse, text)
    claim = one_claim(art, keyword)
    assert speaker_is(claim, speaker), claim.speaker
    assert claim.stance == stance
    assert claim.direct_quote is quote
    assert art.text[claim.content_span[0] : claim.content_span[1]] == claim.content


NOT_SOURCES = [
    "According to the law, civilians must be protected in all circumstances.",
    "According to international norms, an embassy is inviolable in wartime.",
    "Convoys move according to a schedule set by the local authorities.",
]


@pytest.mark.parametrize("text", NOT_SOURCES)
def test_according_to_without_source(analyse, text):
    assert en(analyse, text).claims == []


def test_negated_denial_is_no_denial(analyse):
    art = en(analyse, "Spokesman Mark Pettit did not deny reports that soldiers were present in the town.")
    assert all(c.stance != "deny" for c in art.claims)


def test_quote_inside_quote_is_one_claim(analyse):
    art = en(
        analyse,
        "\u201cWhen the general told me \u2018we fire tomorrow\u2019, I knew the war was back,\u201d "
        "officer Peter Rowe said.",
    )
    assert len(art.claims) == 1
    claim = art.claims[0]
    assert speaker_is(claim, "Rowe")
    assert "we fire tomorrow" in claim.content and "war was back" in claim.content


def test_unbalanced_quote_keeps_speaker(analyse):
    art = en(
        analyse,
        'General Paul Henry said: "We will hold the city whatever it costs.\n'
        "Fighting continued in the north.",
    )
    claim = one_claim(art, "hold the city")
    assert speaker_is(claim, "Henry") and claim.direct_quote
    assert "Fighting" not in claim.content


def test_impersonal_statement_goes_to_the_host(analyse):
    art = en(
        analyse,
        "The Foreign Ministry summoned the ambassador on Friday. During the meeting, it was "
        "stressed that such strikes were unacceptable.",
    )
    claim = one_claim(art, "unacceptable")
    assert claim.stance == "condemn"
    assert speaker_is(claim, "Ministry")


def test_pronoun_refers_to_previous_speaker(analyse):
    art = en(
        analyse,
        "Minister James Lambert announced that the talks were suspended. He added that the "
        "negotiations would resume next week.",
    )
    claim = one_claim(art, "resume")
    assert speaker_is(claim, "Lambert")
