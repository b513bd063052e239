"""Counts, weapons and days (round 28): tolls of a concurrent clause, counts per place, weapons
that name what was hit, incidents of an article whose publication dates no news.

Pattern sentences written for these tests (Sudan, Ituri, Yemen, Chad and Cameroon), none taken
from the example articles."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from helpers import events_of

PUB = "2025-05-07"  # a Wednesday


def _tolls(analyse, text: str, language: str) -> list[tuple[str, int | None]]:  # type: ignore[no-untyped-def]
    return sorted(((e.type, e.fatalities) for e in events_of(analyse, text, language, PUB)),
                  key=lambda x: (x[0], x[1] or 0))


# 1. French numbers written in words, compounds with "et" and "-" ("quatre-vingt-douze")
WRITTEN = [
    ("Quarante-et-un civils ont été tués mardi dans des frappes de drones.", 41, "killed"),
    ("Les frappes ont fait soixante-dix blessés selon l'hôpital.", 70, "injured"),
    ("Les bombardements ont fait quatre-vingt-douze morts depuis dimanche.", 92, "killed"),
    ("Soixante et onze personnes ont été blessées dans le raid.", 71, "injured"),
]


@pytest.mark.parametrize(("text", "value", "unit"), WRITTEN)
def test_compound_numbers_in_words_are_counted(casualty_counts, text: str, value: int, unit: str) -> None:
    assert (value, unit) in casualty_counts(text, "fr")


# 2. The subject of a concurrent clause ("as", "alors que", "tandis que") telling a toll is another
# act than the main clause's, even of the same family: it is not grouped with it, and the toll is
# its own ("Des drones frappent Nyala alors que des bombardements font 15 morts à El Fasher")
CONCURRENT = [
    ("fr", "Des drones de l'armée frappent Nyala alors que des bombardements font 15 morts à El Fasher", 15),
    ("fr", "Des drones de l'armée soudanaise ont frappé Nyala mardi, alors que des bombardements des FSR "
     "ont fait 15 morts à El Fasher.", 15),
    ("en", "Chadian jets strike Boko Haram camps as border raids kill 12", 12),
]


@pytest.mark.parametrize(("language", "text", "toll"), CONCURRENT)
def test_a_concurrent_clause_keeps_its_toll_apart(analyse, language: str, text: str, toll: int) -> None:
    found = _tolls(analyse, text, language)
    assert len(found) == 2, found
    assert sorted(k for _, k in found if k is not None) == [toll], found


# a resumption of the main clause's act ("the strikes") keeps the toll with it: one incident
RESUMED = [
    ("en", "Israeli jets struck the camp on Tuesday as the strikes killed 20 people.", 20),
]


@pytest.mark.parametrize(("language", "text", "toll"), RESUMED)
def test_a_resumed_act_keeps_the_toll(analyse, language: str, text: str, toll: int) -> None:
    assert [k for _, k in _tolls(analyse, text, language)] == [toll]


# 3. Counts per place that leave their noun out ("deux morts à X, quatre à Y"): each part counts
# the same victims, and the breakdown adds up (the incident's largest count is the total)
PER_PLACE = [
    ("fr", "Deux personnes ont été tuées à Largu et quatre à Pimbo lors de l'attaque.", (6, "killed")),
    ("fr", "Les miliciens ont attaqué deux villages lundi, faisant deux morts à Largu, quatre à Pimbo.",
     (6, "killed")),
    ("fr", "L'attaque a fait trois blessés à Mongbwalu, deux à Bambu et un à Nizi.", (6, "injured")),
    ("en", "Five people were killed in Komanda and three in Mambasa when ADF rebels attacked on Monday.",
     (8, "killed")),
    ("en", "The raids killed four civilians in Mora and two in Kolofata.", (6, "killed")),
]


@pytest.mark.parametrize(("language", "text", "total"), PER_PLACE)
def test_counts_per_place_add_up(casualty_counts, language: str, text: str,
                                 total: tuple[int, str]) -> None:
    assert total in casualty_counts(text, language)


@pytest.mark.parametrize(("language", "text", "total"), PER_PLACE[:2] + PER_PLACE[3:4])
def test_one_incident_of_counts_per_place_has_the_total(analyse, language: str, text: str,
                                                         total: tuple[int, str]) -> None:
    assert [k for _, k in _tolls(analyse, text, language)] == [total[0]]


# a distance or a place after the count is no breakdown
NO_BREAKDOWN = [
    ("fr", "Deux personnes ont été tuées à Beni, à 50 kilomètres de Butembo.", {(2, "killed")}),
    ("en", "Three soldiers were killed in Mora, near Kolofata, on Monday.", {(3, "killed")}),
]


@pytest.mark.parametrize(("language", "text", "counts"), NO_BREAKDOWN)
def test_a_place_alone_adds_nothing(casualty_counts, language: str, text: str,
                                    counts: set[tuple[int, str]]) -> None:
    assert casualty_counts(text, language) == counts


# 4. A weapon word that qualifies what was hit ("artillery batteries", "positions de mortiers"), or
# that is the object of a verb of striking, is no weapon of the strike
HIT_ARMS = [
    ("en", "Ukrainian forces struck two Russian artillery batteries near Bakhmut on Tuesday.", "artillery"),
    ("en", "Sudanese troops destroyed an RSF mortar position near El Fasher on Tuesday.", "mortar"),
    ("fr", "Les forces ukrainiennes ont frappé deux batteries d'artillerie russes près de Bakhmout mardi.",
     "artillery"),
    # the object of a verb of striking (`struck_object_verbs` in lang/*/weapons.yaml) was hit
    ("en", "Yemen: US strikes Houthi artillery", "artillery"),
    ("en", "Ukrainian drones hit Russian artillery near Bakhmut on Tuesday.", "artillery"),
    ("fr", "Des drones ukrainiens ont frappé l'artillerie russe près de Bakhmout mardi.", "artillery"),
]


@pytest.mark.parametrize(("language", "text", "weapon"), HIT_ARMS)
def test_a_weapon_naming_the_target_is_not_used(analyse, language: str, text: str, weapon: str) -> None:
    found = events_of(analyse, text, language, PUB)
    assert found
    assert all(w.name != weapon for e in found for w in e.weapons), [(e.type, e.weapons) for e in found]


USED_ARMS = [
    ("en", "Russian artillery shelled the village on Tuesday.", "artillery"),
    ("en", "The army fired artillery at rebel positions on Tuesday.", "artillery"),
    ("en", "A drone struck an ammunition depot near Port Sudan on Tuesday.", "drone"),
]


@pytest.mark.parametrize(("language", "text", "weapon"), USED_ARMS)
def test_a_weapon_that_struck_is_kept(analyse, language: str, text: str, weapon: str) -> None:
    assert any(w.name == weapon for e in events_of(analyse, text, language, PUB) for w in e.weapons)


# 5. An article whose publication is known only as a range (a lower bound from its newest
# reference, the reading day): an incident with a place, participants or a toll of its own is kept,
# dated by the publication's interval; "hier soir" cannot be read from it
UNDATED = [
    ("fr", "Des combattants de Boko Haram ont attaqué hier soir le village de Mozogo, dans l'Extrême-Nord "
     "du Cameroun, tuant six civils, ont indiqué des sources sécuritaires.", 6),
    ("en", "ADF rebels attacked a village near Komanda in Ituri province on Monday night, killing nine "
     "civilians, local officials said.", 9),
]


@pytest.mark.parametrize(("language", "text", "toll"), UNDATED)
def test_no_publication_at_all_dates_nothing(analyse, language: str, text: str, toll: int) -> None:
    """With no publication at all the copy may be dated later through another source
    (tests/test_anchoring.py): no undated incident meanwhile."""
    assert events_of(analyse, text, language, None) == []


def _in_range(pipe, text: str, language: str) -> list[Any]:  # type: ignore[no-untyped-def]
    """The events of `text` published some day between 2024-10-01 and 2025-06-01."""
    from newsevents.model import Article, Published

    pub = Published(date(2024, 10, 1), "range", True, "newest dated reference", date(2025, 6, 1))
    return pipe.process(Article(text=text, id="t", language=language, published=pub)).events


@pytest.mark.parametrize(("language", "text", "toll"), UNDATED)
def test_a_publication_range_dates_the_incident(pipe, language: str, text: str, toll: int) -> None:
    found = _in_range(pipe, text, language)
    assert [(e.fatalities, str(e.date.start), str(e.date.end), e.date.precision) for e in found] == [
        (toll, "2024-10-01", "2025-06-01", "range")]


# an act with nothing of its own stays out
NOTHING_OWN = [
    ("fr", "Des frappes ont eu lieu hier soir."),
    ("en", "Strikes were reported on Tuesday."),
]


@pytest.mark.parametrize(("language", "text"), NOTHING_OWN)
def test_an_undated_act_with_nothing_of_its_own_is_none(pipe, language: str, text: str) -> None:
    assert _in_range(pipe, text, language) == []
