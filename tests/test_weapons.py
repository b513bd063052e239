"""Weapons: catalogued systems (aliases, transliterations, plurals, quotes, a generic noun joined
to the name) and generic weapon nouns, in French and English; the entity ruler labels systems."""

from __future__ import annotations

import pytest

from newsevents.extract import weapons
from newsevents.extract.weapons import catalogue_entry, find_weapons
from newsevents.model import Article
from newsevents.read.normalize import normalize_article


def _found(text: str, language: str) -> list[tuple[str, str, str]]:
    return [(text[w.start : w.end], w.name, w.category) for w in find_weapons(text, language)]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # named systems, with the generic noun and quotes in the span
        (
            "Un missile « Kalibr » a été tiré.",
            "fr",
            [("missile « Kalibr »", "Kalibr", "cruise_missile")],
        ),
        (
            'Deux missiles "Tsirkon" visaient le port.',
            "fr",
            [('missiles "Tsirkon"', "Zircon", "hypersonic_missile")],
        ),
        ("Des débris de Kh-101 ont été retrouvés.", "fr", [("Kh-101", "Kh-101", "cruise_missile")]),
        (
            "Le système de missiles tactiques Totchka-U a été déployé.",
            "fr",
            [("système de missiles tactiques Totchka-U", "Tochka-U", "ballistic_missile")],
        ),
        ("Des drones Géran-2 ont survolé la ville.", "fr", [("drones Géran-2", "Shahed-136", "drone")]),
        (
            "La défense a abattu des Shaheds et des Kalibr.",
            "fr",
            [("Shaheds", "Shahed", "drone"), ("Kalibr", "Kalibr", "cruise_missile")],
        ),
        (
            "Les lance-roquettes HIMARS et les ATACMS ont frappé.",
            "fr",
            [("lance-roquettes HIMARS", "HIMARS", "rocket"), ("ATACMS", "ATACMS", "ballistic_missile")],
        ),
        (
            "Une bombe aérienne guidée KAB-500 est tombée.",
            "fr",
            [("bombe aérienne guidée KAB-500", "KAB", "explosive")],
        ),
        (
            "Russia fired Zircon hypersonic missiles and Shahed drones.",
            "en",
            [
                ("Zircon hypersonic missiles", "Zircon", "hypersonic_missile"),
                ("Shahed drones", "Shahed", "drone"),
            ],
        ),
        (
            "Storm Shadow missiles and a Bayraktar TB2 were used.",
            "en",
            [
                ("Storm Shadow missiles", "Storm Shadow", "cruise_missile"),
                ("Bayraktar TB2", "Bayraktar TB2", "drone"),
            ],
        ),
        ("The S-300s were moved north.", "en", [("S-300s", "S-300", "missile")]),
        # generic nouns
        (
            "Des tirs d'artillerie et des obus de mortier ont visé le village.",
            "fr",
            [("tirs d'artillerie", "artillery", "artillery"), ("obus de mortier", "mortar", "artillery")],
        ),
        (
            "Des missiles balistiques et des drones kamikazes ont été lancés.",
            "fr",
            [
                ("missiles balistiques", "ballistic missile", "ballistic_missile"),
                ("drones kamikazes", "kamikaze drone", "drone"),
            ],
        ),
        (
            "Des munitions non explosées ont été trouvées.",
            "fr",
            [("munitions non explosées", "unexploded ordnance", "explosive")],
        ),
        (
            "Un engin explosif improvisé a détoné.",
            "fr",
            [("engin explosif improvisé", "improvised explosive device", "explosive")],
        ),
        (
            "Cruise missiles and guided bombs hit the city; an IED exploded.",
            "en",
            [
                ("Cruise missiles", "cruise missile", "cruise_missile"),
                ("guided bombs", "guided aerial bomb", "explosive"),
                ("IED", "improvised explosive device", "explosive"),
            ],
        ),
    ],
)
def test_weapons_found(text, language, expected):
    assert _found(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("La tornade a détruit des maisons.", "fr"),  # "Tornado" matches only capitalised
        ("A patriot and a javelin thrower met.", "en"),  # common nouns, not systems
        ("Oil major Shell reported higher profits.", "en"),  # a company, not an artillery shell
        ("L'ouragan a frappé la côte.", "fr"),
        ("Le pion avance sur l'échiquier.", "fr"),
    ],
)
def test_common_words_are_not_weapons(text, language):
    assert _found(text, language) == []


@pytest.mark.parametrize(
    ("alias", "name", "category"),
    [
        ("Tsirkon", "Zircon", "hypersonic_missile"),
        ("3M22", "Zircon", "hypersonic_missile"),
        ("Tochka U", "Tochka-U", "ballistic_missile"),
        ("Totchka", "Tochka", "ballistic_missile"),
        ("Shahed-136", "Shahed-136", "drone"),
        ("fab-500", "FAB-500", "explosive"),
        ("Smertch", "Smerch", "rocket"),
        ("P-800", "Oniks", "cruise_missile"),
    ],
)
def test_catalogue_aliases(alias, name, category):
    assert catalogue_entry(alias) == (name, category)


