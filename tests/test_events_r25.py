"""Places of incidents, round 25 (French and English), sentences written from the general patterns:

- the place and day of the victims told in a clause on them (relative or participle, of what they
  were doing when struck) are the act's (extract/where_clauses.py; a present participle takes the
  tense of the verb above it, extract/when.py);
- a town reached by a name unlike its own (a former name: Engels was Pokrovsk) loses to a town of
  that very name in a country the story is about (geo/index.py ``renamed``);
- a shoal of a story naming no sea is at the sea its countries share (extract/where_shoals.py);
- the town after a named site ("l'hôpital Ahli de Gaza") is the scene (extract/where_parts.py);
- a city that only locates a statement is no violent act's place (extract/where_speech.py);
- an attack on a ship is placed by the next sentence telling where the ship was
  (extract/where_vessels.py);
- a place in a clause of purpose on the launching verb is the act's (extract/where_clauses.py);
- a town owned by a division through a possessive is that division's (where_parts.possessed_town).
"""

from __future__ import annotations

import pytest

PUBLISHED = "2025-05-07"  # a Wednesday


def _incident(article):  # type: ignore[no-untyped-def]
    violent = [e for e in article.events if e.location is not None] or article.events
    assert violent, "no incident"
    return violent[0]


# (language, text, the place's gazetteer name, the day)
VICTIM_CLAUSES = [
    ("en", "A Russian missile killed nine people who were queuing for bread in Kharkiv on Monday, "
           "the governor said.", "Kharkiv", "2025-05-05"),
    ("en", "A drone strike killed four civilians waiting at a bus stop in Kherson on Sunday, local "
           "officials said on Tuesday.", "Kherson", "2025-05-04"),
    ("en", "Six people who were sheltering in a basement in Lozova on Saturday were killed by a "
           "Russian glide bomb.", "Lozova", "2025-05-03"),
    ("fr", "Une frappe de drone a tué quatre civils qui attendaient un bus à Kherson dimanche, ont "
           "indiqué mardi les autorités locales.", "Kherson", "2025-05-04"),
    ("fr", "Un missile russe s'est abattu sur un quartier résidentiel, tuant neuf personnes qui "
           "faisaient la queue devant une boulangerie à Kharkiv lundi, a annoncé mardi le gouverneur.",
     "Kharkiv", "2025-05-05"),
    ("fr", "Une frappe russe a tué trois personnes attendant un train à Lozova samedi, selon les "
           "autorités.", "Lozova", "2025-05-03"),
]


@pytest.mark.parametrize(("language", "text", "place", "day"), VICTIM_CLAUSES)
def test_the_victims_clause_places_and_dates_the_act(analyse, language, text, place, day):
    event = _incident(analyse(text, language, PUBLISHED))
    assert event.location is not None and event.location.name == place
    assert event.date is not None and event.date.start.isoformat() == day


# a clause of the victims' past or of where they were heading is not the act's place
NOT_THE_SCENE = [
    ("en", "A drone hit a minibus that was heading to Kherson on Sunday, killing five.", "Kherson"),
    ("fr", "Des soldats ont abattu jeudi deux hommes qui avaient fui Marioupol en 2022.", "Mariupol"),
]


@pytest.mark.parametrize(("language", "text", "place"), NOT_THE_SCENE)
def test_a_clause_of_the_victims_past_or_heading_is_no_scene(analyse, language, text, place):
    article = analyse(text, language, PUBLISHED)
    assert all(e.location is None or e.location.name != place for e in article.events)


# (language, text, the town, its country): a story of Ukraine naming a Russian attacker
RENAMED = [
    ("en", "Russian forces struck Pokrovsk with glide bombs on Tuesday, killing four people, "
           "Ukrainian officials said.", "Pokrovsk", "UA"),
    ("fr", "Les forces russes ont bombardé Pokrovsk mardi, tuant quatre personnes, selon les autorités "
           "ukrainiennes.", "Pokrovsk", "UA"),
    ("en", "A Russian drone hit an apartment block in Odessa overnight, wounding six, Ukrainian "
           "officials said.", "Odesa", "UA"),
    ("fr", "Un drone russe a frappé un immeuble à Odessa dans la nuit, blessant six personnes, selon "
           "les autorités ukrainiennes.", "Odesa", "UA"),
]


