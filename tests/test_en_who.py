"""Parties in English: the patterns tests/test_who_fr.py covers that test_who_en.py did not.

Persons with the titles English news writes (mayors, ambassadors, heads of military
administrations, titles after the name), short and bare references back to a named person or
institution, a title with a country and nobody named, ministries written "the Ministry of X of Y"
and "Y's X Ministry", armed forces, missions and facilities, civilians, order of mentions, an
addressee against a location, dated roles of known persons. Sentences written from the patterns
of English news, run with the strict check (every mention a party whose words agree).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from datetime import date
from functools import partial

import pytest
from helpers import check_person_with_title, has_party, party_at, run_who

from newsevents.model import Party


@pytest.fixture(scope="module")
def parties(nlp_en) -> Callable[[str], list[tuple[str, Party]]]:
    return partial(run_who, nlp_en, language="en", strict=True)


@pytest.mark.parametrize(
    ("text", "name", "country", "role", "span_starts"),
    [
        ("Russian President Vladimir Putin received his counterpart.", "Vladimir Putin", "RU", "president",
         "Russian President"),
        ("Moldovan President Maia Sandu condemned the strike.", "Maia Sandu", "MD", "president",
         "Moldovan President"),
        ("Ukrainian Foreign Minister Andrii Sybiha denounced the attack.", "Andrii Sybiha", "UA",
         "foreign minister", "Ukrainian Foreign Minister"),
        # the person is found with the role, but the city before the title is left out of its words
        pytest.param("Kharkiv Mayor Ihor Terekhov said two people were hurt.", "Ihor Terekhov", None, "mayor",
                     "Kharkiv Mayor", marks=pytest.mark.xfail(
                         strict=True, reason="a place before the title is not part of the title (who.py)")),
        ("French Ambassador Pierre Levy was summoned on Monday.", "Pierre Levy", "FR", "ambassador",
         "French Ambassador"),
        ("Regional Governor Oleg Sinegubov announced a curfew.", "Oleg Sinegubov", None, "governor",
         "Regional Governor"),
    ],
)
def test_person_with_title(parties, text, name, country, role, span_starts):
    check_person_with_title(parties(text), name, country, role, span_starts)


@pytest.mark.parametrize(
    ("text", "later", "name"),
    [
        ("Governor Vitaliy Kim spoke of damage. According to Kim, three houses burned.", "Kim",
         "Vitaliy Kim"),
        ("President Volodymyr Zelensky reacted. Zelensky asked for more air defence.", "Zelensky",
         "Volodymyr Zelensky"),
    ],
)
def test_short_reference_resolves_to_full_name(parties, text, later, name):
    found = parties(text)
    assert has_party(found, later, name), found


@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        ("Swiss Ambassador Jean Dupont was summoned. The ambassador was handed a note.", "ambassador",
         "Jean Dupont"),
        ("Prime Minister Denys Shmyhal spoke first. The Ukrainian prime minister then left the room.",
         "Ukrainian prime minister", "Denys Shmyhal"),
    ],
)
def test_bare_title_refers_back(parties, text, words, name):
    found = parties(text)
    assert has_party(found, words, name), found


def test_bare_title_with_country_and_nobody_named(parties):
    found = parties("The Armenian prime minister denied the reports.")
    assert any(
        p.name == "Armenian prime minister" and p.role == "prime minister" and p.country == "AM"
        for _, p in found
    ), found


def test_bare_title_without_anything_is_not_a_party(parties):
    assert not [p for _, p in parties("The president spoke at length.") if p.kind == "person"]


@pytest.mark.parametrize(
    ("text", "words", "country"),
    [
        ("According to Kyiv, three drones were shot down.", "Kyiv", "UA"),
        ("Yerevan's official statements came as a surprise.", "Yerevan", "AM"),
        ("Tbilisi sent an official letter to Moscow.", "Moscow", "RU"),
    ],
)
def test_capital_standing_for_government(parties, text, words, country):
    party = party_at(parties(text), words)
    assert party.kind == "government" and party.role == "metonymy" and party.country == country


@pytest.mark.parametrize(
    "text",
    [
        "An explosion took place in Moscow overnight.",
        "The missiles were aimed at the Ukrainian capital, Kyiv, local authorities said.",
    ],
)
def test_places_are_not_parties(parties, text):
    found = parties(text)
    assert not [p for _, p in found if p.country in ("RU", "UA") and p.kind in ("state", "government")], found


@pytest.mark.parametrize(
    ("text", "words", "name", "kind", "country"),
    [
        ("Turkey condemned the attack.", "Turkey", None, "state", "TR"),
        ("The Kremlin denied any involvement.", "Kremlin", "Kremlin", "government", "RU"),
        ("The Ministry of Defence of the Russian Federation published a toll.",
         "Ministry of Defence of the Russian Federation", "Ministry of Defence of Russia", "government",
         "RU"),
        ("Russia's Defence Ministry published a toll.", "Russia's Defence Ministry",
         "Ministry of Defence of Russia", "government", "RU"),
        ("The Armenian Foreign Ministry protested.", "Armenian Foreign Ministry",
         "Ministry of Foreign Affairs of Armenia", "government", "AM"),
        ("The Ukrainian Armed Forces fired back.", "Ukrainian Armed Forces", "Ukrainian Armed Forces",
         "military", "UA"),
        ("The French embassy in Kyiv was damaged.", "French embassy in Kyiv", "Embassy of France in ",
         "diplomatic_mission", "FR"),
        ("The honorary consulate of Georgia was hit.", "honorary consulate of Georgia",
         "Honorary Consulate of Georgia", "diplomatic_mission", "GE"),
        ("A residential building was destroyed.", "residential building", "residential building", "facility",
         None),
        ("The strike caused casualties among the civilian population.", "civilian population", "civilians",
         "civilians", None),
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
        ("The Russian Defence Ministry issued a statement. The Defence Ministry also said the target "
         "was military.", "Defence Ministry", "Ministry of Defence of Russia"),
        ("The news agency TASS reported an explosion. The agency said there were no casualties.", "agency",
         "TASS"),
        ("The Polish embassy in Ukraine was hit. The embassy suspended its work.", "embassy",
         "Embassy of Poland in Ukraine"),
    ],
)
def test_bare_institution_refers_back(parties, text, words, name):
    found = parties(text)
    assert has_party(found, words, name), found


def test_mentions_do_not_overlap_and_are_in_order(parties):
    found = parties("Russian President Vladimir Putin and the Turkish Defence Ministry spoke about the "
                    "Azerbaijani embassy in Ukraine.")
    assert len(found) >= 3
    assert [p.span for _, p in found] == sorted(p.span for _, p in found)
    for (_, a), (_, b) in itertools.pairwise(found):
        assert a.span[1] <= b.span[0]


@pytest.mark.parametrize(
    ("text", "metonymy"),
    [
        ("The note was delivered in Moscow itself.", False),
        ("Baku handed a protest to Moscow.", True),
    ],
)
def test_recipient_versus_location(parties, text, metonymy):
    found = [p for t, p in parties(text) if t == "Moscow"]
    assert bool(found) == metonymy, found


@pytest.mark.parametrize(
    ("text", "words", "name", "role", "country"),
    [
        ("Oleh Syniehubov, the regional governor, announced a curfew.",
         "Oleh Syniehubov, the regional governor", "Oleh Syniehubov", "governor", None),
        # a demonym before the title in the apposition: the title is not read (French reads it)
        pytest.param("Oleh Syniehubov, the Ukrainian governor of the region, announced a curfew.",
                     "Oleh Syniehubov, the Ukrainian governor of the region", "Oleh Syniehubov", "governor",
                     "UA", marks=pytest.mark.xfail(strict=True, reason="a demonym before the title breaks "
                                                   "the apposition (who.py)")),
        # an institution before the title in the apposition: found as two mentions, name and title
        pytest.param("Dmitry Peskov, the Kremlin spokesman, declined to comment.",
                     "Dmitry Peskov, the Kremlin spokesman", "Dmitry Peskov", "spokesperson", "RU",
                     marks=pytest.mark.xfail(strict=True, reason="a noun before the title breaks the "
                                             "apposition (who.py)")),
    ],
)
def test_title_in_apposition_after_the_name(parties, text, words, name, role, country):
    found = parties(text)
    assert any(t == words and p.name == name and p.role == role and p.country == country for t, p in found), (
        found
    )


@pytest.mark.parametrize(
    ("published", "role"),
    [
        ("2023-05-10", "prime minister"),  # dated roles in data/persons.yaml
        ("2025-11-15", "defence minister"),
    ],
)
def test_known_person_role_on_the_article_date(nlp_en, published, role):
    text = "Denys Shmyhal said the situation remained tense."
    found = run_who(nlp_en, text, "en", published=date.fromisoformat(published))
    hits = [p for _t, p in found if p.name == "Denys Shmyhal"]
    assert hits and hits[0].role == role


def test_title_in_text_wins_over_dated_role(parties):
    found = parties("Energy Minister Denys Shmyhal visited the power plant.")
    hits = [p for _t, p in found if p.name == "Denys Shmyhal"]
    assert hits and hits[0].role != "prime minister", found


def test_place_in_the_title_gives_the_person_country(analyse):
    article = analyse("The mayor of Kharkiv, Pavel Ivanenko, reported three wounded.", language="en")
    hits = [m.value for m in article.of_kind("party") if m.value.name == "Pavel Ivanenko"]
    assert hits and (hits[0].role, hits[0].country) == ("mayor", "UA"), article.of_kind("party")


def test_state_department(parties):
    found = parties("The US State Department condemned the attack.")
    assert any(
        p.name == "Ministry of Foreign Affairs of United States" and p.country == "US" for _t, p in found
    ), found
