"""A month written without its day or year only bounds an undated page from below
(newsevents/read/published.py).

"In March" after "the coup of 1 February 2021" is March of 2021 or of any later year: a page
recalls past months by name, while it writes the day of a recent event. Read as the publication
month, it gave a confident wrong year to the page and to every incident it tells by weekday.
The page gets the earliest possible day as an open range, and its relative dates wait for other
sources (newsevents/anchoring.py). A yearless day ("Le 3 mars") still dates it. Texts written
here from the general pattern (not news-dev).
"""

from __future__ import annotations

import pytest

# (language, text, month the bare month would wrongly give the page)
BARE_MONTHS = [
    ("en", "The army seized power on 1 February 2021.\n\nIn March, jets bombed a monastery in Magway "
           "region, killing 20 people. On Tuesday, a strike hit a school in the same township, residents "
           "said.", "2021-03"),
    ("fr", "La guerre a éclaté le 15 avril 2023 entre l'armée et les Forces de soutien rapide.\n\nEn juin, "
           "un drone a frappé un marché d'El-Obeid. Mardi, une nouvelle frappe a tué 9 personnes, selon "
           "des secouristes.", "2023-06"),
    ("en", "The ceasefire was signed on 10 November 2020.\n\nIn January, shelling resumed near the border. "
           "On Sunday, two soldiers were killed by sniper fire, the defence ministry said.", "2021-01"),
]


@pytest.mark.parametrize(("language", "text", "month"), BARE_MONTHS)
def test_a_bare_month_bounds_the_page_from_below(analyse, language, text, month) -> None:
    article = analyse(text, language, published=None)
    pub = article.published
    assert pub is not None and pub.precision == "range", pub
    assert pub.date.isoformat().startswith(month)  # the earliest possible day, no more
    assert "weak" in (pub.basis or "")
    # no incident told by a weekday is put in the guessed month
    guessed = [e.date for e in article.events
               if e.date is not None and e.date.start.isoformat().startswith(month)]
    assert not guessed, guessed


def test_a_yearless_day_still_dates_the_page(analyse) -> None:
    article = analyse("Le 12 janvier 2024, un premier drone s'était écrasé près de la base.\n\nLe 3 mars, un "
                      "second drone a touché un hangar, a indiqué l'armée mardi.", "fr", published=None)
    pub = article.published
    assert pub is not None and pub.precision == "day" and pub.date.isoformat() == "2024-03-05", pub
