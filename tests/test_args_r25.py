"""Parties of incidents, round 25, in pattern sentences written for the purpose (stories of no
development document), French and English.

(3) A summons calls in a state's diplomats: its targets are the diplomats and the state they serve,
both ("a convoqué les ambassadeurs du Togo": Togo and the Togolese ambassadors; "summoned the Chinese
envoy": China too), never the summoning state's own envoys (``envoy_names`` of lang/*/arguments.yaml,
extract/arguments_envoys.summoned_envoys).
"""

from __future__ import annotations

import pytest
from helpers import events_of


def _of_type(analyse, text: str, language: str, kind: str) -> list:  # type: ignore[no-untyped-def]
    events = [e for e in events_of(analyse, text, language) if e.type == kind]
    assert events, [(e.type, [a.name for a in e.actors]) for e in events_of(analyse, text, language)]
    return events


# -- (3) the summoned diplomats and their state ---------------------------------------------------

# (language, text, names every one of which is a target)
SUMMONED = [
    ("fr", "Kinshasa a convoqué mardi les ambassadeurs du Burundi et de l'Ouganda pour protester contre"
           " les incursions.", ["Burundi", "Uganda", "Burundian ambassadors", "Ugandan ambassadors"]),
    ("fr", "Le Maroc a convoqué lundi l'ambassadeur d'Algérie à Rabat.", ["Algerian ambassador", "Algeria"]),
    ("fr", "La RDC a convoqué les diplomates rwandais en poste à Kinshasa.", ["Rwanda", "Rwandan diplomats"]),
    ("fr", "Le gouvernement malien a convoqué vendredi les ambassadeurs des pays européens pour une réunion"
           " d'information sur la situation sécuritaire.", ["ambassadors"]),
    ("en", "Ghana's foreign ministry summoned the ambassadors of Togo and Burkina Faso on Tuesday.",
     ["Togo", "Burkina Faso", "Togolese ambassadors"]),
    ("en", "Kenya summoned Uganda's ambassador on Monday over the arrest of two activists.",
     ["Ugandan ambassador", "Uganda"]),
    ("en", "The Netherlands summoned the Chinese envoy on Friday after a cyberattack on its defence"
           " ministry.",
     ["Chinese envoy", "China"]),
    ("en", "Poland summoned Belarusian diplomats on Wednesday over a border incident.",
     ["Belarus", "Belarusian diplomats"]),
]


@pytest.mark.parametrize(("language", "text", "names"), SUMMONED)
def test_a_summons_targets_the_diplomats_and_their_state(analyse, language, text, names):
    protest = _of_type(analyse, text, language, "diplomatic_protest")[0]
    targets = {t.name for t in protest.targets}
    assert set(names) <= targets, targets
    assert not {a.country for a in protest.actors} & {t.country for t in protest.targets if t.country}


# (language, text): a state recalling its own envoys does not target them
OWN_ENVOYS = [
    ("fr", "L'Algérie a rappelé ses ambassadeurs au Mali et au Niger mardi."),
    ("en", "Lithuania recalled its ambassador from Minsk on Monday."),
]


@pytest.mark.parametrize(("language", "text"), OWN_ENVOYS)
def test_a_state_s_own_envoys_are_no_target(analyse, language, text):
    for protest in _of_type(analyse, text, language, "diplomatic_protest"):
        envoys = [t.name for t in protest.targets if t.name.endswith(("ambassador", "ambassadors"))]
        assert not envoys, envoys
