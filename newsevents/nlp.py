"""spaCy pipelines, one per language, loaded once per process with unused components disabled.

Why a ruler ahead of the NER: spaCy's French models label weapon names, ministries and facilities
inconsistently (Iskander as PER, LOC or MISC). Stages register entity-ruler patterns built from the
language data (``register_patterns``) and they run before the statistical NER.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from functools import cache
from typing import Any

from newsevents.errors import ModelNotInstalled
from newsevents.lang import load_language

# components none of our stages read; disabling them saves time and memory
UNUSED_COMPONENTS = ("textcat", "textcat_multilabel", "entity_linker", "trainable_lemmatizer")

# pattern providers: callables (LangData) -> list of entity-ruler patterns, registered by stages
_PATTERN_PROVIDERS: list[Callable[[Any], list[dict[str, Any]]]] = []


def register_patterns(provider: Callable[[Any], list[dict[str, Any]]]) -> Callable[[Any], list[dict[str, Any]]]:
    """Decorator: a stage contributes entity-ruler patterns for a language (used as a decorator)."""
    if provider not in _PATTERN_PROVIDERS:
        _PATTERN_PROVIDERS.append(provider)
    return provider


def _import_stages() -> None:
    """Import every stage module so their entity-ruler patterns are registered."""
    from newsevents.pipeline import DEFAULT_STAGES

    for name in DEFAULT_STAGES:
        importlib.import_module(f"newsevents.extract.{name}")


@cache
def pipeline(language: str) -> Any:
    """The spaCy `Language` for an ISO 639-1 code, with our entity ruler before the NER."""
    lang = load_language(language)
    _import_stages()
    try:
        module = importlib.import_module(lang.spacy_model)
    except ImportError as exc:
        raise ModelNotInstalled(lang.spacy_model) from exc
    nlp = module.load(exclude=[c for c in UNUSED_COMPONENTS])
    patterns: list[dict[str, Any]] = []
    for provider in _PATTERN_PROVIDERS:
        patterns.extend(provider(lang))
    if patterns:
        where = {"before": "ner"} if "ner" in nlp.pipe_names else {}
        ruler = nlp.add_pipe("entity_ruler", name="newsevents_ruler", config={"overwrite_ents": True,
                                                                               "phrase_matcher_attr": "LOWER"}, **where)
        ruler.add_patterns(patterns)
    return nlp
