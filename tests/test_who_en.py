"""Parties in English: pre-nominal titles and adjectives ("Azerbaijani President X", "Russia's
Defence Ministry"), capitals as governments, institutions, missions and facilities."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

import pytest
from helpers import check_person_with_title, has_party, party_at, run_who

from newsevents.model import Party


@pytest.fixture(scope="module")
def parties(nlp_en) -> Callable[[str], list[tuple[str, Party]]]:
    return partial(run_who, nlp_en, language="en")


@pytest.mark.parametrize(
    ("text", "name", "country", "role", "span_starts"),
    [
        (
            "Armenian President Vahagn Khachaturyan said on Tuesday that the talks had failed.",
            "Vahagn Khachaturyan",
            "AM",
            "president",
            "Armenian President",
        ),
        (
            "Georgian Prime Minister Irakli Kobakhidze told reporters the border was calm.",
            "Irakli Kobakhidze",
            "GE",
            "prime minister",
            "Georgian Prime Minister",
        ),
        (
            "Russian Foreign Ministry spokeswoman Maria Zakharova called the claims absurd.",
            "Maria Zakharova",
            "RU",
            "spokesperson",
            "spokeswoman",
        ),
        (
            "Kremlin spokesman Dmitry Peskov declined to comment.",
            "Dmitry Peskov",
            "RU",
            "spokesperson",
            "spokesman",
        ),
        (
            "Governor Oleh Syniehubov said two houses were damaged.",
            "Oleh Syniehubov",
            None,
            "governor",
            "Governor",
        ),
    ],
)
def test_person_with_title(parties, text, name, country, role, span_starts):
    check_person_with_title(parties(text), name, country, role, span_starts)


@pytest.mark.parametrize(
    ("text", "later", "name"),
    [
        (
            "Governor Oleh Syniehubov spoke first. Syniehubov said the fire was out.",
            "Syniehubov",
            "Oleh Syniehubov",
        ),
        ("Putin signed the decree on Monday.", "Putin", "Vladimir Putin"),
        (
            "Ambassador John Miller was summoned. The ambassador received a protest note.",
            "ambassador",
            "John Miller",
        ),
    ],
)
def test_later_references(parties, text, later, name):
    found = parties(text)
    assert has_party(found, later, name), found


@pytest.mark.parametrize(
    ("text", "words", "country"),
    [
        ("Kyiv said the missile was shot down.", "Kyiv", "UA"),
        ("The strike was deliberate, according to Baku.", "Baku", "AZ"),
        ("Moscow denied any involvement.", "Moscow", "RU"),
    ],
)
def test_capital_standing_for_government(parties, text, words, country):
    hits = [p for t, p in parties(text) if t == words]
    assert hits and hits[0].role == "metonymy" and hits[0].kind == "government" and hits[0].country == country


@pytest.mark.parametrize(
    "text",
    [
        "An explosion was heard in Moscow overnight.",
        "Fighting continues in Ukraine.",
    ],
)
def test_places_are_not_parties(parties, text):
    assert not [p for _, p in parties(text) if p.kind in ("state", "government")]


@pytest.mark.parametrize(
    ("text", "words", "name", "kind", "country"),
    [
        ("A Russian missile hit the port.", "Russian", "Russia", "state", "RU"),
        ("Armenia denied the report.", "Armenia", "Armenia", "state", "AM"),
        (
            "Russia's Defence Ministry said the target was military.",
            "Russia's Defence Ministry",
            "Ministry of Defence of Russia",
            "government",
            "RU",
        ),
        (
            "The Ukrainian army shelled the village.",
            "Ukrainian army",
            "Ukrainian army",
            "military",
            "UA",
        ),
        (
            "The Azerbaijani embassy was damaged.",
            "Azerbaijani embassy",
            "Embassy of Azerbaijan",
            "diplomatic_mission",
            "AZ",
        ),
        (
            "The strike hit the Shell oil depot overnight.",
            "Shell oil depot",
            "Shell oil depot",
            "facility",
            None,
        ),
        (
            "A residential building was destroyed.",
            "residential building",
            "residential building",
            "facility",
            None,
        ),
        ("Several civilians were wounded.", "civilians", "civilians", "civilians", None),
        ("The Russian side has not responded.", "Russian side", "Russia", "government", "RU"),
    ],
)
def test_states_institutions_facilities(parties, text, words, name, kind, country):
    party = party_at(parties(text), words)
    assert (party.name, party.kind, party.country) == (name, kind, country)


def test_bare_ministry_refers_back(parties):
    found = parties(
        "Russia's Defence Ministry issued a statement. The ministry said three drones were downed."
    )
    assert has_party(found, "ministry", "Ministry of Defence of Russia"), found


def test_title_in_apposition_after_the_name(parties):
    found = parties("Oleh Syniehubov, the regional governor, said two houses were hit.")
    assert any(t == "Oleh Syniehubov, the regional governor" and p.role == "governor" for t, p in found), (
        found
    )


@pytest.mark.parametrize(
    ("text", "words", "name", "kind", "country"),
    [
        # the NER calls some countries ORG or PERSON: the country tables win
        ("Armenia and Azerbaijan signed a deal.", "Armenia", "Armenia", "state", "AM"),
        ("Georgia accused Russia of provocation.", "Georgia", "Georgia", "state", "GE"),
        # dotted abbreviations own the institution after them
        (
            "The U.S. State Department said it was monitoring the situation.",
            "U.S. State Department",
            "Ministry of Foreign Affairs of United States",
            "government",
            "US",
        ),
        (
            "The UK Foreign Office summoned the ambassador.",
            "UK Foreign Office",
            "Ministry of Foreign Affairs of United Kingdom",
            "government",
            "GB",
        ),
        (
            "The Russian Defense Ministry said 20 drones were downed.",
            "Russian Defense Ministry",
            "Ministry of Defence of Russia",
            "government",
            "RU",
        ),
        (
            "Ukraine's foreign ministry condemned the attack.",
            "Ukraine's foreign ministry",
            "Ministry of Foreign Affairs of Ukraine",
            "government",
            "UA",
        ),
        # a capital coordinated with a subject capital stands for its government too
        ("Paris and Berlin agreed on new sanctions.", "Berlin", "Germany", "government", "DE"),
    ],
)
def test_countries_over_ner_labels(parties, text, words, name, kind, country):
    party = party_at(parties(text), words)
    assert (party.name, party.kind, party.country) == (name, kind, country)


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # the title is the object of another clause: not the name's
        ("After meeting the president, Jane Doe told reporters the talks were useful.", "Jane Doe", None),
        ("Following talks with the foreign minister, John Roe flew home.", "John Roe", None),
        # the title is the subject, the name in apposition: kept
        ("The president, Jane Doe, said the talks were useful.", "Jane Doe", "president"),
    ],
)
def test_title_before_a_comma(parties, text, name, role):
    hits = [p for _t, p in parties(text) if p.name == name]
    assert hits and hits[0].role == role, parties(text)


def test_title_starting_its_own_clause_is_not_an_apposition(parties):
    found = parties("Drones hit Mark Levin, the regional governor said.")
    assert not [p for _t, p in found if p.role == "governor" and p.name == "Mark Levin"], found


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "Azerbaijan's Foreign Ministry spokesperson Leyla Abbasova said the talks were over.",
            "Leyla Abbasova",
            "AZ",
        ),
        (
            "The Georgian Interior Ministry spokesman Giorgi Beridze said two men were held.",
            "Giorgi Beridze",
            "GE",
        ),
    ],
)
def test_person_gets_the_country_of_the_institution_before_the_title(parties, text, name, country):
    hits = [p for _t, p in parties(text) if p.name == name]
    assert hits and hits[0].country == country, parties(text)


@pytest.mark.parametrize(
    ("text", "words", "name", "kind", "country"),
    [
        ("The IDF said it struck a weapons depot.", "IDF", "Israel Defense Forces", "military", "IL"),
        (
            "Iran's Revolutionary Guards seized a tanker.",
            "Revolutionary Guards",
            "Islamic Revolutionary Guard Corps",
            "military",
            "IR",
        ),
    ],
)
def test_named_armed_forces(parties, text, words, name, kind, country):
    hits = [p for t, p in parties(text) if t == words]
    assert hits and (hits[0].name, hits[0].kind, hits[0].country) == (name, kind, country), parties(text)
