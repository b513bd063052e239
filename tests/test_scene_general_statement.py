"""A sentence stating a general fact (its main verb in the present, simple or perfect, no date and
no incident of its own: "Residents of X have long lived under fire") sets no scene for the next
incident: the town it names is not where a strike its own sentences place in a region happened
(events_resumed.general_statement, called by events_dates._scene). A sentence narrating the past
("Explosions were heard in X overnight"), a passive perfect and a French passé composé still set it."""

from __future__ import annotations

import pytest
from helpers import events_of

# (language, text, town the general sentence names: not the incident's place)
GENERAL = [
    ("en", "A drone strike hit a village in the eastern Kharkiv region on Tuesday, killing three people, "
           "officials said.\nResidents in Kupiansk have long lived under fire.\nA witness said the drone "
           "struck a house near the school.", "Kupyansk"),
    ("en", "Government jets bombed a village in Sudan's North Darfur state on Friday, killing nine people.\n"
           "Communities in Kutum have put up some of the fiercest resistance to the army.\n"
           "A survivor said the jets dropped bombs on the market at noon.", "Kutum"),
    ("fr", "Une frappe aérienne a visé mardi un village de la région de Tillabéri, dans l'ouest du Niger, "
           "tuant cinq civils.\nLes habitants de Téra subissent depuis des années les violences des "
           "groupes armés.\nUn témoin a raconté que l'avion avait largué deux bombes sur le marché.", "Téra"),
    ("fr", "Un drone a frappé jeudi un village de la région de Kharkiv, tuant deux personnes.\n"
           "Les habitants de Koupiansk vivent depuis des mois sous les bombardements.\nSelon un témoin, "
           "le drone a touché une maison près de l'école.", "Kupyansk"),
]

# (language, text, town the scene sentence names: the incident's place)
NARRATED = [
    ("en", "Explosions were heard in Kupiansk overnight.\nA missile struck a house, killing two people.",
     "Kupyansk"),
    ("fr", "Des habitants de Koupiansk ont entendu des explosions dans la nuit.\nUn missile a touché une "
           "maison, tuant deux personnes.", "Kupyansk"),
]


def _places(analyse, text: str, language: str) -> list[str]:
    return [e.location.name for e in events_of(analyse, text, language) if e.location is not None]


@pytest.mark.parametrize(("language", "text", "town"), GENERAL)
def test_a_general_statement_sets_no_scene(analyse, language, text, town):
    places = _places(analyse, text, language)
    assert places, events_of(analyse, text, language)
    assert town not in places, places


@pytest.mark.parametrize(("language", "text", "town"), NARRATED)
def test_a_narrated_sentence_still_sets_the_scene(analyse, language, text, town):
    assert town in _places(analyse, text, language)
