"""English temporal expressions: detection, span and interval, from the patterns of the language.

Publication date of every case: Saturday 15 November 2025.
"""

from __future__ import annotations

from datetime import date

import pytest
from helpers import check_time, coordinated_days, run_when

from newsevents.temporal import find_times

PUB = date(2025, 11, 15)

# (sentence, expected mention text, "start end precision [HH:MM]")
CASES = [
    # full and numeric dates
    ("The attack took place on 2 January 2024.", "2 January 2024", "2024-01-02 2024-01-02 day"),
    ("On March 10, 2022 the consulate was damaged.", "March 10, 2022", "2022-03-10 2022-03-10 day"),
    ("The treaty was signed on the 3rd of February 1998.",
     "the 3rd of February 1998", "1998-02-03 1998-02-03 day"),
    ("The decree of 2021-03-15 came into force.", "2021-03-15", "2021-03-15 2021-03-15 day"),
    ("The memo dated 15.03.2021 was leaked.", "15.03.2021", "2021-03-15 2021-03-15 day"),
    ("The letter is dated 15/03/2021.", "15/03/2021", "2021-03-15 2021-03-15 day"),
    ("The US filing is dated 03/15/2021.", "03/15/2021", "2021-03-15 2021-03-15 day"),
    ("The summit opened on Thursday, October 7, 1999.",
     "Thursday, October 7, 1999", "1999-10-07 1999-10-07 day"),
    ("Talks resumed on Feb. 14, 2023 in Geneva.", "Feb. 14, 2023", "2023-02-14 2023-02-14 day"),
    ("A second strike followed on 28 August 2025.", "28 August 2025", "2025-08-28 2025-08-28 day"),
    # partial dates
    ("On 1 April, he called his counterpart.", "1 April", "2025-04-01 2025-04-01 day"),
    ("On November 14, a missile fell on the embassy.", "November 14", "2025-11-14 2025-11-14 day"),
    ("On November 20, a drone hit the town.", "November 20", "2024-11-20 2024-11-20 day"),
    ("The summit will be held on November 20.", "November 20", "2025-11-20 2025-11-20 day"),
    ("In 2019, the plant closed on March 3.", "March 3", "2019-03-03 2019-03-03 day"),
    ("In late September 2020 fighting resumed. The deal was signed on November 10.",
     "November 10", "2020-11-10 2020-11-10 day"),
    ("In the autumn of 2020 fighting resumed. Debris was found on March 15.",
     "March 15", "2025-03-15 2025-03-15 day"),
    # clock times
    ("The missile struck the embassy on November 14 at about 1 a.m.",
     "November 14", "2025-11-14 2025-11-14 day 01:00"),
    ("The missile struck the embassy on November 14 at about 1 a.m.",
     "1 a.m.", "2025-11-14 2025-11-14 day 01:00"),
    ("Sirens sounded at 3:30 pm.", "3:30 pm", "2025-11-15 2025-11-15 day 15:30"),
    ("The curfew starts at 22:00.", "22:00", "2025-11-15 2025-11-15 day 22:00"),
    ("They met at 7 o'clock.", "7 o'clock", "2025-11-15 2025-11-15 day 07:00"),
    ("The shelling began at midnight.", "midnight", "2025-11-15 2025-11-15 day 00:00"),
    ("He was arrested yesterday at 10 p.m.", "yesterday", "2025-11-14 2025-11-14 day 22:00"),
    ("He was arrested yesterday at 10 p.m.", "10 p.m.", "2025-11-14 2025-11-14 day 22:00"),
    ("On 3 March 2024 the fire started. Firefighters arrived at 9 a.m.",
     "9 a.m.", "2024-03-03 2024-03-03 day 09:00"),
    # weekdays and parts of the day
    ("The minister said on Tuesday that the town was surrounded.", "Tuesday", "2025-11-11 2025-11-11 day"),
    ("An explosion shook the district on Friday morning.", "Friday morning", "2025-11-14 2025-11-14 day"),
    ("Last Thursday, rescuers reached the village.", "Last Thursday", "2025-11-13 2025-11-13 day"),
    ("The vote will take place next Thursday.", "next Thursday", "2025-11-20 2025-11-20 day"),
    ("The council will meet on Sunday.", "Sunday", "2025-11-16 2025-11-16 day"),
    ("Russia strikes Kyiv on Wednesday night.", "Wednesday night", "2025-11-12 2025-11-12 day"),
    ("Thousands marched on Saturday.", "Saturday", "2025-11-15 2025-11-15 day"),
    ("Drones attacked during the night from Friday to Saturday.",
     "the night from Friday to Saturday", "2025-11-14 2025-11-15 range"),
    ("Shots were heard during the night of 7 to 8 August.",
     "the night of 7 to 8 August", "2025-08-07 2025-08-08 range"),
    ("Shots were heard during the night of August 7-8.",
     "the night of August 7-8", "2025-08-07 2025-08-08 range"),
    # ranges
    ("The festival ran from 10 to 12 March.", "from 10 to 12 March", "2025-03-10 2025-03-12 range"),
    ("Registration was open between 1 and 5 May.", "between 1 and 5 May", "2025-05-01 2025-05-05 range"),
    ("The truce lasted from 28 December 2024 to 3 January 2025.",
     "from 28 December 2024 to 3 January 2025", "2024-12-28 2025-01-03 range"),
    ("Exports fell between 2015 and 2019.", "between 2015 and 2019", "2015-01-01 2019-12-31 range"),
    ("The games were held on August 7-8, 2024.", "August 7-8, 2024", "2024-08-07 2024-08-08 range"),
    # vague spans
    ("He spoke of the escalation last autumn.", "last autumn", "2024-09-22 2024-12-20 season"),
    ("Missiles were used in the autumn of 2020.", "the autumn of 2020", "2020-09-22 2020-12-20 season"),
    ("Fighting broke out in late September 2020.", "late September 2020", "2020-09-21 2020-09-30 range"),
    ("Hostilities resumed at the end of September 2020.",
     "the end of September 2020", "2020-09-21 2020-09-30 range"),
    ("Work began in early March.", "early March", "2025-03-01 2025-03-10 range"),
    ("Growth slowed in mid-2023.", "mid-2023", "2023-05-01 2023-08-31 range"),
    ("The general spoke in November 2020.", "November 2020", "2020-11-01 2020-11-30 month"),
    ("Work began in March.", "March", "2025-03-01 2025-03-31 month"),
    ("Prices rose last year.", "last year", "2024-01-01 2024-12-31 year"),
    ("Fighting resumed last week.", "last week", "2025-11-03 2025-11-09 week"),
    ("The town was shelled two days ago.", "two days ago", "2025-11-13 2025-11-13 day"),
    ("The dam burst three months ago.", "three months ago", "2025-08-01 2025-08-31 month"),
    ("The minister arrived yesterday.", "yesterday", "2025-11-14 2025-11-14 day"),
    ("The minister will travel to Kyiv tomorrow.", "tomorrow", "2025-11-16 2025-11-16 day"),
    ("Earlier this year, the port was bombed.", "Earlier this year", "2025-01-01 2025-11-15 range"),
    ("This year, exports collapsed.", "This year", "2025-01-01 2025-12-31 year"),
    ("Rents went up last month.", "last month", "2025-10-01 2025-10-31 month"),
    ("Protests took place this weekend.", "this weekend", "2025-11-15 2025-11-16 range"),
    ("Fires ravaged the region this summer.", "this summer", "2025-06-21 2025-09-21 season"),
    ("The harvest took place in spring 2021.", "spring 2021", "2021-03-20 2021-06-20 season"),
    ("Sales collapsed in late 2020.", "late 2020", "2020-09-01 2020-12-31 range"),
    ("He arrived last April.", "last April", "2025-04-01 2025-04-30 month"),
    ("He moved to France in 1998.", "1998", "1998-01-01 1998-12-31 year"),
    ("The city has been occupied since 2014.", "2014", "2014-01-01 2014-12-31 year"),
    ("On 3 March 2024 a strike hit the port. The next day, another followed.",
     "The next day", "2024-03-04 2024-03-04 day"),
    ("The troops will leave in two weeks.", "in two weeks", "2025-11-29 2025-11-29 day"),
    ("The ceasefire was agreed this morning.", "this morning", "2025-11-15 2025-11-15 day"),
    ("On 13 October 2020 a truck was seized. The theft had happened a week earlier.", "a week earlier",
     "2020-10-06 2020-10-06 day"),
    ("On 3 March 2019 a strike hit the port. That year, the war resumed.", "That year",
     "2019-01-01 2019-12-31 year"),
    ("He moved to Paris in the 1960s.", "the 1960s", "1960-01-01 1969-12-31 range"),
    ("The network dates from the 19th century.", "the 19th century", "1800-01-01 1899-12-31 range"),
    # holidays
    ("He came home at Christmas.", "Christmas", "2024-12-25 2024-12-25 day"),
    ("Pilgrims gathered on Easter Monday 2021.", "Easter Monday 2021", "2021-04-05 2021-04-05 day"),
]


