"""Datelines: the place a reporter files from ("KYIV, Dec 5 (Reuters) -", "LAHORE:"); and the
nouns that only qualify a town ("the port city of X").

Why apart: the place stage drops a dateline's names as scenes (where.py), and the party stage
must not read a dateline's capital as a government doing the act ("MOGADISHU, May 10 (AP) -
Al-Shabaab fighters attacked": the parser makes the capital the subject) -- both read it here.
"""

from __future__ import annotations

from typing import Any

from newsevents.extract.where_spots import Spot
from newsevents.geo import Context, Gazetteer, haversine_km
from newsevents.lang import load_language
from newsevents.model import Article

# A dateline ("LAHORE:", "Beirut, (AFP) -", "KYIV, Ukraine —") opens a paragraph: the place name,
# then within this many tokens (a comma, a country, an agency in brackets) a colon, a dash or an
# opening bracket. It says where the reporter files from, not where anything happened.
DATELINE_GAP = 6  # "New Delhi, 07 May 2025:" has five tokens between the name and the colon
DATELINE_LEAD = 4  # words of an outlet's name before the place ("Business Aajkal,")
DATELINE_MARKS = frozenset({":", "-", "–", "—", "("})
# a dispatch filed from two towns joins them with a slash ("NEW DELHI/ISLAMABAD, May 7 (Reuters) -",
# "KINSHASA/KIGALI, 3 mars (AFP) -"): the second is a dateline's name as much as the first
DATELINE_JOINS = frozenset({",", "/"})


def _time_tokens(article: Article) -> set[int]:
    """Tokens of the time mentions the `when` stage found ("26 août" in a dateline)."""
    doc = article.doc
    out: set[int] = set()
    for m in article.mentions:
        span = doc.char_span(*article.to_nlp(*m.span), alignment_mode="expand") if m.kind == "time" else None
        out.update(range(span.start, span.end) if span is not None else ())
    return out


def _dateline_end(doc: Any, spot: Spot, timed: set[int] = frozenset()) -> int | None:  # type: ignore[assignment]
    """The place of a dateline: first words of a paragraph, then a colon, dash or bracket within
    DATELINE_GAP tokens with only names, numbers and commas between ("LAHORE:", "Beirut, (APP -",
    "KYIV, Dec 5 (Reuters) -"); an outlet's name may come first when a date follows the place
    ("Business Aajkal, New Delhi, 07 May 2025:"). A title-case name right before a colon is a
    headline's topic ("Gaza: au moins 200 morts"), the scene. Returns the token index of the mark
    that ends the dateline, None when this is none."""
    i = spot.start
    while i > 0 and doc[i - 1].is_space and "\n" not in doc[i - 1].text:
        i -= 1
    j = i
    while not line_start(doc, j) and i - j < DATELINE_LEAD and (
            doc[j - 1].text == "," or doc[j - 1].text[:1].isupper()):
        j -= 1
    if not line_start(doc, j):
        return None
    dated = False
    end = _joined_end(doc, spot.end)
    for tok in doc[end:end + DATELINE_GAP]:
        if tok.is_space and "\n" in tok.text:  # a dated line of its own ("Paris, le 12 mars 2025")
            return tok.i if dated and j == i else None
        if tok.text in DATELINE_MARKS:
            topic = tok.text == ":" and not dated and not doc[spot.name_start:spot.name_end].text.isupper()
            return None if topic or (j < i and not dated) else tok.i
        dated = dated or tok.like_num or tok.i in timed
        if not (tok.text in DATELINE_JOINS or tok.text[:1].isupper() or tok.like_num or tok.i in timed):
            return None
    return None


def without_datelines(context: Context, spots: list[Spot], marks: dict[int, int | None],
                      gaz: Gazetteer) -> Context:
    """The context less the points of the dateline's towns (`marks`: each spot's dateline end, by
    id). Where the reporter files from says nothing of how far a district lies from the story
    ("BAKOU, 9 janvier (AFP) - ... dans le district de Latchine": 300 km from Baku, yet the
    Azerbaijani district, not a namesake), while a town the story names does (where.resolve)."""
    lines = [(s.start, mark) for s in spots if (mark := marks.get(id(s))) is not None]
    filed = [(c.lat, c.lon) for s in spots if any(a <= s.start < b for a, b in lines)  # "BAKU/YEREVAN"
             for c in [gaz.best(s.name, context, kinds=("city",))] if c is not None]
    kept = [k for k, p in enumerate(context.points) if all(haversine_km(*p, *f) > 1.0 for f in filed)]
    countries = context.point_countries
    return Context(set(context.countries), [context.points[k] for k in kept], dict(context.weights),
                   [countries[k] if k < len(countries) else None for k in kept])


def _joined_end(doc: Any, end: int) -> int:
    """The end of the names joined to a dateline's first by slashes ("NEW DELHI/ISLAMABAD",
    "BANGKOK/PHNOM PENH"): the gap to the date is counted from there."""
    while end + 1 < len(doc) and doc[end].text == "/" and _title_word(doc[end + 1]):
        end += 1
        while end < len(doc) and _title_word(doc[end]):
            end += 1
    return end


def _title_word(tok: Any) -> bool:
    """A capitalised word, hyphenated names too ("Addis-Abeba", "Port-au-Prince": one token)."""
    return bool(tok.text.replace("-", "").isalpha() and tok.text[:1].isupper())


def dateline_tokens(article: Article) -> set[int]:
    """Token indices of the names that open a dateline (a capitalised run at a line's start)."""
    doc = article.doc
    timed = _time_tokens(article)
    out: set[int] = set()
    # the tokens line_start accepts, read in one walk rather than one doc[k - 1] per token
    starts = [0] + [t.i + 1 for t in doc[:-1] if "\n" in t.whitespace_ or "\n" in t.text] if len(doc) else []
    for k in starts:
        out.update(dateline_at(doc, k, timed))
    return out


def line_start(doc: Any, k: int) -> bool:
    """Token k opens a line."""
    return k == 0 or "\n" in doc[k - 1].whitespace_ or "\n" in doc[k - 1].text


def dateline_at(doc: Any, k: int, timed: set[int] = frozenset()) -> range:  # type: ignore[assignment]
    """The tokens of the dateline name starting at token k (empty when none starts there)."""
    end = k
    while end < len(doc) and end - k < DATELINE_GAP and _title_word(doc[end]):
        end += 1
    end = _joined_end(doc, end) if end > k else end
    if end > k and _dateline_end(doc, Spot(k, end, k, end, doc[k:end].text, ""), timed) is not None:
        return range(k, end)
    return range(0)


def settlement_modifier(tok: Any) -> bool:
    """A noun modifying a settlement noun ("the port city of Kismayo", "a border town"): it says
    what kind of town it is, it names no facility (``settlement_nouns`` in places.yaml)."""
    nouns = load_language(tok.doc.lang_).section("places").get("settlement_nouns") or []
    return tok.dep_ in ("compound", "amod") and tok.head.i > tok.i and tok.head.lemma_.lower() in nouns
