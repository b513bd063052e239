"""A threat or a refusal is no incident: what a verb of modality holds out by its preposition ("a
menacé l'Iran de bombardements", "threatened Iran with strikes": qualifiers._threatened_with,
``threat_prepositions``) and what a side refuses to do ("a refusé de conclure un accord",
"refused to sign a deal": ``refuser``/``refuse`` in ``modality``). An act told beside the threat
("a menacé Israël de représailles après la frappe de lundi sur Beyrouth") stays. Sentences written
here from the general pattern of diplomatic copy."""

from __future__ import annotations

from datetime import date

import pytest

from newsevents.model import Article, Published

PUBLISHED = Published(date(2025, 4, 3))


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "Dimanche, le président américain a menacé l'Iran de bombardements."),
    ("fr", "Moscou a menacé mardi la Moldavie de frappes si elle rejoignait l'alliance."),
    ("fr", "Téhéran a refusé mercredi de conclure un accord sur son programme nucléaire."),
    ("fr", "Le Hamas a refusé lundi de signer le cessez-le-feu proposé par les médiateurs."),
    ("en", "Iran refused on Wednesday to sign a deal on its nuclear programme."),
])
def test_a_threat_or_a_refusal_is_no_incident(pipe, language, text):
    events = pipe.process(Article(text=text, id="t", language=language, published=PUBLISHED)).events
    assert not events, [(e.type, e.date) for e in events]


@pytest.mark.parametrize(("language", "text", "type_"), [
    ("fr", "Le Hezbollah a menacé Israël de représailles après la frappe israélienne de lundi sur Beyrouth.",
     "air_strike"),
    ("en", "Russia threatened Kyiv on Monday after a drone strike hit a refinery in Tuapse.", "drone_strike"),
    ("fr", "Lundi, les rebelles ont attaqué un camp militaire près de Goma.", "armed_clash"),
])
def test_an_act_told_beside_a_threat_stays(pipe, language, text, type_):
    events = pipe.process(Article(text=text, id="t", language=language, published=PUBLISHED)).events
    assert [e.type for e in events] == [type_]
