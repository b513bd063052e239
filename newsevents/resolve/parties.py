"""One key per real party across documents and languages: ``party_key(name, kind, country)``.

Why keys and not surface words: the extractors write English canonical names ("Ministry of
Defence of Russia", "Embassy of Azerbaijan in Ukraine"), but outlets and extractions still differ
by romanisation ("Pachinian" / "Pashinyan"), by a short or a full form ("Poutine" / "Vladimir
Putin") and by the language an untranslated name stayed in ("Forces de soutien rapide" / "Rapid
Support Forces"). The key folds all three: the alias table (newsevents/data/party_aliases.yaml)
maps every known variant to its canonical name, anyascii folds any script to ASCII, and the
transliteration folds of resolve.yaml bring French and English romanisations together. Keys are
exact strings, so they can index candidates; ``same_party`` adds rapidfuzz for the near misses
("Osman Digna air base" / "Osman air base") where only a comparison, not an index, is needed.

    party_key("Poutine", "person") == party_key("Vladimir Putin", "person") == "p:putin"
    party_key("Russia", "government", "RU") == party_key("la Russie", "state", "RU") == "s:RU"
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import Any

from anyascii import anyascii
from rapidfuzz import fuzz

from newsevents.resolve import config

_NON_WORD = re.compile(r"[^a-z0-9]+")
# words that join a name's parts in either language: dropped from organisation keys
_JOINERS = frozenset({"of", "the", "in", "at", "for", "de", "du", "des", "la", "le", "les", "l", "d",
                      "a", "au", "aux", "en"})
PERSON_KINDS = frozenset({"person"})
STATE_KINDS = frozenset({"state", "government"})


@lru_cache(maxsize=100_000)
def fold(text: str) -> str:
    """Any script to ASCII lower-case words separated by single spaces ("Zelensky" stays,
    "Зеленський" -> "zelens'kii" -> "zelens kii", "ministère" -> "ministere")."""
    return " ".join(_NON_WORD.split(anyascii(text).lower())).strip()


@cache
def translit(word: str) -> str:
    """The transliteration-aware form of one folded word (rules in resolve.yaml)."""
    folds, final_drop = config.transliteration()
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
    return " ".join(translit(w) for w in fold(text).split() if w not in _JOINERS)


@cache
def _alias_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for canonical, variants in config.aliases().items():
        for variant in (canonical, *variants):
            table.setdefault(name_key(variant), canonical)
    return table


def canonical(name: str) -> str:
    """The canonical name of a known variant ("FINUL" -> "United Nations Interim Force in
    Lebanon"), else the name itself."""
    return _alias_table().get(name_key(name), name)


@cache
def _country_keys() -> dict[str, str]:
    """name_key of every English country name -> ISO2 ("russia", "ukrain" -> "RU", "UA")."""
    from newsevents import countries

    return {name_key(name): code for name, code in countries.all_country_names("en").items()}


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
    generic = config.generic_target_words()
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
    if fuzz.ratio(x, y) >= config.PARTY_FUZZ:
        return True
    short, long_ = sorted((x.split(), y.split()), key=len)
    if not short or fuzz.ratio(short[-1], long_[-1]) < config.PARTY_FUZZ:
        return False
    i = 0
    for word in short:
        while i < len(long_) and fuzz.ratio(word, long_[i]) < config.PARTY_FUZZ:
            i += 1
        if i == len(long_):
            return False
        i += 1
    return True


def block_of(key: str) -> str:
    """The part of a key two near names share exactly (its first and last words: "osman air
    base" and "osman digna air base" -> "osman|base"): what the candidate index files a target
    under, and what a shared-target merge also requires (so the index finds every such pair)."""
    words = key[2:].split()
    return f"{key[:2]}{words[0]}|{words[-1]}" if words else key


def key_of(party: dict[str, Any]) -> str:
    """party_key of an export-shaped party record."""
    return party_key(str(party.get("name") or ""), party.get("kind"), party.get("country"))


def is_specific_target(party: dict[str, Any]) -> bool:
    """A target that identifies an incident: a site, mission or force whose name holds a word that
    is neither a generic head word ("hospital", "Embassy") nor a country ("Armed Forces of Israel"
    names an army, "Okhmatdyt hospital" a place that was hit), or a diplomatic mission of a
    country ("Embassy of Azerbaijan in Ukraine": one building)."""
    kind = party.get("kind")
    if kind is not None and kind not in config.site_target_kinds():
        return False
    generic = config.generic_target_words()
    has_country = False
    for word in fold(canonical(str(party.get("name") or ""))).split():
        if word in generic or word in _JOINERS or len(word) < 2:
            continue
        if country_of(word):
            has_country = True
            continue
        return True
    return has_country and kind in (None, "diplomatic_mission")
