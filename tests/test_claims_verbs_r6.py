"""Reporting verbs of round 6: "a renchéri", "a prévenu que", "a réitéré", "a témoigné",
"a mentionné"; "reiterated", "mentioned", "testified". Not "comment on", mostly reporting a
refusal to comment. French and English sentences written from the general patterns."""

from __future__ import annotations

import pytest

# (language, text, speaker surname, keyword of the claim)
VERBS = [
    pytest.param("fr", "« Nous ne céderons jamais un mètre de notre territoire », a renchéri devant la "
                 "presse le porte-parole du gouvernement Marc Lefort.", "Lefort", "céderons",
                 id="fr_rencherir"),
    pytest.param("fr", "Le ministre Paul Girard a prévenu que toute nouvelle incursion recevrait une "
                 "réponse ferme.", "Girard", "incursion", id="fr_prevenir"),
    pytest.param("fr", "Le ministre Paul Girard a réitéré que les troupes ne quitteraient pas la région "
                 "avant l'hiver.", "Girard", "troupes", id="fr_reiterer"),
    pytest.param("fr", "Une infirmière, Anne Morel, a témoigné que les blessés arrivaient par dizaines à "
                 "l'hôpital.", "Morel", "blessés", id="fr_temoigner"),
    pytest.param("en", "Defence Minister Paul Gray reiterated that the troops would not leave the region "
                 "before winter.", "Gray", "troops", id="en_reiterate"),
    pytest.param("en", "Nurse Anne Moore testified that the wounded were arriving at the hospital by the "
                 "dozen.", "Moore", "wounded", id="en_testify"),
    pytest.param("en", "Defence Minister Paul Gray mentioned that two more battalions would be sent to the "
                 "border.", "Gray", "battalions", id="en_mention"),
]


@pytest.mark.parametrize(("language", "text", "surname", "keyword"), VERBS)
def test_reporting_verbs(analyse, language, text, surname, keyword):
    claims = analyse(text, language=language).claims
    assert len(claims) == 1, [(c.speaker.name, c.content) for c in claims]
    assert surname in claims[0].speaker.name
    assert keyword in claims[0].content


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "Le ministère de la Défense n'a pas souhaité commenter les frappes sur la ville."),
    ("en", "The Defence Ministry did not comment on the strikes on the city."),
    ("en", "While the army rarely comments on specific strikes, it has conducted hundreds of them."),
])
def test_commenting_is_no_statement(analyse, language, text):
    assert analyse(text, language=language).claims == []
