"""Calendar arithmetic: every temporal value becomes an inclusive interval of days.

Why intervals of days and not datetimes: analysts filter and compare incidents by day, and a
partial value ("mars 2022", "l'automne 2020") is honestly a set of days, not a point. Clock times
are carried next to the interval (``When.time``), never folded into it.

Seasons are astronomical, northern hemisphere, fixed to the usual dates (SCHEMA.md:
"l'automne 2020" -> 2020-09-22/2020-12-20); winter Y starts in December of Y.
Thirds of a month/year ("début", "mi-", "fin") are the tuned cut points below.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

Interval = tuple[date, date]

# (start month, start day), (end month, end day); winter crosses the year boundary
SEASONS: dict[str, tuple[tuple[int, int], tuple[int, int]]] = {
    "spring": ((3, 20), (6, 20)),
    "summer": ((6, 21), (9, 21)),
    "autumn": ((9, 22), (12, 20)),
    "winter": ((12, 21), (3, 19)),
}
SEASON_ORDER = ("winter", "spring", "summer", "autumn")

# "début/mi-/fin <mois>": days 1-10, 11-20, 21-end ("fin septembre 2020" -> 21..30, the reading
# of the French press and of the seed gold); for a year: Jan-Apr, May-Aug, Sep-Dec.
MONTH_THIRDS = {"early": (1, 10), "mid": (11, 20), "late": (21, 31)}
YEAR_THIRDS = {"early": (1, 4), "mid": (5, 8), "late": (9, 12)}

MIN_YEAR, MAX_YEAR = 1, 9998


def last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def safe_date(year: int, month: int, day: int) -> date | None:
    """A date, or None when the triple is not a calendar day (31 février)."""
    if not (MIN_YEAR <= year <= MAX_YEAR and 1 <= month <= 12 and 1 <= day <= last_day(year, month)):
        return None
    return date(year, month, day)


def day(d: date) -> Interval:
    return (d, d)


def month(year: int, m: int) -> Interval:
    return (date(year, m, 1), date(year, m, last_day(year, m)))


def year(y: int) -> Interval:
    return (date(y, 1, 1), date(y, 12, 31))


def season(y: int, name: str) -> Interval:
    (sm, sd), (em, ed) = SEASONS[name]
    end_year = y + 1 if em < sm else y
    return (date(y, sm, sd), date(end_year, em, ed))


def season_of(d: date) -> tuple[int, str]:
    """The (year, season) a day falls in; January-March winter belongs to the previous year."""
    for name in ("spring", "summer", "autumn"):
        s, e = season(d.year, name)
        if s <= d <= e:
            return d.year, name
    return (d.year if d.month == 12 else d.year - 1), "winter"


def iso_week(d: date) -> Interval:
    monday = d - timedelta(days=d.weekday())
    return (monday, monday + timedelta(days=6))


def iso_week_of(y: int, w: int) -> Interval:
    monday = date.fromisocalendar(y, w, 1)
    return (monday, monday + timedelta(days=6))


def weekend_of(d: date) -> Interval:
    """The Saturday-Sunday of d's ISO week."""
    monday = d - timedelta(days=d.weekday())
    return (monday + timedelta(days=5), monday + timedelta(days=6))


def add_months(d: date, n: int) -> date:
    total = d.year * 12 + (d.month - 1) + n
    y, m = divmod(total, 12)
    return date(y, m + 1, min(d.day, last_day(y, m + 1)))


def thirds_of_month(y: int, m: int, part: str) -> Interval:
    a, b = MONTH_THIRDS[part]
    return (date(y, m, a), date(y, m, min(b, last_day(y, m))))


def thirds_of_year(y: int, part: str) -> Interval:
    a, b = YEAR_THIRDS[part]
    return (date(y, a, 1), date(y, b, last_day(y, b)))


