"""Incidents of an article whose publication is known only as a range: the newest reference gives
a lower bound ("depuis avril 2023": the publication is after it) and the reading day the upper one.

Why keep them: the relative days ("hier soir", "ce mardi", "this weekend") cannot be read from a
range, but a raid with its own place and attackers, or its own toll, is still a report of an
incident; dropping it because the article's date is weak loses the incident altogether. It keeps
what can be said: the publication's interval, precision "range", inferred. An act with nothing of
its own (no place, no participant, no toll) stays out, as for news dated by an inferred
publication (`weak_undated`).

An article with no publication date at all (no year anywhere: "mardi soir", "last night") keeps,
when ``settings.UNDATED_LOOKBACK_DAYS`` is set (0, the default, keeps none),
an act with its own place and its own participant or toll, dated by the widest honest interval:
the ``settings.UNDATED_LOOKBACK_DAYS`` before the reading day, precision "range", inferred
(`undated_interval`). Dropping it lost the incident for good whenever no other source in the
store dates the page (newsevents/anchoring.py still re-dates the page when one does, and the
merger joins such a range to nothing by place alone: resolve/match.py wants a few days for that).
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from newsevents import settings
from newsevents.model import Article, When
from newsevents.read.published import WEAK_BASIS


def weak_undated(article: Article, d: Any) -> bool:
    """With the publication date itself inferred, an incident with no date of its own and no
    place or participant of its own either has nothing that makes it one (common rule: "an
    incident with no date, place or participant of its own is not one")."""
    return bool(article.published and article.published.inferred) and d.place is None and not d.actors


def publication_interval(article: Article) -> When | None:
    """The publication's interval when it is a range with a last day, else None. Not when the
    reader calls its floor a guess (`WEAK_BASIS`: "In March" after "1 February 2021" is March of
    some year from 2021 on): an incident starting in that month would be the confident wrong
    placement the range avoids (tests/test_published_bare_month.py)."""
    pub = article.published
    if pub is None or pub.dates_news or pub.end is None or WEAK_BASIS in (pub.basis or ""):
        return None
    return When(pub.date, pub.end, "range", None, None, True)


def undated_interval(today: date | None = None) -> When:
    """The days an article with no publication date may tell: the reading day and the
    ``settings.UNDATED_LOOKBACK_DAYS`` before it, as an inferred range (never a day)."""
    end = today or date.today()
    return When(end - timedelta(days=settings.UNDATED_LOOKBACK_DAYS), end, "range", None, None, True)


def kept_undated(article: Article, d: Any) -> bool:
    """A violent act of an article published in a range (`publication_interval`) that is an
    incident of its own: a place, a participant or a toll of its own, not recalled as background.
    With no publication date at all, the act needs both its place and a participant or toll of
    its own: it is dated only by `undated_interval`, so the rest must make it one incident."""
    if not d.violent or d.background or d.generic:
        return False
    told = bool(d.actors) or d.fatalities is not None or d.injured is not None
    if article.published is None:
        return settings.UNDATED_LOOKBACK_DAYS > 0 and d.place is not None and told
    return publication_interval(article) is not None and (d.place is not None or told)


def interval_for(article: Article) -> When | None:
    """The interval dating an act `kept_undated` keeps: the publication's range, or for an
    article with no publication date the wide `undated_interval`."""
    return undated_interval() if article.published is None else publication_interval(article)


def wide_range(date_json: dict[str, Any] | None) -> bool:
    """Whether a stored event's date (its JSON) is a wide inferred range: the `undated_interval`
    of a page with no publication date (longer than a year, so no range the text states)."""
    if not date_json or date_json.get("precision") != "range" or not date_json.get("inferred"):
        return False
    days = (date.fromisoformat(str(date_json["end"])[:10]) - date.fromisoformat(str(date_json["start"])[:10]))
    return days.days > 366


def drop_wide_ranges(article: Article) -> Article:
    """The page without its incidents dated only by `undated_interval`: used when other stored
    reports tell them on several days (newsevents/anchoring.py cannot choose one). The incident
    is then in the register through those reports, and the page's wide copy would stand as one
    more incident beside them."""
    if article.published is None:
        article.events = [e for e in article.events if not wide_range(e.date.to_json() if e.date else None)]
    return article
