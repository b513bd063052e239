"""Counts: casualties (killed / injured, zero, minimum, approximate, uncounted plurals, numbers in
words) and other measures (metres, paces, percent, counted nouns), French and English."""

from __future__ import annotations

import pytest
from helpers import quantity as Q
from helpers import run_numbers

from newsevents.model import Quantity


@pytest.fixture(scope="module")
def counts(nlp_fr, nlp_en):
    def _run(text: str, language: str = "fr", times: list[str] = ()) -> list[tuple[str, Quantity]]:
        return run_numbers(nlp_fr if language == "fr" else nlp_en, text, language, times)

    return _run


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "L'attaque a fait trois morts et douze blessés.",
            [("trois morts", Q(3, "killed")), ("douze blessés", Q(12, "injured"))],
        ),
        (
            "Au moins 7 personnes ont été tuées.",
            [("Au moins 7 personnes ont été tuées", Q(7, "killed", True))],
        ),
        ("Une femme a été tuée dans le bombardement.", [("Une femme a été tuée", Q(1, "killed"))]),
        (
            "Environ vingt civils ont été blessés.",
            [("Environ vingt civils ont été blessés", Q(20, "injured", False, True))],
        ),
        ("Deux soldats sont morts.", [("Deux soldats sont morts", Q(2, "killed"))]),
        ("Le bombardement a tué 1 200 personnes.", [("1 200 personnes", Q(1200, "killed"))]),
        ("Plus de 40 blessés ont été hospitalisés.", [("Plus de 40 blessés", Q(40, "injured", True))]),
        (
            "Une dizaine de civils ont péri.",
            [("Une dizaine de civils ont péri", Q(10, "killed", False, True))],
        ),
        (
            "Des dizaines de personnes ont été blessées.",
            [("dizaines de personnes ont été blessées", Q(20, "injured", True))],
        ),
        (
            "Heureusement, aucune victime n'a été signalée.",
            [("aucune victime", Q(0, "killed")), ("aucune victime", Q(0, "injured"))],
        ),
        ("Aucun blessé n'est à déplorer.", [("Aucun blessé", Q(0, "injured"))]),
        ("Il n'y a pas eu de blessés.", [("pas eu de blessés", Q(0, "injured"))]),
        (
            "Des ouvriers ont été blessés par les éclats.",
            [("Des ouvriers ont été blessés", Q(1, "injured", True))],
        ),
        ("Plusieurs personnes ont été tuées.", [("Plusieurs personnes ont été tuées", Q(1, "killed", True))]),
    ],
)
def test_french_casualties(counts, text, expected):
    assert counts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Trois soldats ont tué deux civils.",  # the soldiers are the killers
        "Les deux blessures de l'ancien joueur.",
    ],
)
def test_agents_are_not_casualties(counts, text):
    found = counts(text)
    assert not [q for t, q in found if q.value == 3 and q.unit == "killed"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The strike killed at least 12 people and wounded 30 others.",
            [("at least 12 people", Q(12, "killed", True)), ("30 others", Q(30, "injured"))],
        ),
        ("Five civilians were killed.", [("Five civilians were killed", Q(5, "killed"))]),
        (
            "No casualties were reported.",
            [("No casualties", Q(0, "killed")), ("No casualties", Q(0, "injured"))],
        ),
        ("Nobody was hurt.", [("Nobody was hurt", Q(0, "injured"))]),
        ("Several employees were injured.", [("Several employees were injured", Q(1, "injured", True))]),
        ("Around 40 people died.", [("Around 40 people died", Q(40, "killed", False, True))]),
    ],
)
def test_english_casualties(counts, text, expected):
    assert counts(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Un cratère d'environ 3 mètres est apparu à environ 35 pas du bâtiment.",
            "fr",
            [
                ("environ 3 mètres", Q(3, "metre", False, True)),
                ("environ 35 pas", Q(35, "pace", False, True)),
            ],
        ),
        ("La frappe a eu lieu à 2 km de la centrale.", "fr", [("2 km", Q(2, "kilometre"))]),
        (
            "Des fragments de deux missiles, explosés à 10%.",
            "fr",
            [("deux missiles", Q(2, "missile")), ("10%", Q(10, "percent"))],
        ),
        (
            "It landed about 50 metres from the school; 14 drones were shot down.",
            "en",
            [("about 50 metres", Q(50, "metre", False, True)), ("14 drones", Q(14, "drone"))],
        ),
    ],
)
def test_measures(counts, text, language, expected):
    assert counts(text, language) == expected


