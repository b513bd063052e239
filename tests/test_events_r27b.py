"""Places of incidents, round 27 (second task; French and English), sentences written from the
general patterns of the lead's probe articles:

- a first-level division whose ISO 3166-2 name is another romanisation of GeoNames' own, with a
  different first letter ("Wardak"/Vardak), is that division; a province GeoNames lacks below the
  first level, named with its cue word ("in Maguindanao province"), places the act in the
  first-level unit holding it (geo/build._spelled_unit, _subunit_names; Gazetteer.admin1_spelled),
  not over the whole country.
"""

from __future__ import annotations

import pytest

PUBLISHED = "2025-06-04"  # a Wednesday


def _places(article):  # type: ignore[no-untyped-def]
    return [e.location for e in article.events if e.location is not None]


# (language, text, the country, the first-level unit the incident must be placed in)
PROVINCES = [
    ("en", "Bomb kills soldiers in Afghanistan\n\n"
           "KABUL, June 3 (AP) - A roadside bomb killed four soldiers on Tuesday in Wardak province, "
           "officials said.", "AF", "Vardak"),
    ("fr", "Afghanistan : attaque meurtrière\n\n"
           "KABOUL, 3 juin (AFP) - Des hommes armés ont tué mardi trois policiers dans la province de "
           "Wardak, selon les autorités.", "AF", "Vardak"),
    ("en", "Clash in the southern Philippines\n\n"
           "MANILA, June 3 (AP) - Militants ambushed an army patrol on Tuesday in Maguindanao province, "
           "killing two soldiers, the army said.", "PH", "Autonomous Region in Muslim Mindanao"),
    ("fr", "Philippines : embuscade\n\n"
           "MANILLE, 3 juin (AFP) - Des rebelles ont tendu mardi une embuscade à une patrouille dans la "
           "province de Maguindanao, tuant deux soldats, selon l'armée.", "PH",
     "Autonomous Region in Muslim Mindanao"),
    ("en", "Bomb hits market in the Philippines\n\n"
           "MANILA, June 3 (Reuters) - A bomb exploded in a market on Tuesday in Sulu province, wounding "
           "seven people, police said.", "PH", "Autonomous Region in Muslim Mindanao"),
]


@pytest.mark.parametrize(("language", "text", "country", "unit"), PROVINCES)
def test_a_named_province_places_the_act_in_its_division(analyse, language, text, country, unit):
    places = _places(analyse(text, language, PUBLISHED))
    assert places, "the incident has no place"
    assert any(p.country == country and p.admin1 == unit and p.precision in ("admin1", "city")
               for p in places), [(p.name, p.admin1, p.precision, p.text) for p in places]
    assert not any(p.precision == "country" for p in places), [(p.name, p.precision) for p in places]


# (language, text, the place of the main clause): the act told as the earlier one ("a day after a
# landmine wounded ...", "au lendemain d'un tir qui a tué ...") is not placed there
# (arguments_places.earlier_act)
EARLIER_ACTS = [
    ("en", "Cambodia recalls envoy\n\n"
           "PHNOM PENH, June 3 (Reuters) - Cambodia recalled its ambassador from Bangkok on Thursday, "
           "two days after an artillery shell killed a Cambodian soldier near the border, the ministry "
           "said.", "Bangkok"),
    ("fr", "Le Cambodge rappelle son ambassadeur\n\n"
           "PHNOM PENH, 3 juin (AFP) - Le Cambodge a rappelé jeudi son ambassadeur à Bangkok, au "
           "lendemain d'un tir d'artillerie qui a tué un soldat cambodgien, a indiqué le ministère.",
     "Bangkok"),
    ("en", "Pakistan closes border crossing\n\n"
           "ISLAMABAD, June 3 (AP) - Pakistan summoned the Afghan envoy in Islamabad on Monday after a "
           "suicide bomber killed six policemen, officials said.", "Islamabad"),
    ("fr", "Le Niger convoque un diplomate\n\n"
           "NIAMEY, 3 juin (AFP) - Le Niger a convoqué lundi à Niamey le chargé d'affaires du Bénin, à "
           "la veille d'une attaque qui a tué dix soldats, a indiqué le ministère.", "Niamey"),
]


@pytest.mark.parametrize(("language", "text", "place"), EARLIER_ACTS)
def test_the_earlier_act_is_not_placed_at_the_main_clause_place(analyse, language, text, place):
    events = analyse(text, language, PUBLISHED).events
    violent = [e for e in events if e.type != "diplomatic_protest"]
    assert violent, [e.type for e in events]
    assert all(e.location is None or e.location.name != place for e in violent), \
        [(e.type, e.location and e.location.name) for e in violent]

