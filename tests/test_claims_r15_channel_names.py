"""Round 15: a name inside the phrase of whom or where a statement was made ("a-t-il déclaré à la
chaîne Libya Al-Ahrar", "a-t-elle dit à la chaîne Kenya Citizen") is no inverted subject: the speaker is
the one the pronoun stands for, not a country read in the channel's name. Sentences written here
from the general pattern of interviews quoted by wire copy."""

from __future__ import annotations

from datetime import date

import pytest

from newsevents.model import Article, Published

PUBLISHED = Published(date(2026, 3, 4))


@pytest.mark.parametrize(("text", "speaker"), [
    ("Le ministre soudanais de l'Intérieur, Khalil Pasha, est revenu jeudi sur ses déclarations. "
     "« Les premières informations sur l'aéroport étaient erronées », a-t-il déclaré à la chaîne "
     "Sudan Bukra.", "Khalil Pasha"),
    ("La ministre kényane de la Défense, Soipan Tuya, a parlé jeudi. « Nos soldats ont repoussé "
     "l'attaque près de la frontière », a-t-elle dit à la chaîne Kenya Citizen.", "Soipan Tuya"),
])
def test_a_name_in_the_channel_is_not_the_speaker(pipe, text, speaker):
    claims = pipe.process(Article(text=text, id="t", language="fr", published=PUBLISHED)).claims
    quoted = [c for c in claims if c.direct_quote]
    assert [c.speaker.name for c in quoted] == [speaker], [(c.speaker.name, c.content) for c in claims]
