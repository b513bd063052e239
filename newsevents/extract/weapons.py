"""Stage `weapons`: named weapon systems and generic weapon nouns, with their category.

Output (appended to ``article.mentions``)::

    Mention(kind="weapon", span, text, sentence,
            value=Weapon(name, category, text, span))

- Named systems come from the language-independent catalogue ``newsevents/data/weapons.yaml``
  (canonical name, aliases and transliterations, category). ``name`` is the catalogue's
  canonical name ("Tochka-U", "Zircon", "Shahed-136").
- Generic nouns come from ``lang/<code>/weapons.yaml`` (``name`` is the English generic:
  "missile", "drone", "artillery shell", "guided aerial bomb").
- A generic noun joined to the named system after it ("missiles « Tsirkon »", "missile de type
  Kalibr", "drones Shahed", "Tochka-U missiles") is ONE mention of the named system whose span
  covers both; the generic noun is then not reported on its own.
- ``category`` is one of ballistic_missile, cruise_missile, hypersonic_missile, missile, drone,
  aircraft, artillery, rocket, explosive, firearm, other.

Public helpers for other stages: ``find_weapons(text, language) -> list[WeaponMatch]`` (offsets
into the given text), ``catalogue_entry(name) -> (name, category) | None``.

Why regular expressions on the text rather than spaCy tokens: spaCy splits "Tochka-U" into
three tokens but keeps "Kh-101" whole, and its French NER labels weapon names PER, LOC or MISC
at random. One compiled alternation per language (longest alias first, hyphen/space variants and
plurals folded in) finds every alias in one pass; the entity ruler patterns registered here keep
the NER from mislabelling them (label WEAPON).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path
from typing import Any

from newsevents.datafiles import load_yaml
from newsevents.extract.weapons_ground import on_the_ground
from newsevents.lang import LangData, load_language
from newsevents.model import Article, Mention, Weapon
from newsevents.nlp import register_patterns
from newsevents.parties import PhraseIndex

CATALOGUE = Path(__file__).resolve().parent.parent / "data" / "weapons.yaml"

# characters allowed between a generic noun and the system name, besides the link words
_GAP_CHARS = r"[\s\"'«»“”()\-]*"
# a match of a common-noun phrase that starts with a capital letter mid-sentence is a name
# ("Shell", "Tank"): we skip it unless the phrase is an acronym ("IED")
_SENTENCE_OPENERS = frozenset('.!?:;"«»\n')
_OPENING_DASHES = frozenset("-–—")


@dataclass(frozen=True, slots=True)
class WeaponMatch:
    """One weapon found in a text: offsets into that text."""

    start: int
    end: int
    name: str
    category: str
    named: bool  # from the catalogue (a system), not a generic noun


def _alias_regex(alias: str) -> str:
    """A regex for one alias: hyphens and spaces interchangeable or absent between parts."""
    parts = [p for p in re.split(r"[\s\-‐‑–]+", alias.strip()) if p]
    body = r"[\s\-‐‑–]?".join(re.escape(p) for p in parts)
    return body


def _key(text: str) -> str:
    """Fold an alias or matched text for lookup: lower case, no separators, no plural s."""
    folded = re.sub(r"[\s\-‐‑–\"'«»]+", "", text.casefold())
    return folded


@cache
def _catalogue() -> list[dict[str, Any]]:
    data = load_yaml(CATALOGUE) or {}
    return list(data.get("systems", []))


@cache
def _catalogue_index() -> tuple[dict[str, tuple[str, str]], PhraseIndex]:
    """Folded alias -> (canonical name, category), and a first-word index of every alias."""
    index: dict[str, tuple[str, str]] = {}
    rows: list[tuple[str, str, bool]] = []  # (alias, regex, case-insensitive)
    for entry in _catalogue():
        value = (str(entry["name"]), str(entry["category"]))
        aliases = [str(entry["name"]), *map(str, entry.get("aliases") or [])]
        strict = list(map(str, entry.get("cased") or []))
        if str(entry["name"]) in strict:
            aliases.remove(str(entry["name"]))
        for alias in aliases + strict:
            index.setdefault(_key(alias), value)
        rows.extend((a, _alias_regex(a), True) for a in aliases)
        rows.extend((a, _alias_regex(a), False) for a in strict)
    rows.sort(key=lambda r: -len(r[0]))
    phrases = PhraseIndex([  # regexes as strings: compiled when their first word occurs
        (PhraseIndex.key(alias),
         rf"(?<![\w\-]){'(?i:' + rx + ')' if loose else rx}(?:s|'s)?(?![\w\-])", alias)
        for alias, rx, loose in rows], plurals=("s",))
    return index, phrases


def catalogue_entry(name: str) -> tuple[str, str] | None:
    """The (canonical name, category) of a weapon name or alias, or None."""
    index, _ = _catalogue_index()
    key = _key(name)
    return index.get(key) or (index.get(key[:-1]) if key.endswith("s") else None)


def _phrase_regex(phrase: str, endings: tuple[str, ...]) -> str:
    """A generic phrase: every word may take a plural ending; apostrophes and hyphens as written."""
    plural = "(?:" + "|".join(map(re.escape, endings)) + ")?" if endings else ""
    return r"\s+".join(re.escape(w) + plural if w[-1:].isalpha() and len(w) > 2 else re.escape(w)
                       for w in phrase.split())


def _singular(word: str, endings: tuple[str, ...]) -> str:
    """`word` without one plural ending of the language (the longest that fits)."""
    for e in endings:  # longest first (see _lexicon)
        if word.endswith(e) and len(word) > len(e):
            return word[: len(word) - len(e)]
    return word


@dataclass(frozen=True, slots=True)
class _Lexicon:
    generic: PhraseIndex
    generic_index: dict[str, tuple[str, str]]  # folded phrase -> (name, category)
    acronyms: frozenset[str]
    link: re.Pattern[str]  # generic ... named
    link_after: re.Pattern[str]  # named ... generic
    plurals: tuple[str, ...]  # plural endings of generic words, longest first


@cache
def _lexicon(language: str) -> _Lexicon:
    section = load_language(language).section("weapons")
    plurals = tuple(sorted((str(e) for e in section.get("plural_endings") or []), key=len, reverse=True))
    index: dict[str, tuple[str, str]] = {}
    phrases: list[str] = []
    acronyms: set[str] = set()
    for entry in section.get("generic", []):
        for phrase in entry.get("phrases", []):
            phrase = str(phrase)
            value = (str(entry["name"]), str(entry["category"]))
            index.setdefault(_key(phrase), value)
            # the per-word fold of _generic_value also strips an "s" no plural put there
            # ("véhicules aériens sans pilote" folds "sans" to "san"): index the folded form too
            index.setdefault(_key(" ".join(_singular(w, plurals) for w in phrase.casefold().split())), value)
            phrases.append(phrase)
            if phrase.isupper():
                acronyms.add(phrase)
    phrases.sort(key=len, reverse=True)
    generic = PhraseIndex([  # regexes as strings: compiled when their first word occurs
        (PhraseIndex.key(p), rf"(?i)(?<![\w\-]){_phrase_regex(p, plurals)}(?![\w\-])", p)
        for p in phrases], plurals=plurals)
    links = sorted((str(x) for x in section.get("name_links", [])), key=len, reverse=True)
    link_body = "|".join(re.escape(x).replace(r"\ ", r"\s+") for x in links)
    link_rx = rf"{_GAP_CHARS}(?:(?:{link_body}){_GAP_CHARS})?" if links else _GAP_CHARS
    return _Lexicon(generic, index, frozenset(acronyms), re.compile(rf"^{link_rx}$", re.IGNORECASE),
                    re.compile(rf"^{_GAP_CHARS}$"), plurals)


def _generic_value(lex: _Lexicon, matched: str) -> tuple[str, str] | None:
    key = _key(matched)
    for k in (key, key[:-1], _singular(key, lex.plurals)):
        if k in lex.generic_index:
            return lex.generic_index[k]
    # per-word plural: fold each word's plural ending
    words = [_singular(w, lex.plurals) for w in re.split(r"\s+", matched.casefold())]
    return lex.generic_index.get(_key(" ".join(words)))


def _mid_sentence_capital(text: str, start: int) -> bool:
    """True when text[start] is a capital letter that does not open a sentence."""
    if not text[start].isupper():
        return False
    j = start - 1
    while j >= 0 and text[j] in " \t":
        j -= 1
    # a dash set off by spaces opens the story after a dateline or a time stamp ("(Reuters) -
    # Drones launched by ...", "09:12 GMT - Drones ...")
    if j >= 1 and j < start - 1 and text[j] in _OPENING_DASHES and text[j - 1] in " \t":
        return False
    return j >= 0 and text[j] not in _SENTENCE_OPENERS


def _named(text: str) -> list[WeaponMatch]:
    _, pattern = _catalogue_index()
    found = []
    for m, _alias in pattern.finditer(text):
        value = catalogue_entry(m.group(0))
        if value is None and m.group(0).endswith("'s"):
            value = catalogue_entry(m.group(0)[:-2])
        if value is not None:
            end = m.end() - 2 if m.group(0).endswith("'s") else m.end()
            found.append(WeaponMatch(m.start(), end, value[0], value[1], True))
    return found


def _generic(text: str, lex: _Lexicon) -> list[WeaponMatch]:
    found = []
    for m, _phrase in lex.generic.finditer(text):
        word = m.group(0)
        if _mid_sentence_capital(text, m.start()) and not word.isupper() \
                and word.removesuffix("s") not in lex.acronyms:  # "IEDs"
            continue
        if word.isupper() and word not in lex.acronyms and len(word) <= 4:
            continue
        value = _generic_value(lex, word)
        if value is not None:
            found.append(WeaponMatch(m.start(), m.end(), value[0], value[1], False))
    return found


def _join(text: str, named: list[WeaponMatch], generic: list[WeaponMatch],
          lex: _Lexicon) -> list[WeaponMatch]:
    """Merge each generic noun with an adjacent named system into one named mention."""
    used: set[int] = set()
    out: list[WeaponMatch] = []
    starts = [g.start for g in generic]
    for n in named:
        start, end = n.start, n.end
        k = bisect_right(starts, n.start) - 1  # last generic starting before the name
        if k >= 0 and k not in used and generic[k].end <= n.start \
                and lex.link.match(text[generic[k].end:n.start]):
            used.add(k)
            start = generic[k].start
        k2 = bisect_right(starts, n.end - 1)  # first generic starting after the name
        if k2 < len(generic) and k2 not in used and generic[k2].start >= n.end \
                and lex.link_after.match(text[n.end:generic[k2].start]) \
                and "\n" not in text[n.end:generic[k2].start]:
            used.add(k2)
            end = generic[k2].end
        end = _close_quote(text, start, end)
        start = _open_quote(text, start, end)
        out.append(WeaponMatch(start, end, n.name, n.category, True))
    out.extend(g for i, g in enumerate(generic) if i not in used)
    out.sort(key=lambda w: (w.start, -w.end))
    return _drop_overlaps(out)


_OPENING_QUOTES = "\"«“"
_CLOSING = re.compile(r"\s?[\"»”]")


def _close_quote(text: str, start: int, end: int) -> int:
    """Extend a span that opened a quote ('missile « Zircon') over its closing mark."""
    inside = text[start:end]
    opened = sum(inside.count(q) for q in _OPENING_QUOTES)
    closed = inside.count("»") + inside.count("”")
    if opened > closed and (inside.count('"') % 2 == 1 or "«" in inside or "“" in inside):
        m = _CLOSING.match(text, end)
        if m:
            return m.end()
    return end


_OPENING = re.compile(r"[\"«“]\s?$")


def _open_quote(text: str, start: int, end: int) -> int:
    """Extend a span that closes a quote ('Tsirkon" missiles', English order) back over its
    opening mark."""
    inside = text[start:end]
    closing = inside.count("»") + inside.count("”")
    if inside.count('"') % 2 == 1 or closing > inside.count("«") + inside.count("“"):
        m = _OPENING.search(text, 0, start)
        if m:
            return m.start()
    return start


def _drop_overlaps(matches: list[WeaponMatch]) -> list[WeaponMatch]:
    """Keep the first (longest) of overlapping matches, preferring named systems."""
    kept: list[WeaponMatch] = []
    for m in matches:
        if kept and m.start < kept[-1].end:
            if m.named and not kept[-1].named:
                kept[-1] = m
            continue
        kept.append(m)
    return kept


def find_weapons(text: str, language: str) -> list[WeaponMatch]:
    """Every weapon in a text, in order, without overlaps (offsets into ``text``)."""
    lex = _lexicon(language)
    named = _named(text)
    generic = [g for g in _generic(text, lex)
               if not any(n.start < g.end and g.start < n.end for n in named)]
    return _join(text, named, generic, lex)


def _sentence_starts(article: Article) -> list[int]:
    return [s.start_char for s in article.doc.sents] if article.doc is not None else []


def _is_name(article: Article, w: WeaponMatch, acronyms: frozenset[str]) -> bool:
    """A capitalised generic noun the parser reads as a proper name ("Shell reported...").

    An acronym of the lexicon ("IED", "EEI") is a weapon whatever the tagger says: the models
    read an unknown run of capitals as an organisation."""
    if article.doc is None or not article.nlp_text[w.start:w.start + 1].isupper():
        return False
    words = article.nlp_text[w.start:w.end]
    if words in acronyms or words.removesuffix("s") in acronyms:
        return False
    span = article.doc.char_span(w.start, w.end, alignment_mode="expand")
    return span is not None and (span[0].pos_ == "PROPN" or span[0].ent_type_ in ("ORG", "PERSON", "PER"))


def run(article: Article) -> Article:
    """Append one weapon mention per weapon found in the article."""
    text = article.nlp_text or article.text
    starts = _sentence_starts(article)
    acronyms = _lexicon(article.language or "fr").acronyms
    for w in find_weapons(text, article.language or "fr"):
        if not w.named and _is_name(article, w, acronyms):
            continue
        grounded = None if w.named else on_the_ground(article.doc, w.start, w.end, article.language or "fr")
        w = replace(w, name=grounded, category="explosive") if grounded else w  # "a bomb exploded near ..."
        span = article.to_original(w.start, w.end)
        words = article.text[span[0]:span[1]]
        sentence = bisect_right(starts, w.start) - 1 if starts else -1
        article.mentions.append(Mention(kind="weapon", span=span, text=words, sentence=sentence,
                                        value=Weapon(w.name, w.category, words, span)))
    return article


@register_patterns
def weapon_patterns(lang: LangData) -> list[dict[str, Any]]:
    """Entity-ruler patterns (label WEAPON) for every catalogued alias and its plural."""
    patterns: list[dict[str, Any]] = []
    for entry in _catalogue():
        name = str(entry["name"])
        cased = {str(a) for a in entry.get("cased") or []}
        aliases = {name, *map(str, entry.get("aliases") or [])} - cased
        for alias in sorted(aliases):
            for form in (alias, alias + "s"):
                patterns.append({"label": "WEAPON", "pattern": form, "id": name})
        for alias in sorted(cased):
            tokens = [{"TEXT": t} for t in alias.split()]
            patterns.append({"label": "WEAPON", "pattern": tokens, "id": name})
    # the generic acronyms too ("an IED struck"), which the NER otherwise labels ORG: an actor
    lex = _lexicon(lang.code)
    for acronym in sorted(lex.acronyms):
        name = lex.generic_index[_key(acronym)][0]
        for form in (acronym, acronym + "s"):
            patterns.append({"label": "WEAPON", "pattern": [{"TEXT": form}], "id": name})
    return patterns
