"""Prisoner exchanges: told with a verb ("ont échangé 26 ressortissants", "were exchanged for"),
one per article unless dates tell them apart, and a country that is a side of the exchange does
not set it apart from its place. Sentences written from general patterns of news wire copy,
French and English; each runs the whole pipeline (`analyse`, published Saturday 2025-11-15)."""

from __future__ import annotations

from datetime import date

import pytest
from helpers import events_of

ONE_EXCHANGE = [
    ("fr", "La Russie et les Occidentaux ont échangé jeudi 26 de leurs ressortissants, a annoncé la Maison "
           "Blanche. Les services turcs ont mené à Ankara l'opération d'échange de prisonniers."),
    ("en", "Russia and the United States exchanged 26 nationals on Thursday, the White House said. Turkish "
           "intelligence conducted the prisoner exchange operation in Ankara."),
]


@pytest.mark.parametrize(("language", "text"), ONE_EXCHANGE)
def test_exchange_verb_and_noun_are_one_exchange(analyse, language, text):
    found = [e for e in events_of(analyse, text, language) if e.type == "prisoner_exchange"]
    assert [(e.date.start, e.date.inferred) for e in found] == [(date(2025, 11, 13), False)]


TWO_STATEMENTS = [
    ("fr", "Kiev a annoncé jeudi que la Russie et l'Ukraine avaient échangé des prisonniers. Lundi, la "
           "médiatrice russe avait affirmé que neuf prisonniers russes avaient été échangés contre le maire "
           "de Melitopol."),
    ("en", "Kyiv announced on Thursday that Russia and Ukraine had exchanged prisoners. On Monday, the "
           "Russian ombudswoman said that nine Russian prisoners were exchanged for the mayor of Melitopol."),
]


@pytest.mark.parametrize(("language", "text"), TWO_STATEMENTS)
def test_exchanges_told_in_statements_of_two_days_are_two(analyse, language, text):
    found = [e for e in events_of(analyse, text, language) if e.type == "prisoner_exchange"]
    assert sorted(e.date.start for e in found) == [date(2025, 11, 10), date(2025, 11, 13)]


NOT_EXCHANGES = [
    ("fr", "Les deux armées ont échangé des tirs mardi près de la frontière."),
    ("en", "The two ministers exchanged views on Tuesday in Geneva."),
]


@pytest.mark.parametrize(("language", "text"), NOT_EXCHANGES)
def test_exchange_of_other_things_is_no_prisoner_exchange(analyse, language, text):
    assert "prisoner_exchange" not in {e.type for e in events_of(analyse, text, language)}


NAMED = [
    ("fr", "Selon la Maison Blanche, la Russie et les États-Unis ont échangé jeudi 26 ressortissants, "
           "dont le journaliste Evan Gershkovich et l'ancien soldat Paul Whelan."),
    ("en", "According to the White House, Russia and the United States exchanged 26 nationals on Thursday, "
           "including the journalist Evan Gershkovich and the former soldier Paul Whelan."),
]


@pytest.mark.parametrize(("language", "text"), NAMED)
def test_people_named_with_an_exchange_are_its_targets(analyse, language, text):
    (swap,) = [e for e in events_of(analyse, text, language) if e.type == "prisoner_exchange"]
    assert sorted(t.name for t in swap.targets) == ["Evan Gershkovich", "Paul Whelan"]


# round 6: a pact named without a date of its own in the story of an exchange is that exchange's
# agreement told again; a pact dated on its own stays an agreement of its own
PACT_TOLD_AGAIN = [
    ("fr", "La Russie et les États-Unis ont échangé jeudi 24 prisonniers à Ankara. Le conseiller a salué "
           "le rôle de la Turquie, qui a rendu cet accord possible.", ["prisoner_exchange"]),
    ("en", "Russia and the United States swapped 24 prisoners in Ankara on Thursday. The adviser praised "
           "Turkey, which made the deal possible.", ["prisoner_exchange"]),
    ("fr", "La Russie et l'Ukraine ont signé mardi un accord de paix à Istanbul. Les deux pays ont échangé "
           "jeudi 200 prisonniers.", ["agreement", "prisoner_exchange"]),
    ("en", "Russia and Ukraine signed a peace deal in Istanbul on Tuesday. The two countries swapped 200 "
           "prisoners on Thursday.", ["agreement", "prisoner_exchange"]),
]


@pytest.mark.parametrize(("language", "text", "types"), PACT_TOLD_AGAIN)
def test_pact_of_an_exchange_is_the_exchange(analyse, language, text, types):
    assert sorted(e.type for e in events_of(analyse, text, language)) == types
