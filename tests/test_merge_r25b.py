"""Which incidents exist, round 25 (second task; French and English), sentences written from the
general patterns:

- a state, its army or an armed group striking what armies strike (positions, sites, posts), weapon
  unnamed, is a raid (extract/events_typing.py ``_strikes_a_site``); a government hitting its own
  target is none;
- a verb of fighting ("affronter", "se heurter à", "to battle", "to confront") is a clash only
  between two sides, one armed (extract/events_sides.py); an army facing a crisis, two states
  meeting in a final, are none;
- fire exchanged is a clash, whatever the men who traded it ("des tirs échangés entre soldats":
  extract/triggers.py reads the participle's noun for `excludes`; "heavy fire exchanged between");
  only prisoners, bodies, detainees exchanged make a prisoner exchange;
- sinking a ship is an attack on it (lang/*/events.yaml "sink ... ship", "couler ... navire");
  a ship that sank in a storm is none;
- "traded fire at/on" is the clash between the subject's sides, not a "fire at" with no actor.
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


# (language, text, the type)
FIRE_EXCHANGED = [
    ("fr", "Des tirs échangés entre soldats indiens et pakistanais ont fait deux morts mercredi au "
           "Cachemire, selon l'armée indienne.", "armed_clash"),
    ("fr", "Des coups de feu échangés lundi entre militaires thaïlandais et cambodgiens ont blessé trois "
           "soldats.", "armed_clash"),
    ("en", "Heavy fire exchanged between Indian and Pakistani soldiers killed two people in Kashmir on "
           "Wednesday, the Indian army said.", "armed_clash"),
    ("en", "Shots exchanged by rival militias in Tripoli on Tuesday wounded four civilians, the health "
           "ministry said.", "armed_clash"),
    ("fr", "Les 90 prisonniers échangés jeudi entre la Russie et l'Ukraine sont rentrés chez eux, selon "
           "Kiev.", "prisoner_exchange"),
]


@pytest.mark.parametrize(("language", "text", "type_"), FIRE_EXCHANGED)
def test_fire_exchanged_is_a_clash_and_prisoners_an_exchange(analyse, language, text, type_):
    assert [e.type for e in _violent(analyse(text, language, PUBLISHED))] == [type_]


# (language, text, the type, the side)
SHIPS_SUNK = [
    ("en", "Houthi rebels sank the bulk carrier Ocean Star in the Red Sea on Tuesday, the group said.",
     "attack_on_civilians", "Houthis"),
    ("en", "The Liberian-flagged tanker was sunk by Houthi rebels off Hodeidah on Monday, a maritime "
           "security firm said.", "attack_on_civilians", "Houthis"),
    ("en", "Ukraine sank a Russian landing ship with naval drones near Crimea on Sunday, Ukrainian "
           "military intelligence said.", "drone_strike", "Ukraine"),
    ("fr", "Des pirates somaliens ont coulé mardi un chalutier iranien au large de la Somalie, selon la "
           "marine indienne.", "attack_on_civilians", None),
]


@pytest.mark.parametrize(("language", "text", "type_", "side"), SHIPS_SUNK)
def test_sinking_a_ship_is_an_attack(analyse, language, text, type_, side):
    events = _violent(analyse(text, language, PUBLISHED))
    assert [e.type for e in events] == [type_]
    assert side is None or side in [a.name for a in events[0].actors]


SHIPS_FOUNDERED = [
    ("en", "The old fishing trawler sank in a storm off the coast on Monday, and a passing vessel rescued "
           "six sailors."),
    ("fr", "Le vieux cargo a coulé lundi lors d'une tempête au large de la Crète, et un autre navire a "
           "secouru l'équipage."),
]


@pytest.mark.parametrize(("language", "text"), SHIPS_FOUNDERED)
def test_a_ship_that_sank_in_a_storm_is_no_attack(analyse, language, text):
    assert _violent(analyse(text, language, PUBLISHED)) == []


# (language, text, words of the two sides' names)
TRADED_FIRE = [
    ("en", "Pakistani and Afghan forces traded fire at the Chaman crossing on Monday, officials said.",
     ("Pakistan", "Afghan")),
    ("en", "Indian and Chinese troops traded fire on Tuesday at a Himalayan pass, two officials said.",
     ("India", "Chinese")),
]


@pytest.mark.parametrize(("language", "text", "sides"), TRADED_FIRE)
def test_traded_fire_is_a_clash_of_the_subjects_sides(analyse, language, text, sides):
    events = _violent(analyse(text, language, PUBLISHED))
    assert [e.type for e in events] == ["armed_clash"]
    names = " ".join(a.name for a in events[0].actors)
    assert all(side in names for side in sides)


# rebels, insurgents, militiamen have no aircraft: their strike on positions, weapon unnamed, is a
# ground attack (`ground_forces` of lang/*/events.yaml), not an air strike
GROUND_FIGHTERS_STRIKE = [
    ("fr", "Les rebelles ont frappé samedi des positions de l'armée près de Minova, a indiqué un "
           "porte-parole militaire."),
    ("en", "Rebels struck two army posts near Minova on Saturday, a military spokesman said."),
]


@pytest.mark.parametrize(("language", "text"), GROUND_FIGHTERS_STRIKE)
def test_rebels_striking_positions_attack_on_the_ground(analyse, language, text):
    assert [e.type for e in _violent(analyse(text, language, PUBLISHED))] == ["armed_clash"]


# "sinking" after a campaign tallies it: no incident of its own (`told: true` of the sink entries)
CAMPAIGN_SINKINGS = [
    ("en", "The militia has carried out dozens of raids on shipping since March, sinking three vessels."),
    ("fr", "La milice a mené des dizaines de raids contre la navigation depuis mars, coulant trois navires."),
]


@pytest.mark.parametrize(("language", "text"), CAMPAIGN_SINKINGS)
def test_sinking_ships_in_a_campaign_is_no_sinking_incident(analyse, language, text):
    assert "attack_on_civilians" not in [e.type for e in _violent(analyse(text, language, PUBLISHED))]
