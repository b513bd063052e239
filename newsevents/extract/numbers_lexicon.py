"""The numbers stage's language data, read once per language: casualty words, person nouns,
cue regexes ("au moins", "environ", "entre ... et"), units, and the dependency labels the
stage's rules climb. Why a module of its own: numbers.py holds the rules, this file only turns
``lang/<code>/numbers.yaml`` into the frozen tables they read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from newsevents.lang import load_language


def forms(values: Any) -> list[str]:
    return [str(v).lower() for v in values or []]


def _cue_regex(cues: list[str]) -> re.Pattern[str]:
    body = "|".join(re.escape(c).replace(r"\ ", r"\s+") for c in sorted(cues, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{body})\s*$", re.IGNORECASE) if body else re.compile(r"(?!x)x")


def _range_regex(cues: dict[str, Any]) -> re.Pattern[str]:
    """"entre <digits> et" right before a number: the lower bound of a range in group 1."""
    starts, joins = forms(cues.get("start")), forms(cues.get("join"))
    if not starts or not joins:
        return re.compile(r"(?!x)x")
    alt = "|".join(map(re.escape, starts))
    join = "|".join(map(re.escape, joins))
    return re.compile(rf"(?<!\w)(?:{alt})\s+(\d[\d\s\u00a0\u202f.,]*?)\s*(?:{join})\s*$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class NumbersLexicon:
    """The numbers stage's language data (``lang/<code>/numbers.yaml``), compiled once."""

    code: str
    casualty_nouns: dict[str, str]
    casualty_words: dict[str, str]  # single words
    casualty_phrases: tuple[tuple[str, str], ...]  # multiword forms
    phrase_heads: frozenset[str]  # first words of the multiword forms
    person_nouns: frozenset[str]
    zero: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...]
    minimum: re.Pattern[str]
    approximate: re.Pattern[str]
    vague: re.Pattern[str]
    range_floor: re.Pattern[str]
    collective: dict[str, int]
    plural_collective: dict[str, int]
    units: dict[str, str]
    unit_phrases: tuple[tuple[str, str], ...]
    article_numbers: frozenset[str]
    not_counted: frozenset[str]
    time_nouns: frozenset[str]
    joiners: frozenset[str]
    of_words: frozenset[str]
    passive_deps: frozenset[str]
    subject_deps: frozenset[str]
    object_deps: frozenset[str]
    modifier_deps: frozenset[str]
    intransitive: frozenset[str]
    passive_aux: frozenset[str]
    complement_deps: frozenset[str]
    indirect_deps: frozenset[str]
    bare_object_deps: frozenset[str]
    nmod_deps: frozenset[str]
    death_nouns: dict[str, str]
    person_only: frozenset[str]
    victim_nouns: frozenset[str]
    hedges: frozenset[str]  # "100 people feared dead": the toll is a fear, not a count
    victim_verbs: frozenset[str]
    definite: frozenset[str]
    toll_nouns: frozenset[str]
    headline_passive: bool
    negations: frozenset[str]
    other_words: frozenset[str]
    subset_markers: frozenset[str]
    partitive_cases: frozenset[str]  # "a tué dimanche des civils": "des" read as a preposition
    participle_tags: frozenset[str]
    group_nouns: frozenset[str] = frozenset()  # "une famille de cinq personnes": the five are counted
    estimate_modals: frozenset[str] = frozenset()  # "le bilan pourrait dépasser 20 morts": a guess
    bearing_words: frozenset[str] = frozenset()  # "31 people with gunshot wounds" (numbers_bearing)
    zero_subgroups: frozenset[str] = frozenset()  # "Aucun civil n'a été tué": no zero of the toll


def _by_unit(table: dict[str, Any]) -> dict[str, str]:
    return {form: unit for unit, written in (table or {}).items() for form in forms(written)}


@cache
def numbers_lexicon(code: str) -> NumbersLexicon:
    s = load_language(code).section("numbers")
    words = _by_unit(s.get("casualty_words", {}))
    units = _by_unit(s.get("units", {}))
    zero = tuple((re.compile(rf"(?<!\w)(?:{z['pattern']})(?!\w)", re.IGNORECASE), tuple(z["units"]))
                 for z in s.get("zero_phrases", []))
    return NumbersLexicon(
        code=code,
        casualty_nouns=_by_unit(s.get("casualty_nouns", {})),
        casualty_words={k: v for k, v in words.items() if " " not in k},
        casualty_phrases=tuple((k, v) for k, v in words.items() if " " in k),
        phrase_heads=frozenset(k.split()[0] for k in words if " " in k),
        person_nouns=frozenset(forms(s.get("person_nouns"))),
        zero=zero,
        minimum=_cue_regex(forms(s.get("minimum_cues"))),
        approximate=_cue_regex(forms(s.get("approximate_cues"))),
        vague=_cue_regex(forms(s.get("vague_quantifiers"))),
        range_floor=_range_regex(s.get("range_cues") or {}),
        collective={str(k).lower(): int(v) for k, v in (s.get("collective_numerals") or {}).items()},
        plural_collective={str(k).lower(): int(v)
                           for k, v in (s.get("plural_collective_numerals") or {}).items()},
        units={k: v for k, v in units.items() if " " not in k},
        unit_phrases=tuple((k, v) for k, v in units.items() if " " in k),
        article_numbers=frozenset(forms(s.get("article_numbers"))),
        not_counted=frozenset(forms(s.get("not_counted"))),
        time_nouns=frozenset(forms(s.get("time_nouns"))),
        joiners=frozenset(forms(s.get("number_joiners"))),
        of_words=frozenset(forms(s.get("of_words"))),
        passive_deps=frozenset(s.get("passive_subject_deps", [])),
        subject_deps=frozenset(s.get("subject_deps", [])),
        object_deps=frozenset(s.get("object_deps", [])),
        modifier_deps=frozenset(s.get("modifier_deps", [])),
        intransitive=frozenset(forms(s.get("intransitive_lemmas"))),
        passive_aux=frozenset(forms(s.get("passive_auxiliaries"))),
        complement_deps=frozenset(s.get("complement_deps", [])),
        bare_object_deps=frozenset(s.get("bare_object_deps", [])),
        indirect_deps=frozenset(s.get("indirect_deps", [])),
        nmod_deps=frozenset(s.get("nmod_deps", [])),
        death_nouns=_by_unit(s.get("death_nouns", {})),
        person_only=frozenset(forms(s.get("person_only_words"))),
        victim_nouns=frozenset(forms(s.get("victim_nouns"))),
        hedges=frozenset(forms(s.get("hedge_words"))),
        victim_verbs=frozenset(forms(s.get("victim_verbs"))),
        definite=frozenset(forms(s.get("definite_articles"))),
        toll_nouns=frozenset(forms(s.get("toll_nouns"))),
        headline_passive=bool(s.get("headline_passive", False)),
        negations=frozenset(forms(s.get("negations"))),
        other_words=frozenset(forms(s.get("other_words"))),
        subset_markers=frozenset(forms(s.get("subset_markers"))),
        participle_tags=frozenset(s.get("participle_tags", [])),
        partitive_cases=frozenset(forms(s.get("partitive_cases"))),
        group_nouns=frozenset(forms(s.get("group_nouns"))),
        estimate_modals=frozenset(forms(s.get("estimate_modals"))),
        bearing_words=frozenset(forms(s.get("bearing_words"))),
        zero_subgroups=frozenset(forms(s.get("zero_subgroups"))),
    )
