"""Stage `link` (placeholder until its issue lands): passes the article on unchanged."""

from __future__ import annotations

from newsevents.model import Article


def run(article: Article) -> Article:
    return article
