"""A name right before a lower-case place noun ("the Neelum valley", "the Bajaur district") names a
place the gazetteer may lack: the NER's ORG reading makes no organisation of it, so it is neither a
party nor a target (who._names_a_place_noun, ``place_nouns`` of lang/en/parties.yaml)."""
import pytest

CASES = [
    ("Indian artillery fire killed two villagers in the Neelum valley on Wednesday.", "Neelum"),
    ("A bomb exploded in the Bajaur district on Sunday.", "Bajaur"),
    ("Floods hit the Swat valley on Sunday.", "Swat"),
]


@pytest.mark.parametrize("text,name", CASES)
def test_name_before_place_noun_is_no_party(analyse, text, name):
    article = analyse(text, "en", "2025-05-07")
    assert name not in [m.text for m in article.mentions if m.kind == "party"]
    assert name not in [p.name for e in article.events for p in e.targets + e.actors]


def test_organisation_before_other_nouns_stays(analyse):
    article = analyse("Hamas fighters attacked an Israeli post near Gaza City on Monday.", "en", "2025-05-07")
    assert "Hamas" in [p.name for e in article.events for p in e.actors]
