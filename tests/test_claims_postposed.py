"""A reporting clause set off after the claimed clause (", a annoncé lundi le gouverneur régional,
Oleh X.") has its speaker after the verb, whatever the parser hung before the comma ("dont deux
enfants"), and a name in apposition after it is no object of the verb. Sentences written here from
the pattern."""

from __future__ import annotations

import pytest


def _claims(analyse, text: str) -> list:
    return analyse(text, "fr", "2025-04-15").claims


@pytest.mark.parametrize(("text", "speaker", "starts"), [
    ("Le bilan de la frappe qui a touché dimanche le centre de Soumy est passé à 35 morts, dont deux "
     "enfants, a annoncé lundi le gouverneur régional par intérim, Oleh Grygorov.", "Oleh Grygorov",
     "Le bilan"),
    ("Le bilan est passé à 35 morts, a annoncé lundi le gouverneur régional, Oleh Grygorov.", "gouverneur",
     "Le bilan"),
])
def test_the_speaker_of_a_postposed_clause_follows_its_verb(analyse, text: str, speaker: str,
                                                            starts: str) -> None:
    claims = _claims(analyse, text)
    assert len(claims) == 1
    assert speaker in claims[0].speaker.name and claims[0].content.startswith(starts)


@pytest.mark.parametrize(("text", "speaker"), [
    ("Les jihadistes du Jnim, liés à al-Qaïda, ont revendiqué des tirs de roquette contre trois positions "
     "de l'armée, vendredi.", "Jnim"),
    ("Zakharova, la porte-parole, a démenti ces accusations.", "Zakharova"),
])
def test_a_subject_with_an_apposition_still_speaks(analyse, text: str, speaker: str) -> None:
    claims = _claims(analyse, text)
    assert claims and all(speaker.lower() in c.speaker.name.lower() for c in claims)
