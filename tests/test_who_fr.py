"""Parties in French: persons with titles, short references, countries, capitals as governments,
institutions, missions, facilities, civilians. Sentences written from the patterns of French
news (not taken from the example articles)."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from functools import partial

import pytest
from helpers import check_person_with_title, has_party, party_at, run_who

from newsevents.model import Party


@pytest.fixture(scope="module")
def parties(nlp_fr) -> Callable[[str], list[tuple[str, Party]]]:
    return partial(run_who, nlp_fr, language="fr", strict=True)


@pytest.mark.parametrize(
    ("text", "name", "country", "role", "span_starts"),
    [
        (
            "Le président russe Vladimir Poutine a reçu son homologue.",
            "Vladimir Putin",
            "RU",
            "president",
            "président russe",
        ),
        (
            "La présidente moldave Maia Sandu a condamné la frappe.",
            "Maia Sandu",
            "MD",
            "president",
            "présidente",
        ),
        (
            "Le ministre ukrainien des Affaires étrangères Andrii Sybiha a dénoncé l'attaque.",
            "Andrii Sybiha",
            "UA",
            "foreign minister",
            "ministre ukrainien",
        ),
        (
            "Le ministre des Affaires étrangères de la Moldavie, Mihai Popescu, a protesté.",
            "Mihai Popescu",
            "MD",
            "foreign minister",
            "ministre des Affaires",
        ),
        (
            "L'ambassadeur de France en Russie Pierre Lévy a été convoqué lundi.",
            "Pierre Lévy",
            "FR",
            "ambassador",
            "ambassadeur de France",
        ),
        (
            "Le porte-parole du Kremlin, Dmitri Peskov, a refusé de commenter.",
            "Dmitry Peskov",
            "RU",
            "spokesperson",
            "porte-parole",
        ),
        (
            "La porte-parole du ministre Anna Kovalenko a précisé les faits.",
            "Anna Kovalenko",
            None,
            "spokesperson",
            "porte-parole du ministre",
        ),
        (
            "Le gouverneur régional Oleg Sinegoubov a annoncé un couvre-feu.",
            "Oleg Sinegoubov",
            None,
            "governor",
            "gouverneur",
        ),
        (
            "Selon le chef de l'administration militaire régionale d'Odessa, Oleh Kiper, "
            "un entrepôt a brûlé.",
            "Oleh Kiper",
            None,
            "governor",
            "chef de l'administration",
        ),
        (
            "Le maire de Kharkiv Igor Terekhov a parlé.",
            "Igor Terekhov",
            None,
            "mayor",
            "maire de Kharkiv",
        ),
    ],
)
def test_person_with_title(parties, text, name, country, role, span_starts):
    check_person_with_title(parties(text), name, country, role, span_starts)


@pytest.mark.parametrize(
    ("text", "later", "name"),
    [
        (
            "Le gouverneur Vitali Kim a parlé de dégâts. Selon Kim, trois maisons ont brûlé.",
            "Kim",
            "Vitali Kim",
        ),
        (
            "Le président Volodymyr Zelensky a réagi. Zelensky a demandé plus de défense aérienne.",
            "Zelensky",
            "Volodymyr Zelensky",
        ),
        ("Poutine a signé le décret mardi.", "Poutine", "Vladimir Putin"),
    ],
)
def test_short_reference_resolves_to_full_name(parties, text, later, name):
    found = parties(text)
    assert has_party(found, later, name), found


@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        (
            "L'ambassadeur de Suisse Jean Dupont a été convoqué. L'ambassadeur a reçu une note.",
            "ambassadeur",
            "Jean Dupont",
        ),
        (
            "Le Premier ministre Denys Chmyhal s'est exprimé. "
            "Le Premier ministre ukrainien a ensuite quitté la salle.",
            "Premier ministre ukrainien",
            "Denys Shmyhal",
        ),
    ],
)
def test_bare_title_refers_back(parties, text, words, name):
    found = parties(text)
    assert has_party(found, words, name), found


def test_bare_title_with_country_and_nobody_named(parties):
    found = parties("Le Premier ministre arménien a démenti ces informations.")
    assert any(
        p.name == "Armenian prime minister" and p.role == "prime minister" and p.country == "AM"
        for _, p in found
    ), found


def test_bare_title_without_anything_is_not_a_party(parties):
    assert not [p for _, p in parties("Le président a parlé longuement.") if p.kind == "person"]


@pytest.mark.parametrize(
    ("text", "words", "country"),
    [
        ("Moscou a rejeté ces accusations.", "Moscou", "RU"),
        ("Selon Kiev, trois drones ont été abattus.", "Kiev", "UA"),
        ("D'après Bakou, la livraison était prévue.", "Bakou", "AZ"),
        ("Les déclarations officielles d'Erevan ont surpris.", "Erevan", "AM"),
        ("Tbilissi a envoyé une lettre officielle à Moscou.", "Moscou", "RU"),
    ],
)
def test_capital_standing_for_government(parties, text, words, country):
    party = party_at(parties(text), words)
    assert party.kind == "government" and party.role == "metonymy" and party.country == country


@pytest.mark.parametrize(
    "text",
    [
        "Une explosion a eu lieu à Moscou dans la nuit.",
        "Les combats se poursuivent en Ukraine.",
        "Les missiles visaient la capitale de l'Ukraine, Kiev, selon les autorités locales.",
    ],
)
def test_places_are_not_parties(parties, text):
    found = parties(text)
    assert not [p for _, p in found if p.country in ("RU", "UA") and p.kind in ("state", "government")], found


@pytest.mark.parametrize(
    ("text", "words", "name", "kind", "country"),
    [
        ("Une frappe aérienne russe a touché l'usine.", "russe", "Russia", "state", "RU"),
        ("La Turquie a condamné l'attaque.", "Turquie", None, "state", "TR"),
        ("La partie arménienne a répondu par écrit.", "partie arménienne", "Armenia", "government", "AM"),
        ("Le Kremlin a démenti toute implication.", "Kremlin", "Kremlin", "government", "RU"),
        (
            "Le ministère de la Défense de la Fédération de Russie a publié un bilan.",
            "ministère de la Défense de la Fédération de Russie",
            "Ministry of Defence of Russia",
            "government",
            "RU",
        ),
        (
            "Le ministère russe de la Défense a publié un bilan.",
            "ministère russe de la Défense",
            "Ministry of Defence of Russia",
            "government",
            "RU",
        ),
        (
            "Le ministère des Affaires étrangères arménien a protesté.",
            "ministère des Affaires étrangères arménien",
            "Ministry of Foreign Affairs of Armenia",
            "government",
            "AM",
        ),
        (
            "Les forces armées ukrainiennes ont riposté.",
            "forces armées ukrainiennes",
            "Ukrainian Armed Forces",
            "military",
            "UA",
        ),
        (
            "L'ambassade de France à Kiev a été endommagée.",
            "ambassade de France à Kiev",
            "Embassy of France in ",
            "diplomatic_mission",
            "FR",
        ),
        (
            "Le consulat honoraire de Géorgie a été touché.",
            "consulat honoraire de Géorgie",
            "Honorary Consulate of Georgia",
            "diplomatic_mission",
            "GE",
        ),
        (
            "Le dépôt pétrolier Naftogaz a pris feu.",
            "dépôt pétrolier Naftogaz",
            "Naftogaz oil depot",
            "facility",
            None,
        ),
        (
            "Un immeuble résidentiel a été détruit.",
            "immeuble résidentiel",
            "residential building",
            "facility",
            None,
        ),
        ("Des civils ont été blessés.", "civils", "civilians", "civilians", None),
        (
            "La frappe a fait des victimes parmi la population civile.",
            "population civile",
            "civilians",
            "civilians",
            None,
        ),
    ],
)
def test_states_institutions_facilities(parties, text, words, name, kind, country):
    party = party_at(parties(text), words)
    if name is not None:
        assert party.name.startswith(name)
    assert party.kind == kind
    assert party.country == country


@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        (
            "Le ministère russe de la Défense a publié un communiqué. "
            "Le ministère de la Défense a aussi affirmé que la cible était militaire.",
            "ministère de la Défense",
            "Ministry of Defence of Russia",
        ),
        (
            "Le président de la Géorgie a parlé. Le ministère de la Défense du pays a confirmé.",
            "ministère de la Défense du pays",
            "Ministry of Defence of Georgia",
        ),
        (
            "L'agence de presse TASS rapporte une explosion. L'agence précise qu'il n'y a pas de victimes.",
            "agence",
            "TASS",
        ),
        (
            "L'ambassade de Pologne en Ukraine a été touchée. L'ambassade a suspendu ses activités.",
            "ambassade",
            "Embassy of Poland in Ukraine",
        ),
    ],
)
def test_bare_institution_refers_back(parties, text, words, name):
    found = parties(text)
    assert has_party(found, words, name), found


def test_mentions_do_not_overlap_and_are_in_order(parties):
    found = parties(
        "Le président russe Vladimir Poutine et le ministère turc de la Défense ont parlé "
        "de l'ambassade d'Azerbaïdjan en Ukraine."
    )
    assert len(found) >= 3
    assert [p.span for _, p in found] == sorted(p.span for _, p in found)
    for (_, a), (_, b) in itertools.pairwise(found):
        assert a.span[1] <= b.span[0]


@pytest.mark.parametrize(
    ("text", "metonymy"),
    [
        ("La note a été déposée dans Moscou même.", False),
        ("Bakou a transmis une protestation à Moscou.", True),
    ],
)
def test_recipient_versus_location(parties, text, metonymy):
    found = [p for t, p in parties(text) if t == "Moscou"]
    assert bool(found) == metonymy, found


@pytest.mark.parametrize(
    ("text", "words", "name", "role", "country"),
    [
        (
            "Dmitri Peskov, porte-parole du Kremlin, a refusé de commenter.",
            "Dmitri Peskov, porte-parole du Kremlin",
            "Dmitry Peskov",
            "spokesperson",
            "RU",
        ),
        (
            "Ivan Petrenko, le gouverneur ukrainien de la région, a annoncé un couvre-feu.",
            "Ivan Petrenko, le gouverneur ukrainien de la région",
            "Ivan Petrenko",
            "governor",
            "UA",
        ),
    ],
)
def test_title_in_apposition_after_the_name(parties, text, words, name, role, country):
    found = parties(text)
    assert any(t == words and p.name == name and p.role == role and p.country == country for t, p in found), (
        found
    )


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # the title is the object or complement of another clause: not the name's
        (
            "Après avoir rencontré le président, Jean Dupont a déclaré que tout allait bien.",
            "Jean Dupont",
            None,
        ),
        ("Lors de sa rencontre avec le ministre, Marie Durand a évoqué la sécurité.", "Marie Durand", None),
        # the title is the subject and the name in apposition: kept
        ("Le président, Jean Dupont, a déclaré que tout allait bien.", "Jean Dupont", "president"),
        ("Le porte-parole du ministère, Paul Martin, a démenti.", "Paul Martin", "spokesperson"),
    ],
)
def test_title_before_a_comma(parties, text, name, role):
    found = parties(text)
    hits = [p for _t, p in found if p.name == name]
    assert hits and hits[0].role == role, found


@pytest.mark.parametrize(
    ("text", "facility"),
    [
        ("Le port du masque reste obligatoire dans les transports.", False),  # wearing
        ("Il a été interpellé pour port d'arme prohibée.", False),  # carrying
        ("Un drone a frappé le port de Mykolaïv.", True),
        ("Le port a été endommagé par les frappes.", True),
    ],
)
def test_port_as_facility_or_wearing(parties, text, facility):
    found = [p for _t, p in parties(text) if p.kind == "facility"]
    assert bool(found) == facility, found


@pytest.mark.parametrize(
    ("published", "role"),
    [
        ("2023-05-10", "prime minister"),  # dated roles in data/persons.yaml
        ("2025-11-15", "defence minister"),
    ],
)
def test_known_person_role_on_the_article_date(nlp_fr, published, role):
    from datetime import date

    text = "Denys Chmyhal a déclaré que la situation restait tendue."
    found = run_who(nlp_fr, text, "fr", published=date.fromisoformat(published))
    hits = [p for _t, p in found if p.name == "Denys Shmyhal"]
    assert hits and hits[0].role == role


def test_title_in_text_wins_over_dated_role(parties):
    found = parties("Le ministre de l'Énergie Denys Chmyhal a visité la centrale.")
    hits = [p for _t, p in found if p.name == "Denys Shmyhal"]
    assert hits and hits[0].role != "prime minister", found


def test_place_in_the_title_gives_the_person_country(analyse):
    article = analyse("Le maire de Kharkiv, Pavel Ivanenko, a annoncé trois blessés.")  # where runs first
    hits = [m.value for m in article.of_kind("party") if m.value.name == "Pavel Ivanenko"]
    assert hits and (hits[0].role, hits[0].country) == ("mayor", "UA"), article.of_kind("party")


def test_state_department_in_french(parties):
    found = parties("Le département d'État américain a condamné l'attaque.")
    assert any(
        p.name == "Ministry of Foreign Affairs of United States" and p.country == "US" for _t, p in found
    ), found
