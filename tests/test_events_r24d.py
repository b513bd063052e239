"""Places of incidents, round 24 (d), French and English, sentences written from the general patterns:

- an upper-case abbreviation of a country ("EAU" for Émirats arabes unis, "RDC", "USA", "UAE")
  names it only when written in upper case: never the same letters as a piece of a hyphenated or
  capitalised name ("la ville voisine de Saut-d'Eau") nor as a title-case word (geo/index.py
  ``add_alias_entry``; parties/countries.py ``country_from_name``).
"""

from __future__ import annotations

import pytest

from newsevents.geo import gazetteer
from newsevents.parties.countries import country_from_name


def _countries(article, kind: str) -> list[str | None]:
    return [m.value.country for m in article.of_kind(kind)]


# (language, sentence, the abbreviation's country, which no place or state of the sentence may be)
PIECES = [
    ("fr", "Le 29 mars, des gangs avaient déjà attaqué la ville voisine de Saut-d'Eau, selon des habitants.",
     "AE"),
    ("fr", "Des hommes armés ont incendié dimanche des maisons à Fond-d'Eau, a indiqué la mairie.", "AE"),
    ("en", "Gangs torched homes in the town of Saut-d'Eau on Sunday, residents said.", "AE"),
]


@pytest.mark.parametrize(("language", "text", "country"), PIECES)
def test_a_piece_of_a_name_is_no_country_abbreviation(analyse, language, text, country):
    article = analyse(text, language)
    assert country not in _countries(article, "place")
    assert country not in _countries(article, "state")


# (language, sentence, the country the upper-case abbreviation still names)
ABBREVIATIONS = [
    ("fr", "Les EAU ont condamné lundi l'attaque de drones contre Abou Dhabi.", "AE"),
    ("fr", "Des rebelles ont attaqué lundi un camp de l'armée dans l'est de la RDC.", "CD"),
    ("en", "The UAE condemned on Monday the drone attack on a fuel depot.", "AE"),
    ("en", "Rebels attacked an army camp in eastern DRC on Monday, the army said.", "CD"),
]


@pytest.mark.parametrize(("language", "text", "country"), ABBREVIATIONS)
def test_an_upper_case_abbreviation_still_names_its_country(analyse, language, text, country):
    article = analyse(text, language)
    assert country in _countries(article, "place") + _countries(article, "state")


# (language, the abbreviation as written in the tables, ISO2): every upper-case entry of both tables
TABLE_ABBREVIATIONS = [
    ("fr", "EAU", "AE"), ("fr", "RDC", "CD"), ("fr", "USA", "US"), ("fr", "RPDC", "KP"),
    ("en", "UAE", "AE"), ("en", "DRC", "CD"), ("en", "USA", "US"), ("en", "US", "US"),
]


@pytest.mark.parametrize(("language", "abbreviation", "iso2"), TABLE_ABBREVIATIONS)
def test_country_abbreviations_match_upper_case_only(language, abbreviation, iso2):
    assert country_from_name(abbreviation, language) == iso2
    assert country_from_name(abbreviation.title(), language) is None
    gaz = gazetteer()
    assert any(c.country == iso2 and c.kind == "country" for c in gaz.lookup(abbreviation))
    assert not any(c.country == iso2 and c.kind == "country" for c in gaz.lookup(abbreviation.title()))
