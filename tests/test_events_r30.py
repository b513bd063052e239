"""Places of incidents, round 30: pattern sentences of our own.

1. "in the same area", "au même endroit", "non loin de là": a follow-up act whose own sentence names
   no place is placed where the incident told before it happened, not at the dateline's town nor
   nowhere (where_same_area.py).
2. "In the capital, Kathmandu, rioters looted shops, police said": a name apposed to a place noun after
   a location preposition is the scene, not a government speaking, whatever subject the parser makes
   of it (where_metonymy.apposed_to_place_noun; arguments_places.speaker_places;
   events_dates_refs.frames_sentence).
3. "dans le département du Norte de Santander", "in Valle del Cauca province": an area's name the
   model cuts at its particle ("Norte" + "Santander"; "Valle" and a "del Cauca" that is no entity)
   is read whole when the gazetteer knows it as one area, not as the department of Santander nor a
   town named Valle (where_joined.joined_entities).
4. "à Przewodów, un village près de la frontière ukrainienne": a village the gazetteer lacks, told near
   a border, keeps its name at the border's point and precision (region), also when the headline
   places the act by the border alone (where_border_villages.py).
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


# (language, text, the city the act must be placed in)
APPOSED_CAPITAL = [
    ("en", "Unrest spreads in Nepal\n\n"
           "Thousands of young demonstrators stormed the streets of Nepal on Tuesday. In the capital, "
           "Kathmandu, rioters looted shops and set fire to a police station, police said.", "Kathmandu"),
    ("en", "Somalia: car bomb kills five\n\n"
           "In the capital, Mogadishu, a car bomb exploded near a police checkpoint on Saturday, killing "
           "five people, police said.", "Mogadishu"),
    ("fr", "Somalie : attentat à la voiture piégée\n\n"
           "Dans la capitale somalienne, Mogadiscio, une voiture piégée a explosé samedi près d'un barrage "
           "de police, tuant cinq personnes, a indiqué la police.", "Mogadishu"),
    ("en", "Nepal protests turn violent\n\n"
           "Protesters set fire to the parliament and the homes of several ministers in Kathmandu on "
           "Tuesday, police said.", "Kathmandu"),
]


@pytest.mark.parametrize(("language", "text", "city"), APPOSED_CAPITAL)
def test_a_capital_apposed_to_its_noun_places_the_act(analyse, language, text, city):
    events = analyse(text, language, PUBLISHED).events
    places = [(e.location.name, e.location.precision) for e in events if e.location]
    assert events and len(places) == len(events), places
    assert all(name == city and precision in ("city", "site") for name, precision in places), places


# (language, text, the division the act must be placed in)
PARTICLE_NAMES = [
    ("fr", "Colombie : attentat contre une caserne\n\n"
           "Une voiture piégée a explosé mardi devant une caserne dans le département du Norte de Santander, "
           "blessant cinq soldats, selon l'armée.", "Norte de Santander"),
    ("fr", "Colombie : l'ELN attaque\n\n"
           "Des guérilleros de l'ELN ont tué au moins 30 personnes lors d'attaques contre des villages dans "
           "le département du Norte de Santander, près de la frontière vénézuélienne, a indiqué samedi le "
           "gouverneur.", "Norte de Santander"),
    ("en", "Colombia: police post attacked\n\n"
           "FARC dissidents attacked a police post in Valle del Cauca province on Thursday, killing two "
           "officers, the army said.", "Valle del Cauca"),
    # (guard) a name the model keeps whole
    ("fr", "Colombie : attaque contre la police\n\n"
           "Des dissidents ont attaqué jeudi un poste de police dans le département du Valle del Cauca, "
           "tuant deux policiers, selon l'armée.", "Valle del Cauca"),
]


@pytest.mark.parametrize(("language", "text", "name"), PARTICLE_NAMES)
def test_an_area_cut_at_its_particle_is_read_whole(analyse, language, text, name):
    events = analyse(text, language, PUBLISHED).events
    places = [(e.location.name, e.location.precision) for e in events if e.location]
    assert events and places and all(p == (name, "admin1") for p in places), places


# (language, text, the village's name)
BORDER_VILLAGES = [
    ("fr", "Un missile tombe en Pologne\n\n"
           "Un missile est tombé mardi à Przewodów, un village près de la frontière ukrainienne, tuant deux "
           "personnes, a annoncé la police polonaise.", "Przewodów"),
    ("en", "Myanmar: air strike near the border\n\n"
           "An air strike hit a school on Monday in Lay Kay Kaw Myothit, a village near the border with "
           "Thailand, killing four children, a rebel group said.", "Lay Kay Kaw Myothit"),
    ("fr", "Colombie : affrontements près de la frontière vénézuélienne\n\n"
           "Des combats ont opposé lundi l'ELN à des dissidents des FARC à Campo Dos Bajo, une localité "
           "proche de la frontière vénézuélienne, faisant cinq morts, selon l'armée.", "Campo Dos Bajo"),
]


@pytest.mark.parametrize(("language", "text", "name"), BORDER_VILLAGES)
def test_a_village_near_a_border_keeps_its_name(analyse, language, text, name):
    events = analyse(text, language, PUBLISHED).events
    places = [(e.location.name, e.location.precision) for e in events if e.location]
    assert events and places and all(p == (name, "region") for p in places), places
