"""Doubt against assertion, and denials tied to an incident answering an accusation tied to none.

A side doubting what another asserts ("il est improbable que ...", "it is unlikely that ...")
contradicts it as a denial would; a question alone ("nous nous demandons si ...") does not. And a
denial must answer the accusation it answers whether or not the events stage tied the denial to
an incident (found or not with a better publication date): the contradiction must not hang on it.
Sentences written from the general patterns of wire copy, French and English."""

from __future__ import annotations

import pytest

from newsevents.extract import link
from newsevents.extract.stance import doubt_frame, doubts, lexicon
from newsevents.model import Claim, Party

# (language, text): an assertion about an incident, then a third country's doubt about it
DOUBTED = [
    pytest.param("fr", "Le président lituanien Arvydas Kaunas a affirmé mardi que des missiles russes ont "
                 "frappé une ferme près de la frontière, tuant deux agriculteurs. Le président américain "
                 "John Harper a déclaré qu'il était improbable que le missile ait été tiré depuis la Russie.",
                 id="fr_improbable"),
    pytest.param("en", "Lithuanian President Arvydas Kaunas said on Tuesday that Russian missiles had "
                 "struck a farm near the border, killing two farmers. U.S. President John Harper said it was "
                 "unlikely that the missile had been fired from Russia.", id="en_unlikely"),
]


@pytest.mark.parametrize("language,text", DOUBTED)
def test_a_doubt_contradicts_the_assertion_it_doubts(analyse, language, text):
    article = analyse(text, language=language)
    doubt = next(c for c in article.claims if "Harper" in c.speaker.name)
    told = next(c for c in article.claims if "Kaunas" in c.speaker.name)
    assert doubt.stance == "question"  # a doubt is a question, not a denial
    assert told.id in doubt.contradicts and doubt.id in told.contradicts


@pytest.mark.parametrize("language,text", [
    ("fr", "Il est peu probable que le cessez-le-feu tienne"),
    ("fr", "L'armée met en doute ce bilan"),
    ("en", "It is highly unlikely that the drone came from the north"),
    ("en", "The ministry cast doubt on the toll"),
])
def test_doubting_words(language, text):
    assert doubts(lexicon(language), text)


@pytest.mark.parametrize("language,text", [
    ("fr", "Je n'ai aucun doute que ce missile était russe"),
    ("fr", "Nous nous demandons si l'ambassadeur suit les instructions"),
    ("en", "I have no doubt that the missile was Russian"),
    ("en", "We wonder whether the ambassador follows instructions"),
])
def test_certainty_and_questions_are_no_doubt(language, text):
    assert not doubts(lexicon(language), text)


def test_the_doubt_frame_is_between_the_verb_and_the_words():
    text = "He said it was unlikely that the missile came from Russia. Unlikely, others said."
    said, content = (3, 7), (text.index("the missile"), text.index("Russia") + 6)
    assert doubt_frame(text, said, content) == " it was unlikely that "
    assert doubt_frame(text, None, content) == ""
    later = (text.index("others said") + 7, text.index("others said") + 11)
    assert doubt_frame(text, later, content) == ""  # the words come first: no frame
    far = (text.index("Unlikely"), text.index("Unlikely") + 8)
    assert doubt_frame(text, said, far) == ""  # a sentence ends between


def _claim(cid: str, speaker: Party, stance: str, about: list[str]) -> Claim:
    return Claim(speaker=speaker, stance=stance, content="x", content_span=(0, 1), id=cid, about=about)


RUSSIA = Party("Andrei Volkov", "person", "RU")
POLAND = Party("Donald Nowak", "person", "PL")


def test_a_denial_tied_to_an_incident_answers_an_accusation_tied_to_none_naming_it():
    """"Warsaw gave no proof that the drones were Russian" (the denial, tied to the incursion)
    against the Polish prime minister's accusation pointing at Russia (tied to no incident)."""
    denial = _claim("c1", RUSSIA, "deny", ["ev_incursion"])
    accusation = _claim("c2", POLAND, "assert", [])
    assert link._counters(denial, accusation, link.Features(countries={"PL"}), link.Features())
    assert link._counters(denial, accusation, link.Features(), link.Features(countries={"RU"}))


def test_a_denial_tied_to_an_incident_needs_the_other_side_named():
    """Tied to an incident, sharing a place or a party with the accusation is not enough (the
    accusation may be of something else said of that place); nor does it answer an accusation
    tied to another incident through countries."""
    denial = _claim("c1", RUSSIA, "deny", ["ev_incursion"])
    accusation = _claim("c2", POLAND, "assert", [])
    assert not link._counters(denial, accusation, link.Features(places={"lublin"}),
                              link.Features(places={"lublin"}))
    accusation.about = ["ev_other"]
    assert not link._counters(denial, accusation, link.Features(countries={"PL"}), link.Features())


def test_the_denier_named_in_the_other_claim_answers_it_whatever_incidents():
    """"a protest note handed to ambassador X" (about the protest) / X: "a set-up" (tied to the
    drone found on a roof): an exchange between the two."""
    denial = _claim("c1", RUSSIA, "deny", ["ev_drone_found"])
    note = _claim("c2", Party("Moldova", "state", "MD"), "condemn", ["ev_protest"])
    assert link._counters(denial, note, link.Features(), link.Features(parties={"andrei volkov"}))
    assert not link._counters(denial, note, link.Features(), link.Features(parties={"someone else"}))


def test_a_doubt_stands_as_a_denial_only_when_told():
    doubt = _claim("c1", Party("United States", "state", "US"), "question", [])
    told = _claim("c2", POLAND, "assert", ["ev"])
    assert not link._answers(doubt, told)
    assert link._answers(doubt, told, "deny")
