"""Fields of incidents, round 16, in pattern sentences written for the purpose (stories of no
development document), French and English.

(1) The speaker of a verb whose clause complement holds the trigger ("The Russian embassy in
Bucharest denied that any Russian drone had entered Romanian airspace", "L'ambassade de Russie à
Bucarest a démenti qu'un drone russe ait pénétré ...") is neither a target nor the place of the act
it reports: not its own noun (the embassy), not the place its phrase sets a building at ("in
Bucharest"), nor the same facility named again in a headline; nor is a diplomatic mission naming the
speaker of a claim told after or before the act ("..., a indiqué le consulat d'Iran à Erbil",
"according to the US embassy in Baghdad") a target. A place the speaker's noun governs ("le
gouverneur de la région de Belgorod") is still the scene.
(2) The host city of an institution is named as places are, by the gazetteer's English name, also
when it is a capital ("l'ambassade de Russie à Bucarest" -> "Embassy of Russia in Bucharest", not
"... in Bucarest"): the speaker of a French and of an English story is one party.
"""

from __future__ import annotations

import pytest
from helpers import events_of

# -- (1) the reporting subject is no argument of the reported act ---------------------------------

SPEAKER_FACILITIES = [
    ("en", "The Russian embassy in Bucharest denied on Tuesday that any Russian drone had entered"
           " Romanian airspace."),
    ("en", "The Iranian consulate in Erbil said on Monday that a drone had struck a fuel depot near the"
           " airport of Kirkuk."),
    ("en", "Russia's embassy in Warsaw claimed that Ukrainian drones had attacked a refinery in"
           " Novorossiysk overnight."),
    ("en", "Officials at the US embassy in Baghdad said on Sunday that three rockets had hit a military"
           " base near Baghdad airport."),
    ("fr", "L'ambassade de Russie à Bucarest a démenti mardi qu'un drone russe ait pénétré dans l'espace"
           " aérien roumain."),
    ("fr", "Le consulat d'Iran à Erbil a affirmé lundi qu'un drone avait frappé un dépôt de carburant"
           " près de Kirkouk."),
    ("fr", "L'ambassade d'Israël à Paris a assuré jeudi qu'une roquette avait frappé une école de Sdérot."),
    # the speaker told after the act, or in a phrase of source
    ("en", "Two rockets hit a military base near Baghdad airport on Sunday, according to the US embassy"
           " in Baghdad."),
    ("fr", "Un drone a frappé lundi un dépôt de carburant près de Kirkouk, a indiqué le consulat d'Iran"
           " à Erbil."),
    ("fr", "Selon l'ambassade d'Ukraine à Varsovie, un missile russe a frappé un hôpital de Kharkiv mardi."),
]


@pytest.mark.parametrize(("language", "text"), SPEAKER_FACILITIES)
def test_the_speaker_is_no_target(analyse, language, text):
    events = events_of(analyse, text, language)
    assert events, text
    for e in events:
        assert all(p.kind != "diplomatic_mission" for p in e.targets), [p.name for p in e.targets]


SPEAKER_PLACES = [
    ("en", "The Russian embassy in Bucharest denied on Tuesday that any Russian drone had entered"
           " Romanian airspace.", "Bucharest"),
    ("en", "Embassy denies drone claim\n\nThe Russian embassy in Bucharest denied on Tuesday that any"
           " Russian drone had entered Romanian airspace.", "Bucharest"),
    ("fr", "L'ambassade de Russie à Bucarest a démenti mardi qu'un drone russe ait pénétré dans l'espace"
           " aérien roumain.", "Bucharest"),
    ("fr", "L'ambassade dément\n\nL'ambassade de Russie à Bucarest a démenti mardi qu'un drone russe"
           " ait pénétré dans l'espace aérien roumain.", "Bucharest"),
    # an envoy speaks from his post abroad, as his embassy does
    ("en", "The Russian ambassador in Bucharest denied on Tuesday that any Russian drone had entered"
           " Romanian airspace.", "Bucharest"),
    ("fr", "L'ambassadeur de Russie à Bucarest a démenti mardi qu'un drone russe ait pénétré dans"
           " l'espace aérien roumain.", "Bucharest"),
]


@pytest.mark.parametrize(("language", "text", "town"), SPEAKER_PLACES)
def test_where_the_speaker_is_is_no_place_of_the_act(analyse, language, text, town):
    events = events_of(analyse, text, language)
    assert events, text
    assert all(e.location is None or e.location.name != town for e in events), \
        [(e.type, e.location) for e in events]


@pytest.mark.parametrize(("language", "text", "place"), [
    ("fr", "Le gouverneur de la région de Belgorod a affirmé mardi qu'une frappe ukrainienne avait tué"
           " deux civils dans un village frontalier.", "Belgorod"),
    ("fr", "Le consulat d'Iran à Erbil a affirmé lundi qu'un drone avait frappé un dépôt de carburant"
           " près de Kirkouk.", "Kirkuk"),
    ("en", "Russia's embassy in Warsaw claimed that Ukrainian drones had attacked a refinery in"
           " Novorossiysk overnight.", "Novorossiysk"),
    # people in a town are most often its own authorities: the town stays the scene of "the city"
    ("en", "Officials in Kharkiv said a Russian missile hit an apartment block in the city on Tuesday,"
           " killing three people.", "Kharkiv"),
])
def test_the_reported_clause_keeps_its_place(analyse, language, text, place):
    events = events_of(analyse, text, language)
    assert [e.location.name if e.location else None for e in events] == [place], \
        [(e.type, e.location) for e in events]


# -- (2) an institution's host capital takes its English name ------------------------------------

@pytest.mark.parametrize(("language", "text", "speaker"), [
    ("fr", "L'ambassade de Russie à Bucarest a démenti mardi qu'un drone russe ait pénétré dans l'espace"
           " aérien roumain.", "Embassy of Russia in Bucharest"),
    ("fr", "Le consulat de Pologne à Varsovie a affirmé lundi que deux drones avaient survolé la ville.",
     "Consulate of Poland in Warsaw"),
    ("fr", "L'ambassade d'Ukraine à Pékin a déclaré jeudi qu'un missile avait frappé Odessa.",
     "Embassy of Ukraine in Beijing"),
])
def test_a_host_capital_takes_its_english_name(analyse, language, text, speaker):
    claims = analyse(text, language=language).claims
    assert speaker in [c.speaker.name for c in claims], [c.speaker.name for c in claims]
