"""Party names that hold a country word but are not that country, and countries that hold a name.

- A surname that is also a country word ("Volker Turk", "Jim Jordan", "Thomas Allemand") is a
  person, never a state; a later bare surname is the same person; the state named by its own
  name stays a state.
- A longer name ending in an international body's alias is another body, the country's ("the
  U.S. National Security Council" is not the UN Security Council); a country in an organisation's
  own name is its country.
- An institution one state has by usage carries that state ("the State Department"; "the
  Foreign Office" when the text names Britain); a named owner wins ("Ukraine's Foreign Office").
- An ambassador named with his country carries it, not the country he is posted to.
- A delegation to a body is its country's ("a Liberian U.N. delegation").
- Cross-document keys: abbreviations and every language's name of a state key to the state.
"""

from __future__ import annotations

import pytest

from newsevents.model import Party
from newsevents.parties.identity import party_key


def _parties(article) -> list[tuple[str, Party]]:  # type: ignore[no-untyped-def]
    return [(article.text[m.span[0]:m.span[1]], m.value) for m in article.of_kind("party")]


@pytest.mark.parametrize(
    ("language", "text", "name", "not_country"),
    [
        ("en", "UN rights chief Volker Turk said the attacks must stop.", "Volker Turk", "TR"),
        ("en", "Volker Turk condemned the strikes on Monday.", "Volker Turk", "TR"),
        ("en", "Jim Jordan said the committee would investigate.", "Jim Jordan", "JO"),
        ("fr", "Le député Thomas Allemand a dénoncé la frappe.", "Thomas Allemand", "DE"),
        ("fr", "Selon Sandrine Allemand, porte-parole de la mairie, trois immeubles ont été touchés.",
         "Sandrine Allemand", "DE"),
    ],
)
def test_a_surname_that_is_a_country_word_is_a_person(analyse, language, text, name, not_country):
    found = _parties(analyse(text, language))
    persons = [p for _, p in found if p.kind == "person"]
    assert [p.name for p in persons] == [name], found
    assert all(p.country != not_country for _, p in found), found


@pytest.mark.parametrize(
    ("language", "text", "state"),
    [
        ("en", "Volker Turk said the strikes were unlawful. Turk also urged Turkey to help.", "Turkey"),
        ("fr", "Le haut-commissaire Volker Turk a dénoncé les frappes. Turk a appelé la Turquie à agir.",
         "Turquie"),
    ],
)
def test_a_later_bare_surname_is_the_person_and_the_state_stays(analyse, language, text, state):
    found = _parties(analyse(text, language))
    assert [(w, p.name) for w, p in found if p.kind == "person"] == [
        ("Volker Turk", "Volker Turk"), ("Turk", "Volker Turk")], found
    assert [(w, p.kind, p.country) for w, p in found if w == state] == [(state, "state", "TR")]


@pytest.mark.parametrize(
    ("language", "text", "words", "country"),
    [
        ("en", "A spokesman for the U.S. National Security Council said the talks would continue.",
         "U.S. National Security Council", "US"),
        ("en", "The Russian Security Council met on Friday.", "Russian Security Council", "RU"),
        ("fr", "Le Conseil de sécurité nationale des États-Unis a démenti.",
         "Conseil de sécurité nationale des États-Unis", "US"),
    ],
)
def test_a_longer_name_ending_in_a_known_alias_is_another_body(analyse, language, text, words, country):
    found = _parties(analyse(text, language))
    hits = [p for w, p in found if w == words]
    assert hits, found
    assert hits[0].country == country
    assert all(p.name != "UN Security Council" for _, p in found), found


@pytest.mark.parametrize(
    ("language", "text", "words", "name"),
    [
        ("en", "The Security Council will vote on the resolution on Monday.", "Security Council",
         "UN Security Council"),
        ("fr", "Le Conseil de sécurité de l'ONU se réunira lundi.", "Conseil de sécurité de l'ONU",
         "UN Security Council"),
        ("en", "A U.N. spokesman said aid convoys were blocked.", "U.N.", "United Nations"),
    ],
)
def test_the_international_body_keeps_its_name(analyse, language, text, words, name):
    found = _parties(analyse(text, language))
    assert [(w, p.name) for w, p in found if w == words] == [(words, name)], found


