"""Publication evidence outside the article's narrative: the page address and its stated lines.

Why: a third of real news reaches us without a publication date, and without one every
"vendredi", "hier" or "on Sunday" in it is lost. Before reading the story itself
(read/published.py), two signals say the date outright:

- the URL: news sites put the posting date in their paths ("/2025/08/14/", "/2025-04-13/",
  "/20250413/", "-20230807_", "/2022/0325/", US "/04/01/2024/"); a year and month alone
  ("/2025/08/") bound the month;
- a stated line in the text: "Publié le 3 mai 2024", "Mise à jour : 19-08-2025", "Published April
  06, 2025 | 04:10 PM" (the cue words are language data, ``publication_cues`` in time.yaml), or a
  wire dateline ("BAKOU, 6 avril 2021 (AFP) -").

URL formats are not language: they are read here. A date out of the plausible range (before
``EARLIEST_URL_YEAR`` or after today) is an id, not a date.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from functools import cache

from newsevents.read.datelines import dated_dateline
from newsevents.temporal.calendar import safe_date
from newsevents.temporal.lexicon import lexicon
from newsevents.temporal.parse import Expr

# the web news archive starts in the mid-1990s: an 8-digit id starting 19xx before it is no date
EARLIEST_URL_YEAR = 1995
# a stated publication line carries its date right after the cue ("Publié le", "Updated:")
CUE_REACH_CHARS = 60

_SEP = r"[/_\-.]"
# (regex, group order) for a full day; the year always has four digits and is bounded by non-digits
_URL_DAY = [
    (re.compile(rf"(?<!\d)(?P<y>(?:19|20)\d\d){_SEP}(?P<m>[01]\d){_SEP}(?P<d>[0-3]\d)(?!\d)"), "ymd"),
    # 20250413, or a story id that starts with its posting day and a 4-digit serial (202505060204)
    (re.compile(r"(?<![\dA-Za-z])(?P<y>(?:19|20)\d\d)(?P<m>[01]\d)(?P<d>[0-3]\d)(?:\d{4})?(?!\d)"), "ymd"),
    (re.compile(r"/(?P<y>(?:19|20)\d\d)/(?P<m>[01]\d)(?P<d>[0-3]\d)/"), "ymd"),
    (re.compile(r"/(?P<m>[01]\d)/(?P<d>[0-3]\d)/(?P<y>(?:19|20)\d\d)/"), "mdy"),
]
_URL_MONTH = re.compile(r"/(?P<y>(?:19|20)\d\d)/(?P<m>[01]\d)/")
# a slug ending in day-month-year ("-12-03-2024"): European order when the day is over 12, US order
# when the month position is; both at most 12 is ambiguous and read as no date
_URL_DMY = re.compile(r"(?<![\d])(?P<a>[0-3]\d)-(?P<b>[01]\d)-(?P<y>(?:19|20)\d\d)(?!\d)")
# a numeric day with a two-digit year right after a publication cue ("Publié le 12/03/24 à 14h32",
# "Mis à jour le 12.03.24"): the time grammar reads four-digit years only (a bare "12.03.24" in
# prose may be a score or a reference); after the cue it is the page's date
_CUE_SHORT_DATE = re.compile(r"(?<![\d.,/])(?P<d>[0-3]?\d)[./](?P<m>[01]?\d)[./](?P<y>\d\d)(?![\d./])")


@dataclass(slots=True, frozen=True)
class UrlDate:
    """A date read from a URL: a day, or only a year and month (``day`` None)."""

    year: int
    month: int
    day: int | None
    text: str

    @property
    def as_date(self) -> date:
        return date(self.year, self.month, self.day or 1)


def url_date(url: str | None, today: date | None = None) -> UrlDate | None:
    """The posting date a URL carries, the most precise one; None when it carries none.

    Only the path and query are read (a host name such as "www.site2024.com" is no date); a date
    after ``today`` or before ``EARLIEST_URL_YEAR`` is an article id, not a date."""
    if not url:
        return None
    path = re.sub(r"^[a-z]+://[^/]+", "", url.strip(), flags=re.I)
    limit = today or date.today()
    for regex, _order in _URL_DAY:
        for m in regex.finditer(path):
            d = safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
            if d is not None and d.year >= EARLIEST_URL_YEAR and d <= limit:
                return UrlDate(d.year, d.month, d.day, m.group(0).strip("/_-."))
    for m in _URL_DMY.finditer(path):
        a, b = int(m["a"]), int(m["b"])
        if (a > 12) == (b > 12):
            continue  # both could be the month (or neither is): ambiguous
        day, month = (a, b) if a > 12 else (b, a)
        d = safe_date(int(m["y"]), month, day)
        if d is not None and d.year >= EARLIEST_URL_YEAR and d <= limit:
            return UrlDate(d.year, d.month, d.day, m.group(0))
    m = _URL_MONTH.search(path)
    if m:
        y, mo = int(m["y"]), int(m["m"])
        if 1 <= mo <= 12 and y >= EARLIEST_URL_YEAR and date(y, mo, 1) <= limit:
            return UrlDate(y, mo, None, m.group(0).strip("/"))
    return None


@cache
def _cue_regexes(language: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """The language's "published" and "updated" cues, each with a capital first letter."""
    cues = lexicon(language).extra.get("publication_cues") or {}

    def compiled(words: list[str]) -> re.Pattern[str] | None:
        if not words:
            return None
        forms = [f"(?-i:{re.escape(w[0].upper())}){re.escape(w[1:])}" for w in words]
        return re.compile(r"(?<!\w)(?:" + "|".join(forms) + r")(?!\w)", re.IGNORECASE)

    return compiled(cues.get("published") or []), compiled(cues.get("updated") or [])


