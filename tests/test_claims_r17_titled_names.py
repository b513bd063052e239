"""Round 17 (wave 3): a name in apposition to a title whose last word is also a town or a capital
("le ministre de la Sécurité, Mahamadou Sana", "the mayor, Hamed Sana": Sanaa) is the person's
name: the speaker is the person, not the bare title, and the surname is no place of the article
(who._person, who._surname_place). Sentences written here
from the general pattern."""

from __future__ import annotations

import pytest

from newsevents.model import Place


@pytest.mark.parametrize(("language", "text", "name"), [
    ("fr", "Le ministre de la Sécurité, Mahamadou Sana, a assuré que la situation était sous contrôle.",
     "Mahamadou Sana"),
    ("fr", "Une attaque a visé samedi un poste de police, a déclaré le maire, Hamed Sana.", "Hamed Sana"),
    ("fr", "Le ministre des Transports, Jean Homs, a déclaré que la route restait fermée.", "Jean Homs"),
    ("en", "The mayor, Hamed Sana, said the attackers had fled towards the border.", "Hamed Sana"),
])
def test_a_titled_name_ending_in_a_place_name_is_the_speaker(analyse, language, text, name):
    art = analyse(text, language, "2025-06-04")
    assert [c.speaker.name for c in art.claims] == [name], [(c.speaker.name, c.content) for c in art.claims]
    assert not any(isinstance(m.value, Place) for m in art.mentions), \
        [m.text for m in art.mentions if isinstance(m.value, Place)]
    assert not any(e.location is not None and e.location.name in name for e in art.events)
