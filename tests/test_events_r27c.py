"""Round 27c: places of islands the gazetteer lacks, of a video's description, and of a headline's act."""

from __future__ import annotations

import pytest

# (language, text, the words of the island's place, the name of the sea or country it lies in).
# An island the gazetteer lacks, named with its noun ("over Tarvik island", "l'île de Tarvik"), is a
# place of region precision at the sea, else the country, its document names (where_shoals.py).
ISLANDS = [
    ("en", "A military transport plane violated the country's airspace over Kessaloo island in the Gulf "
           "of Finland on Tuesday.", "Kessaloo island", "Gulf of Finland"),
    ("fr", "Un avion militaire a violé mardi l'espace aérien au-dessus de l'île de Kessaloo, dans le "
           "golfe de Finlande.", "île de Kessaloo", "Gulf of Finland"),
    ("en", "Coast guard officers seized a fishing boat near Tarnoka Island in the Philippines on "
           "Tuesday, officials said.", "near Tarnoka Island", "Philippines"),
    ("fr", "Des garde-côtes ont saisi mardi un bateau de pêche près de l'île de Tarnoka, aux "
           "Philippines, selon les autorités.", "près de l'île de Tarnoka", "Philippines"),
]


@pytest.mark.parametrize(("language", "text", "island", "within"), ISLANDS)
def test_an_island_the_gazetteer_lacks_is_placed_in_its_sea_or_country(locate, language, text, island,
                                                                      within):
    found = {m.text: m.value for m in locate(text, language).of_kind("place")}
    assert island in found, sorted(found)
    assert found[island].precision == "region"
    outer = next(p for p in found.values() if p.name == within)
    assert (found[island].lat, found[island].lon) == (outer.lat, outer.lon)
    assert found[island].country == outer.country


# an island the gazetteer knows keeps its own point; a sentence-initial "The island" names none
KNOWN_ISLANDS = [
    ("en", "Fighting broke out on the island of Crete on Tuesday.", "Crete"),
    ("fr", "Des combats ont éclaté mardi sur l'île de Crète.", "Crete"),
    ("en", "The island was hit by a drone near Odesa on Tuesday.", "Odesa"),
    ("en", "A ship sank off the Canary Islands on Monday.", "Canary Islands"),
    ("en", "A plane crashed in the Cayman Islands on Monday.", "Cayman Islands"),
]


@pytest.mark.parametrize(("language", "text", "name"), KNOWN_ISLANDS)
def test_an_island_the_gazetteer_knows_keeps_its_point(locate, language, text, name):
    found = [m.value for m in locate(text, language).of_kind("place")]
    assert [p.name for p in found] == [name]
    assert found[0].precision != "region" or name == "Crete"


# an island state named beside an island the gazetteer lacks is not that island's country
def test_an_island_state_is_not_the_country_of_another_island(locate):
    found = {m.text: m.value for m in locate("A storm hit Tarnoka Island and Christmas Island.", "en")
             .of_kind("place")}
    assert "Tarnoka Island" not in found


PUBLISHED = "2025-10-15"  # a Wednesday


# (language, text, the place of the strike). An act its sentences place nowhere is where a video of it,
# described after it in its paragraph, shows it ("a video showing a boat exploding in X";
# arguments_shown.py): the footage noun and the verb of showing in arguments.yaml.
SHOWN = [
    ("en", "Strikes at sea\n\n"
           "Oct 14 (Reuters) - The U.S. military struck a boat suspected of carrying drugs on Tuesday, "
           "killing three people aboard, the defense secretary said. He later posted a video on social media "
           "that showed a small vessel exploding in the southern Caribbean.", "Caribbean Sea"),
    ("en", "Strikes at sea\n\n"
           "Oct 14 (Reuters) - U.S. forces struck a speedboat on Tuesday, killing four men, officials said. "
           "Footage released by the Pentagon shows the boat burning in the eastern Pacific.", "Pacific"),
    ("fr", "Opérations en mer\n\n"
           "14 octobre (AFP) - Les forces américaines ont mené mardi une frappe contre un bateau soupçonné "
           "de transporter de la drogue, tuant trois personnes. Le ministre a ensuite publié une vidéo "
           "montrant une petite embarcation explosant dans le sud des Caraïbes.", "Caribbean Sea"),
]


def _located(events):  # type: ignore[no-untyped-def]
    return [(e.type, e.location and e.location.name) for e in events]


@pytest.mark.parametrize(("language", "text", "place"), SHOWN)
def test_a_video_of_the_act_places_it(analyse, language, text, place):
    events = analyse(text, language, PUBLISHED).events
    assert events and all(e.location is not None and e.location.name == place for e in events), \
        _located(events)


# ... but not a place a video's speaker stood at, nor footage of something else than a scene
NOT_SHOWN = [
    ("en", "Strikes at sea\n\n"
           "Oct 14 (Reuters) - The U.S. military struck a boat suspected of carrying drugs on Tuesday, "
           "killing three people aboard, the defense secretary said. He later posted a video that was "
           "filmed as he spoke to reporters in Miami.", "Miami"),
]


@pytest.mark.parametrize(("language", "text", "place"), NOT_SHOWN)
def test_a_video_not_of_the_scene_does_not_place_the_act(analyse, language, text, place):
    events = analyse(text, language, PUBLISHED).events
    assert all(e.location is None or e.location.name != place for e in events), _located(events)


# (language, text, the place). A headline that states the act shares its incident with the body's
# words for it: the scene is looked for around those (events_titles.scene_trigger), so the place of
# a relative clause on those it was done to still places it.
HEADLINE_ACTS = [
    ("en", "Police fire on demonstrators\n\n"
           "Police opened fire on Tuesday on protesters who had gathered outside the governor's office in "
           "Kisumu, killing two people, witnesses said.", "Kisumu"),
    ("fr", "La police tire sur des manifestants\n\n"
           "La police a ouvert le feu mardi sur des manifestants qui s'étaient rassemblés devant le siège "
           "du gouvernorat à Kisumu, tuant deux personnes, selon des témoins.", "Kisumu"),
    ("en", "Soldiers shoot at crowd\n\n"
           "Soldiers fired on Tuesday at a crowd that had gathered outside a bank in Bamako, killing two "
           "people, witnesses said.", "Bamako"),
]


@pytest.mark.parametrize(("language", "text", "town"), HEADLINE_ACTS)
def test_a_headline_act_is_placed_where_its_body_places_it(analyse, language, text, town):
    events = [e for e in analyse(text, language, PUBLISHED).events if e.type != "protest"]
    assert events and all(e.location is not None and e.location.name == town for e in events), \
        _located(events)
