"""Round 15: a headline's closing denial with no opener ("X affirme que ..., Y dément", "X says
..., Y denies", "…; rebels deny involvement") answers the clause before it: the denier gets a
`deny` claim on those words, and the first speaker's words end at the comma. A denial with an
object of its own ("Kiev dément la perte du port") is not one (tests/test_claims_r14_headlines.py).
Sentences written here from the general pattern of wire headlines."""

from __future__ import annotations

from datetime import date

import pytest

from newsevents.model import Article, Published

PUBLISHED = Published(date(2026, 3, 4))


@pytest.mark.parametrize(("language", "text", "accuser", "denier", "words"), [
    ("fr", "Frontière : le Tchad affirme que des avions soudanais ont bombardé Adré, Khartoum dément\n\n"
     "Le gouvernement tchadien a affirmé mercredi que des avions soudanais avaient bombardé Adré.",
     "Chad", "Sudan", "avions soudanais"),
    ("fr", "Lima accuse La Paz d'avoir armé des contrebandiers, la Bolivie dément\n\nLe Pérou a accusé "
     "lundi la Bolivie d'avoir armé des contrebandiers.", "Peru", "Bolivia", "armé des contrebandiers"),
    ("fr", "Niamey affirme qu'un drone a tué six soldats près de Tillabéri, le Bénin dément toute "
     "implication\n\nLe Niger a affirmé jeudi qu'un drone avait tué six soldats.", "Niger", "Benin",
     "drone"),
    ("en", "Ukraine says Russian missile hit a school in Sumy, Moscow denies\n\nUkraine said on Tuesday "
     "a Russian missile hit a school in Sumy.", "Ukraine", "Russia", "missile"),
    ("en", "Peru accuses Bolivia of arming smugglers; Bolivia denies involvement\n\nPeru on Monday "
     "accused Bolivia of arming smugglers near the border.", "Peru", "Bolivia", "smugglers"),
])
def test_a_closing_denial_answers_the_clause_before(pipe, language, text, accuser, denier, words):
    claims = pipe.process(Article(text=text, id="t", language=language, published=PUBLISHED)).claims
    got = [(c.speaker.name, c.stance, c.content) for c in claims]
    denial = next((c for c in claims if c.speaker.name == denier and c.stance == "deny"), None)
    assert denial is not None and words in denial.content, got
    first = next(c for c in claims if c.speaker.name == accuser)
    assert words in first.content and "dément" not in first.content and "deni" not in first.content, got
    assert first.id in denial.contradicts, got


@pytest.mark.parametrize(("language", "text"), [
    # a postposed assertion, not a denial: no answer
    ("en", "Russian missile hit a school in Sumy, Ukraine says\n\nA missile hit a school."),
    # a denial with an object of its own names what it denies
    ("fr", "Des drones frappent Odessa, Kiev dément la destruction du port\n\nDes drones ont frappé Odessa."),
    # a negated denial denies nothing
    ("en", "Drones hit a port in Odesa, Kyiv does not deny\n\nDrones hit a port."),
])
def test_no_answer_without_a_bare_closing_denial(pipe, language, text):
    claims = pipe.process(Article(text=text, id="t", language=language, published=PUBLISHED)).claims
    title = text.split("\n")[0]
    got = [(c.speaker.name, c.stance, c.content) for c in claims]
    for c in claims:
        if c.stance == "deny":
            assert title.split(",")[0] not in c.content, got
