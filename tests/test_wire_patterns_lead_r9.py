"""Wire patterns the lead found on articles written about the examples' own stories as other
outlets would tell them (round 9). Sentences written here from the general pattern."""

from __future__ import annotations

from datetime import date

import pytest

from newsevents.model import Article, Published

PUBLISHED = Published(date(2025, 11, 15))


def _events(pipe, text: str, language: str = "fr") -> list[dict]:
    article = pipe.process(Article(text=text, id="t", language=language, published=PUBLISHED))
    return [e.to_json() for e in article.events]


@pytest.mark.parametrize(("text", "actor"), [
    # the tagger reads a capital opening a sentence as a pronoun; the NER still calls it a place
    ("Kiev a convoqué lundi l'ambassadeur hongrois.", "Ukraine"),
    ("Aucun diplomate n'a été blessé. Bakou a convoqué l'ambassadeur russe pour lui remettre une note "
     "de protestation.", "Azerbaijan"),
    ("Varsovie a convoqué lundi le chargé d'affaires russe.", "Poland"),
])
def test_a_capital_opening_a_sentence_summons_for_its_government(pipe, text: str, actor: str) -> None:
    summons = [e for e in _events(pipe, text) if e["type"] == "diplomatic_protest"]
    assert summons and actor in [a["name"] for a in summons[0]["actors"]]


@pytest.mark.parametrize("text", [
    "Azerbaijan summons Russian envoy over drone incursion",
    "Moldova summons Russian ambassador over drone crash",
])
def test_a_headline_verb_read_as_a_noun_is_still_a_summons(pipe, text: str) -> None:
    assert "diplomatic_protest" in [e["type"] for e in _events(pipe, text, "en")]


@pytest.mark.parametrize("text", [
    "Court summons show the limits of the inquiry.",
    "Azerbaijan summons",
])
def test_a_plural_noun_heading_a_title_is_no_verb_without_an_object(pipe, text: str) -> None:
    assert "diplomatic_protest" not in [e["type"] for e in _events(pipe, text, "en")]


@pytest.mark.parametrize(("language", "text", "place"), [
    # the summons is where the envoy was summoned, not where the strike it answers fell
    ("fr", "L'ambassadeur de Russie a été convoqué vendredi à Bakou après une frappe sur l'ambassade à Kiev.",
     "Baku"),
    ("fr", "Le chargé d'affaires russe a été convoqué lundi à Varsovie à la suite d'une frappe près de "
           "Lublin.", "Warsaw"),
    ("en", "Azerbaijan summoned the Russian ambassador in Baku on Friday after a missile hit its embassy in "
           "Kyiv.", "Baku"),
])
def test_a_summons_is_not_placed_where_the_act_it_answers_happened(pipe, language: str, text: str,
                                                                     place: str) -> None:
    summons = [e for e in _events(pipe, text, language) if e["type"] == "diplomatic_protest"]
    assert summons and (summons[0]["location"] or {}).get("name") == place


def test_a_violent_act_keeps_its_place_after_another(pipe) -> None:
    events = _events(pipe, "Trois soldats ont été tués à Gao après une embuscade près de Tessalit.")
    assert events and events[0]["location"]["name"] == "Gao"


@pytest.mark.parametrize(("language", "text"), [
    ("en", "A Russian missile fell on the grounds of the Azerbaijani embassy in Kyiv during an overnight "
           "attack, the ministry said. The blast destroyed part of the embassy's fence."),
    ("fr", "Un missile russe est tombé sur le terrain de l'ambassade lors d'une attaque nocturne contre "
           "Kiev, a indiqué le ministère. L'explosion a détruit une partie de la clôture."),
])
def test_a_blast_after_a_strike_and_its_bare_mention_is_the_strike(pipe, language: str, text: str) -> None:
    """The blast joins the strike told by its own words, not the bare "attack" of its sentence,
    which then folds into the strike as well: one incident."""
    assert [e["type"] for e in _events(pipe, text, language)] == ["missile_strike"]
