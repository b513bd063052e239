"""Canonical names of institutions, as analysts write them and as the text says them: a national
army is "<Demonym> army" ("l'armée malienne", "the Malian army"), armed forces "<Demonym> Armed
Forces", an air force "<Demonym> air force", a government "<Demonym> government", the press
"<Demonym> media", a city's military administration "<City> military administration", a bare
title "<Demonym> <role>" ("un responsable indien" -> "Indian official"), the presidential
administrations by their own names ("le Kremlin" -> "Kremlin"). A later bare "l'armée" / "the
army" is the same institution."""

from __future__ import annotations

import pytest

from newsevents.model import Party


def _parties(article) -> list[tuple[str, Party]]:  # type: ignore[no-untyped-def]
    return [(article.text[m.span[0]:m.span[1]], m.value) for m in article.of_kind("party")]


def _named(found: list[tuple[str, Party]], words: str) -> Party:
    hits = [p for t, p in found if t == words]
    assert hits, found
    return hits[0]


@pytest.mark.parametrize(
    ("language", "text", "words", "name", "country"),
    [
        ("fr", "L'armée nigérienne a annoncé avoir repoussé une attaque près de la frontière.",
         "armée nigérienne", "Nigerien army", "NE"),
        ("fr", "Les forces armées soudanaises ont affirmé contrôler l'aéroport de la ville.",
         "forces armées soudanaises", "Sudanese Armed Forces", "SD"),
        ("fr", "L'armée de l'air ukrainienne a indiqué avoir abattu douze drones pendant la nuit.",
         "armée de l'air ukrainienne", "Ukrainian air force", "UA"),
        ("fr", "Le gouvernement tchadien a dénoncé une agression contre ses soldats.",
         "gouvernement tchadien", "Chadian government", "TD"),
        ("fr", "Selon les médias libanais, trois personnes ont été tuées dans la frappe.",
         "médias libanais", "Lebanese media", "LB"),
        ("fr", "Un haut responsable syrien a déclaré que les négociations reprendraient lundi.",
         "haut responsable syrien", "Syrian official", "SY"),
        ("fr", "Le Kremlin a rejeté ces accusations jeudi.", "Kremlin", "Kremlin", "RU"),
        ("fr", "La Maison Blanche a salué la libération des otages.", "Maison Blanche", "White House", "US"),
        ("en", "The Nigerian army said it had repelled an attack near the border.",
         "Nigerian army", "Nigerian army", "NG"),
        ("en", "The Israeli military said it struck a weapons depot overnight.",
         "Israeli military", "Israeli military", "IL"),
        ("en", "Syrian state media said four soldiers were killed in the strike.",
         "Syrian state media", "Syrian state media", "SY"),
        ("en", "The Kremlin denied the report on Monday.", "Kremlin", "Kremlin", "RU"),
        ("en", "A U.S. official said the drone was shot down over the sea.", "U.S. official",
         "U.S. official", "US"),
    ],
)
def test_institutions_are_named_as_the_text_names_them(analyse, language, text, words, name, country):
    party = _named(_parties(analyse(text, language)), words)
    assert party.name == name
    assert party.country == country


@pytest.mark.parametrize(
    ("language", "text", "later", "name"),
    [
        ("fr", "L'armée tchadienne a revendiqué la frappe. Dans un communiqué, l'armée a précisé que "
               "dix combattants avaient été tués.", "armée", "Chadian army"),
        ("fr", "La télévision d'État syrienne a annoncé un bilan de six morts. Le bilan pourrait "
               "s'alourdir, a ajouté la télévision.", "télévision", "Syrian state television"),
        ("en", "The Malian army said it destroyed a rebel base. The army added that ten fighters "
               "were killed.", "army", "Malian army"),
    ],
)
def test_a_bare_institution_noun_is_the_one_named_before(analyse, language, text, later, name):
    found = _parties(analyse(text, language))
    assert any(t == later and p.name == name for t, p in found), found


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        ("fr", "Le chef de l'administration militaire de Kharkiv a annoncé que deux civils avaient "
               "été blessés dans le bombardement.", "Kharkiv military administration"),
        ("en", "The Kharkiv military administration said two civilians were wounded in the shelling.",
         "Kharkiv military administration"),
    ],
)
def test_a_city_military_administration_keeps_its_city(analyse, language, text, speaker):
    article = analyse(text, language)
    assert any(speaker in c.speaker.name for c in article.claims), \
        [(c.speaker.name, c.content) for c in article.claims]
