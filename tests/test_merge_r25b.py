"""Which incidents exist, round 25 (second task; French and English), sentences written from the
general patterns:

- a state, its army or an armed group striking what armies strike (positions, sites, posts), weapon
  unnamed, is a raid (extract/events_typing.py ``_strikes_a_site``); a government hitting its own
  target is none;
- a verb of fighting ("affronter", "se heurter à", "to battle", "to confront") is a clash only
  between two sides, one armed (extract/events_sides.py); an army facing a crisis, two states
  meeting in a final, are none.
"""

from __future__ import annotations

import pytest

PUBLISHED = "2025-05-07"  # a Wednesday


def _violent(article):  # type: ignore[no-untyped-def]
    return [e for e in article.events if e.type not in ("diplomatic_protest", "demand", "consultation")]


# (language, text, the side that struck)
SIDE_STRIKES_SITES = [
    ("fr", "Les États-Unis ont frappé dimanche trois sites de milices en Syrie, a annoncé le Pentagone.",
     "United States"),
    ("fr", "L'armée israélienne a frappé lundi des positions du Hezbollah dans le sud du Liban.",
     "Israeli army"),
    ("en", "The United States struck three militia sites in Syria on Sunday, the Pentagon said.",
     "United States"),
    ("en", "Ukrainian forces hit two Russian command posts in the Zaporizhzhia region overnight, Kyiv "
           "said on Tuesday.", "Ukrainian forces"),
]


@pytest.mark.parametrize(("language", "text", "side"), SIDE_STRIKES_SITES)
def test_a_side_striking_sites_is_a_strike(analyse, language, text, side):
    events = _violent(analyse(text, language, PUBLISHED))
    assert [e.type for e in events] == ["air_strike"]
    assert side in [a.name for a in events[0].actors]


NO_STRIKE = [
    ("en", "The government hit its inflation target in March, the finance minister said on Monday."),
    ("fr", "Le gouvernement a frappé un grand coup lundi en annonçant la fermeture de trois sites "
           "industriels."),
]


@pytest.mark.parametrize(("language", "text"), NO_STRIKE)
def test_hitting_a_target_of_ones_own_is_no_strike(analyse, language, text):
    assert _violent(analyse(text, language, PUBLISHED)) == []


# (language, text, the subject's side, the day)
SIDES_CLASH = [
    ("fr", "Les forces thaïlandaises ont affronté lundi l'armée cambodgienne près de la frontière, "
           "selon Bangkok.", "Thai forces", "2025-05-05"),
    ("fr", "L'armée soudanaise s'est heurtée mardi aux Forces de soutien rapide à El-Fasher, selon des "
           "témoins.", "Sudanese army", "2025-05-06"),
    ("fr", "Des combattants du M23 ont affronté lundi les forces armées congolaises près de Goma, selon "
           "des sources locales.", "M23", "2025-05-05"),
    ("en", "Sudanese troops battled RSF fighters near El Obeid on Tuesday, witnesses said.",
     "Sudanese troops", "2025-05-06"),
    ("en", "Thai soldiers confronted Cambodian troops at a disputed temple on Monday, the Thai army said.",
     "Thai soldiers", "2025-05-05"),
]


@pytest.mark.parametrize(("language", "text", "side", "day"), SIDES_CLASH)
def test_two_sides_fighting_is_a_clash(analyse, language, text, side, day):
    events = _violent(analyse(text, language, PUBLISHED))
    assert [e.type for e in events] == ["armed_clash"]
    assert side in [a.name for a in events[0].actors]
    assert events[0].date is not None and events[0].date.start.isoformat() == day


NO_CLASH = [
    ("fr", "L'armée affronte une grave crise de recrutement, a reconnu lundi le ministre de la Défense."),
    ("fr", "La France a affronté l'Argentine samedi à Paris devant 80 000 spectateurs."),
    ("fr", "L'armée malienne s'est heurtée mardi au refus des autorités algériennes, selon Bamako."),
    ("en", "The army is battling a recruitment crisis, the defence minister admitted on Monday."),
    ("en", "Kenya battled Uganda in the final on Saturday in Nairobi."),
]


@pytest.mark.parametrize(("language", "text"), NO_CLASH)
def test_fighting_no_side_is_no_clash(analyse, language, text):
    assert _violent(analyse(text, language, PUBLISHED)) == []
