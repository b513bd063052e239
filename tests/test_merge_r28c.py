"""Which incidents exist, round 28, third task (merge): a state seizing a ship is a seizure, the
headline's seizure and the body's are one incident; "off the coast" excludes no seizure (the coast
guard does). Sentences of our own, French and English.
"""

from __future__ import annotations

import pytest


def _events(article):
    return [e.to_json() for e in article.events]


def _types(article):
    return sorted(e.type for e in article.events)


# -- a country or a people seizing a ship is a seizure ('other'), as its forces are; a headline
# naming the state and the body naming its forces tell one act ----------------------------------------

@pytest.mark.parametrize(("text", "language"), [
    ("Venezuela seized a Guyanese cargo ship near the Essequibo river mouth on Wednesday.", "en"),
    ("Iran seizes oil tanker in Strait of Hormuz\n\nIran's naval forces seized a Marshall Islands-flagged "
     "oil tanker in the Strait of Hormuz on Thursday, the semi-official news agency said.", "en"),
    ("Russia seizes cargo ship in Sea of Azov\n\nRussian border troops seized a Turkish cargo ship in the "
     "Sea of Azov on Monday, the port authority in Istanbul said.", "en"),
    ("L'Iran arraisonne un pétrolier dans le détroit d'Ormuz\n\nLes forces navales iraniennes ont saisi "
     "jeudi un pétrolier battant pavillon panaméen dans le détroit d'Ormuz, selon la télévision d'État.",
     "fr"),
    ("Le Venezuela a arraisonné mercredi un cargo guyanien près de l'embouchure de l'Essequibo.", "fr"),
])
def test_state_seizing_a_ship_is_one_seizure(analyse, text, language):
    article = analyse(text, language)
    assert _types(article) == ["other"], (text, _events(article))


# -- "off the coast" says where a ship was taken: the seizure by armed men stands; a coast guard's
# seizure is law enforcement, no incident -----------------------------------------------------------------

@pytest.mark.parametrize(("text", "language", "kinds"), [
    ("Armed men seized a chemical tanker off the coast of Yemen on Saturday and took its crew hostage.",
     "en", ["attack_on_civilians"]),
    ("Pirates seized a bulk carrier off the coast of Puntland on Wednesday night, a maritime agency said.",
     "en", ["attack_on_civilians"]),
    ("The Philippine coast guard seized a Vietnamese fishing vessel off the coast of Palawan on Monday.",
     "en", []),
])
def test_off_the_coast_is_a_place_not_a_coastguard(analyse, text, language, kinds):
    article = analyse(text, language)
    assert _types(article) == kinds, (text, _events(article))
