"""Offline language detection, restricted to the languages we have data for.

Why lingua restricted to ``supported_languages()``: the choice that matters is which spaCy model
and which lexicons to run, so the detector only chooses among languages with a manifest under
``newsevents/lang/``; adding a language there adds it here with no code change. lingua's models
ship inside its wheel: nothing downloads. A text too short to judge gets the fallback language
and a warning on the article, never a silent guess.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from newsevents import settings
from newsevents.lang import supported_languages
from newsevents.model import Article


@dataclass(frozen=True, slots=True)
class Detection:
    """The language chosen, lingua's confidence in it, and whether the text was long enough."""

    language: str
    confidence: float
    reliable: bool


# From this many characters on, lingua's low-accuracy mode (trigram models only) judges as well as
# its full mode (lingua's own evaluation: the higher n-grams matter for short phrases), and it
# loads its models in a few milliseconds instead of a third of a second of every run's start-up.
# Checked: the same language on all 75 news-dev articles and on one-sentence texts in both modes.
LOW_ACCURACY_FROM_CHARS = 120


@cache
def _detector(codes: tuple[str, ...], low_accuracy: bool = False) -> Any:
    from lingua import IsoCode639_1, LanguageDetectorBuilder

    known = [getattr(IsoCode639_1, c.upper()) for c in codes if hasattr(IsoCode639_1, c.upper())]
    if len(known) < 2:
        return None
    builder = LanguageDetectorBuilder.from_iso_codes_639_1(*known)
    return (builder.with_low_accuracy_mode() if low_accuracy else builder).build()


def _letters(text: str) -> int:
    return sum(ch.isalpha() for ch in text)


def detect(text: str) -> Detection:
    """Which supported language ``text`` is in (first ``LANGUAGE_SAMPLE_CHARS`` characters)."""
    codes = supported_languages()
    sample = text[:settings.LANGUAGE_SAMPLE_CHARS]
    fallback = settings.FALLBACK_LANGUAGE if settings.FALLBACK_LANGUAGE in codes else codes[0]
    if len(codes) == 1:
        return Detection(codes[0], 1.0, True)
    if _letters(sample) < settings.MIN_LETTERS_FOR_DETECTION:
        return Detection(fallback, 0.0, False)
    detector = _detector(codes, len(sample) >= LOW_ACCURACY_FROM_CHARS)
    if detector is None:
        return Detection(fallback, 0.0, False)
    values = detector.compute_language_confidence_values(sample)
    if not values:
        return Detection(fallback, 0.0, False)
    top = values[0]
    return Detection(top.language.iso_code_639_1.name.lower(), float(top.value), True)


def detect_language(text: str) -> str:
    """The ISO 639-1 code of the supported language ``text`` is most likely in."""
    return detect(text).language


def assign_language(article: Article) -> Article:
    """Set ``article.language`` when the input did not; warn when the text was too short to judge."""
    if article.language:
        return article
    found = detect(article.text)
    article.language = found.language
    if not found.reliable:
        article.warnings.append(f"too little text to detect the language; assumed {found.language!r} "
                                "(pass --language to set it)")
    return article