@pytest.mark.parametrize(("language", "text", "name", "country"), RENAMED)
def test_a_former_name_does_not_beat_a_town_of_that_name_in_the_story(locate, language, text, name, country):
    found = [(m.value.name, m.value.country) for m in locate(text, language).of_kind("place")]
    assert (name, country) in found, found


# (language, text, the feature's words, (lat, lon) of a point of its sea): a shoal of a story naming
# no sea is at the sea its countries share (data/coasts.yaml)
SHOALS_NO_SEA = [
    ("en", "A Chinese coast guard vessel rammed a Philippine supply boat near Second Thomas Shoal on "
           "Monday, the Philippine military said.", "Second Thomas Shoal", (12.0, 114.0)),
    ("en", "Chinese coast guard ships fired water cannon at a Philippine vessel near Scarborough Shoal "
           "on Saturday.", "Scarborough Shoal", (12.0, 114.0)),
    ("fr", "Un navire des garde-côtes chinois a percuté lundi un bateau de ravitaillement philippin près "
           "du banc Second Thomas, a indiqué l'armée philippine.", "banc Second Thomas", (12.0, 114.0)),
    ("fr", "Des navires chinois ont tiré au canon à eau samedi sur un bateau philippin près du récif "
           "de Scarborough.", "récif de Scarborough", (12.0, 114.0)),
]


@pytest.mark.parametrize(("language", "text", "name", "point"), SHOALS_NO_SEA)
def test_a_shoal_with_no_sea_named_is_at_the_sea_its_countries_share(locate, language, text, name, point):
    from newsevents.geo import haversine_km

    found = [m.value for m in locate(text, language).of_kind("place") if m.value.name == name]
    assert found and found[0].lat is not None, found
    assert haversine_km(found[0].lat, found[0].lon, *point) < 1000


def test_a_shoal_of_countries_sharing_no_sea_of_the_table_stays_unplaced(locate):
    text = "A Japanese patrol boat was rammed near Horseshoe Reef on Monday, Kenyan officials said."
    assert not [m for m in locate(text, "en").of_kind("place") if "Horseshoe" in m.value.name]


# (language, text, the town's gazetteer name): a site named with its noun and its own name, then "de"
# and its town: the town is the scene, not the end of a longer name ("Cuhurestii de Jos")
SITE_OF_TOWN = [
    ("fr", "Une frappe a touché mardi l'hôpital Ahli de Gaza, faisant des dizaines de morts.", "Gaza"),
    ("fr", "Une frappe a touché mardi l'hôpital Al-Chifa de Gaza.", "Gaza"),
    ("fr", "Une frappe a touché mardi l'hôpital Nasser de Khan Younès.", "Khān Yūnis"),
    ("fr", "Des obus sont tombés lundi sur le camp Zamzam d'El-Facher, tuant six déplacés.", "El Fasher"),
]


@pytest.mark.parametrize(("language", "text", "place"), SITE_OF_TOWN)
def test_the_town_after_a_named_site_is_the_scene(analyse, language, text, place):
    event = _incident(analyse(text, language, PUBLISHED))
    assert event.location is not None and event.location.name == place


# (language, text, the city that only locates a statement): never the violent act's place
SPEECH_PLACES = [
    ("en", "Indian shelling killed three civilians on Tuesday, the Pakistani army said in a statement "
           "issued in Islamabad.", "Islamabad"),
    ("en", "Speaking in Moscow on Tuesday, the Russian foreign minister denied any involvement. A "
           "missile had crashed into a field the day before, killing two farmers, Warsaw said.", "Moscow"),
    ("fr", "Des tirs indiens ont tué trois civils mardi, a affirmé l'armée pakistanaise dans un "
           "communiqué publié à Islamabad.", "Islamabad"),
]


@pytest.mark.parametrize(("language", "text", "city"), SPEECH_PLACES)
def test_a_city_that_locates_a_statement_is_not_the_acts_place(analyse, language, text, city):
    article = analyse(text, language, PUBLISHED)
    assert article.events
    assert all(e.location is None or e.location.name != city for e in article.events)


