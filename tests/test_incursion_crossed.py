"""An airspace incursion is typed by what crossed (events_typing._incursion_agent, downed_type;
drafts_incursion.crossed): the agent phrase of the incursion noun, which the parser often hangs on
the verb that reports it ("une violation de l'espace aérien de la Lettonie par un drone"), or the
weapon another mention of the same incursion names: the drones downed in it in the next sentence
("des drones abattus", "the two drones that entered were shot down"), or the body's report of the
headline's incursion. Typed `other` instead, it never meets another outlet's report of the same
incursion (a drone strike). Precision: a passive's agent is who reported it, the jets that shot
the drones down did not cross, and a hit told apart is another incident. Sentences written here
from the pattern."""

from __future__ import annotations

from datetime import date

import pytest

from newsevents.model import Article, Published

PUBLISHED = Published(date(2025, 3, 14))


def _events(pipe, language: str, text: str) -> list[dict]:
    article = pipe.process(Article(text=text, id="t", language=language, published=PUBLISHED))
    return [e.to_json() for e in article.events]


@pytest.mark.parametrize(("language", "text", "kind"), [
    # the agent of the incursion noun, hung on the reporting verb
    ("fr", "L'armée hongroise a signalé jeudi une violation de l'espace aérien de la Hongrie par un drone "
           "près de la ville de Szeged.", "drone_strike"),
    ("fr", "Le ministère bulgare de la Défense a signalé mardi une violation de l'espace aérien de la "
           "Bulgarie par un missile près de Varna.", "missile_strike"),
    ("fr", "L'armée slovaque a signalé mardi une violation de l'espace aérien du pays par un drone près de "
           "Kosice.", "drone_strike"),
    # the weapon downed in the same incursion, told in the next sentence
    ("fr", "Dans la nuit de dimanche à lundi, l'armée lituanienne a signalé une violation de l'espace "
           "aérien du pays près de Kaunas. Le ministre a confirmé l'origine étrangère des drones abattus.",
     "drone_strike"),
    ("en", "Latvia's armed forces reported a violation of the country's airspace near Daugavpils on Monday. "
           "The two drones that entered were shot down by fighter jets, the defence minister said.",
     "drone_strike"),
    # the headline's incursion is the one the body types
    ("en", "Estonia reports airspace violation\n\nTALLINN, March 14, 2025 - The Estonian army reported on "
           "Tuesday a violation of Estonia's airspace by a drone near the town of Narva.", "drone_strike"),
    ("fr", "La Slovaquie dénonce une violation de son espace aérien\n\nBratislava, 14 mars 2025 - L'armée "
           "slovaque a signalé mardi une violation de l'espace aérien du pays par un drone près de Kosice.",
     "drone_strike"),
])
def test_an_incursion_is_typed_by_what_crossed(pipe, language: str, text: str, kind: str) -> None:
    events = [e for e in _events(pipe, language, text) if e["type"] != "diplomatic_protest"]
    assert [e["type"] for e in events] == [kind], events


@pytest.mark.parametrize(("language", "text"), [
    # the agent of a passive reported it
    ("fr", "Une violation de l'espace aérien du pays a été signalée lundi par un avion de patrouille."),
    # the jets shot it down, they did not cross
    ("en", "Latvia reported a violation of its airspace near Daugavpils on Monday. Fighter jets were "
           "scrambled and shot it down."),
    # drones downed over another country are no weapon of this incursion
    ("fr", "L'armée polonaise a signalé mercredi une violation de son espace aérien près de Lublin. En "
           "Ukraine, la défense aérienne a abattu 40 drones au-dessus de Kiev dans la nuit."),
])
def test_what_did_not_cross_does_not_type_it(pipe, language: str, text: str) -> None:
    types = [e["type"] for e in _events(pipe, language, text)]
    assert "other" in types and not {"air_strike", "drone_strike", "missile_strike"} & set(types), types


def test_a_hit_told_apart_keeps_its_weapon(pipe) -> None:
    text = ("L'armée roumaine a signalé lundi une violation de l'espace aérien du pays. Plus tard, "
            "un missile a frappé un immeuble dans le village de Plauru.")
    types = sorted(e["type"] for e in _events(pipe, "fr", text))
    assert types == ["missile_strike", "other"], types


@pytest.mark.parametrize(("language", "text", "kind"), [
    # the passive tells the airspace before its verb (lang/*/events.yaml)
    ("fr", "L'espace aérien de la Lituanie a été violé mardi par un drone près de Vilnius, selon l'armée.",
     "drone_strike"),
    ("en", "Lithuania's airspace was violated on Tuesday by a drone near Vilnius, the army said.",
     "drone_strike"),
    ("en", "Finland's airspace was breached by two military helicopters near Kotka on Friday, the defence "
           "ministry said.", "other"),  # a crewed craft violated the airspace, struck nothing (round 27)
    # a day between the verb and its preposition
    ("fr", "Trois drones ont pénétré mercredi dans l'espace aérien polonais près de Rzeszow, a indiqué "
           "l'armée.", "drone_strike"),
    ("fr", "Deux drones sont entrés lundi dans l'espace aérien roumain près de Galati, selon le ministère.",
     "drone_strike"),
])
def test_an_incursion_told_in_the_passive_or_around_a_day(pipe, language: str, text: str, kind: str) -> None:
    assert [e["type"] for e in _events(pipe, language, text)] == [kind]


@pytest.mark.parametrize(("language", "text"), [
    # the negation in the gap of the trigger's words (qualifiers.negated)
    ("en", "The ministry said the country's airspace had not been violated."),
    ("fr", "Le ministère a affirmé que l'espace aérien du pays n'avait pas été violé."),
])
def test_an_airspace_said_not_violated_is_no_incursion(pipe, language: str, text: str) -> None:
    assert _events(pipe, language, text) == []
