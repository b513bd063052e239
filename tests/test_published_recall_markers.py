"""A yearless day told "at the time" is past context, never the page's day (read/published.py
``_recalled``, ``recall_markers`` in lang/*/time.yaml).

A page that tells its news by a weekday ("the governor said on Monday") and recalls earlier days
in full or without their year ("Repairs were completed on 15 December, officials said at the
time") must not be dated from the recalled day: publication is only after it (an open range),
never a confident wrong day. The same day written as the news ("officials said on Monday") still
dates the page. Texts written here from the general pattern (not news-dev).
"""

from __future__ import annotations

from datetime import date

import pytest

from newsevents.read.published import infer_published

TODAY = date(2026, 12, 7)

RECALLED = [
    ("en", "Drones hit the power plant overnight, the governor said on Monday. The plant was first struck "
           "on 2 October 2022. Repairs were completed on 15 December, officials said at the time."),
    ("en", "Shelling resumed near the dam on Thursday, local officials said. The dam was damaged on "
           "4 June 2023; back then, engineers said the spillway would hold until 20 July."),
    ("fr", "Des drones ont frappé la centrale dans la nuit, a déclaré lundi le gouverneur. La centrale "
           "avait été touchée une première fois le 2 octobre 2022. Les réparations ont été achevées le "
           "15 décembre, avaient indiqué à l’époque les autorités."),
    ("fr", "Les bombardements ont repris jeudi près du barrage, selon les autorités locales. Le barrage "
           "avait été endommagé le 4 juin 2023 ; à l'époque, les ingénieurs assuraient qu'il tiendrait "
           "jusqu'au 20 juillet."),
]

# the same days told as the news of the page: a day still dates it
NEWS = [
    ("en", "A missile struck the bridge on 2 October 2022, the governor said. Repairs were completed on "
           "15 December, officials said on Monday.", date(2022, 12, 19)),
    ("fr", "Un missile a frappé le pont le 2 octobre 2022, selon le gouverneur. Les réparations ont été "
           "achevées le 15 décembre, ont indiqué lundi les autorités.", date(2022, 12, 19)),
]


@pytest.mark.parametrize(("language", "text"), RECALLED)
def test_a_day_told_at_the_time_only_bounds_publication_from_below(language: str, text: str) -> None:
    pub = infer_published(text, language, today=TODAY)
    assert pub is None or pub.precision != "day", pub
    assert pub is None or not pub.dates_news


@pytest.mark.parametrize(("language", "text", "day"), NEWS)
def test_the_same_day_told_as_news_still_dates_the_page(language: str, text: str, day: date) -> None:
    pub = infer_published(text, language, today=TODAY)
    assert pub is not None and pub.precision == "day" and pub.date == day, pub
