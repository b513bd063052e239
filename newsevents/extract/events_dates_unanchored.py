"""Incidents of an article whose publication is known only as a range: the newest reference gives
a lower bound ("depuis avril 2023": the publication is after it) and the reading day the upper one.

Why keep them: the relative days ("hier soir", "ce mardi", "this weekend") cannot be read from a
range, but a raid with its own place and attackers, or its own toll, is still a report of an
incident; dropping it because the article's date is weak loses the incident altogether. It keeps
what can be said: the publication's interval, precision "range", inferred. An act with nothing of
its own (no place, no participant, no toll) stays out, as for news dated by an inferred
publication (`weak_undated`). An article with no publication date at all keeps none: its copy
may be dated later through another source's report of the same act (newsevents/anchoring.py),
and an undated report would stand as a second incident beside it.
"""

from __future__ import annotations

from typing import Any

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


def kept_undated(article: Article, d: Any) -> bool:
    """A violent act of an article published in a range (`publication_interval`) that is an
    incident of its own: a place, a participant or a toll of its own, not recalled as background."""
    return publication_interval(article) is not None and d.violent and not d.background \
        and not d.generic and (d.place is not None or bool(d.actors) or d.fatalities is not None
                               or d.injured is not None)
