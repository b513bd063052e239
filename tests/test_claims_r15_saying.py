"""Round 15: "denied that X, saying: « A »" is two statements: the denial of its own clause X and
the quote the participle reports; the quote is not given to the finite verb too (it was claimed
twice, and the denied clause was lost). A finite verb with an object only ("a fustigé cette
attaque, déclarant « ... »") stays that quote's frame. Sentences written here from the general
pattern of wire denials."""

from __future__ import annotations

from datetime import date

import pytest

from newsevents.model import Article, Published

PUBLISHED = Published(date(2026, 3, 4))


@pytest.mark.parametrize(("language", "text", "denied", "quoted"), [
    ("en", "The ministry denied that its jets had bombed the town, saying: \"We have no aircraft in that "
     "region at all.\"", "jets had bombed", "no aircraft"),
    ("en", "A rebel spokesman denied that its fighters had attacked the convoy, saying: \"Our men were "
     "far from the road that day.\"", "fighters had attacked", "far from the road"),
    ("fr", "Le porte-parole a démenti que ses combattants avaient attaqué le convoi, affirmant : « Nos "
     "hommes étaient loin de la route ce jour-là. »", "combattants avaient attaqué", "loin de la route"),
])
def test_a_denial_and_the_quote_its_participle_reports(pipe, language, text, denied, quoted):
    claims = pipe.process(Article(text=text, id="t", language=language, published=PUBLISHED)).claims
    got = [(c.stance, c.direct_quote, c.content) for c in claims]
    assert [c.stance for c in claims if denied in c.content] == ["deny"], got
    assert [c.direct_quote for c in claims if quoted in c.content] == [True], got
