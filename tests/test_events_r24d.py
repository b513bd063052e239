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


# (language, text, the unlisted town, the country and first-level division of the town before it)
NEIGHBOURS = [
    ("fr", "Des gangs ont attaqué lundi la ville de Mirebalais, tuant cinq personnes. Le 29 mars, des gangs "
           "avaient déjà attaqué la ville voisine de Saut-d'Eau, selon des habitants.", "Saut-d'Eau", "HT"),
    ("en", "Gangs attacked the Haitian town of Mirebalais on Monday, killing five people. On March 29, "
           "gangs had already attacked the neighbouring town of Saut-d'Eau, residents said.",
     "Saut-d'Eau", "HT"),
    ("fr", "Des hommes armés ont tué trois civils mardi à Djibo. Mercredi, ils ont incendié le village "
           "voisin de Kéréboulé-Peulh, selon des sources locales.", "Kéréboulé-Peulh", "BF"),
    ("en", "Jihadists killed three civilians in Djibo on Tuesday and torched the neighbouring village of "
           "Kereboule Peulh on Wednesday, local sources said.", "Kereboule Peulh", "BF"),
]


@pytest.mark.parametrize(("language", "text", "name", "country"), NEIGHBOURS)
def test_an_unlisted_neighbour_town_is_placed_by_the_town_before_it(places_of, language, text, name, country):
    found = [p for p in places_of(text, language) if p.name == name]
    assert found and found[0].country == country and found[0].precision == "admin1"
    assert found[0].near is not None and found[0].near.what != name


# (language, text, the name that must not be placed by a neighbour): no town placed before it
UNANCHORED = [
    ("fr", "Des gangs ont attaqué dimanche la ville voisine de Saut-d'Eau, selon des habitants.",
     "Saut-d'Eau"),
    ("en", "Gangs attacked the neighbouring town of Saut-d'Eau on Sunday, residents said.", "Saut-d'Eau"),
]


@pytest.mark.parametrize(("language", "text", "name"), UNANCHORED)
def test_a_neighbour_with_no_town_before_it_stays_unplaced(places_of, language, text, name):
    assert name not in [p.name for p in places_of(text, language)]


def test_a_listed_neighbour_town_keeps_its_own_place(places_of):
    found = places_of("Des gangs ont attaqué lundi Mirebalais, puis la ville voisine de Hinche.", "fr")
    hinche = [p for p in found if p.name == "Hinche"]
    assert hinche and hinche[0].precision == "city"


@pytest.fixture(scope="module")
def places_of(locate):
    """The places the `where` stage alone finds in a text."""
    def _run(text: str, language: str) -> list:
        return [m.value for m in locate(text, language).of_kind("place")]

    return _run


# (language, text, the two countries of the border a named crossing the gazetteer lacks is placed on)
CROSSINGS = [
    ("en", "Pakistani and Afghan forces exchanged heavy fire at the Torkham crossing on Saturday, killing "
           "two soldiers, officials said.", "Afghanistan-Pakistan border"),
    ("en", "Pakistani and Afghan forces exchanged heavy fire at the Torkham border crossing on Saturday.",
     "Afghanistan-Pakistan border"),
    ("fr", "Les forces pakistanaises et afghanes ont échangé samedi des tirs nourris au poste-frontière de "
           "Torkham, tuant deux soldats.", "Afghanistan-Pakistan border"),
    ("en", "Thai and Cambodian soldiers exchanged fire at the Chong Chom border crossing on Monday, the army "
           "said.", "Cambodia-Thailand border"),
]


@pytest.mark.parametrize(("language", "text", "border"), CROSSINGS)
def test_a_named_crossing_is_placed_on_its_border(places_of, language, text, border):
    found = [p for p in places_of(text, language) if p.name == border]
    assert found and found[0].precision == "region"


# (language, text): a crossing noun with no name of its own (a title-case headline, a verb): no border
NO_CROSSING = [
    ("en", "Border Crossing Clash: Pakistani And Afghan Troops Trade Fire\n\nThe two sides exchanged fire."),
    ("en", "Checkpoint Clash Leaves Two Pakistani, Afghan Soldiers Dead\n\nThe two sides exchanged fire."),
    ("en", "Pakistani troops crossing into Afghan territory came under fire on Saturday, officials said."),
]


@pytest.mark.parametrize(("language", "text"), NO_CROSSING)
def test_no_crossing_without_a_name_of_its_own(places_of, language, text):
    assert not [p for p in places_of(text, language) if p.name.endswith(" border")]


# a country filter typed in lower case still reads an abbreviation (store.views.country_code)
@pytest.mark.parametrize(("typed", "iso2"), [("rdc", "CD"), ("uae", "AE"), ("eau", "AE"), ("drc", "CD"),
                                             ("Ukraine", "UA")])
def test_a_typed_country_filter_reads_abbreviations_in_any_case(typed, iso2):
    from newsevents.store.views import country_code

    assert country_code(typed) == iso2
