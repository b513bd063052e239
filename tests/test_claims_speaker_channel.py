"""A speaker named only by a description keeps no channel the parser hung on it: "a déclaré le
gouverneur sur Telegram" is the governor speaking on Telegram, not a speaker "gouverneur sur
Telegram" (``channels`` in lang/<code>/claims.yaml). Sentences written from the general pattern."""

from __future__ import annotations

import pytest

CASES = [
    ("fr", "Des missiles russes sont tombés mardi soir sur Kharkiv, blessant 17 personnes, a déclaré le "
           "gouverneur sur Telegram.", "gouverneur"),
    ("fr", "Les frappes ont visé des infrastructures énergétiques, a indiqué le porte-parole dans un "
           "communiqué.", "porte-parole"),
    ("fr", "Deux drones ont été abattus au-dessus de la ville, a écrit le maire sur Facebook.", "maire"),
    ("fr", "Deux drones ont été abattus au-dessus de la ville, a annoncé le gouverneur de la région sur "
           "Telegram.", "gouverneur de la région"),
]


@pytest.mark.parametrize(("language", "text", "speaker"), CASES)
def test_the_channel_is_not_part_of_the_speaker(analyse, language, text, speaker):
    claims = analyse(text, language=language).claims
    assert [c.speaker.name for c in claims] == [speaker]


def test_a_description_without_a_channel_keeps_its_complement(analyse):
    claims = analyse("Deux drones ont été abattus au-dessus de la ville, a indiqué un responsable de la "
                     "sécurité.").claims
    assert [c.speaker.name for c in claims] == ["responsable de la sécurité"]
