"""A publication known to the day reads the article the same whether the page stated it or it was
inferred (a dateline, the URL, the incident other sources date: anchoring.py): otherwise an
article dated through other sources is extracted differently from the one its hypothesis was
judged on. Sentences written here from the general pattern."""

from __future__ import annotations

from datetime import date

import pytest

from newsevents.anchoring import BASIS_MARKER
from newsevents.model import Article, Published

DAY = date(2024, 6, 12)


def _incidents(pipe, text: str, language: str, published: Published) -> list[tuple]:
    article = pipe.process(Article(text=text, id="t", language=language, published=published))
    return [(e.type, e.date and e.date.start, e.location and e.location.name) for e in article.events]


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "Trois civils ont été tués et cinq blessés mercredi dans des bombardements russes sur la ville de "
           "Kherson, dans le sud de l'Ukraine, a annoncé le gouverneur régional.\n\nDes obus "
           "d'artillerie ont touché un arrêt de bus, a-t-il précisé. Moscou, qui dément viser les civils, "
           "n'a pas réagi."),
    ("en", "Two people were killed and seven wounded on Wednesday when Russian missiles hit the centre of "
           "Dnipro, the regional governor said.\n\nThe strike damaged a shopping centre. Moscow, "
           "which denies targeting civilians, did not comment."),
])
def test_an_inferred_day_reads_the_article_as_a_stated_one(pipe, language: str, text: str) -> None:
    stated = _incidents(pipe, text, language, Published(DAY))
    inferred = _incidents(pipe, text, language, Published(DAY, "day", inferred=True, basis=BASIS_MARKER))
    assert stated and inferred == stated
