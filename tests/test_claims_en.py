"""Attribution in English: parametrized constructions and traps (a quote inside a quote, the
speaker after the quote, "according to" before a rule, a negated denial, an unbalanced quote)."""

from __future__ import annotations

import pytest
from helpers import check_attribution, check_speaker, check_stances, one_claim, speaker_is


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
    check_attribution(en(analyse, text), speaker, stance, keyword, quote)


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


# More constructions of English reporting, each written from the pattern, not from an article.
MORE_ATTRIBUTIONS = [
    # "X said on <day> that": the time word dates the statement, it is not claimed
    (
        "Interior Minister Robert Hale said on Tuesday that two bridges had been destroyed overnight.",
        "Hale",
        "assert",
        "bridges",
        False,
    ),
    # "according to X" after the clause
    (
        "Four drones were shot down over the harbour, according to Governor Tom Bishop.",
        "Bishop",
        "assert",
        "drones",
        False,
    ),
    # "X told <outlet>"
    (
        "Colonel Frank Miller told Reuters that the convoy had been ambushed near the border crossing.",
        "Miller",
        "assert",
        "convoy",
        False,
    ),
    # "X denied that"
    (
        "The defence ministry denied that its aircraft had bombed the market in the old town.",
        "ministry",
        "deny",
        "market",
        False,
    ),
    # "X dismissed the claims as"
    (
        "Foreign Minister Helen Ross dismissed the claims as baseless propaganda spread by the rebels.",
        "Ross",
        "deny",
        "propaganda",
        False,
    ),
    # "X acknowledged that": an assertion
    (
        "General Simon Clark acknowledged that the artillery had struck the wrong village last week.",
        "Clark",
        "assert",
        "artillery",
        False,
    ),
    # "X withdrew the statement"
    (
        "Minister Oliver Reed withdrew his statement that enemy troops had crossed the river.",
        "Reed",
        "retract",
        "troops",
        False,
    ),
    # "a spokesperson for the ministry said": a nameless spokesperson speaks for the institution
    (
        "A spokesperson for the interior ministry said that the curfew would be extended until Sunday.",
        "ministry",
        "assert",
        "curfew",
        False,
    ),
    # inverted reporting clause after a quote
    (
        '"The shelling lasted the whole night and nobody could leave the shelters," said resident Mary Cole.',
        "Cole",
        "assert",
        "shelters",
        True,
    ),
    # speaker before the quote, comma
    (
        'Mayor Daniel Brooks said, "Our hospitals cannot take any more wounded people."',
        "Brooks",
        "assert",
        "hospitals",
        True,
    ),
    # condemnation from the verb, with an institution
    (
        "The foreign ministry strongly condemned the missile attack on the embassy compound.",
        "ministry",
        "condemn",
        "embassy",
        False,
    ),
    # a demand from "urged"
    (
        "Senator Alice Grant urged both sides to respect the ceasefire agreed in the capital.",
        "Grant",
        "demand",
        "ceasefire",
        False,
    ),
    # a question from the claimed words
    (
        "Analyst Peter Lowe said the timing of the strikes casts doubt on the official version of events.",
        "Lowe",
        "question",
        "timing",
        False,
    ),
    # the claimed words negate an act: a denial
    (
        "Army spokesman Karl Young said that the air force did not use cluster bombs in the province.",
        "Young",
        "deny",
        "cluster",
        False,
    ),
    # straight quotes, speaker after a comma with "says" in the present
    (
        '"We found fragments of two missiles in the courtyard," says investigator Laura Finch.',
        "Finch",
        "assert",
        "fragments",
        True,
    ),
]


@pytest.mark.parametrize(("text", "speaker", "stance", "keyword", "quote"), MORE_ATTRIBUTIONS)
def test_more_attributions(analyse, text, speaker, stance, keyword, quote):
    check_attribution(en(analyse, text), speaker, stance, keyword, quote)


MORE_NOT_SOURCES = [
    "According to the rules of the tournament, each team may field three foreign players.",
    "The cargo was inspected in accordance with the agreement signed by both governments.",
    "According to the forecast, heavy rain will reach the coast on Thursday evening.",
]


@pytest.mark.parametrize("text", MORE_NOT_SOURCES)
def test_rules_and_plans_are_no_sources(analyse, text):
    assert en(analyse, text).claims == []


def test_said_on_a_day_dates_the_claim(analyse):
    art = en(analyse, "Interior Minister Robert Hale said on Tuesday that two bridges had been destroyed.")
    claim = one_claim(art, "bridges")
    assert claim.date is not None and claim.date.start.weekday() == 1
    assert not claim.content.lower().startswith("on tuesday")


def test_relay_citing_keeps_original_speaker(analyse):
    art = en(
        analyse,
        "The agency Interfax, citing spokesman Mark Dunn, reported that the negotiations had "
        "collapsed in the evening.",
    )
    claim = one_claim(art, "negotiations")
    assert speaker_is(claim, "Dunn")
    assert claim.relay is not None and "Interfax" in claim.relay.name


def test_did_not_deny_is_no_denial(analyse):
    art = en(analyse, "The army did not deny that its units had fired on the convoy near the bridge.")
    assert all(c.stance != "deny" for c in art.claims)


