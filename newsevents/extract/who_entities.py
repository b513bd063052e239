"""Stage `who`, institution phrases: the context the stage reads and how a phrase is resolved.

Why apart from who.py: a phrase of ``entities:`` in lang/<code>/parties.yaml ("le ministère
russe de la Défense", "the Kyiv city military administration", "the Shell oil depot") is resolved
from its surroundings alone (a country adjective or "<Country>'s" before it, "de la Russie" or
"en Ukraine" after it, a proper name, a city, the owner a phrase has by usage), before any person
is read; persons and bare titles then lean on the institutions found here. The per-document
context (``_Ctx``) lives here because both halves read it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from newsevents.extract.where_dateline import dateline_tokens
from newsevents.extract.who_communities import described_side
from newsevents.lang import section_words
from newsevents.model import Article, Party
from newsevents.parties import (
    EntityRule,
    PartyLexicon,
    Registry,
    country_of_adjective,
    english_country,
    english_demonym,
    fold,
    known_organizations,
    starts_sentence,
)

# longest untagged name after a title, in tokens ("Oleh Kiper", "Maria Vladimirovna Zakharova")
MAX_NAME_TOKENS = 4

_QUOTES = " \"'«»“”"

_ALL_HOW = ("name", "adj", "capital", "this")


@dataclass(slots=True)
class _Country:
    start: int  # nlp_text offsets
    end: int
    iso2: str
    how: str  # "name", "adj", "capital", "this", "both" ("les deux pays": one of the two)
    token: int  # index of the token carrying it


@dataclass(slots=True)
class _Entity:
    start: int
    end: int
    rule: EntityRule
    adj: str | None
    adj_span: tuple[int, int] | None
    party: Party | None = None
    full_end: int = -1  # end after the complements read ("... de l'Azerbaïdjan en Ukraine")
    full_start: int = -1


@dataclass(slots=True)
class _Ctx:
    article: Article
    doc: Any
    text: str
    lex: PartyLexicon
    code: str
    countries: list[_Country] = field(default_factory=list)
    places: list[tuple[int, int, str]] = field(default_factory=list)  # where-stage names
    place_countries: list[tuple[int, int, str]] = field(default_factory=list)  # (start, end, iso2)
    titles: list[tuple[int, int, str]] = field(default_factory=list)
    entities: list[_Entity] = field(default_factory=list)
    claimed: list[tuple[int, int]] = field(default_factory=list)
    found: list[tuple[int, int, Party]] = field(default_factory=list)
    registry: Registry = field(default_factory=Registry)
    names: list[tuple[int, int]] = field(default_factory=list)
    orgs: list[tuple[int, int, Party]] = field(default_factory=list)  # named, emitted late
    ents: list[Any] = field(default_factory=list)  # doc.ents, read once (spaCy rebuilds it per call)
    titled: set[int] = field(default_factory=set)  # first tokens of names found right after a title

    def free(self, start: int, end: int) -> bool:
        return not any(s < end and start < e for s, e in self.claimed)

    def emit(self, start: int, end: int, party: Party, register: bool = True) -> None:
        self.claimed.append((start, end))
        self.found.append((start, end, party))
        if register:
            self.registry.add(start, party)

    def country_at(self, start: int, how: tuple[str, ...] = _ALL_HOW) -> _Country | None:
        for c in self.countries:
            if c.start == start and c.how in how:
                return c
        return None

    def country_ending(self, end: int) -> _Country | None:
        for c in self.countries:
            if c.end == end and c.how in ("name", "adj"):
                return c
        return None



# --- resolving an institution phrase ----------------------------------------------------------

def _skip_space(text: str, i: int) -> int:
    while i < len(text) and text[i] in " \t":
        i += 1
    return i


def _owner_after(ctx: _Ctx, end: int) -> tuple[_Country | None, int]:
    """A country right after a phrase: "arménien", "de la Fédération de Russie", "du pays"."""
    j = _skip_space(ctx.text, end)
    c = ctx.country_at(j, ("adj", "this"))
    if c is not None:
        return c, c.end
    m = ctx.lex.owner_link.match(ctx.text, end)
    if m and m.end() > end:
        c = ctx.country_at(m.end(), ("name", "capital"))
        if c is not None:
            return c, c.end
        if c is None and ctx.country_at(m.start() + (len(m.group(0)) - len(m.group(0).lstrip())),
                                        ("this",)):
            c = ctx.country_at(m.start() + (len(m.group(0)) - len(m.group(0).lstrip())), ("this",))
            return c, c.end if c else end
    return None, end


def _owner_before(ctx: _Ctx, start: int) -> _Country | None:
    """A country just before a phrase (English order): "Russian", "Russia's", "Ukraine"."""
    before = ctx.text[max(0, start - 4):start]
    j = start - (len(before) - len(before.rstrip())) if before.strip() else start
    if ctx.text[max(0, j - 2):j] == "'s":
        j -= 2
    c = ctx.country_ending(j)
    if c is not None and _in_longer_place(ctx, c.start, c.end):
        return None  # "Port Sudan's airport": the town's, not the country's
    return c if c is not None and (j == start or ctx.text[j:start].strip() in ("", "'s")) else None


def _in_longer_place(ctx: _Ctx, start: int, end: int) -> bool:
    """The characters are part of a longer place name ("Sudan" in "Port Sudan")."""
    return any(s <= start and end <= e and e - s > end - start for s, e, _ in ctx.places)


def _place_after(ctx: _Ctx, end: int) -> tuple[str | None, int]:
    """"en Ukraine", "à Kharkiv", "in Kyiv" right after a phrase: the place's English name. A
    capital takes the name the places stage gives it, as any town does ("l'ambassade de Russie à
    Bucarest": "... in Bucharest", not "in Bucarest"); its words only when that stage placed none."""
    m = ctx.lex.place_link.match(ctx.text, end)
    if not m or m.end() == end:
        return None, end
    j = m.end()
    c = ctx.country_at(j, ("name", "capital"))
    if c is not None:
        if c.how == "name":
            return english_country(c.iso2), c.end
        placed = next((name for s, _, name in ctx.places if s == c.start), None)
        return placed or ctx.text[c.start:c.end], c.end
    for s, e, name in ctx.places:
        if s == j:
            return name, e
    for ent in ctx.ents:
        if ent.start_char == j and ent.label_ in ctx.lex.place_labels:
            return ent.text, ent.end_char
    return None, end


def _proper_after(ctx: _Ctx, end: int, allow_link: bool) -> tuple[str | None, int]:
    """A proper name right after a phrase ("dépôt pétrolier X", "l'agence « X »")."""
    j = end
    while j < len(ctx.text) and ctx.text[j] in _QUOTES:
        j += 1
    if allow_link and j == _skip_space(ctx.text, end):
        m = ctx.lex.owner_link.match(ctx.text, end)
        if m and m.end() > end:
            for s, e, name in ctx.places:
                if s == m.end():
                    return name, e
    span = ctx.doc.char_span(j, j + 1, alignment_mode="expand")
    if span is None or j >= len(ctx.text):
        return None, end
    words = []
    for tok in ctx.doc[span.start:span.start + MAX_NAME_TOKENS]:
        if tok.is_alpha and (tok.is_title or tok.is_upper) and tok.pos_ in ("PROPN", "NOUN", "X", "ADJ") \
                and not starts_sentence(tok) and ctx.country_at(tok.idx) is None:
            words.append(tok)
        else:
            break
    if not words:
        return None, end
    stop = words[-1].idx + len(words[-1].text)
    closing = re.match(r"\s?[\"»”]", ctx.text[stop:stop + 2])
    if closing and ctx.text[end:words[0].idx].strip(" ") in ('"', "«", "“"):
        stop += closing.end()
    text = ctx.text[words[0].idx:words[-1].idx + len(words[-1].text)]
    org = known_organizations()[1].get(fold(text))
    return (org.name if org else text), stop


def _proper_before(ctx: _Ctx, start: int) -> tuple[str | None, int]:
    """A capitalised name right before a phrase (English order: "the Shell oil depot")."""
    span = ctx.doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None or span[0].pos_ == "DET":
        return None, start  # "said on Sunday the group would ...": a name before the article is not its
    words = []
    for tok in reversed(ctx.doc[max(0, span.start - MAX_NAME_TOKENS):span.start]):
        if tok.is_alpha and (tok.is_title or tok.is_upper) and tok.pos_ in ("PROPN", "NOUN", "X") \
                and (_in_longer_place(ctx, tok.idx, tok.idx + len(tok.text)) or (
                    ctx.country_at(tok.idx) is None and not any(
                        c.start <= tok.idx < c.end for c in ctx.countries))):
            words.insert(0, tok)
            if starts_sentence(tok):
                break
        else:
            break
    if not words or (len(words) == 1 and starts_sentence(words[0])):
        return None, start
    text = ctx.text[words[0].idx:words[-1].idx + len(words[-1].text)]
    org = known_organizations()[1].get(fold(text))
    return (org.name if org else text), words[0].idx


def _resolve_entity(ctx: _Ctx, ent: _Entity) -> Party | None:
    rule, start, end = ent.rule, ent.start, ent.end
    country: _Country | None = None
    if ent.adj:
        iso = country_of_adjective(ent.adj, ctx.code)
        if iso and ent.adj_span:
            country = _Country(*ent.adj_span, iso, "adj", -1)
        elif ent.adj_span and ent.adj_span[1] == ent.end:  # the slot caught another word
            end = ent.end = len(ctx.text[:ent.adj_span[0]].rstrip())
    if country is None:
        country, end = _owner_after(ctx, end)
    if country is None and (c := _owner_before(ctx, start)) is not None:
        country, start = c, c.start
    if country is None and rule.kind == "military":  # "Sudanese army air defences": the army's
        before = next((e for e in ctx.entities if e is not ent and 0 <= start - e.end <= 1
                       and e.party is not None and e.party.kind == "military" and e.party.country), None)
        if before is not None:
            country = _Country(before.start, before.end, before.party.country, "adj", -1)  # type: ignore[union-attr]
    if country is None:  # "a Liberian U.N. delegation": the body it sits in, then its owner
        body = next((s for s, e, _ in ctx.orgs if 0 <= start - e <= 1), None)
        if body is not None and (c := _owner_before(ctx, body)) is not None:
            country, start = c, c.start
    place, proper = None, None
    if rule.located:
        place, end = _place_after(ctx, end)
    if rule.city and country is None:
        place, end = _city_after(ctx, end)
        if place is None:
            place, start = _city_before(ctx, start)
    if rule.proper:
        proper, end = _proper_after(ctx, end, allow_link=rule.kind == "facility")
        if proper is None and ctx.lex.data.get("proper_before"):
            proper, start = _proper_before(ctx, start)
    ent.full_start, ent.full_end = start, end
    iso = country.iso2 if country else _usual_owner(ctx, rule)
    return _entity_party(rule, iso, place, proper)


def _usual_owner(ctx: _Ctx, rule: EntityRule) -> str | None:
    """The state a phrase belongs to by usage (``country`` in parties.yaml), when it applies."""
    if rule.country is None or not rule.country_if_named:
        return rule.country
    named = any(c.iso2 == rule.country for c in ctx.countries) \
        or any(iso == rule.country for _, _, iso in ctx.place_countries)
    return rule.country if named else None


def _city_after(ctx: _Ctx, end: int) -> tuple[str | None, int]:
    """A city right after an owner link ("l'administration militaire de Kyiv"): its name."""
    m = ctx.lex.owner_link.match(ctx.text, end)
    if not m or m.end() == end:
        return None, end
    for s, e, name in ctx.places:
        if s == m.end() and ctx.country_at(s, ("name",)) is None:
            return name, e
    return None, end


def _city_before(ctx: _Ctx, start: int) -> tuple[str | None, int]:
    """A city right before the phrase (English order: "the Kyiv military administration")."""
    j = len(ctx.text[:start].rstrip())
    if ctx.text[j - 2:j] in ("'s", "’s"):
        j -= 2
    for s, e, name in ctx.places:
        if e == j and ctx.country_at(s, ("name",)) is None:
            return name, s
    return None, start


def _entity_party(rule: EntityRule, iso: str | None, place: str | None, proper: str | None) -> Party | None:
    """The party of a resolved phrase, or None when it needs a referent (resolved later)."""
    base = rule.name
    cname = english_country(iso)
    if rule.template and "{place}" in rule.template:
        if place:
            return Party(rule.template.format(place=place), rule.kind, iso)
        return Party(rule.bare or base, rule.kind, iso) if not rule.needs_country else None
    if rule.template and cname:
        demonym = english_demonym(iso)
        if demonym:
            return Party(rule.template.format(demonym=demonym), rule.kind, iso)
    if "{proper}" in base:
        if not proper:
            return None
        org = known_organizations()[1].get(fold(proper))
        return Party(proper, rule.kind, org.country if org else None)
    if "{country}" in base:
        return Party(base.format(country=cname), rule.kind, iso) if cname else None
    if rule.kind == "facility":
        return Party(f"{proper} {base}" if proper else base, rule.kind, iso)
    if rule.kind == "civilians":
        return Party(base, rule.kind, iso)
    if cname:
        name = f"{base} of {cname}" + (f" in {place}" if place else "")
        return Party(name, rule.kind, iso)
    if rule.needs_country:
        return None
    return Party((rule.bare or base) + (f" in {place}" if place else ""), rule.kind, None)


def _resolve_entities(ctx: _Ctx) -> None:
    """Qualified phrases first; then bare ones refer to the same institution named elsewhere."""
    for ent in ctx.entities:
        if _in_facility_name(ctx, ent):
            continue  # "the Government Girls Secondary School": a word of the school's name
        ent.party = _resolve_entity(ctx, ent)
        if ent.party is not None and ent.party.country is None and ent.party.kind == "military" \
                and _in_title(ctx, ent):
            ent.party = None  # "le chef d'état-major du Hamas": a rank of the group, no army
        if ent.party is not None and (ent.party.country or ent.party.kind in ("organization",)):
            ctx.registry.add(ent.start, ent.party, ent.rule.name)
    for ent in ctx.entities:
        p = ent.party
        rule = ent.rule
        bare = p is None or (p.country is None and (rule.template is not None or rule.kind in (
            "government", "military", "diplomatic_mission")))
        if not bare:
            continue
        if rule.name == FORCES_RULE and _body_before(ctx, ent):  # "Hezbollah army spokesman": no army before
            ent.party = None
            continue
        prior = None
        if rule.needs_country and (side := described_side(ctx.doc, ent.start, ent.end, rule.template,
                                                          ctx.code)) is not None:
            ent.party = side[0]  # "combattants druzes", "forces gouvernementales": a side of their own
            for other in ctx.entities:  # "government" of "government forces" names no party
                other.party = None if other.start == side[1] else other.party
            ent.full_start = min(ent.start if ent.full_start < 0 else ent.full_start, side[1])
            ent.full_end = max(ent.end, ent.full_end, side[2])
            continue
        if rule.needs_country:  # "les combattants" alone: only a side named before
            prior = ctx.registry.last(ent.start, base=rule.name, qualified=True) \
                if "{" not in rule.name and not _of_named_body(ctx, ent) else None
            if prior is not None:
                ent.party = prior
            continue
        if rule.anaphora and _described_further(ctx, ent):
            continue  # "l'agence azerbaïdjanaise de déminage ANAMA": a new body, not the one before
        if rule.anaphora:
            prior = ctx.registry.last_of(ent.start, rule.anaphora, qualified=True) \
                or ctx.registry.last_of(ent.start, rule.anaphora)
        if prior is None and "{" not in rule.name:
            prior = ctx.registry.last(ent.start, base=rule.name) or _first_anywhere(ctx, rule.name, ent.start)
        # "l'armée", "le gouvernement d'union nationale" of a one-country story (not an opposition's)
        if prior is None and p is not None and rule.name in HOME_RULES and rule.template \
                and not _rival_body(ctx, ent) and (home := _home_country(ctx)) is not None:
            p = ent.party = _entity_party(rule, home, None, None) or p
        if prior is not None:
            ent.party = _as_named_here(ctx, rule, prior)
            ctx.registry.add(ent.start, prior)
        elif p is not None:
            ctx.registry.add(ent.start, p, rule.name)


# how a country is named for the country a story is about: by its name, its adjective, its capital
HOME_HOW = ("name", "adj", "capital")


def _rival_body(ctx: _Ctx, ent: _Entity) -> bool:
    """A body its name or the words before it call a rival of the state's own ("the opposition
    National Unity Government", "un gouvernement parallèle"; ``rival_body_words``): no home body."""
    words = section_words(ctx.code, "parties", "rival_body_words")
    # the words of the body's own phrase: back to the last punctuation within the window, and the
    # word right after it ("le gouvernement parallèle")
    before = re.split(r"[.;:,()]", ctx.text[max(0, ent.start - RIVAL_WINDOW_CHARS):ent.end])[-1]
    after = re.findall(r"[\w-]+", ctx.text[ent.end:ent.end + RIVAL_WINDOW_CHARS].lower())[:1]
    return bool(words) and any(w in words for w in re.findall(r"[\w-]+", before.lower()) + after)


def _home_country(ctx: _Ctx) -> str | None:
    """The one country a story is told in and about: it has a dateline, and every country and every
    place it names, the dateline's first, are of that country ("ADDIS ABABA - The army carried out
    drone strikes in Amhara"). A bare army there that names no other army before or after is that
    country's; a story naming a second country (a neighbour's army, a foreign capital) or told
    without a dateline (a sentence quoted alone) has none."""
    isos = {c.iso2 for c in ctx.countries if c.how in HOME_HOW} | {iso for _, _, iso in ctx.place_countries}
    if len(isos) != 1:
        return None
    # the dateline's own town is no place mention (where.run keeps it for context only): a capital
    # of another country in it is among the countries ("JERUSALEM, March 11 - ... Khan Younis")
    return next(iter(isos)) if dateline_tokens(ctx.article) else None


# labels of a capitalised word that modifies a capitalised noun after it in a proper name
# ("Government" in "the Government Science Secondary School", "Army" in "the Army Public School")
NAME_MODIFIER_DEPS = frozenset({"compound", "nmod", "amod"})


def _in_title(ctx: _Ctx, ent: _Entity) -> bool:
    """The phrase begins inside a title ("le chef d'état-major du Hamas", "chief of the general
    staff"): the rank's own words, a person of the owner named after it, no body of its own."""
    return any(s < ent.start < e for s, e, _ in ctx.titles)


def _in_facility_name(ctx: _Ctx, ent: _Entity) -> bool:
    """The phrase is a capitalised word inside the proper name of a facility (a school, a hospital,
    a station named "Government ...", "Police ...", "Army ..."): the name says whose or what kind
    of place it is, no party acts or is hit. Read from the parse: the phrase modifies capitalised
    nouns up to a facility phrase's noun, all to its right."""
    if ent.rule.kind == "facility":
        return False
    span = ctx.doc.char_span(ent.start, ent.end, alignment_mode="expand")
    if span is None or not span.root.text[:1].isupper():
        return False
    t = span.root
    while t.dep_ in NAME_MODIFIER_DEPS and t.head.i > t.i and t.head.text[:1].isupper():
        t = t.head
    return t is not span.root and any(
        o.rule.kind == "facility" and o.start <= t.idx < o.end for o in ctx.entities)


# the rule name of a state's armed forces in every language file ("{demonym} army", "{demonym} troops")
FORCES_RULE = "Armed Forces"
# the rules of a bare body that a one-country story's own ("l'armée", "le gouvernement")
HOME_RULES = frozenset({FORCES_RULE, "Government"})
RIVAL_WINDOW_CHARS = 40  # how far before a body its rival word may stand ("the opposition National Unity ")
# kinds of a body whose name, right before a bare phrase, makes the phrase its own ("Houthi military")
BODY_BEFORE_KINDS = frozenset({"group", "organization"})


def _body_before(ctx: _Ctx, ent: _Entity) -> bool:
    """A group or organisation is named right before the bare phrase, nothing between ("Hezbollah
    army spokesman X", "Houthi military spokesman X", "RSF fighters"): the state forces' phrase
    (FORCES_RULE) is that body's own wing or people, described by its name, so it refers back to no
    force named earlier (the Israeli army of the sentence before) and, left to the body's name, is
    no party of its own."""
    def right_before(end: int) -> bool:
        return end <= ent.start and not ctx.text[end:ent.start].strip()
    return any(right_before(e) and party.kind in BODY_BEFORE_KINDS for _, e, party in ctx.orgs) or any(
        o is not ent and o.party is not None and o.party.kind in BODY_BEFORE_KINDS and right_before(o.end)
        for o in ctx.entities)


# dependents after a noun that describe it as a body of its own ("l'agence ... de déminage",
# "l'agence de l'ONU pour les réfugiés", "the agency for mine action"), not as the one named before
DESCRIBING_DEPS = frozenset({"nmod", "appos", "flat:name", "acl"})
# and before it, in English ("Azerbaijan's mine action agency")
DESCRIBING_BEFORE = frozenset({"compound", "poss"})


def _described_further(ctx: _Ctx, ent: _Entity) -> bool:
    """The phrase's head noun has a complement after the words the rule matched."""
    span = ctx.doc.char_span(ent.start, ent.end, alignment_mode="expand")
    if span is None:
        return False
    head = span.root
    return any((c.dep_ in DESCRIBING_DEPS and c.idx >= ent.end)
               or (c.dep_ in DESCRIBING_BEFORE and c.idx < ent.start) for c in head.children)


# the labels of a complement after a noun ("fighters of the group JNIM", "combattants du JNIM")
OF_DEPS = frozenset({"prep", "nmod"})


def _of_named_body(ctx: _Ctx, ent: _Entity) -> bool:
    """The phrase's noun has a complement naming an organisation ("fighters of the jihadist group
    JNIM", "des combattants du M23"): they are that body's people, not the side named before."""
    span = ctx.doc.char_span(ent.start, ent.end, alignment_mode="expand")
    if span is None:
        return False
    for c in span.root.children:
        if c.dep_ in OF_DEPS and c.idx >= ent.end:
            lo, hi = c.left_edge.idx, c.right_edge.idx + len(c.right_edge.text)
            if any(lo <= s and e <= hi for s, e, _ in ctx.orgs):
                return True
    return False


def _as_named_here(ctx: _Ctx, rule: EntityRule, prior: Party) -> Party:
    """A bare institution noun refers back to the side named before; when that side was named by
    its people ("vingt soldats burkinabè": a rule that needs a country), the institution is named
    as this text names it: "l'armée" is the Burkinabe army, not the soldiers. After an institution
    ("les forces armées maliennes ... l'armée") it stays that institution."""
    source = next((e.rule for e in ctx.entities if e.party is prior), None)
    if source is None or not source.needs_country or not rule.bare or not rule.template \
            or "{place}" in rule.template or not prior.country or prior.kind != rule.kind:
        return prior
    return _entity_party(rule, prior.country, None, None) or prior


def _first_anywhere(ctx: _Ctx, base: str, start: int) -> Party | None:
    """The first party of the base named after a bare phrase nothing before resolves: only in the
    phrase's own paragraph, or anywhere when the phrase is in the first line (a headline's "Army
    says ..." is the body's army); a later paragraph may be another story (a live blog's next
    entry: "L'armée a annoncé ..." is not the Israeli army of the entry after it)."""
    headline = "\n" not in ctx.text[:start].strip()
    for at, p in zip(ctx.registry.starts, ctx.registry.parties, strict=True):
        if p.name != base and ctx.registry.has_base(p, base) and p.country \
                and (headline or "\n" not in ctx.text[start:at]):
            return p
    return None
