"""Dating two undated reports of one incident together: a calendar constraint across pages.

Why: an agency copy says "dans la nuit de mardi à mercredi", another page of the same incident
says "dans la nuit du 9 au 10 septembre" and no year. Neither dates itself: a weekday moves with
publication, a yearless day may be any year's. Together they do: 9 September falls on a Tuesday
in 2025 (the most recent such year, as "mardi 15 novembre" is read in read/published.py), so the
incident is the night of 9-10 September 2025, the second page is published on or after the 10th,
and the first one on the first day after that night that its own words allow (a summons "vendredi"
after the incursion it answers: the 12th, not the 10th). An analyst reads the two pages so.

Precision first: only the night (or short range) of one page written as two weekdays, and of
another as two days of one month, of the same length, in pages naming a country and a town in
common (a capital that acts counts: "Varsovie a convoqué"); the
year is the most recent where the first day is that weekday (not after today, not before a year
either page writes); and the pair counts only if, extracted under those dates, the two pages
report an incident of one type, in one country, on overlapping days. Pages so dated carry
``JOINT_MARKER`` in their basis, with `inferred: true`; they are never re-examined (their words
fixed the day), and a later report cannot take the date back.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any

from newsevents.geo.index import haversine_km
from newsevents.model import Article, Published
from newsevents.pipeline import Failure
from newsevents.read.published import PIN_LOOKBACK_YEARS, infer_published, range_days, years_on
from newsevents.temporal import parse
from newsevents.temporal.parse import Expr

Record = dict[str, Any]

# the words every basis of a date fixed this way contains
JOINT_MARKER = "dated jointly with another undated report of the incident"
# the longest range read as one night or one incident's days ("du 9 au 10": 1 day)
MAX_RANGE_DAYS = 1
# the towns two pages of one incident both name are one (anchoring.ANCHOR_KM: a town or a suburb)
SHARED_TOWN_KM = 25.0
TOWN_PRECISIONS = frozenset({"site", "city"})
# a page written as weekdays is published within a week after the night it tells (a weekday
# further back would be read as the week before): the days tried, the earliest the words allow first
WEEKDAY_PAGE_DAYS = 7


@dataclass(slots=True)
class Joint:
    """One undated page and the days the other page of its incident tells it."""

    doc: Record
    told: dict[tuple[int, int], date]
    note: str
    other: str


@dataclass(slots=True)
class _Read:
    """What a page's time expressions offer: its short ranges written as two weekdays, those
    written as two yearless days, and the years it writes (parsed once per page)."""

    weekdays: list[Expr]
    yearless: list[Expr]
    years: list[int]


def _read(doc: Record) -> _Read:
    got = _Read([], [], [])
    for e in parse(doc.get("text") or "", doc.get("language") or "fr"):
        if e.year is not None and not e.long_span:
            got.years.append(e.year)
        length = range_days(e)
        if length is None or length > MAX_RANGE_DAYS or e.end is None:
            continue
        if e.weekday is not None and e.day is None:
            got.weekdays.append(e)
        elif e.year is None and e.end.year is None and e.weekday is None:
            got.yearless.append(e)
    return got


def _countries(doc: Record) -> set[str]:
    return {str(m["country"]) for m in doc.get("places") or [] if m.get("country")}


def _towns(doc: Record) -> list[tuple[float, float]]:
    return [(float(m["lat"]), float(m["lon"])) for m in doc.get("places") or []
            if m.get("precision") in TOWN_PRECISIONS and isinstance(m.get("lat"), int | float)
            and isinstance(m.get("lon"), int | float)]


def _share_a_town(a: Record, b: Record) -> bool:
    """The two pages name one town (or towns within ``SHARED_TOWN_KM``): two night strikes of one
    country told in pages naming different towns are two incidents."""
    return any(haversine_km(la, lo, lb, mb) <= SHARED_TOWN_KM for la, lo in _towns(a) for lb, mb in _towns(b))


def pairs(docs: list[Record], today: date,
          fresh: set[str] | None = None) -> list[tuple[Joint, Joint, date, int]]:
    """Undated pages told by weekdays and by yearless days whose ranges fit one year, one of them
    at least in ``fresh`` (None: any): the two Joints (the weekday page first), the first day of
    the range and its length in days. The other pages are read only when a fresh page has such a
    night and names a country they name (a run that brings none reads nothing more)."""
    new = [d for d in docs if fresh is None or str(d["id"]) in fresh]
    read = {str(d["id"]): _read(d) for d in new}
    nights = [d for d in new if read[str(d["id"])].weekdays or read[str(d["id"])].yearless]
    if not nights:
        return []
    countries = set().union(*(_countries(d) for d in nights))
    for d in docs:
        if str(d["id"]) not in read and _countries(d) & countries:
            read[str(d["id"])] = _read(d)
    told_by_weekdays = [d for d in docs if str(d["id"]) in read and read[str(d["id"])].weekdays]
    told_by_days = [d for d in docs if str(d["id"]) in read and read[str(d["id"])].yearless]
    out = []
    for w in told_by_weekdays:
        for y in told_by_days:
            if w is y or (fresh is not None and not {str(w["id"]), str(y["id"])} & fresh) \
                    or not _countries(w) & _countries(y) or not _share_a_town(w, y):
                continue
            found = _fit(w, y, read[str(w["id"])], read[str(y["id"])], today)
            if found is not None:
                out.append(found)
    return out


def _fit(w: Record, y: Record, w_read: _Read, y_read: _Read,
         today: date) -> tuple[Joint, Joint, date, int] | None:
    """The one year where the yearless ranges and the weekday ranges are the same days, if any."""
    weekdays, yearless = w_read.weekdays, y_read.yearless
    shapes = {(e.weekday, range_days(e)) for e in weekdays}
    days = {(e.month, e.day, range_days(e)) for e in yearless}
    if len(shapes) != 1 or len(days) != 1:
        return None  # two nights on one page: which is which is not for a calendar to say
    (weekday, length), = shapes
    (month, day, other_length), = days
    if length is None or length != other_length or weekday is None or month is None or day is None:
        return None
    written = w_read.years + y_read.years
    low = max(written) if written else today.year - PIN_LOOKBACK_YEARS
    years = years_on(month, day, {weekday}, low, today.year, today)
    if not years:
        return None
    first = date(years[0], month, day)
    y_text, w_text = str(y.get("text") or ""), str(w.get("text") or "")
    note = (f"{JOINT_MARKER}: {w_text[weekdays[0].span[0]:weekdays[0].span[1]]!r} ({w['id']}) is "
            f"{y_text[yearless[0].span[0]:yearless[0].span[1]]!r} ({y['id']}), "
            f"{years[0]} being the most recent year where that day is that weekday")
    return (Joint(w, {e.span: first for e in weekdays}, note, str(y["id"])),
            Joint(y, {e.span: first for e in yearless}, note, str(w["id"])), first, length)


def _published(joint: Joint, today: date) -> Published | None:
    doc = joint.doc
    got = infer_published(doc.get("text") or "", doc.get("language") or "fr", url=doc.get("url"),
                          today=today, told=joint.told)
    if got is None:
        return None
    return Published(got.date, got.precision, inferred=True, end=got.end,
                     basis=f"{got.basis}; {joint.note}")


def stored_article(doc: Record, published: Published | None) -> Article:
    """The stored document as a fresh article to extract, with that publication (or undated)."""
    language = doc.get("language")
    return Article(text=doc["text"], id=doc["id"], path=doc.get("path"), url=doc.get("url"),
                   title=doc.get("title"), language=None if language == "und" else language,
                   published=published, sha256=doc.get("sha256") or "")


def _incidents(article: Article) -> list[tuple[str, str | None, date, date]]:
    out = []
    for e in article.events:
        if e.date is None or e.background:
            continue
        country = e.location.country if e.location is not None else None
        out.append((e.type, country, e.date.start, e.date.end))
    return out


def _one_incident(a: Article, b: Article) -> bool:
    """An incident of one type, in one country (or one of them unplaced), on overlapping days."""
    return any(t1 == t2 and (c1 is None or c2 is None or c1 == c2) and s1 <= e2 and s2 <= e1
               for t1, c1, s1, e1 in _incidents(a) for t2, c2, s2, e2 in _incidents(b))


def _spread(article: Article) -> int:
    """Days between the first and the last news the page tells: its incidents, and a weekday it
    names before all of them ("convoqués vendredi" read as the Friday before the incursion they
    answer is a publication too early)."""
    news = [e.date.start for e in article.events if e.date is not None and not e.background]
    if not news:
        return 0
    published = article.published.date if article.published else max(news)
    readings = {e.span: e for e in parse(article.text, article.language or "fr")}
    for m in article.mentions:
        e = readings.get(m.span)
        start = getattr(m.value, "start", None)
        if m.kind == "time" and e is not None and e.bare_weekday and isinstance(start, date) \
                and start < min(news) and start <= published:
            news.append(start)
    return (max(news) - min(news)).days


def date_jointly(docs: list[Record], process: Callable[[Iterable[Article]], Iterator[Article | Failure]],
                 fresh: set[str] | None, today: date | None = None) -> list[Article]:
    """Date the pairs of undated pages (``docs``: see the module docstring) of which one at least
    was saved by this run (``fresh``; None: any); return the articles to save again, extracted
    under their new dates. ``process`` is the ingest's engine."""
    today = today or date.today()
    out: list[Article] = []
    done: set[str] = set()
    for weekday_page, yearless_page, first, length in pairs(docs, today, fresh):
        ids = {str(weekday_page.doc["id"]), str(yearless_page.doc["id"])}
        if ids & done or (fresh is not None and not ids & fresh):
            continue
        own, floor = _published(yearless_page, today), _published(weekday_page, today)
        if own is None or floor is None:
            continue
        # the weekday page: published within a week after the night, on the day its words allow
        # (a reporting weekday: "vendredi" after "la nuit de mardi à mercredi") with its news
        # closest together; the earliest among equals
        end = first + timedelta(days=length)
        days = [end + timedelta(days=k) for k in range(WEEKDAY_PAGE_DAYS)
                if end + timedelta(days=k) >= floor.date]
        tries = [stored_article(yearless_page.doc, own)] + [
            stored_article(weekday_page.doc, Published(d, "day", inferred=True, end=d,
                                                       basis=weekday_page.note)) for d in days]
        results = [r for r in process(tries) if not isinstance(r, Failure)]
        if len(results) != len(tries) or len(results) < 2:
            continue
        dated, weekday_articles = results[0], results[1:]
        fitting = [a for a in weekday_articles if _one_incident(a, dated)]
        if not fitting:
            continue
        best = min(fitting, key=lambda a: (_spread(a), a.published.date if a.published else end))
        if best.published is not None:
            best.published = replace(best.published, basis=f"{weekday_page.note}; published on the first "
                                     "day after that night its words allow, its news closest together")
        out += [dated, best]
        done |= ids
    return out


def pages(docs: Iterable[Record]) -> list[Record]:
    """The pages a joint dating may concern: those with no publication date at all."""
    return [d for d in docs if not d.get("published")]
