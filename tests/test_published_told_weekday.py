"""A yearless day and a bare weekday told of one happening in two sentences fix the year
(read/published.py ``_told_weekday``), and a weekday act that followed it dates the page after it.

"Le 3 mars, le ministère a indiqué que quatre missiles avaient visé la ville [...] Quatre missiles
ont frappé lundi la ville" counts the same things alike: 3 March is that Monday, in the most
recent year where it falls on a Monday. Texts written here from the general pattern (not news-dev).
"""

from __future__ import annotations

from datetime import date

import pytest

from newsevents.read.published import infer_published

TODAY = date(2026, 12, 7)

TOLD = [
    # 3 March 2025 is a Monday (the most recent year before today where it is)
    ("fr", "Le 3 mars, le ministère de la Défense a indiqué que quatre missiles avaient visé la ville "
           "pendant la nuit. Les secours sont restés sur place toute la journée.\n\n"
           "Quatre missiles ont frappé lundi la ville, selon le gouverneur.", date(2025, 3, 3)),
    ("en", "On March 3, the defence ministry said four missiles had targeted the city overnight. "
           "Rescuers stayed at the scene all day.\n\nFour missiles struck the city on Monday, the "
           "governor said.", date(2025, 3, 3)),
    # 12 June 2024 is a Wednesday; a summons that followed the incursion dates the page the
    # Thursday after it
    ("fr", "Convoqué jeudi suite à l'incursion, l'ambassadeur n'a fait aucun commentaire. Le 12 juin, "
           "l'armée a annoncé que trois drones avaient franchi la frontière.\n\n"
           "Trois drones ont franchi mercredi la frontière, selon l'armée.", date(2024, 6, 13)),
]

# nothing counted alike, or two weekdays for the same things: no year is fixed
NOT_TOLD = [
    ("fr", "Le 3 mars, le ministère a indiqué que quatre missiles avaient visé la ville. Deux drones "
           "ont frappé lundi un dépôt, selon le gouverneur."),
    ("en", "On March 3, the ministry said four missiles had targeted the city. Four missiles struck a "
           "depot on Monday and four missiles hit the port on Friday, the governor said."),
    ("fr", "Le 3 mars, un missile a visé la ville. Un missile a frappé lundi un dépôt."),
]


@pytest.mark.parametrize(("language", "text", "day"), TOLD)
def test_one_happening_told_by_a_yearless_day_and_a_weekday_dates_the_page(
        language: str, text: str, day: date) -> None:
    pub = infer_published(text, language, today=TODAY)
    assert pub is not None and pub.precision == "day" and pub.date == day, pub


@pytest.mark.parametrize(("language", "text"), NOT_TOLD)
def test_no_shared_count_or_two_weekdays_fix_no_year(language: str, text: str) -> None:
    pub = infer_published(text, language, today=TODAY)
    assert pub is None or pub.precision != "day", pub