def stated_publication(text: str, language: str, exprs: list[Expr]) -> Expr | None:
    """The fully dated expression a publication cue introduces ("Publié le 3 mai 2024", "Mise à
    jour : 19-08-2025", "Published April 06, 2025"): on the cue's line, within
    ``CUE_REACH_CHARS`` after it. A "published" cue wins over an "updated" one (the gold, like a
    reader, dates a page by its first posting); None when no cue introduces a full date."""
    found: list[tuple[int, Expr]] = []
    for rank, m, stop in _cue_lines(text, language):
        for e in exprs:
            # the expression may take the cue's own article ("Publié |le mardi 12 mars 2024|")
            if m.start() < e.span[0] < stop and e.span[1] > m.end() and e.kind == "date" \
                    and e.year is not None and e.month is not None and e.day is not None:
                found.append((rank, e))
                break
        else:
            short = _short_date(text, m.end(), stop)
            if short is not None:
                found.append((rank, short))
    filed = dated_dateline(text, exprs)
    if filed is not None and filed.year is not None:
        found.append((0, filed))
    return min(found, key=lambda x: (x[0], x[1].span))[1] if found else None


def publication_lines(text: str, language: str) -> list[tuple[int, int]]:
    """The spans of the page's publication lines: a publication or update cue to the end of its
    line, within ``CUE_REACH_CHARS`` ("Publié le 12/03/2024 à 14h32", "Updated Jul 4, 2025 3:45
    pm"). Their dates and times date the page, never its story (extract/when.py)."""
    return [(m.start(), stop) for _rank, m, stop in _cue_lines(text, language)]


def _cue_lines(text: str, language: str) -> Iterator[tuple[int, re.Match[str], int]]:
    """Each publication cue of the text (rank 0 "published", 1 "updated"), with where its line
    stops being read: the end of the line or ``CUE_REACH_CHARS`` after the cue."""
    for rank, regex in enumerate(_cue_regexes(language)):
        if regex is None:
            continue
        for m in regex.finditer(text):
            line_end = text.find("\n", m.end())
            yield rank, m, min(m.end() + CUE_REACH_CHARS, line_end if line_end >= 0 else len(text))


def _short_date(text: str, start: int, stop: int) -> Expr | None:
    """A day with a two-digit year between a publication cue and ``stop`` ("12/03/24"), as a
    dated expression; a year ahead of this one is of the last century."""
    m = _CUE_SHORT_DATE.search(text, start, stop)
    if m is None:
        return None
    year = 2000 + int(m["y"])
    if year > date.today().year:
        year -= 100
    if safe_date(year, int(m["m"]), int(m["d"])) is None:
        return None
    return Expr(span=m.span(), kind="date", year=year, month=int(m["m"]), day=int(m["d"]))
