"""A named de facto border ("across the Line of Control", "le long de la Ligne bleue") as a place.

Why: wire copy of Kashmir or southern Lebanon places exchanges of fire "on the Line of Control"
and nowhere else; the phrase names no country, so the "X-Y border" reader (where_borders.py) does
not see it, and the incident fell back on the speaker's capital. The line is a place of
``region`` precision at its representative point (data/borders.yaml), with no country of its own,
named in English whatever the language. Only in a document that names one of the line's two
countries (``support``): a "Blue Line" elsewhere is a metro line.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from newsevents.datafiles import load_yaml
from newsevents.model import Article, Mention, Place

BORDERS_FILE = Path(__file__).resolve().parent.parent / "data" / "borders.yaml"


@dataclass(frozen=True, slots=True)
class Line:
    name: str
    countries: frozenset[str]
    lat: float
    lon: float


@cache
def _lines(language: str) -> tuple[tuple[tuple[str, ...], Line], ...]:
    """(lower-case words of a name, its line), longest names first."""
    out: list[tuple[tuple[str, ...], Line]] = []
    for name, entry in ((load_yaml(BORDERS_FILE) or {}).get("lines") or {}).items():
        line = Line(str(name), frozenset(str(c) for c in entry["countries"]),
                    float(entry["point"][0]), float(entry["point"][1]))
        for words in (entry.get("names") or {}).get(language) or ():
            out.append((tuple(str(words).lower().split()), line))
    return tuple(sorted(out, key=lambda x: -len(x[0])))


def with_lines(article: Article, doc: Any, sentence_of: dict[int, int], mentions: list[Mention],
               support: dict[str, set[str]]) -> list[Mention]:
    """`mentions`, and a place for each named line of a country the document names; a mention
    inside the name gives way to it."""
    lines = [(w, line) for w, line in _lines(article.language or "fr") if line.countries & set(support)]
    if not lines:
        return mentions
    out = list(mentions)
    i = 0
    while i < len(doc):
        found = next(((w, line) for w, line in lines if doc[i].text[:1].isupper()
                      and tuple(t.lower_ for t in doc[i:i + len(w)]) == w), None)
        if found is None:
            i += 1
            continue
        end = i + len(found[0])
        span = article.to_original(doc[i].idx, doc[end - 1].idx + len(doc[end - 1]))
        out = [m for m in out if not (m.span[0] < span[1] and span[0] < m.span[1])]
        line = found[1]
        place = Place(name=line.name, country=None, lat=line.lat, lon=line.lon, precision="region",
                      text=article.words(span), span=span)
        out.append(Mention("place", span, article.words(span), place, sentence_of.get(i, -1)))
        i = end
    return sorted(out, key=lambda m: m.span)
