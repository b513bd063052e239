"""Round 15: a bare "the ministry" / "le ministère" speaks for the institution named before it,
not for one first named further on (the who stage may link the bare noun to a ministry of the
next paragraph). Sentences written here from the general pattern of two governments' statements
in one dispatch."""

from __future__ import annotations

from datetime import date

import pytest

from newsevents.model import Article, Published

PUBLISHED = Published(date(2026, 3, 4))


@pytest.mark.parametrize(("language", "text", "quoted", "speaker_word", "not_word"), [
    ("en", "Laos's information ministry dismissed the reports as fake news. \"Our army has not fired any "
     "shell towards Thailand,\" the ministry said in a post on Telegram.\n\nThailand's foreign ministry "
     "said the ambassador had been summoned.", "has not fired", "Laos", "Thailand"),
    ("en", "Chile's interior ministry rejected the accusations. \"Our police did not cross the border,\" "
     "the ministry said on Tuesday.\n\nBolivia's foreign ministry said it would file a complaint.",
     "did not cross", "Chile", "Bolivia"),
])
def test_a_bare_institution_noun_is_the_one_named_before(pipe, language, text, quoted, speaker_word,
                                                           not_word):
    claims = pipe.process(Article(text=text, id="t", language=language, published=PUBLISHED)).claims
    got = [(c.speaker.name, c.speaker.country, c.content) for c in claims]
    claim = next(c for c in claims if quoted in c.content)
    assert not_word not in claim.speaker.name, got
    assert speaker_word in claim.speaker.name or claim.speaker.country in ("LA", "CL"), got
