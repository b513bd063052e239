"""Contradictions of round 8, on claims built by hand (the link stage alone): a claim tied to no
incident speaks of the incidents its speaker's other words in the same sentence are tied to ("« We
are talking about an air-defence missile », said X, adding that the army never targets civilians");
two sides telling one act of cooperation (a prisoner exchange, an agreement) each their way give
no two versions of it, while two accounts of one strike do."""

from __future__ import annotations

import pytest

from newsevents.extract import link
from newsevents.model import Claim, Event, Party, Place

KYIV = Party("Ukraine", "state", "UA")
KREMLIN = Party("Kremlin", "government", "RU")


def _claim(cid: str, speaker: Party, stance: str, about: list[str], sentence: int,
           span: tuple[int, int]) -> Claim:
    return Claim(speaker=speaker, stance=stance,  # type: ignore[arg-type]
                 content=cid, content_span=span, id=cid, about=about, sentence=sentence)


def _event(kind: str) -> Event:
    return Event(type=kind, trigger=(0, 5), id="ev_a", actors=[Party("Russia", "state", "RU")],
                 location=Place("Kyiv", "UA", 50.45, 30.52, "city"))


@pytest.mark.parametrize(("other_sentence", "linked"), [(3, True), (4, False)])
def test_a_claim_of_no_incident_speaks_of_its_speakers_incident_in_the_sentence(other_sentence, linked):
    accusation = _claim("cl_ua", KYIV, "assert", ["ev_a"], 1, (0, 40))
    version = _claim("cl_ru", KREMLIN, "assert", [], 3, (100, 140))  # "an air-defence missile fell"
    denial = _claim("cl_ru2", KREMLIN, "deny", ["ev_a"], other_sentence, (150, 190))
    claims = [accusation, version, denial]
    link.link_contradictions(claims, [link.Features() for _ in claims], [_event("missile_strike")])
    assert ("cl_ru" in accusation.contradicts) is linked
    assert ("cl_ua" in version.contradicts) is linked


@pytest.mark.parametrize(("kind", "linked"), [
    ("prisoner_exchange", False),  # "the largest exchange since the Cold War" / "26 people from ..."
    ("agreement", False),
    ("missile_strike", True),      # "a Ukrainian air-defence missile fell" / "a Russian strike"
])
def test_two_accounts_of_one_act_of_cooperation_are_no_two_versions(kind, linked):
    a = _claim("cl_ru", KREMLIN, "assert", ["ev_a"], 1, (0, 40))
    b = _claim("cl_ua", KYIV, "assert", ["ev_a"], 2, (50, 90))
    feats = [link.Features(countries={"UA"}), link.Features(countries={"RU"})]
    link.link_contradictions([a, b], feats, [_event(kind)])
    assert (a.contradicts == ["cl_ua"]) is linked and (b.contradicts == ["cl_ru"]) is linked


def test_an_act_of_cooperation_denied_is_still_disputed():
    a = _claim("cl_ru", KREMLIN, "assert", ["ev_a"], 1, (0, 40))
    b = _claim("cl_ua", KYIV, "deny", ["ev_a"], 2, (50, 90))
    link.link_contradictions([a, b], [link.Features(), link.Features()], [_event("prisoner_exchange")])
    assert a.contradicts == ["cl_ua"] and b.contradicts == ["cl_ru"]


def test_a_claim_holding_another_sides_words_tells_them():
    """"The White House saw nothing to contradict the hypothesis, put forward by Warsaw, that the
    missile was Ukrainian": both tied to the fall, each naming the other's side, no two versions."""
    outer = _claim("cl_us", Party("White House", "government", "US"), "assert", ["ev_a"], 1, (0, 120))
    inner = _claim("cl_pl", Party("Poland", "state", "PL"), "assert", ["ev_a"], 1, (40, 120))
    feats = [link.Features(countries={"PL", "UA"}), link.Features(countries={"UA"})]
    link.link_contradictions([outer, inner], feats, [_event("missile_strike")])
    assert outer.contradicts == [] and inner.contradicts == []