@pytest.mark.parametrize(
    ("language", "text", "words", "country"),
    [
        ("en", "The Foreign Office said British nationals should leave Lebanon.", "Foreign Office", "GB"),
        ("fr", "Le Foreign Office a appelé les ressortissants britanniques à quitter le Liban.",
         "Foreign Office", "GB"),
        ("en", "The Home Office said British citizens would be helped.", "Home Office", "GB"),
        ("en", "The State Department said the embassy would reopen.", "State Department", "US"),
        ("fr", "Le département d'État a annoncé la réouverture de l'ambassade.", "département d'État", "US"),
        ("en", "Ukraine's Foreign Office said it would respond.", "Ukraine's Foreign Office", "UA"),
        # Pakistan's ministry is the Foreign Office too: no British default in a text without Britain
        ("en", "Pakistan summoned the Indian envoy, the Foreign Office said.", "Foreign Office", None),
    ],
)
def test_an_institution_of_one_state_by_usage(analyse, language, text, words, country):
    found = _parties(analyse(text, language))
    hits = [p for w, p in found if w == words]
    assert hits, found
    assert hits[0].country == country
    assert hits[0].kind == "government"


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        ("en", "Russian ambassador Oleg Ozerov said the claims were false.", "Oleg Ozerov"),
        ("fr", "L'ambassadeur russe Oleg Ozerov a rejeté ces accusations.", "Oleg Ozerov"),
        ("en", "Russia's ambassador to Sudan, Andrey Chernovol, said Moscow would help.", "Andrey Chernovol"),
        ("fr", "L'ambassadeur de Russie au Soudan, Andreï Tchernovol, a démenti.", "Andreï Tchernovol"),
        ("fr", "L'ambassadeur russe au Soudan Andreï Tchernovol a démenti.", "Andreï Tchernovol"),
    ],
)
def test_an_ambassador_carries_his_own_country(analyse, language, text, name):
    found = _parties(analyse(text, language))
    persons = [p for _, p in found if p.kind == "person"]
    assert [(p.name, p.country, p.role) for p in persons] == [(name, "RU", "ambassador")], found


@pytest.mark.parametrize(
    ("language", "text", "words"),
    [
        ("en", "A Liberian U.N. delegation visited the camp on Tuesday.", "Liberian U.N. delegation"),
        ("fr", "Une délégation libérienne à l'ONU est arrivée lundi.", "délégation libérienne"),
    ],
)
def test_a_delegation_to_a_body_is_its_countrys(analyse, language, text, words):
    found = _parties(analyse(text, language))
    hits = [p for w, p in found if w == words]
    assert hits, found
    assert (hits[0].name, hits[0].country) == ("Liberia", "LR")


@pytest.mark.parametrize(
    ("names", "kind", "key"),
    [
        (["United Arab Emirates", "UAE", "U.A.E.", "EAU", "Émirats arabes unis", "Emirates"],
         "state", "s:AE"),
        (["Democratic Republic of the Congo", "DRC", "RDC", "République démocratique du Congo"],
         "state", "s:CD"),
        (["Russia", "Russie", "Fédération de Russie"], "government", "s:RU"),
        (["United States", "U.S.", "États-Unis", "USA"], "state", "s:US"),
        (["Saudi Arabia", "KSA", "Arabie saoudite"], "state", "s:SA"),
        (["North Korea", "DPRK", "RPDC", "Corée du Nord"], "state", "s:KP"),
        (["Central African Republic", "RCA", "Centrafrique"], "state", "s:CF"),
    ],
)
def test_every_name_of_a_state_keys_to_the_state(names, kind, key):
    assert {party_key(n, kind) for n in names} == {key}


def test_international_bodies_key_by_any_name_and_national_ones_apart():
    un = {party_key(n, "organization") for n in ("United Nations", "UN", "U.N.", "ONU", "Nations unies")}
    assert len(un) == 1
    council = {party_key(n, "organization") for n in (
        "UN Security Council", "U.N. Security Council", "United Nations Security Council",
        "Conseil de sécurité de l'ONU", "CSNU")}
    assert len(council) == 1
    assert party_key("U.S. National Security Council", "organization", "US") not in council
    assert party_key("Volker Turk", "person") == "p:turk"
