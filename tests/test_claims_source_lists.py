""""Selon des sources (des séparatistes, un élu local et une ONG), ...": the source is the noun
before the parenthesis, which only says who the sources are; the claim starts after it. And "A
nurse, Anne Moore, said": the name in apposition speaks. French and English sentences written
from the general pattern."""

from __future__ import annotations

import pytest

SOURCES = [
    pytest.param("fr", "Selon des sources concordantes (des séparatistes, un élu local et le responsable "
                       "d'une ONG locale), ces frappes de drones ont fait au moins une vingtaine de morts "
                       "parmi les civils.", "sources concordantes", "ces frappes", id="fr"),
    pytest.param("en", "According to several sources (separatists, a local official and the head of a local "
                       "charity), the drone strikes killed at least twenty civilians.", "sources",
                 "the drone strikes", id="en"),
]


@pytest.mark.parametrize(("language", "text", "speaker", "first"), SOURCES)
def test_the_source_is_the_noun_before_the_parenthesis(analyse, language, text, speaker, first):
    claims = analyse(text, language=language).claims
    assert len(claims) == 1, [(c.speaker.name, c.content) for c in claims]
    assert speaker in claims[0].speaker.name
    assert claims[0].content.startswith(first)


def test_past_parenthesis():
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from newsevents.extract.clauses import past_parenthesis

    doc = Doc(Vocab(), words=["selon", "des", "sources", "(", "un", "élu", ")", ",", "X", "a", "dit"])
    assert past_parenthesis(doc, 3, len(doc)) == 7
    assert past_parenthesis(doc, 2, len(doc)) == 2  # no parenthesis here
    assert past_parenthesis(doc, 3, 5) == 3  # not closed before the segment ends


@pytest.mark.parametrize(("language", "text", "name"), [
    pytest.param("en", "A nurse, Anne Moore, said that the wounded were arriving at the hospital by the "
                 "dozen.", "Anne Moore", id="en_nurse"),
    pytest.param("en", "A resident, Ivan Petrenko, told reporters that three shells had hit the school "
                 "overnight.", "Ivan Petrenko", id="en_resident"),
    pytest.param("fr", "Une infirmière, Anne Morel, a affirmé que les blessés arrivaient par dizaines à "
                 "l'hôpital.", "Anne Morel", id="fr_infirmiere"),
])
def test_a_name_in_apposition_after_a_common_noun_speaks(analyse, language, text, name):
    claims = analyse(text, language=language).claims
    assert [c.speaker.name for c in claims] == [name]
