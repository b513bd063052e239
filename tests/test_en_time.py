"""English temporal expressions: the patterns tests/test_time_fr.py covers that test_time_en.py did not.

Each row is an English sentence written from a pattern of the French table (the day before, N
days later, that day, a part of the day alone, the end of the year, a holiday with its year,
two-digit years after a cue, three coordinated days...), plus the stage-level checks the French
file makes on a parse (future tense, the nearest date governing a trigger, the present, verbless
headlines, clock times as mentions of their own).

Publication date of every case: Saturday 15 November 2025 (unless the case says otherwise).
"""

from __future__ import annotations

from datetime import date

import pytest
from helpers import check_time, run_when

from newsevents.temporal import find_times

PUB = date(2025, 11, 15)

# English puts "last year" after a date ("8 March last year": the year before publication); the
# grammar's directions after a date mean "the last such day" (French "le 8 mars dernier"), so
# this needs a year offset in newsevents/temporal/parse.py, not data. Left failing on purpose.
YEAR_OFFSET = pytest.mark.xfail(strict=True, reason="a year offset after a date ('last year') is not "
                                "in the temporal grammar yet (parse.py)")

# (sentence, expected mention text, "start end precision [HH:MM]")
CASES = [
    # calendar dates with their weekday, abbreviations, years of a past century
    ("The concert took place on Thursday 7 October 1999.", "Thursday 7 October 1999",
     "1999-10-07 1999-10-07 day"),
    ("She was born on 3 February 1998 in Leeds.", "3 February 1998", "1998-02-03 1998-02-03 day"),
    ("An agreement was signed on 14 Feb. 2023 in Geneva.", "14 Feb. 2023", "2023-02-14 2023-02-14 day"),
    ("On Tuesday, November 11, the minister spoke.", "Tuesday, November 11", "2025-11-11 2025-11-11 day"),
    # partial dates: never after publication unless the future is said, "last"/"next" with a date
    pytest.param("On 8 March last year, a protest took place.", "8 March last year",
                 "2024-03-08 2024-03-08 day", marks=YEAR_OFFSET),
    ("The summit will open next September.", "next September", "2026-09-01 2026-09-30 month"),
    pytest.param("He arrived in April last year.", "April last year", "2024-04-01 2024-04-30 month",
                 marks=YEAR_OFFSET),
    # the governing year across sentences and lines
    ("In 2019, the factory closed.\nOn 3 March, a strike began.", "3 March", "2025-03-03 2025-03-03 day"),
    # clock times written the English ways, and with a date that follows
    ("Fighting resumed at around 3:30 a.m. on November 12.", "November 12",
     "2025-11-12 2025-11-12 day 03:30"),
    ("Fighting resumed at around 3:30 a.m. on November 12.", "3:30 a.m.", "2025-11-12 2025-11-12 day 03:30"),
    ("The explosion happened at 7 a.m. on Tuesday.", "Tuesday", "2025-11-11 2025-11-11 day 07:00"),
    ("He was arrested yesterday at 10:15 pm.", "10:15 pm", "2025-11-14 2025-11-14 day 22:15"),
    ("The session will take place on Thursday, November 20, from 7:30 pm to 8:30 pm.",
     "7:30 pm", "2025-11-20 2025-11-20 day 19:30"),
    ("The siren sounded at around 14:30.", "14:30", "2025-11-15 2025-11-15 day 14:30"),
    ("Firing began at noon.", "noon", "2025-11-15 2025-11-15 day 12:00"),
    # weekdays and parts of the day
    ("This Monday, the minister resigned.", "This Monday", "2025-11-10 2025-11-10 day"),
    ("Strikes resumed on Wednesday evening.", "Wednesday evening", "2025-11-12 2025-11-12 day"),
    ("The deal was reached on the night of November 10.", "the night of November 10",
     "2025-11-10 2025-11-10 day"),
    ("Overnight into Saturday, drones struck the port.", "Saturday", "2025-11-15 2025-11-15 day"),
    # ranges
    ("The truce lasted from December 28 to January 3.", "from December 28 to January 3",
     "2024-12-28 2025-01-03 range"),
    ("Registration was open from May 1 to May 5.", "from May 1 to May 5", "2025-05-01 2025-05-05 range"),
    ("Talks were held between March 10 and 12.", "between March 10 and 12", "2025-03-10 2025-03-12 range"),
    # vague spans
    ("Fighting broke out at the end of September 2020.", "the end of September 2020",
     "2020-09-21 2020-09-30 range"),
    ("Work will be finished by the end of the year.", "the end of the year", "2025-09-01 2025-12-31 range"),
    ("Shelling resumed last winter.", "last winter", "2024-12-21 2025-03-19 season"),
    ("He was elected last year.", "last year", "2024-01-01 2024-12-31 year"),
    ("The village was evacuated a week ago.", "a week ago", "2025-11-08 2025-11-08 day"),
    ("The convoy was attacked the day before yesterday.", "the day before yesterday",
     "2025-11-13 2025-11-13 day"),
    ("On 3 March 2024, the treaty was signed. The day before, the delegations had arrived.",
     "The day before", "2024-03-02 2024-03-02 day"),
    ("On 13 October 2020 a truck was seized. A week earlier, a theft. Two days later, a confession.",
     "Two days later", "2020-10-15 2020-10-15 day"),
    ("On 3 March 2019 a strike hit the port. That day, it was raining.", "That day",
     "2019-03-03 2019-03-03 day"),
    # a part of the day alone is a part of the day last named
    ("On 24 March 2002, she went out. During the night, she was attacked.", "the night",
     "2002-03-24 2002-03-24 day"),
    # decades, centuries, two-digit years after a cue
    ("Ductile iron has been used since the 1960s.", "the 1960s", "1960-01-01 1969-12-31 range"),
    ("The network dates from the late 19th century.", "the late 19th century", "1866-09-02 1899-12-31 range"),
    # holidays with their year
    ("The cemetery was desecrated on New Year's Day 2019.", "New Year's Day 2019",
     "2019-01-01 2019-01-01 day"),
    ("Pilgrims gathered on Good Friday 2021.", "Good Friday 2021", "2021-04-02 2021-04-02 day"),
    ("Shops closed on Christmas Eve.", "Christmas Eve", "2024-12-24 2024-12-24 day"),
]


