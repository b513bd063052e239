"""Round 24 of the incidents (written from general patterns, published Friday 2025-05-09).

(1) A crowd told in a relative clause is the riot's actor: "des manifestants, qui ont attaqué
plusieurs ambassades à Kinshasa, ont été dispersés" is a riot by the protesters as much as the main
clause "des manifestants ont attaqué ..." (events_riots.antecedent, crowd_antecedent).
"""

from __future__ import annotations

import pytest
from helpers import events_of

PUBLISHED = "2025-05-09"

# (language, text): a riot whose actor is the crowd the relative pronoun stands for
RELATIVE_CROWDS = [
    ("fr", "Mercredi, des manifestants, qui ont attaqué plusieurs ambassades à Kinshasa, ont été "
     "dispersés par la police."),
    ("fr", "La police a dispersé mardi à Lomé des manifestants, qui ont saccagé le siège du parti au "
     "pouvoir."),
    ("fr", "Jeudi à Bamako, des centaines de manifestants, qui ont pris d'assaut l'ambassade de France, "
     "ont été repoussés par les forces de l'ordre."),
    ("en", "On Wednesday, protesters, who attacked several embassies in Kinshasa, were dispersed by police."),
    ("en", "On Thursday in Dhaka, hundreds of protesters who stormed the Indian embassy were "
     "pushed back by police."),
]


@pytest.mark.parametrize(("language", "text"), RELATIVE_CROWDS)
def test_a_crowd_in_a_relative_clause_rioted(analyse, language: str, text: str) -> None:
    found = events_of(analyse, text, language, PUBLISHED)
    riots = [e for e in found if (e.plover or {}).get("mode") == "riot"]
    assert [e.type for e in riots] == ["protest"], [(e.type, e.plover) for e in found]
    assert "protesters" in [p.name for p in riots[0].actors]
    assert not [e for e in found if e.type == "armed_clash"]
