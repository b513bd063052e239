"""Attackers killed in the fight that ended their attack are no target of it (lead review of round
30: "who was killed in a strike is its target" had made the assailants killed in the shoot-out
targets of the attack they carried out, and a bombing followed by a shoot-out lost its fight)."""

from datetime import date

import pytest

from newsevents.model import Article, Published

PUBLISHED = Published(date(2025, 6, 2))

ENDED_BY_A_FIGHT = [
    ("en", "Gunmen stormed a hotel in Kismayo on Sunday, killing seven guests. The four attackers were "
           "killed in the gunfight that followed, police said."),
    ("fr", "Des hommes armés ont attaqué dimanche un hôtel de Kismayo, tuant sept clients. Les quatre "
           "assaillants ont été tués dans la fusillade qui a suivi, selon la police."),
]


@pytest.fixture(scope="module")
def pipe():
    from newsevents.pipeline import Pipeline
    return Pipeline()


@pytest.mark.parametrize(("language", "text"), ENDED_BY_A_FIGHT)
def test_attackers_killed_are_no_target_of_their_attack(pipe, language, text):
    events = pipe.process(Article(text=text, id="t", language=language, published=PUBLISHED)).events
    assert events
    for event in events:
        actors = {p.name.lower() for p in event.actors}
        targets = {p.name.lower() for p in event.targets}
        assert not actors & targets
        assert not {"attackers", "assailants", "assaillants"} & targets


def test_a_person_killed_in_a_strike_stays_its_target(pipe):
    text = ("A Hezbollah commander, Ali Hamdan, was killed on Monday in an Israeli drone strike on his car "
            "near Tyre, the army said.")
    events = pipe.process(Article(text=text, id="t", language="en", published=PUBLISHED)).events
    assert any("Ali Hamdan" in p.name for e in events for p in e.targets)