def test_did_not_confirm_is_a_denial(analyse):
    art = en(analyse, "Minister Paul Stone did not confirm that the depot had been hit by a drone.")
    claim = one_claim(art, "depot")
    assert claim.stance == "deny"


def test_quote_continues_across_sentences(analyse):
    art = en(
        analyse,
        '"The strikes destroyed the water station," Mayor John Vale said. '
        '"We need generators and medical supplies right now."',
    )
    claim = one_claim(art, "generators")
    assert speaker_is(claim, "Vale")
    assert claim.direct_quote


def test_named_scare_quote_is_no_claim(analyse):
    art = en(analyse, 'The rebels call the new drones "flying tanks" in their videos.')
    assert art.claims == []


def test_second_quote_inherits_date_of_first(analyse):
    art = analyse(
        'Governor Tom Bishop said on Monday that three drones had hit the port. '
        '"We are repairing the cranes and the terminal will reopen soon," Bishop said.',
        language="en", published="2025-11-15")
    first = one_claim(art, "drones")
    second = one_claim(art, "cranes")
    assert first.date is not None and first.date.start.weekday() == 0
    assert second.date is not None and second.date.start == first.date.start


def test_later_statement_does_not_inherit_date(analyse):
    art = en(
        analyse,
        "Governor Tom Bishop said on Monday that three drones had hit the port. "
        "Later, Bishop said that the terminal would reopen within a week.",
    )
    second = one_claim(art, "terminal")
    assert second.date is None


def test_it_continues_an_institution(analyse):
    art = en(
        analyse,
        "The army said on Monday that five drones had been downed. It added that debris had "
        "damaged two houses.",
    )
    claim = one_claim(art, "debris")
    assert claim.speaker.kind == "military", claim.speaker


def test_while_clause_is_a_second_speaker(analyse):
    art = en(
        analyse,
        "The government accused the rebels of shelling the central market, while rebel commander "
        "Mark Oliver denied any involvement.",
    )
    accusation = one_claim(art, "market")
    denial = one_claim(art, "involvement")
    assert "involvement" not in accusation.content
    assert speaker_is(denial, "Oliver") and denial.stance == "deny"


def test_quoted_words_leave_the_comma_outside(analyse):
    art = en(analyse, '"We will rebuild every house in this town," Prime Minister Anna Berg said.')
    claim = one_claim(art, "rebuild")
    assert claim.content == "We will rebuild every house in this town"


def test_apposition_without_determiner_after_a_source(analyse):
    art = en(
        analyse,
        "According to Lucy Marshall, member of the drivers' union, several trucks were abandoned "
        "on the road for lack of fuel.",
    )
    claim = one_claim(art, "trucks")
    assert speaker_is(claim, "Marshall")
    assert "union" not in claim.content


SHORT_STANCES = [
    ("The foreign ministry condemned the attack.", "condemn"),
    ("The Kremlin denied the report.", "deny"),
    ("The minister announced the visit.", None),
]


@pytest.mark.parametrize(("text", "stance"), SHORT_STANCES)
def test_short_objects(analyse, text, stance):
    check_stances(en(analyse, text), stance)


# announcing one's own investigation is an assertion; asking another for one is a demand
INVESTIGATIONS = [
    ("The army said on Tuesday it would conduct an investigation into the incident.", "assert"),
    ("The prosecutor said on Monday that he would carry out an investigation into the shooting.", "assert"),
    ("The ministry asked the other side to conduct an investigation into the strike.", "demand"),
]


@pytest.mark.parametrize(("text", "stance"), INVESTIGATIONS)
def test_own_investigation_is_no_demand(analyse, text, stance):
    check_stances(en(analyse, text), stance)


# a speaker named in an earlier sentence: a pronoun, a title, a bare title
SPEAKER_FROM_CONTEXT = [
    pytest.param(
        "Minister James Lambert announced that the talks were suspended. He added that the "
        "negotiations would resume next week.",
        "resume",
        "Lambert",
        id="pronoun_refers_to_previous_speaker",
    ),
    pytest.param(
        "French President Emmanuel Macron met the families of the victims in the afternoon. "
        "Later, the French president said that the attack would not go unanswered.",
        "unanswered",
        "Macron",
        id="title_only_links_back_to_named_person",
    ),
    pytest.param(
        "Minister James Lambert said that the talks with Ambassador Peter Novak were suspended. "
        "He added that the negotiations would resume next week.",
        "resume",
        "Lambert",
        id="pronoun_prefers_previous_speaker_over_last_person_named",
    ),
    pytest.param(
        "Minister Claire Dobson received General Paul Rowe at the ministry. "
        "She said that the evacuation of the city would start tomorrow morning.",
        "evacuation",
        "Dobson",
        id="pronoun_without_earlier_claim_takes_previous_subject",
    ),
    pytest.param(
        "Defence Minister John Carter visited the base. The minister said that the troops would "
        "stay there for the whole winter.",
        "troops",
        "Carter",
        id="bare_title_links_back_to_the_titled_person",
    ),
]


@pytest.mark.parametrize(("text", "keyword", "speaker"), SPEAKER_FROM_CONTEXT)
def test_speaker_from_context(analyse, text, keyword, speaker):
    check_speaker(en(analyse, text), keyword, speaker)