@pytest.mark.parametrize(("sentence", "words", "expected"), CASES)
def test_english_expression(sentence: str, words: str, expected: str) -> None:
    check_time(sentence, words, expected, "en", PUB)


NOT_DATES = [
    "The war lasted for 44 days.",
    "The 44-day war killed thousands.",
    "A hit from the 80s played on the radio.",
    "He ran the 100 metres in 30.4 seconds.",
    "He was held for 24 hours.",
    "Nearly 2000 people marched.",
    "More than 1500 soldiers were deployed.",
    "They may 5 times refuse the offer.",
    "He finished 1st in the race.",
    "The convoy had 12 trucks and 2025 soldiers.",
    "Christmas Jones was elected mayor.",
    "A 72-hour truce was proposed.",
    "Protesters march 5 miles to the square.",
    "UN resolution 1701 was adopted.",
]


@pytest.mark.parametrize("sentence", NOT_DATES)
def test_english_non_dates(sentence: str) -> None:
    assert [v.text for v in find_times(sentence, "en", PUB)] == []


def test_english_coordination() -> None:
    assert coordinated_days("On 8 and 18 August 2025, drones hit the depot.", "en", PUB) == [
        ("8", "2025-08-08"), ("18 August 2025", "2025-08-18")]


def test_english_month_first_coordination() -> None:
    values = find_times("On August 8 and 18, 2025, drones hit the depot.", "en", PUB)
    assert [v.start.isoformat() for v in values] == ["2025-08-08", "2025-08-18"]


def test_english_stage_on_parse(nlp_en) -> None:  # type: ignore[no-untyped-def]
    text = "Russia will hold talks on November 20. A drone hit the depot on November 12 at 3:30 pm."
    article = run_when(nlp_en, text, "en", PUB)
    got = [(m.text, m.value.start.isoformat(), m.value.time) for m in article.of_kind("time")]  # type: ignore[union-attr]
    assert got == [("November 20", "2025-11-20", None), ("November 12", "2025-11-12", "15:30"),
                   ("3:30 pm", "2025-11-12", "15:30")]
