"""Which incidents exist: what the lead's review of round 26 kept (each table fails on the merge it
mends)."""

from __future__ import annotations

from datetime import date

import pytest

from newsevents.model import Article, Published


def _events(pipe, text: str, language: str, published: date) -> list[dict]:
    article = pipe.process(Article(text=text, id="t", language=language, published=Published(published)))
    return [e.to_json() for e in article.events]


@pytest.mark.parametrize(("language", "text", "published"), [
    # an undated lead announces the news the body dates, never an act the body recalls from over
    # a month before: the news keeps its own day
    ("en", "KABUL, Sept 20 (Reuters) - A drone strike by the army on a wedding party in the Kunar "
           "province killed at least 14 people, residents said on Saturday.\n\nThe strike hit the village "
           "at about 2 a.m., a resident said.\n\nIn July, a drone strike on a mosque in the same province "
           "killed 9 worshippers, according to local officials.", date(2025, 9, 20)),
    ("fr", "BAMAKO, 20 septembre (AFP) - Une frappe de drone de l'armée contre un mariage dans la région "
           "de Mopti a fait au moins 14 morts, ont indiqué samedi des habitants.\n\nEn juillet, une frappe "
           "de drone contre une mosquée de la même région avait tué neuf fidèles, selon des élus locaux.",
     date(2025, 9, 20)),
])
def test_a_lead_joins_no_act_recalled_from_months_before(pipe, language: str, text: str,
                                                         published: date) -> None:
    strikes = [e for e in _events(pipe, text, language, published) if e["type"] == "drone_strike"]
    tolls = sorted((e["date"]["start"][:7], e["fatalities"]) for e in strikes)
    assert ("2025-09", 14) in tolls, tolls