def test_catalogue_is_large_and_well_formed():
    from newsevents.extract.weapons import _catalogue

    allowed = {
        "ballistic_missile",
        "cruise_missile",
        "hypersonic_missile",
        "missile",
        "drone",
        "aircraft",
        "artillery",
        "rocket",
        "explosive",
        "firearm",
        "other",
    }
    systems = _catalogue()
    assert len(systems) >= 100
    assert {s["category"] for s in systems} <= allowed


def test_stage_spans_point_into_original_text(nlp_fr):
    text = "Le 2 janvier, un missile « Zircon » et des drones Shahed ont frappé Kiev."
    article = Article(text=text, id="t", language="fr")
    normalize_article(article)
    article.doc = nlp_fr(article.nlp_text)
    weapons.run(article)
    found = [(m.text, m.value.name, m.sentence) for m in article.mentions if m.kind == "weapon"]
    assert found == [("missile « Zircon »", "Zircon", 0), ("drones Shahed", "Shahed", 0)]
    for m in article.mentions:
        assert text[m.span[0] : m.span[1]] == m.text == m.value.text


def test_capitalised_generic_read_as_a_name_is_dropped(nlp_en):
    text = "Shell reported higher profits while artillery shells fell."
    article = Article(text=text, id="t", language="en")
    normalize_article(article)
    article.doc = nlp_en(article.nlp_text)
    weapons.run(article)
    assert [m.text for m in article.mentions] == ["artillery shells"]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Un missile Tochka est tombé près de la gare.", "Tochka"),
        ("Des missiles Kalibr ont été tirés depuis la mer Noire.", "Kalibr"),
    ],
)
def test_entity_ruler_labels_weapons(nlp_fr, text, word):
    doc = nlp_fr(text)
    assert [e.label_ for e in doc.ents if e.text == word] == ["WEAPON"]


@pytest.mark.parametrize(
    ("text", "language", "name", "category"),
    [
        ("A suicide bomber blew himself up at the checkpoint.", "en", "suicide bomb", "explosive"),
        ("The attacker wore an explosive vest.", "en", "explosive device", "explosive"),
        ("L'assaillant portait un gilet explosif.", "fr", "explosive device", "explosive"),
    ],
)
def test_suicide_explosives_are_not_aircraft(text, language, name, category):
    found = weapons.find_weapons(text, language)
    assert [(w.name, w.category) for w in found] == [(name, category)]


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        ("Un kamikaze s'est fait exploser devant le bureau du maire.", "fr", "suicide bomb"),
        ("L'attentat-suicide a visé un poste de police.", "fr", "suicide bomb"),
        ("Un drone kamikaze a frappé le port.", "fr", "kamikaze drone"),
        ("A suicide attack targeted the mayor's office.", "en", "suicide bomb"),
        ("A suicide car bomb exploded at the gate.", "en", "car bomb"),
        ("A kamikaze drone hit the port.", "en", "kamikaze drone"),
    ],
)
def test_suicide_attacks_carry_explosives(text, language, name):
    assert [w.name for w in weapons.find_weapons(text, language)] == [name]


# the English of the French named-system and generic-noun rows above: same systems, English order
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A Kalibr missile was fired at the port.", [("Kalibr missile", "Kalibr", "cruise_missile")]),
        ('Two "Tsirkon" missiles targeted the port.',
         [('"Tsirkon" missiles', "Zircon", "hypersonic_missile")]),
        ("Kh-101 debris was found.", [("Kh-101", "Kh-101", "cruise_missile")]),
        ("The Tochka-U tactical missile system was deployed.",
         [("Tochka-U tactical missile system", "Tochka-U", "ballistic_missile")]),
        ("Geran-2 drones flew over the city.", [("Geran-2 drones", "Shahed-136", "drone")]),
        ("HIMARS rocket launchers and ATACMS struck.",
         [("HIMARS rocket launchers", "HIMARS", "rocket"), ("ATACMS", "ATACMS", "ballistic_missile")]),
        ("A KAB-500 guided aerial bomb fell on the town.",
         [("KAB-500 guided aerial bomb", "KAB", "explosive")]),
        ("Artillery fire and mortar shells hit the village.",
         [("Artillery fire", "artillery", "artillery"), ("mortar shells", "mortar", "artillery")]),
        ("Ballistic missiles and kamikaze drones were launched.",
         [("Ballistic missiles", "ballistic missile", "ballistic_missile"),
          ("kamikaze drones", "kamikaze drone", "drone")]),
        ("Unexploded ordnance was found.", [("Unexploded ordnance", "unexploded ordnance", "explosive")]),
        ("An improvised explosive device detonated.",
         [("improvised explosive device", "improvised explosive device", "explosive")]),
    ],
)
def test_english_weapons_found(text, expected):
    assert _found(text, "en") == expected