def test_dates_times_and_years_are_not_counts(counts):
    text = "Le 14 novembre 2024 vers 01h00, l'un des missiles est tombé."
    found = counts(text, times=["14 novembre 2024"])
    assert found == []


# --- constructions added with the POPCORN benchmark (bench/popcorn_numbers.py) ----------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # perdre la vie / trouver la mort: the subject of a casualty phrase
        ("Quatre ouvriers ont perdu la vie.", [("Quatre ouvriers ont perdu la vie", Q(4, "killed"))]),
        ("Un motard a trouvé la mort sur la route.", [("Un motard a trouvé la mort", Q(1, "killed"))]),
        # faire N morts, with spaced thousands
        (
            "Le séisme a fait deux morts et 1 500 blessés.",
            [("deux morts", Q(2, "killed")), ("1 500 blessés", Q(1500, "injured"))],
        ),
        # hyphenated numbers in words
        ("Trente-sept passagers sont morts.", [("Trente-sept passagers sont morts", Q(37, "killed"))]),
        # a death noun with a counted complement
        ("La mort de quatre manifestants a choqué le pays.", [("quatre manifestants", Q(4, "killed"))]),
        ("L'incendie a coûté la vie à 9 personnes.", [("9 personnes", Q(9, "killed"))]),
        # a casualty complement of the verb: "déclarées mortes"
        (
            "Six personnes ont été déclarées mortes.",
            [("Six personnes ont été déclarées mortes", Q(6, "killed"))],
        ),
        # grièvement blessé
        (
            "Cinq pompiers ont été grièvement blessés.",
            [("Cinq pompiers ont été grièvement blessés", Q(5, "injured"))],
        ),
        # any counted noun as the subject of an unambiguous casualty verb
        (
            "Plus de trente chauffeurs de bus ont été tués.",
            [("Plus de trente chauffeurs de bus ont été tués", Q(30, "killed", True))],
        ),
        # bilan
        ("Le bilan s'élève désormais à 27.", [("bilan s'élève désormais à 27", Q(27, "killed"))]),
        ("Le bilan est lourd : 14 morts.", [("14 morts", Q(14, "killed"))]),
        # collectives, compound and large
        (
            "Le conflit a fait des dizaines de milliers de morts.",
            [("dizaines de milliers de morts", Q(20000, "killed", True))],
        ),
        (
            "Une dizaine de milliers de personnes ont été blessées.",
            [("Une dizaine de milliers de personnes ont été blessées", Q(10000, "injured", False, True))],
        ),
        ("On compte une douzaine de blessés.", [("une douzaine de blessés", Q(12, "injured", False, True))]),
        (
            "La famine a causé la mort de plusieurs milliers de personnes.",
            [("milliers de personnes", Q(2000, "killed", True))],
        ),
        (
            "Des millions de personnes ont été blessées.",
            [("millions de personnes ont été blessées", Q(2000000, "injured", True))],
        ),
        # an uncounted plural as the complement of a death noun
        (
            "L'incendie a causé la mort de plusieurs personnes.",
            [("plusieurs personnes", Q(1, "killed", True))],
        ),
    ],
)
def test_french_casualty_constructions(counts, text, expected):
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "autres" stands for people; between a number and a casualty noun it is skipped
        (
            "Le tir a tué deux personnes et blessé 14 autres.",
            [("deux personnes", Q(2, "killed")), ("14 autres", Q(14, "injured"))],
        ),
        (
            "Trois soldats ont été tués et six autres blessés.",
            [("Trois soldats ont été tués", Q(3, "killed")), ("six autres blessés", Q(6, "injured"))],
        ),
        # a subset after "dont": the whole count shares the relation, the subset is a count too
        (
            "Neuf passagers, dont deux enfants, ont été blessés.",
            [
                ("Neuf passagers, dont deux enfants, ont été blessés", Q(9, "injured")),
                ("deux enfants, ont été blessés", Q(2, "injured")),
            ],
        ),
        # a casualty participle between commas after the noun phrase
        (
            "Quatre agents de la police municipale, grièvement blessés, ont été évacués.",
            [("Quatre agents de la police municipale, grièvement blessés", Q(4, "injured"))],
        ),
        # an age is not a count; "en a blessé deux autres"
        ("Un homme de 52 ans a été tué.", [("Un homme de 52 ans a été tué", Q(1, "killed"))]),
        (
            "L'attaque a tué une personne et en a blessé deux autres.",
            [("une personne", Q(1, "killed")), ("deux autres", Q(2, "injured"))],
        ),
        # bodies of people
        ("Les sauveteurs ont retrouvé les corps de cinq mineurs.", [("cinq mineurs", Q(5, "killed"))]),
    ],
)
def test_french_others_subsets_bodies(counts, text, expected):
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # counted victims: the dead
        ("L'explosion a fait cinq victimes.", [("cinq victimes", Q(5, "killed"))]),
        (
            "On dénombre une trentaine de victimes.",
            [("une trentaine de victimes", Q(30, "killed", False, True))],
        ),
        # uncounted, made by the incident: at least one dead
        ("Les combats ont fait de nombreuses victimes.", [("de nombreuses victimes", Q(1, "killed", True))]),
        # broken down in the sentence: the total of dead and injured, not the dead
        (
            "L'accident a fait huit victimes, dont trois morts.",
            [("huit victimes", Q(8, "casualties")), ("trois morts", Q(3, "killed"))],
        ),
        # people affected, an anaphor: no count
        ("Une cellule d'aide a été ouverte pour les victimes.", []),
        ("Parmi les victimes figure un journaliste.", []),
        ("Des associations viennent en aide aux victimes.", []),
    ],
)
def test_victimes_rule(counts, text, expected):
    assert counts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Deux drones ont été abattus au-dessus de la ville.",  # things shot down, not people
        "Trois obus sont tombés près de l'école.",
        "Le produit sert à tuer les microbes.",  # an object that is not a person
        "Les frais médicaux ont été pris en charge par l'assurance.",
        "La police a reculé pour ne pas blesser les manifestants.",  # negated
        "La mort de lycéens dans un accident a choqué la ville.",  # "dans", not "de": no count
        "Deux policiers, venus de Lyon, ont été accueillis par le maire.",  # apposition, no casualty
    ],
)
def test_things_are_not_casualties(counts, text):
    assert not [q for _t, q in counts(text) if q.unit in ("killed", "injured")]


@pytest.mark.parametrize(
    ("text", "language", "count", "unit"),
    [
        ("Trois Syriens ont été tués dans la frappe.", "fr", 3, "killed"),
        ("Deux Allemands ont été blessés.", "fr", 2, "injured"),
        ("Four Germans were killed in the crash.", "en", 4, "killed"),
        ("Two Nigerians were wounded.", "en", 2, "injured"),
        ("Plusieurs Syriens ont été tués.", "fr", 1, "killed"),
        ("Des Tchétchènes ont été blessés.", "fr", 1, "injured"),
        ("Several Germans were injured.", "en", 1, "injured"),
    ],
)
def test_any_nationality_counts_people(counts, text, language, count, unit):
    """A demonym is a person noun by the country tables, not by a list of nationalities seen."""
    found = [q for _, q in counts(text, language)]
    assert [(q.value, q.unit) for q in found] == [(count, unit)]
