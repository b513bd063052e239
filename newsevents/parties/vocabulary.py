"""The vocabulary of actors, canonical names, and a per-document registry of who is who.

Used by the `who` stage (newsevents/extract/who.py) and by the stages that read its mentions
(claims: speakers; events: actors and targets). Public API:

- ``lexicon(code) -> PartyLexicon``: the compiled vocabulary of ``lang/<code>/parties.yaml``
  (titles, institutions, missions, facilities, civilians, metonymy cues), built once per language.
- ``known_person(text, on=None) -> KnownPerson | None``: a public figure from ``data/persons.yaml``
  ("Vladimir Poutine", "Putin" -> Vladimir Putin, RU, president).
- ``known_organizations() -> (regex, index)``: named organisations and institutional metonyms
  from ``data/organizations.yaml`` ("le Kremlin" -> Russia, government, role "metonymy").
- ``country_of_name / country_of_adjective / capital_of / english_country``: memoised calls of
  ``newsevents.parties.countries`` (the places stage owns the tables).
- ``Registry``: a document's parties by position, so a later "Sandu", "l'ambassadeur",
  "le Premier ministre arménien", "l'ambassade" or "l'agence" resolves to the party named before.
- ``party_at(article, span) -> Party | None`` and ``last_person(article, before) -> Party | None``:
  what the claims stage needs to turn a speaker span or a pronoun into a party.
- ``stands_for_government(token, text, language) -> bool``: whether a capital at a spaCy token is
  used for its government ("Moscou a rejeté", "selon Bakou", "une lettre à Moscou"), so the
  places stage can leave it out of places.
- ``PhraseIndex``: many phrase regexes looked up by first word (the lexicon matcher of the who and
  weapons stages).

Why a registry per document rather than coreference models: news text names a person in full
once, with a title, and then by surname or title only; the most recent compatible party before
the mention is right in the overwhelming majority of cases, and costs a list scan.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from newsevents.datafiles import load_yaml
from newsevents.lang import load_language
from newsevents.model import Article, Party
from newsevents.parties import countries

DATA = Path(__file__).resolve().parent.parent / "data"
PERSONS = DATA / "persons.yaml"
ORGANIZATIONS = DATA / "organizations.yaml"

COUNTRY_CACHE = 20_000  # distinct words looked up per process; news repeats a few thousand

_ADJ_SLOT = "[ADJ]"


def fold(text: str) -> str:
    """Lower case, typographic apostrophes and hyphens unified, single spaces."""
    t = text.casefold().replace("’", "'").replace("‑", "-")
    return " ".join(t.split())


def phrase_regex(phrase: str) -> str:
    """A literal phrase as a regex: any run of spaces matches, "[ADJ]" is an optional word slot."""
    parts = []
    for word in phrase.split():
        if word == _ADJ_SLOT:
            parts.append(r"(?:\s+(?P<adj>[^\W\d_][\w\-]*))?")
        else:
            parts.append(r"\s+" + re.escape(word) if parts else re.escape(word))
    return "".join(parts)


_WORD = re.compile(r"\w+")


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    """A phrase regex of a PhraseIndex, compiled once per process on first use."""
    return re.compile(pattern)


# texts whose words are kept: the indexes of one article (titles, entities, weapons...) read the
# same text one after the other
_TEXT_WORDS_MEMO = 4


@lru_cache(maxsize=_TEXT_WORDS_MEMO)
def _text_words(text: str) -> tuple[tuple[int, str], ...]:
    """Each word of `text` with its start, case-folded: split once per text for every
    PhraseIndex that reads it (four per article, each scan ~300 ns a word)."""
    return tuple((w.start(), w.group(0).casefold()) for w in _WORD.finditer(text))


class PhraseIndex:
    """Many phrase regexes keyed by their first word: one dict lookup per word of the text.

    Why: one alternation of hundreds of phrases makes Python's regex engine try every phrase at
    every position (40 ms for a 3,000-character article); looking up the first word first and
    trying only the phrases that start with it costs a few hundred dict lookups.
    """

    def __init__(self, rows: list[tuple[str, re.Pattern[str] | str, Any]],
                 plurals: tuple[str, ...] = ()) -> None:
        """`rows` in priority order (longest phrase first); `plurals`: endings the first word may
        take in the text ("missiles" for "missile"). A regex given as a string is compiled the
        first time its first word is met: most of a catalogue's phrases never occur in a run,
        and compiling them all cost a tenth of a second of every start-up."""
        self.index: dict[str, list[tuple[re.Pattern[str] | str, Any]]] = {}
        for key, rx, payload in rows:
            for k in {key, *(key + p for p in plurals)}:
                self.index.setdefault(k, []).append((rx, payload))

    @staticmethod
    def key(phrase: str) -> str:
        m = _WORD.search(fold(phrase))
        return m.group(0) if m else ""

    def finditer(self, text: str) -> list[tuple[re.Match[str], Any]]:
        """Non-overlapping matches, leftmost first, the first listed phrase winning at a position."""
        out: list[tuple[re.Match[str], Any]] = []
        end = 0
        index = self.index
        for start, word in _text_words(text):
            if start < end:
                continue
            candidates = index.get(word)
            if not candidates:
                continue
            for rx, payload in candidates:
                if isinstance(rx, str):
                    rx = _compiled(rx)
                m = rx.match(text, start)
                if m:
                    out.append((m, payload))
                    end = m.end()
                    break
        return out


# --- the vocabulary of one language ------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class EntityRule:
    """One row of ``entities:`` in parties.yaml."""

    name: str
    kind: str
    needs_country: bool = False
    located: bool = False
    proper: bool = False
    anaphora: tuple[str, ...] = ()  # kinds a bare mention may refer back to
    # words right after the phrase that give it another sense ("le port du masque": wearing)
    not_before: re.Pattern[str] | None = None
    # the name with a country, when the text's own words are not "<name> of <Country>": "l'armée
    # malienne" -> "{demonym} army" -> "Malian army" (what analysts write, and what the text says)
    template: str | None = None
    bare: str | None = None  # the name with no country ("army"); default `name`
    city: bool = False  # a city after an owner link or before the phrase is its owner ("{place}")
    # the owner when the text names none: a phrase that is one state's institution by usage ("the
    # State Department" is the US's); a named owner still wins
    country: str | None = None
    # `country` only when the text names that country somewhere: "the Foreign Office" is the UK's
    # in a story that mentions Britain, Pakistan's in one from Islamabad that does not
    country_if_named: bool = False


@dataclass(frozen=True, slots=True)
class PartyLexicon:
    code: str
    person_labels: frozenset[str]
    place_labels: frozenset[str]
    org_labels: frozenset[str]
    subject_deps: frozenset[str]
    titles: PhraseIndex
    title_roles: dict[str, str]
    title_prefixes: frozenset[str]
    posting: re.Pattern[str]  # matches the end of text before a posted-to country
    locative: re.Pattern[str]  # matches the end of text before a place
    place_complement: re.Pattern[str]  # "le territoire de " before a country
    this_country: re.Pattern[str]
    source_markers: re.Pattern[str]
    honorific: re.Pattern[str]  # "M. ", "Mme ", "Mr " before a name
    recipient_prepositions: re.Pattern[str]  # "à Moscou" after "une lettre": a recipient
    speech_nouns: frozenset[str]
    recipient_verbs: frozenset[str]
    accusation_verbs: frozenset[str]  # "accusé Kiev de", "blamed Kyiv for": the accused government
    entities: PhraseIndex  # payload: EntityRule; group "adj" is the [ADJ] slot
    owner_link: re.Pattern[str]  # "de la ", "d'", "of the " right after a phrase
    place_link: re.Pattern[str]  # "en ", "à ", "in " right after a phrase
    apposition: re.Pattern[str]  # ", le ", ", the " between a name and its title
    name_links: frozenset[str]  # small words between a title and the name it announces
    name_particles: frozenset[str] = frozenset()  # "al", "ben", "van": lower-case parts of a name
    both_countries: re.Pattern[str] | None = None  # "les deux pays": the last two countries named
    owner_words: frozenset[str] = frozenset()  # "de", "du", "of": a complement follows
    article_words: frozenset[str] = frozenset()  # "la", "l'", "the"
    data: dict[str, Any] = field(default_factory=dict)


def _alternation(words: list[str]) -> str:
    ordered = sorted({fold(w) for w in words if w}, key=lambda w: (-len(w), w))  # same in every process
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered) or r"(?!x)x"


def _end_regex(words: list[str], tail: str = r"\s*") -> re.Pattern[str]:
    """Matches when text ENDS with one of the words (plus an optional article)."""
    return re.compile(rf"(?<![\w])(?:{_alternation(words)}){tail}$", re.IGNORECASE)


@cache
def lexicon(code: str) -> PartyLexicon:
    """The compiled vocabulary of one language (read once per process)."""
    s = load_language(code).section("parties")
    roles: dict[str, str] = {}
    title_phrases: list[str] = []
    for role, phrases in (s.get("titles") or {}).items():
        for p in phrases or []:
            roles.setdefault(fold(str(p).replace(_ADJ_SLOT, " ")), str(role))
            title_phrases.append(str(p))
    title_phrases.sort(key=len, reverse=True)
    # regexes as strings, compiled when their first word occurs; a title is a whole word on both
    # sides: "major général" inside "l'état-major général" is the command, no officer
    titles = PhraseIndex([
        (PhraseIndex.key(p), rf"(?i)(?<![\w\-]){phrase_regex(p)}(?![\w\-])", p)
        for p in title_phrases])
    rows: list[tuple[str, EntityRule]] = []
    for entry in s.get("entities") or []:
        anaphora = entry.get("anaphora") or ()
        not_before = entry.get("not_before")
        rule = EntityRule(str(entry["name"]), str(entry["kind"]), bool(entry.get("needs_country")),
                          bool(entry.get("located")), bool(entry.get("proper")),
                          tuple([anaphora] if isinstance(anaphora, str) else anaphora),
                          re.compile(rf"\s*(?:{not_before})(?!\w)", re.IGNORECASE) if not_before else None,
                          entry.get("template"), entry.get("bare"), bool(entry.get("city")),
                          str(entry["country"]) if entry.get("country") else None,
                          bool(entry.get("country_if_named")))
        rows.extend((str(p), rule) for p in entry.get("phrases") or [])
    rows.sort(key=lambda r: len(r[0].replace(_ADJ_SLOT, "")), reverse=True)  # longest phrase first
    entities = PhraseIndex([  # regexes as strings: compiled when their first word occurs
        (PhraseIndex.key(p), rf"(?i)(?<![\w\-]){phrase_regex(p)}(?![\w\-])", rule)
        for p, rule in rows])
    place_nouns = [str(x) for x in s.get("place_nouns") or []]
    owner_words = [str(x) for x in s.get("owner_links") or []]
    articles = rf"(?:(?:{_alternation([str(x) for x in s.get('articles') or []])})\s*)?"
    appos_articles = [str(x) for x in s.get("apposition_articles") or []]
    return PartyLexicon(
        code=code,
        person_labels=frozenset(s.get("person_labels") or []),
        place_labels=frozenset(s.get("place_labels") or []),
        org_labels=frozenset(s.get("org_labels") or []),
        subject_deps=frozenset(s.get("subject_deps") or []),
        titles=titles,
        title_roles=roles,
        title_prefixes=frozenset(fold(str(x)) for x in s.get("title_prefixes") or []),
        posting=_end_regex([str(x) for x in s.get("posting_prepositions") or []], rf"\s*{articles}"),
        locative=_end_regex([str(x) for x in s.get("locative_prepositions") or []], rf"\s*{articles}"),
        place_complement=re.compile(
            rf"(?<![\w])(?:{_alternation(place_nouns)})\s+(?:{_alternation(owner_words)})\s*{articles}$",
            re.IGNORECASE),
        this_country=re.compile(rf"(?<![\w])(?:{_alternation([str(x) for x in s.get('this_country') or []])})"
                                r"(?![\w])", re.IGNORECASE),
        both_countries=re.compile(rf"(?<![\w])(?:{_alternation([str(x) for x in s['both_countries']])})"
                                  r"(?![\w])", re.IGNORECASE) if s.get("both_countries") else None,
        source_markers=_end_regex([str(x) for x in s.get("source_markers") or []]),
        honorific=re.compile(rf"^(?:{_alternation([str(x) for x in s.get('honorifics') or []])})\s+",
                             re.IGNORECASE),
        recipient_prepositions=_end_regex([str(x) for x in s.get("recipient_prepositions") or []]),
        speech_nouns=frozenset(fold(str(x)) for x in s.get("speech_nouns") or []),
        recipient_verbs=frozenset(fold(str(x)) for x in s.get("recipient_verbs") or []),
        accusation_verbs=frozenset(fold(str(x)) for x in
                                   load_language(code).section("arguments").get("accusation_verbs") or []),
        entities=entities,
        owner_link=re.compile(rf"\s*(?:{_alternation(owner_words)})\s*{articles}", re.IGNORECASE),
        place_link=re.compile(rf"\s*(?:{_alternation([str(x) for x in s.get('posting_prepositions') or []])})"
                              rf"\s*{articles}", re.IGNORECASE),
        apposition=re.compile(rf"\s*,\s*(?:(?:{_alternation(appos_articles)})\s+)?", re.IGNORECASE),
        name_links=frozenset(str(x).casefold() for x in s.get("title_name_links") or []),
        name_particles=frozenset(str(x).casefold() for x in s.get("name_particles") or []),
        owner_words=frozenset(fold(w) for w in owner_words),
        article_words=frozenset(fold(str(x)) for x in s.get("articles") or []),
        data=s,
    )


def role_of(title: str, code: str) -> str | None:
    """The English role of a title phrase ("Premier ministre" -> "prime minister",
    "ministre ukrainien des Affaires étrangères" -> "foreign minister")."""
    lex = lexicon(code)
    t = fold(title)
    if t not in lex.title_roles:  # drop a country adjective inside the title
        words = t.split()
        kept = [w for w in words if country_of_adjective(w, code) is None]
        if len(kept) < len(words) and " ".join(kept) in lex.title_roles:
            return lex.title_roles[" ".join(kept)]
    for prefix in sorted(lex.title_prefixes, key=len, reverse=True):
        if t.startswith(prefix) and fold(t[len(prefix):].lstrip(" -")) in lex.title_roles:
            t = fold(t[len(prefix):].lstrip(" -"))
            break
    return lex.title_roles.get(t)


# --- capitals standing for governments ----------------------------------------------------

# characters looked back for "selon", "according to" or a locative preposition before a name
METONYMY_CONTEXT_CHARS = 30


def stands_for_government(tok: Any, text: str, language: str) -> bool:
    """Does a capital (or any place name) at spaCy token `tok` stand for its government here?

    Yes as a subject ("Moscou a rejeté"), as the accused of an accusation verb ("a accusé Kiev
    d'avoir tiré", ``accusation_verbs`` of lang/<code>/arguments.yaml), after a source marker
    ("selon Bakou"), as the author of a statement ("les déclarations d'Erevan"), or as the
    recipient of a letter or a demand ("une lettre à Moscou"); no in apposition ("la capitale,
    Kiev,") or after a locative preposition other than a recipient's ("à Moscou" after a
    recipient verb/noun is a recipient, "dans Moscou" never). Public so the places stage can leave
    such names out of places.
    """
    lex = lexicon(language)
    if tok.dep_ in lex.subject_deps:
        return True
    if tok.dep_ in ("obj", "dobj") and fold(tok.head.lemma_) in lex.accusation_verbs:
        return True  # "Moscou a accusé Kiev d'avoir tiré", "blamed Kyiv for the strike": who is accused
    if tok.dep_ == "conj" and tok.head.i < tok.i and tok.head.dep_ in lex.subject_deps:
        return True  # "Paris et Berlin ont convenu": a conjunct of the subject
    before = text[max(0, tok.idx - METONYMY_CONTEXT_CHARS):tok.idx]
    if lex.source_markers.search(before):
        return True
    if tok.dep_ == "appos":
        return False
    if lex.locative.search(before) and not lex.recipient_prepositions.search(before):
        return False
    head = tok.head
    if head.pos_ == "ADP" and head.i != tok.i:
        head = head.head
    lemma = fold(head.lemma_)
    if head.i != tok.i and (lemma in lex.speech_nouns or lemma in lex.recipient_verbs):
        return not sealed_at(head, language)
    doc = tok.doc
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    return bool(nxt is not None and nxt.text == "'s" and tok.i + 2 < len(doc)
                and fold(doc[tok.i + 2].lemma_) in lex.speech_nouns)


SEALING_HOPS = 3  # "signé une déclaration de principes à Doha": principes -> déclaration -> signé


def sealed_at(word: Any, language: str) -> bool:
    """The text or act the place name completes is signed or concluded there ("ont signé une
    déclaration de principes à Doha"): the place is where, not a recipient (``sealing_verbs`` in
    lang/<code>/places.yaml)."""
    verbs = {str(v).lower() for v in load_language(language).section("places").get("sealing_verbs") or []}
    for _ in range(SEALING_HOPS):
        if word.pos_ in ("VERB", "AUX"):
            return word.lemma_.lower() in verbs
        if word.head.i == word.i:
            return False
        word = word.head
    return word.pos_ == "VERB" and word.lemma_.lower() in verbs


# --- public figures and named organisations ---------------------------------------------------

@dataclass(frozen=True, slots=True)
class KnownPerson:
    name: str
    country: str | None
    role: str | None
    # dated roles from persons.yaml ``roles: [{role, since, until}]``: (role, since, until)
    roles: tuple[tuple[str, date | None, date | None], ...] = ()

    def role_on(self, day: date | None) -> str | None:
        """The role held on a day (the article's date); the current ``role`` without a date or
        without dated roles, None when the dated roles say nothing about that day."""
        if day is None or not self.roles:
            current = [r for r, _since, until in self.roles if until is None]
            return self.role or (current[-1] if current else None)
        for role, since, until in self.roles:
            if (since is None or since <= day) and (until is None or day <= until):
                return role
        return None


@cache
def _persons() -> dict[str, KnownPerson]:
    data = load_yaml(PERSONS) or {}
    index: dict[str, KnownPerson] = {}
    for p in data.get("persons") or []:
        roles = tuple((str(r["role"]), _day(r.get("since")), _day(r.get("until")))
                      for r in p.get("roles") or [])
        person = KnownPerson(str(p["name"]), p.get("country"), p.get("role"), roles)
        for alias in [p["name"], *(p.get("aliases") or [])]:
            index.setdefault(fold(str(alias)), person)
    return index


@cache
def known_single_names() -> frozenset[str]:
    """Folded one-word spellings of public figures ("poutine", "zelensky")."""
    return frozenset(k for k in _persons() if " " not in k)


def _day(value: Any) -> date | None:
    """A YAML date (parsed by PyYAML) or an ISO string."""
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


def known_person(text: str, on: date | None = None) -> KnownPerson | None:
    """A public figure by any listed spelling, full or surname ("Poutine" -> Vladimir Putin).

    With ``on`` (the article's date) the role is the one held that day, from the dated
    ``roles`` of persons.yaml ("Denys Shmyhal": prime minister until July 2025)."""
    person = _persons().get(fold(text))
    if person is None or not person.roles:
        return person
    return replace(person, role=person.role_on(on))


@dataclass(frozen=True, slots=True)
class KnownOrganization:
    name: str
    kind: str
    country: str | None
    role: str | None


@cache
def known_organizations() -> tuple[re.Pattern[str], dict[str, KnownOrganization]]:
    """One case-sensitive regex over every alias, and folded alias -> organisation."""
    ordered, index = _organization_aliases()
    body = "|".join(re.escape(a).replace(r"\ ", r"\s+") for a in ordered)
    return re.compile(rf"(?<![\w\-])(?:{body})(?![\w\-])"), index


@cache
def _organization_aliases() -> tuple[tuple[str, ...], dict[str, KnownOrganization]]:
    """Every alias in the alternation's order, and folded alias -> organisation."""
    data = load_yaml(ORGANIZATIONS) or {}
    index: dict[str, KnownOrganization] = {}
    aliases: list[str] = []
    for o in data.get("organizations") or []:
        org = KnownOrganization(str(o["name"]), str(o.get("kind") or "organization"), o.get("country"),
                                o.get("role"))
        names = o.get("aliases") or []
        if org.role != "metonymy":  # "Russia" as a name is a country, found by the who stage
            names = [o["name"], *names]
        for alias in names:
            index.setdefault(fold(str(alias)), org)
            aliases.append(str(alias))
            if "'" in str(alias):  # news types either apostrophe: "l'homme", "l’homme"
                aliases.append(str(alias).replace("'", "’"))
    # longest first; among equals by spelling: the same pattern in every process (nlp_regex)
    return tuple(sorted(set(aliases), key=lambda a: (-len(a), a))), index


@cache
def _organizations_by_word() -> dict[str, list[str]]:
    """The aliases of known_organizations by their first word (case-folded; "" when an alias starts
    with no letter or digit), each its own regex with the alternation's bounds, in its order."""
    out: dict[str, list[str]] = {}
    for alias in _organization_aliases()[0]:
        word, body = _WORD.match(alias), re.escape(alias).replace(r"\ ", r"\s+")
        key = word.group(0).casefold() if word and word.start() == 0 else ""
        out.setdefault(key, []).append(rf"(?<![\w\-])(?:{body})(?![\w\-])")
    return out


def organization_matches(text: str) -> list[re.Match[str]]:
    """The matches of ``known_organizations()[0].finditer(text)``, found as a PhraseIndex finds its
    phrases: only the aliases whose first word is the text's word are tried at a word's start.

    Why: the ~500 aliases' alternation was tried at every word's start (0.15 s CPU per 454
    articles). A match can only start at a word's start (each alias starts with a letter or digit
    and none may follow a letter, digit or hyphen), where the word is the alias's first word; the
    first alias of the alternation's order that matches there wins, and the next match is looked
    for after it, as ``finditer`` does.
    """
    by_word, out, end = _organizations_by_word(), [], 0
    if "" in by_word:  # an alias that starts with no letter or digit: the alternation itself
        return list(known_organizations()[0].finditer(text))
    for start, word in _text_words(text):
        if start >= end:
            for rx in by_word.get(word, ()):
                m = _compiled(rx).match(text, start)
                if m:
                    out.append(m)
                    end = m.end()
                    break
    return out


@cache
def media_names() -> frozenset[str]:
    """Folded English names of the outlets and agencies of data/organizations.yaml (``media:
    true``): they report incidents and are never a party to one."""
    data = load_yaml(ORGANIZATIONS) or {}
    return frozenset(fold(str(o["name"])) for o in data.get("organizations") or [] if o.get("media"))


def is_media(name: str) -> bool:
    """The party's English name is an outlet's or a news agency's ("France 24", "AFP")."""
    return fold(name) in media_names()


# --- countries (tables in newsevents.parties.countries) ---------------------------------------
# Memoised because the who stage asks about every capitalised n-gram and every token; the tables
# themselves are built once per language by newsevents.parties.countries.

@lru_cache(maxsize=COUNTRY_CACHE)
def country_of_name(text: str, code: str) -> str | None:
    """ISO2 of a country name ("la Fédération de Russie" -> "RU"), else None."""
    return countries.country_from_name(text, code)


@lru_cache(maxsize=COUNTRY_CACHE)
def country_of_adjective(word: str, code: str) -> str | None:
    """ISO2 of a country adjective or demonym ("azerbaïdjanaise", "Russian"), else None."""
    return countries.country_from_adjective(word, code)


@lru_cache(maxsize=COUNTRY_CACHE)
def capital_of(text: str, code: str) -> str | None:
    """ISO2 of the country whose capital this is ("Bakou" -> "AZ"), else None."""
    return countries.capital_country(text, code)


@lru_cache(maxsize=512)
def english_country(iso2: str | None) -> str | None:
    """English name of a country code ("AZ" -> "Azerbaijan"); the code itself if unknown."""
    if not iso2:
        return None
    return countries.country_name(iso2) or iso2


@cache
def english_demonym(iso2: str | None) -> str | None:
    """The English adjective of a country for names ("ML" -> "Malian"): `name_demonyms` of
    lang/en/parties.yaml where the usual one is not the demonym of lang/en/places.yaml ("Myanmar
    military", not "Burmese"), else the first demonym there, else None."""
    if not iso2:
        return None
    overrides = load_language("en").section("parties").get("name_demonyms") or {}
    if iso2 in overrides:
        return str(overrides[iso2])
    words = (load_language("en").section("places").get("demonyms") or {}).get(iso2) or []
    return str(words[0]) if words else None


# --- the per-document registry ----------------------------------------------------------------

def surname(name: str) -> str:
    """The last word of a person's name, folded ("Maia Sandu" -> "sandu")."""
    words = fold(name).replace("-", " ").split()
    return words[-1] if words else ""


@dataclass(slots=True)
class Registry:
    """The parties of one document by position, for resolving later short references."""

    starts: list[int] = field(default_factory=list)
    parties: list[Party] = field(default_factory=list)
    bases: dict[str, str] = field(default_factory=dict)  # party name -> its lexicon name

    def add(self, start: int, party: Party, base: str | None = None) -> None:
        i = bisect_left(self.starts, start)
        self.starts.insert(i, start)
        self.parties.insert(i, party)
        if base:
            self.bases.setdefault(party.name, base)

    def has_base(self, party: Party, base: str) -> bool:
        """The party is an instance of a lexicon institution ("Malian army" of "Armed Forces")."""
        name = party.name
        return name == base or name.startswith(base + " of ") or self.bases.get(name) == base

    def _before(self, position: int) -> list[Party]:
        return self.parties[:bisect_left(self.starts, position)]

    def last(self, position: int, kind: str | None = None, base: str | None = None,
             role: str | None = None, country: str | None = None,
             qualified: bool = False) -> Party | None:
        """The most recent party before `position` matching every given field."""
        for p in reversed(self._before(position)):
            if qualified and not p.country:
                continue
            if kind and p.kind != kind:
                continue
            if base and not self.has_base(p, base):
                continue
            if role and p.role != role:
                continue
            if country and p.country != country:
                continue
            return p
        return None

    def last_of(self, position: int, kinds: tuple[str, ...], qualified: bool = False) -> Party | None:
        """The most recent named party of one of `kinds` before `position` (not a metonymy)."""
        for p in reversed(self._before(position)):
            if p.kind in kinds and p.role != "metonymy" and (p.country or not qualified):
                return p
        return None

    def surnames(self) -> set[str]:
        """Surnames of the persons registered so far."""
        return {surname(p.name) for p in self.parties if p.kind == "person"}

    def person(self, position: int, name: str) -> Party | None:
        """A person named before `position` whose surname (or full name) matches `name`."""
        key, full = surname(name), fold(name)
        for p in reversed(self._before(position)):
            if p.kind == "person" and (fold(p.name) == full or surname(p.name) == key):
                return p
        return None

    def any_person(self, name: str) -> Party | None:
        """A person anywhere in the document with that surname (full name wins over a bare one)."""
        key = surname(name)
        best = None
        for p in self.parties:
            if p.kind == "person" and surname(p.name) == key \
                    and (best is None or len(p.name) > len(best.name)):
                best = p
        return best


def at(party: Party, text: str, span: tuple[int, int], **changes: Any) -> Party:
    """A copy of a registry party for a new mention (its own words and span)."""
    return replace(party, text=text, span=span, **changes)


# --- helpers for the stages that read party mentions -------------------------------------------

def party_at(article: Article, span: tuple[int, int]) -> Party | None:
    """The party mention that best covers an original-text span (longest overlap), or None."""
    best, best_overlap = None, 0
    for m in article.mentions:
        if m.kind != "party":
            continue
        overlap = min(m.span[1], span[1]) - max(m.span[0], span[0])
        if overlap > best_overlap:
            best, best_overlap = m.value, overlap
    return best if isinstance(best, Party) else None


def last_person(article: Article, before: int) -> Party | None:
    """The last person mentioned before an original-text offset (for "il", "elle", "he")."""
    best = None
    for m in article.mentions:
        if m.kind == "party" and isinstance(m.value, Party) and m.value.kind == "person" \
                and m.span[1] <= before and (best is None or m.span[0] > best[0]):
            best = (m.span[0], m.value)
    return best[1] if best else None


# --- token helpers of the who stage ---------------------------------------------------------

def trim_entity(span: Any) -> tuple[int, int, int]:
    """An entity without leading function words ("de France" -> "France")."""
    i = span.start
    while i < span.end - 1 and span.doc[i].pos_ in ("ADP", "DET") and not span.doc[i].text[0].isupper():
        i += 1
    return span.doc[i].idx, span.end_char, i


_NAME_WORD = re.compile(r"^[^\W\d_][\w'\-.]*$")


def name_end(doc: Any, ti: int, tj: int) -> int:
    """Trim an NER person span to its capitalised words ("Poutine – ndlr" -> "Poutine")."""
    end = ti
    while end < tj and (_name_word(doc, end, ti) or _joining_hyphen(doc, end, tj)):
        end += 1
    return max(end, ti + 1)


def _name_word(doc: Any, i: int, ti: int) -> bool:
    """A word of a name: capitalised (or a later particle: "de", "van"), not a possessive."""
    text = doc[i].text
    return bool(_NAME_WORD.match(text)) and (text[0].isupper() or i > ti) and text != "'s"


def _joining_hyphen(doc: Any, i: int, tj: int) -> bool:
    """A hyphen with no space around it inside a name ("Al-Fateh Qurashi", "Abu-Obaida")."""
    return doc[i].text == "-" and i > 0 and not doc[i - 1].whitespace_ and not doc[i].whitespace_ \
        and i + 1 < tj and doc[i + 1].text[:1].isupper()


# longest country name in tokens ("République démocratique du Congo", "Bosnie - Herzégovine")
MAX_COUNTRY_TOKENS = 5
# dotted abbreviations that may name a country ("U.S.", "U.K.")
_ABBREVIATION = re.compile(r"(?:[A-Z]\.){2,3}")


def starts_sentence(tok: Any) -> bool:
    """A real sentence start: after . ! ? or a line break (the parser's own sentence starts fall
    inside hyphenated words such as "état-major")."""
    if tok.i == 0:
        return True
    prev = tok.doc[tok.i - 1]
    return prev.text in (".", "!", "?") or (prev.is_space and "\n" in prev.text) or "\n" in prev.whitespace_


def capitalised_ngrams(doc: Any) -> list[tuple[int, int, int]]:
    """Spans of up to MAX_COUNTRY_TOKENS tokens that start and end with a capitalised word, longest
    first at each position ("Fédération de Russie", "United States", "Kyiv")."""
    out = []
    for tok in doc:
        if not ((tok.is_alpha or _ABBREVIATION.fullmatch(tok.text)) and tok.text[0].isupper()) \
                or tok.pos_ == "DET":
            continue
        for n in range(min(MAX_COUNTRY_TOKENS, len(doc) - tok.i), 0, -1):
            last = doc[tok.i + n - 1]
            if last.text[0].isupper() and not any(t.is_punct and t.text != "-" for t in doc[tok.i:tok.i + n]):
                out.append((tok.idx, last.idx + len(last.text), tok.i))
    return out


def verb_between(doc: Any, start: int, end: int) -> bool:
    """A finite verb in the apposition means the title starts a clause of its own."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and any(t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "acl")
                                    for t in span)
