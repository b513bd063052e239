"""The casualty figures a claim states, and when two sources' figures cannot both hold.

Why: a toll is what sources most often disagree on ("le ministre évoque 35 morts", "un responsable
du camp le maintenait à 15 morts"), and neither side says "deny": two figures of one incident
that exclude each other are two answers to one question (how many died?), whoever the speakers
are. Tolls also change with time (a first count, then an update); so a figure told as earlier
(a pluperfect, "avaient évoqué", "had said"), or two claims dated differently, is no dispute,
and a minimum ("at least 9") excludes only a smaller exact count. An approximate figure ("about
40", "une trentaine") excludes nothing: it is a hedge.

The figures are the number stage's Quantity mentions inside the claimed words (units "killed"
and "injured"), so every language with a numbers vocabulary gets this with no words of its own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from newsevents.extract.stance import fold, lexicon
from newsevents.extract.tense import pluperfect
from newsevents.lang import load_language
from newsevents.model import Article, Claim, Quantity, When
from newsevents.settings import RUNNING_TOTAL_MIN_DAYS

if TYPE_CHECKING:
    from newsevents.model import Event

UNITS = ("killed", "injured")


class Figure(NamedTuple):
    """A count stated for one unit: the value, and whether it is a minimum or approximate."""

    value: int
    minimum: bool
    approximate: bool


def _inside(span: tuple[int, int], outer: tuple[int, int]) -> bool:
    return outer[0] <= span[0] and span[1] <= outer[1]


def claim_tolls(article: Article, claim: Claim, spans: list[tuple[int, int]]) -> dict[str, Figure]:
    """Unit -> the one figure the claimed words (``spans``) state for it; a unit the words give
    two different figures for ("9 on Monday, 35 now") is left out: which one is the claim's is
    unknown. A sum the number stage made of two counts ("15 tués et au moins 9 morts") is not
    one more figure: only the innermost counts are read."""
    found = [m for m in article.mentions if isinstance(m.value, Quantity) and m.value.unit in UNITS
             and any(_inside(m.span, s) for s in spans)]
    inner = [m for m in found if not any(o is not m and o.value.unit == m.value.unit
                                         and _inside(o.span, m.span) and o.span != m.span for o in found)]
    out: dict[str, Figure] = {}
    for unit in UNITS:
        figures = {Figure(m.value.value, m.value.minimum, m.value.approximate)
                   for m in inner if m.value.unit == unit}
        if len(figures) == 1:
            out[unit] = figures.pop()
    return out or (_set_figure(article, spans) if _figure_cue(article, claim) else {})


def _figure_cue(article: Article, claim: Claim) -> bool:
    """The claim's reporting verb is a figure verb ("placed", "chiffre": claims.yaml figure_verbs)."""
    if article.doc is None or not claim.cue or not article.language:
        return False
    words = article.doc.char_span(*article.to_nlp(*claim.cue), alignment_mode="expand")
    figure_verbs = lexicon(article.language).figure_verbs
    return words is not None and any(fold(t.lemma_) in figure_verbs for t in words)


def _set_figure(article: Article, spans: list[tuple[int, int]]) -> dict[str, Figure]:
    """A figure statement the number stage reads no count in ("put the death toll at 20", "the
    number of injured at 30", extract/figures.py): the one number of the words, counting what
    their casualty noun names ("dead", "injured": the numbers vocabulary), the dead when the words
    name a toll ("death toll", "bilan") and no kind."""
    if article.doc is None or not article.language:
        return {}
    numbers = load_language(article.language).section("numbers")
    kinds = {fold(w): unit for unit in UNITS for w in (numbers.get("casualty_nouns") or {}).get(unit) or []}
    tolls = {fold(w) for w in numbers.get("toll_nouns") or []}
    for s, e in spans[:1]:
        words = article.doc.char_span(*article.to_nlp(s, e), alignment_mode="expand")
        if words is None:
            return {}
        values = [int(t.text.replace(",", "")) for t in words if t.text.replace(",", "").isdigit()]
        units = {kinds[fold(t.text)] for t in words if fold(t.text) in kinds}
        if not units and any(fold(t.text) in tolls for t in words):
            units = {"killed"}
        if len(values) == 1 and len(units) == 1:
            return {units.pop(): Figure(values[0], False, False)}
    return {}


def told_before(article: Article, claim: Claim) -> bool:
    """The claim is told as earlier than the story's time: its reporting verb in a pluperfect
    ("des sources avaient évoqué au moins 9 morts", "officials had put the toll at 9"), read on
    the morphology (a past or imperfect tense auxiliary of a participle)."""
    if article.doc is None or not claim.cue:
        return False
    words = article.doc.char_span(*article.to_nlp(*claim.cue), alignment_mode="expand")
    if words is None or not len(words):
        return False
    return pluperfect(words[0])


def toll_about(article: Article, claim: Claim, spans: list[tuple[int, int]]) -> list[str]:
    """A claim stating only a toll ("Il est aujourd'hui fixé à 35 morts", "the toll rose to 12")
    names nothing of its incident but its casualties: it is about the article's one incident
    with casualties of that kind (alike reports of it counted once), if there is exactly one."""
    tolls = claim_tolls(article, claim, spans)
    if not tolls or _running_total(article, spans):
        return []
    deadly: dict[tuple[object, ...], list[str]] = {}
    for e in article.events:
        if any(_count(e, unit) is not None for unit in tolls):
            key = (e.type, e.location.name if e.location else e.id, e.date.start if e.date else None)
            deadly.setdefault(key, []).append(e.id)
    return sorted(deadly.popitem()[1]) if len(deadly) == 1 else []


def _running_total(article: Article, spans: list[tuple[int, int]]) -> bool:
    """The claimed words date their toll over a long period ("plus de 5 000 personnes ont été
    tuées en 2023", "killed last year": RUNNING_TOTAL_MIN_DAYS): a sum of many incidents."""
    return any(isinstance(m.value, When) and (m.value.end - m.value.start).days + 1 >= RUNNING_TOTAL_MIN_DAYS
               and any(_inside(m.span, s) for s in spans) for m in article.mentions)


def _count(event: Event, unit: str) -> int | None:
    return event.fatalities if unit == "killed" else event.injured


def _excludes(a: Figure, b: Figure) -> bool:
    """Two figures of one unit that cannot both hold: two exact counts that differ, or an exact
    count below another's minimum."""
    if a.approximate or b.approximate or (a.minimum and b.minimum):
        return False
    if a.minimum:
        return b.value < a.value
    if b.minimum:
        return a.value < b.value
    return a.value != b.value


def tolls_clash(a: Claim, b: Claim, ta: dict[str, Figure], tb: dict[str, Figure],
                earlier: set[str] | None = None) -> bool:
    """Two claims of one incident whose tolls exclude each other, both told as current and, when
    both are dated, on the same day (a toll updated later is no dispute)."""
    if earlier and (a.id in earlier or b.id in earlier):
        return False
    if a.date is not None and b.date is not None and (a.date.start, a.date.end) != (b.date.start, b.date.end):
        return False
    return any(_excludes(ta[u], tb[u]) for u in ta.keys() & tb.keys())
