"""The night before publication is one night for every outlet (temporal/resolve.py, time.yaml
``night_days``).

A morning wire's "overnight" or "la nuit dernière" and another outlet's "early Thursday", "jeudi
à l'aube" or a pre-dawn clock tell one strike: the night is read as the two days around midnight
(as "dans la nuit" already was), so the two reports' dates overlap and they merge. A clock of the
daytime on either of its days is another scene. Texts written here from the general pattern.
"""

from __future__ import annotations

from datetime import date

import pytest
from helpers import write_articles

from newsevents.ingest import ingest
from newsevents.store import Store
from newsevents.temporal import calendar as cal

PUBLISHED = "2025-02-13"  # a Thursday

# two outlets, one night: (language, text) of each
PAIRS = [
    (("en", "KYIV (Reuters) - Russian drones struck Odesa overnight, killing two people and damaging a "
            "power substation, the regional governor said."),
     ("en", "A Russian drone attack on the port city of Odesa early Thursday killed two people and damaged "
            "a power substation, officials said.")),
    (("fr", "Des drones russes ont frappé Kharkiv la nuit dernière, tuant trois personnes, selon le maire "
            "de la ville."),
     ("en", "Russian drones hit Kharkiv at around 2:30 a.m. on Thursday, killing three people, the city's "
            "mayor said.")),
    (("en", "Israeli air strikes hit the southern Lebanese town of Nabatieh last night, killing four people, "
            "the health ministry said."),
     ("fr", "Des frappes israéliennes ont tué quatre personnes jeudi à l'aube à Nabatiyé, dans le sud du "
            "Liban, selon le ministère de la Santé.")),
]


@pytest.mark.parametrize(("first", "second"), PAIRS)
def test_two_outlets_telling_one_night_give_one_incident(tmp_path, pipe, first, second) -> None:
    docs = [{"id": f"outlet-{n}", "published": PUBLISHED, "language": lang, "text": text}
            for n, (lang, text) in enumerate((first, second))]
    with Store.open(str(tmp_path / "x.db")) as store:
        ingest(write_articles(tmp_path, docs), store, pipeline=pipe)
        events = store.events()
        assert len(events) == 1, [(e["type"], e["date"]) for e in events]
        assert len(events[0]["sources"]) == 2
        assert events[0]["date"]["start"] <= PUBLISHED <= events[0]["date"]["end"]


def test_a_daytime_strike_after_the_night_stays_apart(analyse) -> None:
    """"Overnight" drones and a strike "at around 3pm" the day of publication: two incidents, though
    the night's two days hold that day."""
    article = analyse("Russian missiles struck the centre of Sumy at around 3pm, killing five people, the "
                      "governor said. Separately, the air force said 40 drones were launched at Ukraine "
                      "overnight; air defences shot down 35 of them.", "en", published=PUBLISHED)
    days = sorted((e.date.start.isoformat(), e.date.end.isoformat()) for e in article.events if e.date)
    assert ("2025-02-12", "2025-02-13") in days and ("2025-02-13", "2025-02-13") in days, days


NIGHT = (date(2025, 2, 12), date(2025, 2, 13))
CLOCKS = [
    (date(2025, 2, 13), "15:00", True),   # the afternoon after the night
    (date(2025, 2, 13), "03:40", False),  # before dawn: the night itself
    (date(2025, 2, 12), "22:30", False),  # the evening that opens it
    (date(2025, 2, 12), "11:00", True),   # the morning before it
    (date(2025, 2, 13), None, False),     # no clock: nothing tells them apart
]


@pytest.mark.parametrize(("day", "time", "outside"), CLOCKS)
def test_a_clock_is_inside_or_outside_the_night(day, time, outside) -> None:
    assert cal.clocked_outside_night(*NIGHT, day, day, time) is outside
