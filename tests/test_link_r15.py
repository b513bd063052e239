"""Round 15: a claimant of no country (a UN agency, an NGO) whose words name the denier's country
only as an attribute ("thousands of Sudanese refugees live in camps near the town") accuses
nobody: it does not contradict that country's denial; one whose words tell of an act, or name the
denier's forces as doers ("the attackers were assisted by Sudanese forces"), still does.
Sentences written here from the general pattern of cross-border accusations."""

from __future__ import annotations

from datetime import date

import pytest

from newsevents.model import Article, Published

PUBLISHED = Published(date(2026, 3, 4))
ACCUSATION = ("N'DJAMENA, March 3 - Chad said on Tuesday that Sudanese military aircraft had bombed the "
              "border town of Adré on Monday, killing four civilians. Sudan's army rejected the accusation. ")


@pytest.mark.parametrize(("third", "words", "linked"), [
    ("The UN refugee agency said thousands of Sudanese refugees live in camps near Adré.", "refugees", False),
    ("The UN human rights office said the attackers were assisted by Sudanese forces.", "assisted", True),
])
def test_a_third_party_answers_a_denial_only_through_an_act(pipe, third, words, linked):
    claims = pipe.process(Article(text=ACCUSATION + third, id="t", language="en", published=PUBLISHED)).claims
    got = [(c.speaker.name, c.stance, c.content, len(c.contradicts)) for c in claims]
    denial = next(c for c in claims if c.stance == "deny")
    accusation = next(c for c in claims if "bombed" in c.content)
    other = next(c for c in claims if words in c.content)
    assert accusation.id in denial.contradicts, got
    assert (other.id in denial.contradicts) is linked, got


def test_a_denier_of_no_country_is_answered_by_any_account(pipe):
    """An armed group of no country denying: the restriction on claimants of no country is about
    a country named as an attribute, so the mission's account still meets the group's denial."""
    text = ("BANGUI, March 3 - The UN mission said its convoy was ambushed by fighters of the 3R armed "
            "group near Bambari on Monday. A spokesman for the group denied that its fighters were in "
            "the area.")
    claims = pipe.process(Article(text=text, id="t", language="en", published=PUBLISHED)).claims
    got = [(c.speaker.name, c.stance, c.content, len(c.contradicts)) for c in claims]
    denial = next(c for c in claims if c.stance == "deny")
    account = next(c for c in claims if "ambushed" in c.content)
    assert account.id in denial.contradicts, got
