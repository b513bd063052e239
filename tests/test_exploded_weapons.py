"""A drone that exploded near a target struck it: the explosion verb ("exploser", "explode") takes
the strike type of a weapon that does it, its subject or the noun its relative clause is about
(`doer_weapon_types` in data/event_types.yaml, events_typing._typed_by_weapon_doer). A bomb, a
mine or a car bomb that exploded stays an explosion: planted, not launched. Sentences written here
from the general pattern; publication Saturday 15 November 2025."""

from __future__ import annotations

from datetime import date

import pytest

from newsevents.model import Article, Published

PUBLISHED = Published(date(2025, 11, 15))


def _types(pipe, text: str, language: str) -> list[tuple[str, str]]:
    article = pipe.process(Article(text=text, id="t", language=language, published=PUBLISHED))
    return [(e.to_json()["type"], e.to_json()["date"]["start"]) for e in article.events]


@pytest.mark.parametrize(("language", "text", "kind", "day"), [
    ("fr", "Un drone piégé a explosé mardi près d'une base militaire à Erbil, sans faire de victimes.",
     "drone_strike", "2025-11-11"),
    ("fr", "Un drone a explosé jeudi soir au-dessus du port de Berdiansk, selon les autorités locales.",
     "drone_strike", "2025-11-13"),
    ("en", "An explosive-laden drone exploded near an army base in Erbil on Tuesday, causing no casualties.",
     "drone_strike", "2025-11-11"),
    ("en", "A drone exploded over the port of Berdyansk on Thursday evening, local officials said.",
     "drone_strike", "2025-11-13"),
    # planted or thrown, not launched: an explosion
    ("fr", "Une bombe a explosé mercredi sur un marché de Peshawar, blessant six personnes.",
     "explosion", "2025-11-12"),
    ("en", "A roadside bomb exploded near a police convoy in Peshawar on Wednesday.",
     "explosion", "2025-11-12"),
])
def test_the_weapon_that_exploded_types_the_act(pipe, language: str, text: str, kind: str, day: str) -> None:
    assert _types(pipe, text, language) == [(kind, day)]
