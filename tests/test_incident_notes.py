"""Short incident notes end to end, English (the style of conflict-event datasets: "On <date>,
<actor> shelled <town> (<district>, <region>). <toll>.") and French (the same facts as a wire
would write them): one incident, placed within 25 km of its town, its toll as stated (null when
unknown, 0 when none)."""

from __future__ import annotations

import pytest
from helpers import events_of

from newsevents.geo import haversine_km

# (language, text, point, fatalities, injured)
NOTES = [
    ("en", "On 6 March 2025, Russian forces launched a missile strike on Pokrovsk (Pokrovsk, Donetsk), "
           "killing 11 civilians including 5 children.", (48.28, 37.18), 11, None),
    ("en", "On 7 March 2025, Russian forces carried out a drone strike on Nikopol (Nikopol, "
           "Dnipropetrovsk). No casualties.", (47.57, 34.39), 0, 0),
    ("en", "On 8 March 2025, M23 rebels clashed with FARDC near Sake (Masisi, North Kivu). Fatalities: "
           "6 M23 and 3 FARDC.", (-1.57, 29.04), 9, None),
    ("en", "On 9 March 2025, RSF shelled El Fasher (North Darfur), killing 9 civilians and injuring 20.",
     (13.63, 25.35), 9, 20),
    ("en", "On 10 March 2025, Russian forces shelled Vovchansk (Chuhuiv, Kharkiv). Casualties unknown.",
     (50.29, 36.94), None, None),
    ("en", "On 11 March 2025, Russian forces shelled Marhanets (Nikopol, Dnipropetrovsk), killing a man "
           "and wounding his wife.", (47.63, 34.62), 1, 1),
    ("fr", "Le 6 mars 2025, une frappe de missile russe a touché Pokrovsk, dans la région de Donetsk, "
           "tuant 11 civils dont cinq enfants.", (48.28, 37.18), 11, None),
    ("fr", "Le 7 mars 2025, un drone russe a frappé Nikopol, dans la région de Dnipropetrovsk, sans "
           "faire de victimes.", (47.57, 34.39), 0, 0),
    ("fr", "Le 8 mars 2025, des combats ont opposé le M23 à l'armée congolaise près de Sake, dans le "
           "Nord-Kivu. Six rebelles et trois soldats ont été tués.", (-1.57, 29.04), 9, None),
    ("fr", "Le 9 mars 2025, les FSR ont bombardé el-Fasher, tuant neuf civils et en blessant vingt.",
     (13.63, 25.35), 9, 20),
    ("fr", "Le 10 mars 2025, les forces russes ont bombardé Vovchansk, dans la région de Kharkiv. Le "
           "bilan n'est pas connu.", (50.29, 36.94), None, None),
    ("fr", "Le 11 mars 2025, les forces russes ont bombardé Marhanets, dans la région de Dnipropetrovsk, "
           "tuant un homme et blessant sa femme.", (47.63, 34.62), 1, 1),
]


@pytest.mark.parametrize(("language", "text", "point", "fatalities", "injured"), NOTES)
def test_incident_note(analyse, language, text, point, fatalities, injured):
    events = events_of(analyse, text, language)
    assert len(events) == 1, [(e.type, e.location and e.location.name) for e in events]
    event = events[0]
    assert event.location is not None
    assert haversine_km(event.location.lat, event.location.lon, *point) <= 25, event.location
    assert (event.fatalities, event.injured) == (fatalities, injured)


# (language, text, the place's words or None): an incident its own sentences do not place takes
# the place named before it in its paragraph ("un hôtel de la ville": Kharkiv, the town of the
# strike before), the most precise first; never one named after it
SCENES = [
    ("en", "Russian missiles struck Kharkiv on Tuesday, injuring 17 people. Last week, 11 people were "
           "injured when Russian missiles hit a hotel in the city.", "Kharkiv"),
    ("en", "Russian shelling hit Kherson on Monday, killing two civilians. On Sunday, a drone attack had "
           "wounded four people at a bus stop.", "Kherson"),
    ("fr", "Des missiles russes ont frappé Kharkiv mardi, blessant 17 personnes. La semaine dernière, 11 "
           "personnes ont été blessées après que des missiles russes ont frappé un hôtel de la ville.",
     "Kharkiv"),
    ("fr", "Des bombardements russes ont touché Kherson lundi, tuant deux civils. Dimanche, une attaque "
           "de drone avait blessé quatre personnes à un arrêt de bus.", "Kherson"),
    ("en", "On Tuesday, a drone strike killed two people. Later the governor of Kharkiv spoke to the "
           "press.", None),
    ("fr", "Mardi, une frappe de drone a tué deux personnes. Le gouverneur de Kharkiv s'est ensuite "
           "exprimé.", None),
]


@pytest.mark.parametrize(("language", "text", "words"), SCENES)
def test_the_scene_before_an_incident_places_it(analyse, language, text, words):
    events = events_of(analyse, text, language)
    assert events and all((e.location.text if e.location else None) == words for e in events), [
        (e.type, e.location and e.location.text) for e in events]
