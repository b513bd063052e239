"""Round 17: where reported words end.

- A straight quote mark the parser hangs on the end of a sentence after its stop opens the next
  sentence's quotation: the sentence's reported claim ends at its stop, not at the end of the next
  quotation (attribution_edges.opening_marks_ahead; a live blog's entries show it most).
- A source closing its clause with its name in apposition ("..., selon le gouverneur de la
  région, Andreï X.") is no part of the claimed words (attribution_sources._name_to_end).
Sentences written here from the general pattern."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("language", "text", "claimed", "not_claimed"), [
    ("fr", "09h12 – Le maire de la ville, Ivan Petrenko, a annoncé que la défense antiaérienne avait abattu "
           "74 drones durant la nuit. « Il n'y a pas de dégâts graves », a-t-il précisé sur Telegram.",
     "abattu 74 drones", "dégâts"),
    ("fr", "14h05 – Le gouverneur a indiqué que deux bâtiments avaient été touchés dans le centre. « Les "
           "secours sont sur place depuis l'aube », a-t-il ajouté.", "deux bâtiments", "secours"),
])
def test_a_reported_claim_ends_at_its_sentence_before_the_next_quote(analyse, language, text, claimed,
                                                                       not_claimed):
    claims = analyse(text, language=language).claims
    reported = [c for c in claims if claimed in c.content]
    assert reported, [(c.speaker.name, c.content) for c in claims]
    assert not any(not_claimed in c.content for c in reported), [c.content for c in reported]


@pytest.mark.parametrize(("language", "text", "claimed", "not_claimed"), [
    ("fr", "10h30 – Une femme a été tuée dans le district de Ramenskoïe, selon le gouverneur de la région, "
           "Andreï Vorobiov.", "Une femme a été tuée", "gouverneur"),
    ("fr", "Deux enfants ont été blessés dans la nuit à Kharkiv, selon le maire de la ville, Igor Terekhov.",
     "Deux enfants", "maire"),
    ("en", "A woman was killed in the Ramensky district, according to the regional governor, Andrei "
           "Vorobyov.", "A woman was killed", "governor"),
])
def test_a_source_named_in_apposition_at_the_end_is_not_claimed(analyse, language, text, claimed,
                                                                 not_claimed):
    claims = analyse(text, language=language).claims
    assert any(claimed in c.content and not_claimed not in c.content for c in claims), \
        [(c.speaker.name, c.content) for c in claims]