@pytest.mark.parametrize(("sentence", "words", "expected"), CASES)
def test_english_expression(sentence: str, words: str, expected: str) -> None:
    check_time(sentence, words, expected, "en", PUB)


# durations, counts and other numbers that must not become dates (the French table's patterns)
NOT_DATES = [
    "The 1st crossed the line first.",
    "He has lived in France for ten years.",
    "A 72-hour ceasefire was proposed.",
    "The toll stands at 1999 dead according to police.",
    "A crater 3 metres wide appeared 35 paces from the building.",
    "The Good Friday Agreement remains fragile.",
    "An end-of-year party brought the councillors together.",
    "The 2,500 soldiers were deployed along the border.",
    "Flight 1701 landed safely.",
    "He spent 48 hours in custody.",
]


@pytest.mark.parametrize("sentence", NOT_DATES)
def test_english_non_dates(sentence: str) -> None:
    assert [v.text for v in find_times(sentence, "en", PUB)] == []


def test_coordination_of_three_days() -> None:
    values = find_times("The strikes of 3, 4 and 5 May 2024 paralysed the country.", "en", PUB)
    assert [v.start.isoformat() for v in values] == ["2024-05-03", "2024-05-04", "2024-05-05"]


def test_mentions_are_sorted_and_tight() -> None:
    text = "On 2 January 2024, then on 10 March 2022 and finally yesterday, strikes took place."
    values = find_times(text, "en", PUB)
    spans = [v.span for v in values]
    assert spans == sorted(spans)
    assert [text[s:e] for s, e in spans] == ["2 January 2024", "10 March 2022", "yesterday"]


def test_without_publication_date_only_absolute_values() -> None:
    values = find_times("On 2 January 2024, then yesterday and on Tuesday, strikes.", "en", None)
    assert [v.text for v in values] == ["2 January 2024"]