def thirds_of(interval: Interval, part: str) -> Interval:
    """The early/mid/late third of any interval (weeks, seasons): used when no table applies."""
    start, end = interval
    length = (end - start).days + 1
    third = max(1, length // 3)
    if part == "early":
        return (start, start + timedelta(days=third - 1))
    if part == "late":
        return (end - timedelta(days=third - 1), end)
    return (start + timedelta(days=third), end - timedelta(days=third))


def easter(y: int) -> date:
    """Gregorian Easter Sunday (anonymous Gregorian algorithm, Meeus/Jones/Butcher)."""
    a, b, c = y % 19, y // 100, y % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month_, day_ = divmod(h + l_ - 7 * m + 114, 31)
    return date(y, month_, day_ + 1)


def holiday(y: int, rule: str) -> date | None:
    """A holiday's date in year y from its rule: "12-25" (fixed) or "easter+49" (movable)."""
    if rule.startswith("easter"):
        offset = int(rule[6:] or 0)
        return easter(y) + timedelta(days=offset)
    m, d = (int(x) for x in rule.split("-"))
    return safe_date(y, m, d)


def weekday_on_or_before(ref: date, weekday: int) -> date:
    return ref - timedelta(days=(ref.weekday() - weekday) % 7)


def weekday_on_or_after(ref: date, weekday: int) -> date:
    return ref + timedelta(days=(weekday - ref.weekday()) % 7)


def shift(ref: date, unit: str, n: int) -> date:
    """ref moved by n units (day, week, month, year)."""
    if unit == "day":
        return ref + timedelta(days=n)
    if unit == "week":
        return ref + timedelta(days=7 * n)
    if unit == "month":
        return add_months(ref, n)
    if unit == "year":
        return add_months(ref, 12 * n)
    raise ValueError(f"unknown unit {unit!r}")


def unit_interval(ref: date, unit: str) -> Interval:
    """The calendar unit (day, week, weekend, month, season, year) containing ref."""
    if unit == "day":
        return day(ref)
    if unit == "week":
        return iso_week(ref)
    if unit == "weekend":
        return weekend_of(ref)
    if unit == "month":
        return month(ref.year, ref.month)
    if unit == "season":
        y, name = season_of(ref)
        return season(y, name)
    if unit == "year":
        return year(ref.year)
    raise ValueError(f"unknown unit {unit!r}")


def timex_interval(value: str) -> Interval | None:
    """A TimeML TIMEX3 value as an interval: 1999-05-18, 1999-05, 1999, 1999-W21, 1999-FA, with
    an optional time part (1999-05-18T22:00, 1999-05-18TEV); None for PRESENT_REF, decades, XX."""
    core = value.split("T", 1)[0]
    parts = core.split("-")
    try:
        y = int(parts[0])
    except ValueError:
        return None
    if len(parts[0]) != 4:
        return None
    if len(parts) == 1:
        return year(y)
    tag = parts[1]
    if tag.isdigit():
        m = int(tag)
        if len(parts) == 2:
            return month(y, m)
        if parts[2].isdigit():
            d = safe_date(y, m, int(parts[2]))
            return day(d) if d else None
        return None
    if tag.startswith("W") and tag[1:].isdigit():
        if len(parts) == 3 and parts[2] == "WE":
            monday = iso_week_of(y, int(tag[1:]))[0]
            return weekend_of(monday)
        return iso_week_of(y, int(tag[1:]))
    timex_seasons = {"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}
    if tag in timex_seasons:
        return season(y, timex_seasons[tag])
    return None


# A night read as the two days around it ("overnight", "cette nuit", "la nuit de mardi à mercredi")
# holds the clock times from the evening of its first day to the morning of its second; a time
# outside these hours on either day ("at around 3pm") is another scene of that day.
NIGHT_FROM = "18:00"
NIGHT_UNTIL = "09:00"
# days a night spans past its first: an interval this short is one day or one night, no period
NIGHT_DAYS = 1


def day_or_night(start: date, end: date) -> bool:
    """The interval is one day or one night ("dans la nuit de lundi à mardi", "overnight"): the time
    of one act or one wave, not of a series."""
    return (end - start).days <= NIGHT_DAYS


def clocked_outside_night(night_start: date, night_end: date, day: date, day_end: date,
                          time: str | None) -> bool:
    """A single day with a clock time falls outside the night [night_start, night_end] (two days):
    a strike "at around 3pm" on the morning after "overnight" drone attacks is not that night's."""
    if time is None or day != day_end or (night_end - night_start).days != NIGHT_DAYS:
        return False
    if day == night_end:
        return time >= NIGHT_UNTIL
    if day == night_start:
        return time < NIGHT_FROM
    return False
