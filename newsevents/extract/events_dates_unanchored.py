"""Incidents of an article whose publication date cannot date its news: none was given and none
could be inferred, or only a lower bound was ("depuis avril 2023" as the newest reference: the
publication is after it, how long after nobody says).

Why keep them: the relative days ("hier soir", "ce mardi", "this weekend") cannot be read, but a
raid with its own place and attackers, or its own toll, is still a report of an incident; dropping
it because the article's date is weak loses the incident altogether. It keeps what can be said:
the publication's interval when one is known (a range with its last day), else no date (``null``
in the export, an event the register never merges across documents, resolve/keys.py). An act with
nothing of its own (no place, no participant, no toll) stays out, as for news dated by an inferred
publication (`weak_undated`).
"""

from __future__ import annotations

from typing import Any

from newsevents.model import Article, When


def weak_undated(article: Article, d: Any) -> bool:
    """With the publication date itself inferred, an incident with no date of its own and no
    place or participant of its own either has nothing that makes it one (common rule: "an
    incident with no date, place or participant of its own is not one")."""
    return bool(article.published and article.published.inferred) and d.place is None and not d.actors


def undated_news(article: Article) -> bool:
    """The publication gives the news no day: absent, or a range ("range" precision)."""
    pub = article.published
    return pub is None or not pub.dates_news


def kept_undated(article: Article, d: Any) -> bool:
    """A violent act of an article whose news has no day (`undated_news`) that is an incident of
    its own: a place, a participant or a toll of its own, not recalled as background."""
    return undated_news(article) and d.violent and not d.background and not d.generic and (
        d.place is not None or bool(d.actors) or d.fatalities is not None or d.injured is not None)


def publication_interval(article: Article) -> When | None:
    """The publication's interval when it has a last day ("range" with an end), else None."""
    pub = article.published
    if pub is None or pub.end is None:
        return None
    return When(pub.date, pub.end, "range", None, None, True)