def test_stage_mentions_use_original_offsets(nlp_en) -> None:  # type: ignore[no-untyped-def]
    text = "In the autumn of 2020, “the war” resumed; on November 14 at about 1 a.m., a missile fell."
    article = run_when(nlp_en, text, "en", PUB)
    times = article.of_kind("time")
    assert [m.text for m in times] == ["the autumn of 2020", "November 14", "1 a.m."]
    for m in times:
        assert text[m.span[0]:m.span[1]] == m.text
    # the explicit year of the same sentence governs the partial date
    assert (times[1].value.start.isoformat(), times[1].value.time) == ("2020-11-14", "01:00")  # type: ignore[union-attr]


def test_stage_reads_future_tense_from_the_parse(nlp_en) -> None:  # type: ignore[no-untyped-def]
    article = run_when(nlp_en, "The president will visit the plant on November 20.", "en", PUB)
    assert [m.value.start.isoformat() for m in article.of_kind("time")] == ["2025-11-20"]  # type: ignore[union-attr]
    article = run_when(nlp_en, "The president visited the plant on November 20.", "en", PUB)
    assert [m.value.start.isoformat() for m in article.of_kind("time")] == ["2024-11-20"]  # type: ignore[union-attr]


def test_nearest_time_governs_a_trigger(nlp_en) -> None:  # type: ignore[no-untyped-def]
    from newsevents.extract.when import nearest_time, time_mentions_between

    text = "On 2 January 2024, a strike hit the town. On 5 March 2024, a drone was shot down."
    article = run_when(nlp_en, text, "en", PUB)
    drone = text.index("drone")
    sentence = next(i for i, s in enumerate(article.doc.sents) if s.start_char <= drone < s.end_char)
    got = nearest_time(article, drone, sentence)
    assert got is not None and got.text == "5 March 2024"
    assert [m.text for m in time_mentions_between(article, 0, text.index("."))] == ["2 January 2024"]


def test_nearest_time_prefers_a_calendar_date_to_the_present(nlp_en) -> None:  # type: ignore[no-untyped-def]
    from newsevents.extract.when import is_present_reference, nearest_time

    text = "On 5 March 2024, a depot was hit and the fire is currently under control."
    article = run_when(nlp_en, text, "en", PUB)
    present = [m for m in article.of_kind("time") if is_present_reference(article, m)]
    assert [m.text for m in present] == ["currently"]
    got = nearest_time(article, text.index("control"), present[0].sentence)
    assert got is not None and got.text == "5 March 2024"


# a weekday in a headline without a verb: English headlines tell the past in the present or with
# no verb ("Strikes on Kyiv Tuesday"), so lang/en/time.yaml reads them as the last such day
# (present_weekday: past), where French takes the nearest; with a verb in the past, the last one
VERBLESS = [
    ("Strikes on Kyiv Tuesday.", "Tuesday", "2025-11-11"),
    ("Strikes on the port Friday night.", "Friday night", "2025-11-14"),
    ("The minister spoke on Tuesday before parliament.", "Tuesday", "2025-11-11"),
]


@pytest.mark.parametrize(("text", "words", "day"), VERBLESS)
def test_weekday_of_a_verbless_headline_is_the_nearest(nlp_en, text: str, words: str,  # type: ignore[no-untyped-def]
                                                       day: str) -> None:
    article = run_when(nlp_en, text, "en", date(2025, 11, 16))
    got = {m.text: m.value.start.isoformat() for m in article.of_kind("time")}  # type: ignore[union-attr]
    assert got.get(words) == day, got


def test_clock_times_are_mentions_of_their_own_in_the_stage(nlp_en) -> None:  # type: ignore[no-untyped-def]
    text = "The meeting will take place on Thursday, November 20, from 7:30 pm to 8:30 pm, at the town hall."
    article = run_when(nlp_en, text, "en", PUB)
    got = [(m.text, m.value.start.isoformat(), m.value.time) for m in article.of_kind("time")]  # type: ignore[union-attr]
    assert got == [("Thursday, November 20", "2025-11-20", "19:30"), ("7:30 pm", "2025-11-20", "19:30"),
                   ("8:30 pm", "2025-11-20", "20:30")]
