"""Wire patterns the lead found on articles of his own (round 10: political acts, follow-ups).
Sentences written here from the general pattern; publication Saturday 15 November 2025."""

from __future__ import annotations

from datetime import date

import pytest

from newsevents.model import Article, Published

PUBLISHED = Published(date(2025, 11, 15))


def _events(pipe, text: str, language: str = "fr") -> list[dict]:
    article = pipe.process(Article(text=text, id="t", language=language, published=PUBLISHED))
    return [e.to_json() for e in article.events]


@pytest.mark.parametrize(("text", "day"), [
    # a day and a channel between the verb and its partner
    ("Le président turc s'est entretenu mardi au téléphone avec son homologue russe Vladimir Poutine, a "
     "annoncé la présidence.", "2025-11-11"),
    ("Le chef de la diplomatie s'est entretenu jeudi à Genève avec son homologue iranien.", "2025-11-13"),
])
def test_a_talk_with_words_between_verb_and_partner_is_a_consultation(pipe, text: str, day: str) -> None:
    talks = [e for e in _events(pipe, text) if e["type"] == "consultation"]
    assert talks and talks[0]["date"]["start"] == day


@pytest.mark.parametrize("text", [
    "Le président s'est entretenu longuement avec les familles des victimes.",
    "Le ministre s'est entretenu mardi à l'hôpital avec des blessés.",
])
def test_talking_with_the_wounded_or_the_bereaved_is_no_consultation(pipe, text: str) -> None:
    assert "consultation" not in [e["type"] for e in _events(pipe, text)]


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "Les deux dirigeants ont évoqué la situation en Syrie et l'accord sur les céréales, selon un "
           "communiqué."),
    ("fr", "Les négociateurs ont discuté d'une trêve à Doha."),
    ("en", "The two leaders discussed Syria and the grain deal, it said."),
    ("en", "The two sides discussed a ceasefire in Doha on Monday."),
])
def test_discussing_an_agreement_or_a_truce_concludes_none(pipe, language: str, text: str) -> None:
    assert not {"agreement", "ceasefire"} & {e["type"] for e in _events(pipe, text, language)}


@pytest.mark.parametrize(("language", "text", "type_"), [
    ("fr", "Les deux pays ont signé mardi à Washington un accord de paix.", "agreement"),
    ("en", "Israel and Hamas agreed a ceasefire on Monday.", "ceasefire"),
])
def test_a_concluded_agreement_is_still_one(pipe, language: str, text: str, type_: str) -> None:
    assert type_ in [e["type"] for e in _events(pipe, text, language)]


@pytest.mark.parametrize("text", [
    "Azerbaïdjan : l'ambassadeur de Russie convoqué après une frappe sur l'ambassade à Kiev",
    "L'Azerbaïdjan convoque l'ambassadeur russe après une frappe sur son ambassade à Kiev",
])
def test_what_the_act_a_summons_answers_struck_is_not_summoned(pipe, text: str) -> None:
    summons = [e for e in _events(pipe, text) if e["type"] == "diplomatic_protest"]
    assert summons and [t["name"] for t in summons[0]["targets"]] == ["Russian ambassador"]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Erdogan and Putin discussed Syria in a phone call on Tuesday."),
    ("en", "Turkish President Tayyip Erdogan spoke by phone with Russian President Vladimir Putin on "
           "Tuesday, offering to host new peace talks between Moscow and Kyiv in Istanbul."),
    ("fr", "Le président turc s'est entretenu mardi au téléphone avec son homologue russe, a annoncé la "
           "présidence à Ankara."),
])
def test_a_phone_call_has_no_place_of_its_own(pipe, language: str, text: str) -> None:
    calls = [e for e in _events(pipe, text, language) if e["type"] == "consultation"]
    assert calls and calls[0]["location"] is None


@pytest.mark.parametrize("text", [
    "Le ministère a convoqué vendredi l'ambassadeur de Russie, Mikhaïl Evdokimov, pour protester contre les "
    "dégâts causés à l'ambassade d'Azerbaïdjan à Kiev par une frappe russe dans la nuit.",
])
def test_a_party_of_another_verb_of_the_summons_phrase_is_not_summoned(pipe, text: str) -> None:
    summons = [e for e in _events(pipe, text) if e["type"] == "diplomatic_protest"]
    assert summons and [t["name"] for t in summons[0]["targets"]] == ["Mikhaïl Evdokimov"]


def test_a_protest_note_handed_to_the_envoy_still_names_him(pipe) -> None:
    text = "Le ministère a remis vendredi une note de protestation à l'ambassadeur de Russie."
    summons = [e for e in _events(pipe, text) if e["type"] == "diplomatic_protest"]
    assert summons and "Russian ambassador" in [t["name"] for t in summons[0]["targets"]]
