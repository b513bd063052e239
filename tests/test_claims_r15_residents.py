"""Round 15: a resident or witness speaks as himself (kind civilians), named by his own words: not
the place he lives in ("un habitant de Palma", "a resident of Bambari") nor the agency that
reached him ("selon des habitants joints par l'AFP", "residents contacted by Reuters"); and to
whom a statement was made is no part of it ("a raconté à l'AFP avoir entendu", "told Reuters he
heard"). Sentences written here from the general pattern of wire copy."""

from __future__ import annotations

from datetime import date

import pytest

from newsevents.model import Article, Published

PUBLISHED = Published(date(2026, 3, 4))


def _claims(pipe, language, text):
    return pipe.process(Article(text=text, id="t", language=language, published=PUBLISHED)).claims


@pytest.mark.parametrize(("language", "text", "speaker", "not_speaker"), [
    ("fr", "Un habitant de Tillabéri a affirmé que des tirs avaient duré toute la nuit.", "habitant",
     "Tillab"),
    ("fr", "Selon des habitants joints par l'AFP, un drone a frappé le marché en pleine journée.",
     "habitants", "AFP"),
    ("fr", "Selon des témoins contactés par Reuters, deux obus sont tombés sur l'école.", "témoins",
     "Reuters"),
    ("en", "A resident of Bambari said gunfire went on for hours near the camp.", "resident", "Bambari"),
    ("en", "According to villagers contacted by AFP, a drone hit the market at noon.", "villagers", "AFP"),
])
def test_a_resident_speaks_not_his_place_nor_the_agency(pipe, language, text, speaker, not_speaker):
    claims = _claims(pipe, language, text)
    got = [(c.speaker.name, c.speaker.kind, c.content) for c in claims]
    assert len(claims) == 1, got
    name = claims[0].speaker.name
    assert name.startswith(speaker) and not_speaker not in name.split(" de ")[0].split(" of ")[0], got
    assert claims[0].speaker.kind == "civilians", got


@pytest.mark.parametrize(("language", "text", "starts"), [
    ("fr", "Un médecin a raconté à l'AFP avoir soigné six blessés dans la nuit.", "avoir soigné"),
    ("fr", "Le maire a expliqué à la radio locale avoir entendu trois explosions.", "avoir entendu"),
    ("fr", "Un médecin a déclaré à l'AFP que six blessés avaient été admis.", "six blessés"),
    ("en", "A resident told AFP he heard three explosions before dawn.", "he heard"),
    ("en", "The minister told parliament the strike had killed 12 soldiers.", "the strike"),
])
def test_the_addressee_is_not_claimed(pipe, language, text, starts):
    claims = _claims(pipe, language, text)
    got = [(c.speaker.name, c.content) for c in claims]
    assert [c.content[:len(starts)] for c in claims] == [starts], got


def test_a_demand_keeps_whom_it_addresses(pipe):
    claims = _claims(pipe, "fr", "Le ministre a demandé à Israël de cesser les frappes sur la ville.")
    assert [(c.stance, c.content[:9]) for c in claims] == [("demand", "à Israël ")]
