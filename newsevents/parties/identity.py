"""One key per real party across documents and languages: ``party_key(name, kind, country)``.

Why keys and not surface words: the extractors write English canonical names ("Ministry of
Defence of Russia", "Embassy of Azerbaijan in Ukraine"), but outlets and extractions still differ
by romanisation ("Pachinian" / "Pashinyan"), by a short or a full form ("Poutine" / "Vladimir
Putin") and by the language an untranslated name stayed in ("Forces de soutien rapide" / "Rapid
Support Forces"). The key folds all three: the alias table (newsevents/data/party_aliases.yaml)
maps every known variant to its canonical name, anyascii folds any script to ASCII, and the
transliteration folds of the same file bring French and English romanisations together. Keys are
exact strings, so they can index candidates; ``same_party`` adds rapidfuzz for the near misses
("Osman Digna air base" / "Osman air base") where only a comparison, not an index, is needed.
The merger (newsevents/resolve/) compares parties only through these functions.

    party_key("Poutine", "person") == party_key("Vladimir Putin", "person") == "p:putin"
    party_key("Russia", "government", "RU") == party_key("la Russie", "state", "RU") == "s:RU"
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from anyascii import anyascii
from rapidfuzz import fuzz

from newsevents.datafiles import load_yaml
from newsevents.parties import countries

ALIASES_FILE = Path(__file__).resolve().parent.parent / "data" / "party_aliases.yaml"

# rapidfuzz ratio (0-100) above which two party keys, or two of their words, are one
# ("zaporijia" / "zaporizia" = 89 before folding, 100 after; "okhmatdyt" / "antonov" = 25). 90
# accepts a one-letter slip in a 10-letter name; tuned on tests/test_resolve_parties.py.
PARTY_FUZZ = 90

_NON_WORD = re.compile(r"[^a-z0-9]+")
# words that join a name's parts in either language: dropped from organisation keys
JOINERS = frozenset({"of", "the", "in", "at", "for", "de", "du", "des", "la", "le", "les", "l", "d",
                      "a", "au", "aux", "en"})
PERSON_KINDS = frozenset({"person"})
STATE_KINDS = frozenset({"state", "government"})


@lru_cache(maxsize=100_000)
def fold(text: str) -> str:
    """Any script to ASCII lower-case words separated by single spaces ("Zelensky" stays,
    "Зеленський" -> "zelens'kii" -> "zelens kii", "ministère" -> "ministere")."""
    return " ".join(_NON_WORD.split(anyascii(text).lower())).strip()


@cache
def _data() -> dict[str, Any]:
    """party_aliases.yaml, read once."""
    return load_yaml(ALIASES_FILE) or {}


@cache
def aliases() -> dict[str, list[str]]:
    """Canonical name -> its other names."""
    return {str(k): [str(v) for v in vs or []] for k, vs in (_data().get("aliases") or {}).items()}


@cache
def transliteration() -> tuple[tuple[tuple[str, str], ...], frozenset[str]]:
    """The ordered substitutions and the dropped final letters of transliteration-aware keys."""
    folds = tuple((str(a), str(b)) for a, b in _data().get("transliteration_folds") or [])
    return folds, frozenset(_data().get("transliteration_final_drop") or [])


@cache
def generic_words() -> frozenset[str]:
    """Head words of institution and site names ("embassy", "hospital", "forces")."""
    return frozenset(str(w).lower() for w in _data().get("generic_target_words") or [])


@cache
def translit(word: str) -> str:
    """The transliteration-aware form of one folded word (rules in party_aliases.yaml)."""
    folds, final_drop = transliteration()
    out = word
    for a, b in folds:
        out = out.replace(a, b)
    out = re.sub(r"(.)\1+", r"\1", out)
    if len(out) > 4 and out[-1] in final_drop:
        out = out[:-1]
    return out


def name_key(text: str) -> str:
    """A name's folded, transliteration-aware words, joiners dropped ("Ministère de la Défense" ->
    "minister defens")."""
    return " ".join(translit(w) for w in fold(text).split() if w not in JOINERS)


@cache
def _alias_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for canonical, variants in aliases().items():
        for variant in (canonical, *variants):
            table.setdefault(name_key(variant), canonical)
    return table


def canonical(name: str) -> str:
    """The canonical name of a known variant ("FINUL" -> "United Nations Interim Force in
    Lebanon"), else the name itself."""
    return _alias_table().get(name_key(name), name)


@cache
def _country_keys() -> dict[str, str]:
    """name_key of every country name of every supported language -> ISO2 ("russia", "rusi",
    "emirats arabes unis" -> "RU", "RU", "AE"): a stage that kept the text's own words ("la
    Russie", "EAU") keys to the same state as one that wrote the English name. English first, so
    a name two languages give to different countries keeps its English sense."""
    keys: dict[str, str] = {}
    for language in ("en", *(c for c in countries.languages() if c != "en")):
        for name, code in countries.all_country_names(language).items():
            keys.setdefault(name_key(name), code)
    return keys


def country_of(name: str) -> str | None:
    """ISO2 when the name is a country's ("Russia", "Ukraine"), else None."""
    return _country_keys().get(name_key(name))


@lru_cache(maxsize=200_000)
def party_key(name: str, kind: str | None = None, country: str | None = None) -> str:
    """The cross-document key of a party: ``s:`` + ISO2 for a state or its government named by the
    country, ``p:`` + surname for a person, ``o:`` + the name's key for anything else."""
    name = canonical(name)
    key = name_key(name)
    code = country_of(name)
    if code and (kind in STATE_KINDS or kind is None or country in (None, code)):
        return f"s:{code}"
    words = key.split()
    if kind in PERSON_KINDS and _person_like(name):  # "Putin", "Vladimir Putin": the surname
        return "p:" + (words[-1] if words else "")
    return f"o:{key}"


def _person_like(name: str) -> bool:
    """A person's name, not an organisation an extraction took for one ("RSF" -> "Rapid Support
    Forces"): no generic word of an institution or site."""
    generic = generic_words()
    return not any(w in generic for w in fold(name).split())


def same_party(a: str, b: str) -> bool:
    """Two keys naming one party: equal; or of one kind and nearly the same string (PARTY_FUZZ:
    a slip of a letter or two); or the shorter name's words found in order in the longer one,
    each nearly the same, ending on the same head word ("osman air base" / "osman digna air
    base"; not "united nations" / "united nations interim force lebanon", nor "embassy azerbaijan
    ukraine" / "embassy ukraine azerbaijan")."""
    if a == b:
        return True
    if a[:2] != b[:2] or a.startswith("s:"):
        return False
    x, y = a[2:], b[2:]
    if fuzz.ratio(x, y) >= PARTY_FUZZ:
        return True
    short, long_ = sorted((x.split(), y.split()), key=len)
    if not short or fuzz.ratio(short[-1], long_[-1]) < PARTY_FUZZ:
        return False
    i = 0
    for word in short:
        while i < len(long_) and fuzz.ratio(word, long_[i]) < PARTY_FUZZ:
            i += 1
        if i == len(long_):
            return False
        i += 1
    return True


# Letters of a key's first and last words that its block keeps. Spellings of one name differ at
# the end of a word far more than at its start: an inflected or transliterated ending
# ("Novochakhtinski" / "Novoshakhtinsk" refinery, "refinery" / "refineries"); same_party then
# compares the whole names. 5: short enough for those endings (news-dev's Novoshakhtinsk refinery,
# told by two outlets, now meets in one block: bench/merging.py), long enough that a block holds
# few names at scale (bench/merge_scale.py).
BLOCK_LETTERS = 5


def block_of(key: str) -> str:
    """The part of a key two near names share exactly (the start of its first and of its last
    word: "osman air base" and "osman digna air base" -> "osman|base"): what the candidate index
    files a target under, and what a shared-target merge also requires (so the index finds every
    such pair)."""
    words = key[2:].split()
    if not words:
        return key
    return f"{key[:2]}{words[0][:BLOCK_LETTERS]}|{words[-1][:BLOCK_LETTERS]}"


def key_of(party: dict[str, Any]) -> str:
    """party_key of an export-shaped party record."""
    return party_key(str(party.get("name") or ""), party.get("kind"), party.get("country"))
