"""Places of incidents, round 30: pattern sentences of our own.

1. "in the same area", "au même endroit", "non loin de là": a follow-up act whose own sentence names
   no place is placed where the incident told before it happened, not at the dateline's town nor
   nowhere (where_same_area.py).
"""

from __future__ import annotations

import pytest

PUBLISHED = "2025-07-20"  # a Sunday


def _places(article):
    return [(e.location.name, e.location.country) if e.location else None for e in article.events]


# (language, text, the place both acts must be given, its country)
SAME_AREA = [
    ("en", "Landmines wound soldiers in western Colombia\n\n"
           "POPAYAN, July 17 (Reuters) - A landmine exploded near Suárez in Cauca on July 12, wounding two "
           "soldiers, the army said.\n\n"
           "A second mine exploded in the same area on July 16, killing a farmer, local officials said.",
     "Suárez", "CO"),
    ("fr", "Explosions de mines dans le nord du Mozambique\n\n"
           "MAPUTO, 17 juillet (AFP) - Une mine a explosé le 12 juillet près de Macomia, dans la province "
           "de Cabo Delgado, blessant deux soldats, selon l'armée.\n\n"
           "Une deuxième mine a explosé au même endroit le 16 juillet, tuant un agriculteur, selon les "
           "autorités locales.", "Macomia", "MZ"),
    ("fr", "RDC : la tension monte dans l'Est\n\n"
           "Des rebelles ont attaqué lundi un poste de l'armée à Uvira, tuant trois soldats, selon "
           "l'armée.\n\n"
           "Mardi, une bombe a explosé non loin de là, blessant quatre civils, selon la société civile.",
     "Uvira", "CD"),
]


@pytest.mark.parametrize(("language", "text", "name", "country"), SAME_AREA)
def test_the_same_area_is_the_place_of_the_act_told_before(analyse, language, text, name, country):
    article = analyse(text, language, PUBLISHED)
    assert len(article.events) >= 2, [e.type for e in article.events]
    places = _places(article)
    assert places[-1] == (name, country), places
    assert all(p is None or p == (name, country) for p in places), places
