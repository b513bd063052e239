"""Which incidents exist, round 28 (merge): kinds checked with sentences of our own, French and
English where the pattern exists in both.
"""

from __future__ import annotations

import pytest


def _events(article):
    return [e.to_json() for e in article.events]


def _types(article):
    return sorted(e.type for e in article.events)


# -- an act told with a bare transitive verb and its object, no strike noun: a side striking a vessel,
# a ship ramming another, fighting that killed (the noun read as a gerund subject) --------------------

@pytest.mark.parametrize(("text", "language", "kind"), [
    ("La marine colombienne a frappé une vedette près de Tumaco mercredi, selon un communiqué.", "fr",
     "air_strike"),
    ("Les forces américaines ont frappé jeudi une embarcation au large de la Colombie, tuant deux hommes.",
     "fr", "air_strike"),
    ("The Mexican navy struck a speedboat off Lazaro Cardenas on Wednesday, killing two men.", "en",
     "air_strike"),
    ("US forces struck a vessel in the eastern Pacific on Thursday, the Pentagon said.", "en", "air_strike"),
    ("Un patrouilleur des garde-côtes chinois a heurté un navire de pêche vietnamien samedi près des "
     "îles Paracels.", "fr", "other"),
    ("Un navire de la marine chinoise a percuté un navire de ravitaillement philippin mardi près du "
     "récif Second Thomas.", "fr", "other"),
    ("Fighting in Ménaka killed nine people on Saturday, local officials said.", "en", "armed_clash"),
    ("Heavy fighting around Bamenda killed six soldiers on Sunday.", "en", "armed_clash"),
])
def test_bare_transitive_act_is_an_incident(analyse, text, language, kind):
    article = analyse(text, language)
    assert _types(article) == [kind], (text, _events(article))


@pytest.mark.parametrize(("text", "language"), [
    # a subject that is no side: a storm, a ball; an army hitting its own target is no raid
    ("A storm struck a fishing boat off Chittagong on Monday.", "en"),
    ("La tempête a frappé un chalutier au large de Chittagong lundi.", "fr"),
    ("Le ferry a heurté un quai du port de Chisinau mardi.", "fr"),
])
def test_struck_vessel_needs_a_side(analyse, text, language):
    article = analyse(text, language)
    assert _types(article) == [], (text, _events(article))
