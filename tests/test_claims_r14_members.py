"""Round 14: a plural speaker that lists its members after an inclusion mark ("condamnée par
plusieurs pays, dont les Etats-Unis et la France", "several countries, including Germany and
Japan, condemned") speaks through the members it lists (attribution._listed_members,
``inclusion_marks`` in lang/*/claims.yaml). French and English sentences written here from the
general patterns of wire copy (stories not in news-dev)."""

from __future__ import annotations

from datetime import date

import pytest

from newsevents.model import Article, Published

PUBLISHED = Published(date(2026, 1, 16))


def _claims(pipe, text: str, language: str):
    return pipe.process(Article(text=text, id="t", language=language, published=PUBLISHED)).claims


# (language, text, stance, members named in the speaker)
LISTED = [
    ("fr", "Des missiles iraniens ont frappé lundi soir Erbil. L'attaque a été condamnée par plusieurs "
           "pays, dont les Etats-Unis, la France et le Royaume-Uni.",
     "condemn", ["United States", "France", "United Kingdom"]),
    ("fr", "Des obus sont tombés mardi sur Goma. L'attaque a été condamnée par plusieurs pays, dont "
           "les Etats-Unis et la Belgique.", "condemn", ["United States", "Belgium"]),
    ("fr", "Un drone a frappé un pétrolier en mer Rouge. Plusieurs Etats, dont l'Allemagne et le Japon, "
           "ont condamné l'attaque.", "condemn", ["Germany", "Japan"]),
    ("en", "Iranian missiles struck Erbil on Monday. The attack was condemned by several countries, "
           "including the United States, France and Britain.",
     "condemn", ["United States", "France", "United Kingdom"]),
    ("en", "A drone hit a tanker in the Red Sea on Sunday. Several governments, including Germany and "
           "Japan, condemned the attack.", "condemn", ["Germany", "Japan"]),
]


@pytest.mark.parametrize(("language", "text", "stance", "members"), LISTED)
def test_the_listed_members_of_a_plural_speaker_speak(pipe, language, text, stance, members):
    claims = [c for c in _claims(pipe, text, language) if c.stance == stance]
    assert claims, [(c.speaker.name, c.stance, c.content) for c in _claims(pipe, text, language)]
    assert all(m in claims[0].speaker.name for m in members), claims[0].speaker.name


@pytest.mark.parametrize(("language", "text", "speaker"), [
    # a list inside the claimed words (the victims), not after the speaker: the speaker stays
    ("fr", "Des dizaines de civils, dont trois enfants, ont été tués, selon les secours.", "rescue"),
    ("en", "Dozens of civilians, including three children, were killed, rescuers said.", "rescue"),
])
def test_a_list_in_the_claimed_words_is_no_speaker(pipe, language, text, speaker):
    claims = _claims(pipe, text, language)
    assert claims and speaker in claims[0].speaker.name.lower(), [(c.speaker.name, c.content) for c in claims]
