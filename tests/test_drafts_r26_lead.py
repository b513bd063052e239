"""Which incidents exist: what the lead's review of round 26 kept (each table fails on the merge it
mends)."""

from __future__ import annotations

from datetime import date

import pytest

from newsevents.model import Article, Published


def _events(pipe, text: str, language: str, published: date) -> list[dict]:
    article = pipe.process(Article(text=text, id="t", language=language, published=Published(published)))
    return [e.to_json() for e in article.events]


@pytest.mark.parametrize(("language", "text", "published"), [
    # an undated lead announces the news the body dates, never an act the body recalls from over
    # a month before: the news keeps its own day
    ("en", "KABUL, Sept 20 (Reuters) - A drone strike by the army on a wedding party in the Kunar "
           "province killed at least 14 people, residents said on Saturday.\n\nThe strike hit the village "
           "at about 2 a.m., a resident said.\n\nIn July, a drone strike on a mosque in the same province "
           "killed 9 worshippers, according to local officials.", date(2025, 9, 20)),
    ("fr", "BAMAKO, 20 septembre (AFP) - Une frappe de drone de l'armée contre un mariage dans la région "
           "de Mopti a fait au moins 14 morts, ont indiqué samedi des habitants.\n\nEn juillet, une frappe "
           "de drone contre une mosquée de la même région avait tué neuf fidèles, selon des élus locaux.",
     date(2025, 9, 20)),
])
def test_a_lead_joins_no_act_recalled_from_months_before(pipe, language: str, text: str,
                                                         published: date) -> None:
    strikes = [e for e in _events(pipe, text, language, published) if e["type"] == "drone_strike"]
    tolls = sorted((e["date"]["start"][:7], e["fatalities"]) for e in strikes)
    assert ("2025-09", 14) in tolls, tolls


@pytest.mark.parametrize(("language", "text", "published", "place"), [
    # a generic act dated only by the report ("à plusieurs reprises", "repeatedly") told beside the
    # act of the night before keeps its place and joins it; it is no habit to drop
    ("fr", "BAKOU, 12 mai 2025 - L'Azerbaïdjan a accusé lundi les forces arméniennes d'avoir ouvert le feu "
           "à plusieurs reprises sur ses positions dans le district de Latchine, ce qu'Erevan a démenti.\n\n"
           "« Des unités arméniennes ont tiré à l'arme légère sur nos positions dans la nuit de dimanche à "
           "lundi », a affirmé le ministère azerbaïdjanais de la Défense.", date(2025, 5, 12), "Laçın"),
])
def test_a_generic_act_told_beside_the_nights_act_keeps_its_place(pipe, language: str, text: str,
                                                                   published: date, place: str) -> None:
    events = _events(pipe, text, language, published)
    assert [(e["location"] or {}).get("name") for e in events if e["type"] == "armed_clash"] == [place]


@pytest.mark.parametrize(("language", "text", "published"), [
    # a side's body named bare ("un poste de l'armée", its state unresolved) is no site of its own
    # that tells the body's attack apart from the headline's
    ("fr", "Niger : attaque jihadiste contre un poste militaire\n\nNiamey, 9 septembre (AFP) - Des "
           "combattants de l'EIGS ont attaqué samedi un poste de l'armée à Ouallam, dans l'ouest du pays, "
           "tuant huit soldats, selon des sources sécuritaires.\n\nLe même jour, l'armée algérienne a "
           "abattu un drone près de la frontière, a annoncé le ministère algérien de la Défense.",
     date(2025, 9, 9)),
])
def test_a_bare_army_target_tells_no_headline_attack_apart(pipe, language: str, text: str,
                                                          published: date) -> None:
    clashes = [e for e in _events(pipe, text, language, published) if e["type"] == "armed_clash"]
    assert len(clashes) == 1, [(e["date"], (e["location"] or {}).get("name")) for e in clashes]