# a place framing the sentence before a verb of saying, or in the speaker's phrase, stays the scene
SPEECH_SCENES = [
    ("en", "In Kharkiv, officials said a missile hit a school on Tuesday, killing two.", "Kharkiv"),
    ("fr", "À Kharkiv, les autorités ont indiqué qu'un missile avait frappé une école mardi.", "Kharkiv"),
    ("en", "A drone struck a fuel depot in eastern Ukraine on Tuesday, the Russian defence ministry said "
           "in Moscow.", "eastern Ukraine"),
]


@pytest.mark.parametrize(("language", "text", "place"), SPEECH_SCENES)
def test_a_scene_told_with_a_statement_stays(analyse, language, text, place):
    event = _incident(analyse(text, language, PUBLISHED))
    assert event.location is not None and event.location.name == place


# (language, text, the place's gazetteer name): an attack on a ship placed by the next sentence,
# which tells where "the vessel" was
VESSELS = [
    ("en", "A Greek-owned tanker was struck by a drone boat on Monday. The ship had been transiting the "
           "Red Sea, maritime security firm Ambrey said.", "Red Sea"),
    ("en", "Pirates fired on a fishing trawler on Friday, wounding two sailors. The vessel was sailing "
           "in the Gulf of Guinea at the time.", "Gulf of Guinea"),
    ("fr", "Un pétrolier grec a été frappé lundi par un drone naval. Le navire transitait par la mer "
           "Rouge, selon la société de sécurité maritime Ambrey.", "Red Sea"),
    ("fr", "Des pirates ont ouvert le feu vendredi sur un chalutier, blessant deux marins. Le bateau "
           "naviguait dans le golfe de Guinée.", "Gulf of Guinea"),
]


@pytest.mark.parametrize(("language", "text", "place"), VESSELS)
def test_an_attack_on_a_ship_is_where_the_next_sentence_says_the_ship_was(analyse, language, text, place):
    event = _incident(analyse(text, language, PUBLISHED))
    assert event.location is not None and event.location.name == place


def test_where_the_ship_went_after_is_not_the_attacks_place(analyse):
    article = analyse("A missile hit a tanker on Monday. The ship later docked in Djibouti.", "en", PUBLISHED)
    assert article.events and all(e.location is None for e in article.events)


# (language, text, the place's gazetteer name): a place in a clause of purpose on the verb that
# launches the act is the act's (the French rows placed before too: they guard the other reading)
PURPOSE = [
    ("en", "Rebels launched an offensive on Tuesday to push the army out of Goma in eastern Congo.", "Goma"),
    ("en", "Rebels launched a new offensive on Monday to recapture Bunia from government forces.", "Bunia"),
    ("fr", "Les rebelles ont lancé mardi une offensive pour chasser l'armée de Goma.", "Goma"),
    ("fr", "Les jihadistes ont lancé dimanche un assaut afin de chasser les soldats de Kidal.", "Kidal"),
]


@pytest.mark.parametrize(("language", "text", "place"), PURPOSE)
def test_a_place_in_the_purpose_of_a_launched_act_is_its_place(analyse, language, text, place):
    event = _incident(analyse(text, language, PUBLISHED))
    assert event.location is not None and event.location.name == place


# (language, text, the town's gazetteer name): a town owned by a division through a possessive
# ("Borno state's Gwoza district") is qualified by it as after a comma
POSSESSED = [
    ("en", "Gunmen killed 16 villagers in Borno state's Gwoza district on Sunday.", "Gwoza"),
    ("en", "Jihadists attacked an army base in Borno state's Gwoza district on Friday, killing six soldiers.",
     "Gwoza"),
    ("fr", "Des hommes armés ont tué dimanche 16 villageois dans le district de Gwoza, dans l'État de Borno.",
     "Gwoza"),
]


@pytest.mark.parametrize(("language", "text", "place"), POSSESSED)
def test_a_town_owned_by_a_division_is_the_scene(analyse, language, text, place):
    event = _incident(analyse(text, language, PUBLISHED))
    assert event.location is not None and event.location.name == place
