"""Temporal expressions: find them, resolve them to inclusive day intervals, reuse the rules.

Public API (used by the ``when`` stage, the events stage and publication-date inference):

``find_times(text, language, published, sentences=None, future=None) -> list[TimeValue]``
    Every temporal expression in ``text``, sorted by span, each with ``span`` (offsets into
    ``text``), ``start``/``end`` (inclusive dates), ``precision`` (day, week, month, season, year,
    range), ``time`` ("HH:MM" or None), ``sentence`` (index into ``sentences``) and ``year_from``
    (explicit | sentence | paragraph | published | relative: why the year is what it is).
    ``published`` may be None: only expressions that carry their own year are then resolved.
    ``sentences`` are ``(start, end)`` offsets (e.g. from spaCy's ``doc.sents``); when omitted a
    punctuation splitter is used. ``future`` flags, one per sentence, say which sentences speak of
    the future (then a yearless date may fall after publication); by default they come from the
    language's ``future_cues``.

``parse(text, language) -> list[Expr]``
    The parts of each expression before any reference date (used by publication inference).

``governing_year(values, offset, sentence, paragraph_of)`` — the year that governs a yearless
    date at ``offset`` (see resolve.py for the rule), for stages that read dates themselves.

A clock time next to a date is carried by that date ("le 14 novembre vers 01h00": "le 14 novembre"
has ``time="01:00"``) and is also a value of its own ("01h00", on the date's day); a time
standing alone takes the day of the nearest dated expression in its sentence (else the last one
before it in the paragraph, else the publication day).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date

from newsevents.temporal.lexicon import lexicon
from newsevents.temporal.parse import Expr, parse
from newsevents.temporal.resolve import Context, TimeValue, resolve

__all__ = ["Context", "Expr", "TimeValue", "find_times", "future_flags", "governing_year", "make_context",
           "paragraph_starts", "parse", "sentence_spans"]

_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"»”)]*\s+(?=[\"«“(]?[A-ZÀ-ÖØ-Þ0-9])|\n+")
_PARAGRAPH = re.compile(r"\n")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """A light sentence splitter for callers without a spaCy Doc (punctuation + capital, newlines)."""
    spans, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        if m.start() > start:
            spans.append((start, m.start()))
        start = m.end()
    if start < len(text) or not spans:
        spans.append((start, len(text)))
    return spans


def paragraph_starts(text: str) -> list[int]:
    """Offsets where paragraphs start: a newline ends a paragraph."""
    return [0] + [m.end() for m in _PARAGRAPH.finditer(text)]


def future_flags(text: str, language: str, sentences: Sequence[tuple[int, int]]) -> list[bool]:
    """Which sentences speak of the future, from the language's cue words."""
    cues = lexicon(language).future_cues
    if cues is None:
        return [False] * len(sentences)
    return [bool(cues.search(text, s, e)) for s, e in sentences]


def make_context(text: str, language: str, sentences: Sequence[tuple[int, int]] | None = None,
                 future: Sequence[bool] | None = None,
                 tense: Callable[[int], str | None] | None = None,
                 reported: Callable[[int], bool] | None = None) -> Context:
    sents = list(sentences) if sentences is not None else sentence_spans(text)
    flags = list(future) if future is not None else future_flags(text, language, sents)
    lex = lexicon(language)
    extra = lex.extra
    nights = frozenset(w for w, part in lex.tables.get("parts_of_day", {}).items() if part == "night")
    nearest = extra.get("present_weekday") == "nearest"
    since = frozenset(str(w).lower() for w in extra.get("recall_since") or [])
    ties = tuple(str(w).lower() for w in extra.get("year_ties") or [])
    return Context(sentence_starts=[s for s, _ in sents] or [0], paragraph_starts=paragraph_starts(text),
                   future=flags, tense=tense, present_weekday_nearest=nearest, since_words=since,
                   year_ties=ties, reported=reported, night_words=nights)


def find_times(text: str, language: str, published: date | None,
               sentences: Sequence[tuple[int, int]] | None = None,
               future: Sequence[bool] | None = None,
               tense: Callable[[int], str | None] | None = None,
               reported: Callable[[int], bool] | None = None) -> list[TimeValue]:
    """Every temporal expression of ``text`` resolved against ``published`` (see module doc).

    ``tense(offset)`` may give the tense of the verb governing an offset ("future", "past",
    "present" or None); it overrides the sentence's future flag (the when stage reads it from
    spaCy's morphology); ``reported(offset)`` whether that verb is a reporting verb."""
    if not text:
        return []
    ctx = make_context(text, language, sentences, future, tense, reported)
    return resolve(text, parse(text, language), published, ctx)


def governing_year(values: Sequence[TimeValue], offset: int, sentence: int,
                   paragraph_of: Callable[[int], int]) -> int | None:
    """The explicit year governing a yearless date at ``offset``: the nearest explicit-year value
    in the same sentence, else the last one before it in the same paragraph (None otherwise)."""
    explicit = [v for v in values if v.year_from == "explicit"]
    same = [v for v in explicit if v.sentence == sentence]
    if same:
        return min(same, key=lambda v: abs(v.span[0] - offset)).start.year
    para = paragraph_of(offset)
    before = [v for v in explicit if v.span[1] <= offset and paragraph_of(v.span[0]) == para]
    return before[-1].start.year if before else None
