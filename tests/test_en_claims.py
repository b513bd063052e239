"""Claims in English: the checks of tests/test_claims_fr.py that tests/test_claims_en.py did not have
(an impersonal plain fact, a surname resolved to the full name, participles that report nothing,
one claim per speaker and sentence, the day of a statement, speakers named by a title, a capital
or a pronoun after a quote, a thing that is no speaker, a name in apposition after a source, a
bare title with another complement, a short quote with its reporting clause). Sentences written
from the patterns of English news."""

from __future__ import annotations

import pytest
from helpers import one_claim, speaker_is


def en(analyse, text):
    return analyse(text, language="en")


def test_impersonal_plain_fact_is_not_a_claim(analyse):
    art = en(analyse, "The Interior Ministry received the families. It was noted that the meeting had "
                      "lasted more than two hours.")
    assert not any("two hours" in c.content for c in art.claims)


def test_surname_resolves_to_full_name(analyse):
    art = en(analyse, "President Antoine Garnier visited the northern front on Monday. Garnier said the "
                      "army would hold all its positions.")
    claim = one_claim(art, "positions")
    assert "Antoine" in claim.speaker.name


def test_participles_that_report_nothing_are_not_claims(analyse):
    art = en(analyse, "Commenting on the situation, the colonel left the room without indicating the date "
                      "of the withdrawal.")
    assert art.claims == []


def test_one_claim_per_speaker_per_sentence(analyse):
    art = en(analyse, "Minister Jean Dupont stressed that these attacks were unacceptable and he called for "
                      "an investigation into the shooting.")
    assert len(art.claims) == 1
    assert art.claims[0].stance == "condemn"


def test_date_of_the_statement(analyse):
    art = en(analyse, "Minister Jean Dupont said on Tuesday that the strikes had targeted residential areas.")
    claim = one_claim(art, "residential")
    assert claim.date is not None and claim.date.start.weekday() == 1


MORE_SPEAKERS = [
    ("The governor said on Telegram that two people had been killed overnight.", "governor", "assert"),
    ("Moscow denies striking residential buildings in the suburbs of the city.", "Mosc", "deny"),
    ("Minister Anne Dubois visited the site. “This is a war crime against civilians,” she told the press.",
     "Dubois", "condemn"),
]


@pytest.mark.parametrize(("text", "speaker", "stance"), MORE_SPEAKERS)
def test_more_speakers(analyse, text, speaker, stance):
    art = en(analyse, text)
    assert art.claims, text
    claim = art.claims[-1]
    assert speaker_is(claim, speaker) or (speaker == "Mosc" and claim.speaker.country == "RU"), claim.speaker
    assert claim.stance == stance


def test_a_thing_is_no_speaker(analyse):
    art = en(analyse, "The rise in prices confirmed that growth had been slowing for several months.")
    assert art.claims == []


def test_appositive_name_after_a_source(analyse):
    art = en(analyse, "According to the city's mayor, Jean Morel, rescuers evacuated three hundred residents "
                      "of the district.")
    claim = one_claim(art, "rescuers")
    assert speaker_is(claim, "Morel")
    assert not claim.content.startswith("Jean")


def test_bare_title_with_another_complement_is_someone_else(analyse):
    art = en(analyse, "Defence Minister Jean Dupont visited the base. The interior minister said the roads "
                      "would remain closed all winter.")
    claim = one_claim(art, "roads")
    assert not speaker_is(claim, "Dupont"), claim.speaker


def test_short_quote_with_reporting_clause_is_a_claim(analyse):
    art = en(analyse, "Minister Anne Berger visited the stricken district. “The state will pay for "
                      "everything,” she added.")
    claim = one_claim(art, "pay")
    assert speaker_is(claim, "Berger") and claim.direct_quote


def test_short_scare_quote_is_no_claim(analyse):
    art = en(analyse, "Residents have called this district the “grey zone” since the start of the war.")
    assert art.claims == []
