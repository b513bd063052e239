"""Places of incidents, round 26 second part (French and English), sentences written from the
general patterns:

- a dispatch filed from two towns joined by a slash ("BANGKOK/PHNOM PENH, July 24 (Reuters) -"):
  both are the dateline's, neither is the place of the incident told after it
  (extract/where_dateline._joined_end).
"""

from __future__ import annotations

import pytest

PUBLISHED = "2025-05-07"  # a Wednesday


def _places(article):  # type: ignore[no-untyped-def]
    return [e.location.name for e in article.events if e.location is not None]


# (language, text, the second dateline town, which must place nothing)
JOINED_DATELINES = [
    ("en", "Thailand says Cambodian shelling hit border villages\n\n"
           "BANGKOK/PHNOM PENH, July 24 (Reuters) - Thailand said Cambodian artillery shelled two "
           "villages in Surin province early on Thursday, killing a civilian.", "Phnom Penh"),
    ("fr", "Le Rwanda accusé d'avoir bombardé une localité congolaise\n\n"
           "KINSHASA/KIGALI, 3 mars 2025 (AFP) - L'armée congolaise a accusé lundi le Rwanda d'avoir "
           "bombardé la localité de Sake, dans le Nord-Kivu, tuant quatre civils.", "Kigali"),
    ("en", "Armenia and Azerbaijan trade fire accusations\n\n"
           "BAKU/YEREVAN, April 6 (Reuters) - Azerbaijan said Armenian troops fired on its positions near "
           "Kalbajar overnight on Sunday, wounding a soldier.", "Yerevan"),
    ("fr", "Le Niger affirme avoir frappé des positions jihadistes\n\n"
           "NIAMEY/BAMAKO/OUAGADOUGOU, 3 mars 2025 (AFP) - Le Niger a affirmé lundi avoir mené des frappes "
           "aériennes contre des positions jihadistes, tuant une vingtaine de combattants.", "Ouagadougou"),
]


@pytest.mark.parametrize(("language", "text", "town"), JOINED_DATELINES)
def test_a_second_dateline_town_places_nothing(analyse, language, text, town):
    article = analyse(text, language, PUBLISHED)
    assert town not in _places(article)
    assert town not in [m.value.name for m in article.mentions if m.kind == "place"]
