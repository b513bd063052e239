"""Targets named by facility nouns, with their owner: "le dépôt pétrolier X" -> "X oil depot",
"l'ambassade d'Azerbaïdjan en Ukraine" -> "Embassy of Azerbaijan in Ukraine".

Why here and not in the parties stage: a facility is a target only as an argument of an incident,
and its canonical name depends on the words around it (owner after "de", host after "en"). A
bare "l'ambassade" takes the owner of a fully named one of the same kind in the same document.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Span, Token

from newsevents.extract.arguments import Ref
from newsevents.extract.numbers_lexicon import numbers_lexicon
from newsevents.extract.stance import is_negated, negative_determiner
from newsevents.extract.stance import lexicon as stance_lexicon
from newsevents.extract.targets_intent import intended
from newsevents.extract.targets_listed import listed_owners
from newsevents.extract.targets_named import TIME_LABELS, another, named_after
from newsevents.extract.targets_named import name_around as _name_around
from newsevents.extract.targets_roles import role_is_source
from newsevents.extract.targets_struck import struck
from newsevents.extract.triggers import SUBJECT_DEPS
from newsevents.extract.where_dateline import dateline_tokens, settlement_modifier
from newsevents.lang import load_language, section_words
from newsevents.model import Article, Party
from newsevents.parties import english_demonym
from newsevents.parties.countries import country_from_name, country_name

# words after the facility noun searched for its owner and host ("de l'Azerbaïdjan en Ukraine")
OWNER_WINDOW = 6
STOP_POS = frozenset({"VERB", "AUX", "PUNCT", "CCONJ", "SCONJ", "PRON", "ADV"})  # ADV: "près de X" locates
OWNER_PREPS = frozenset({"de", "d'", "du", "des", "of"})


@dataclass(slots=True)
class Facility:
    """A facility noun in the text and what it resolves to."""

    span: Span
    name: str  # English base name from the lexicon ("Embassy", "oil depot")
    kind: str
    owner: str | None = None
    owner_country: str | None = None
    host: str | None = None
    damaged: bool = False  # subject of a damage verb ("the depot caught fire"): see damaged()
    role: bool = False  # people by their role ("secouristes", "journalists"): see targets_roles

    @property
    def key(self) -> str:
        return self.name.lower()

    def party(self, article: Article) -> Party:
        start, end = article.to_original(self.span.start_char, self.span.end_char)
        return Party(self.canonical(), self.kind, self.owner_country,  # type: ignore[arg-type]
                     None, article.text[start:end], (start, end))

    def canonical(self) -> str:
        if self.kind == "diplomatic_mission" and self.owner:
            host = f" in {self.host}" if self.host and self.host != self.owner else ""
            return f"{self.name} of {self.owner}{host}"
        if self.owner:  # a state owns it by its adjective: "a Thai patrol", not "Thailand patrol"
            state = bool(self.owner_country) and self.owner == country_name(self.owner_country)
            adjective = english_demonym(self.owner_country) if state else None
            if state and self.name.lower() in section_words("en", "targets", "placed_sites"):
                return self.name  # "a Mali mosque": the country is where it stands (targets_claimed)
            return f"{adjective or self.owner} {self.name}"
        return self.name


def country_of(text: str, language: str) -> tuple[str, str] | None:
    """(English name, ISO2) when a word names a country ("Azerbaïdjan" -> Azerbaijan, AZ), through
    the shared country tables of newsevents.countries."""
    iso2 = country_from_name(text, language)
    name = country_name(iso2) if iso2 else None
    return (name, iso2) if name and iso2 else None


def _label(ref: Ref) -> tuple[str, str | None]:
    v = ref.value
    return v.name, getattr(v, "country", None)


def _resolve(fac: Facility, doc: Doc, places: list[Ref], parties: list[Ref], host_preps: frozenset[str],
             tails: set[int], language: str) -> None:
    """Owner and host from the words right after the noun (and a party right before it):
    "de X" or a name right after the noun is the owner, "en Y" the host; another preposition
    ("dans la région de") ends the facility's phrase."""
    end = fac.span.end
    limit = min(len(doc), end + OWNER_WINDOW)
    mentions = {r.start: r for r in places + parties}
    i = end
    while i < limit:
        tok = doc[i]
        if tok.pos_ in STOP_POS or i in tails or tok.is_space or "\n" in doc[i - 1].whitespace_:
            break  # a line break ends the phrase: a headline's last word owns no facility below
        prev = doc[i - 1].lower_
        ref = mentions.get(i)
        if ref is not None:
            name, country = _label(ref)
            if prev in host_preps:
                if fac.owner:
                    fac.host = fac.host or name
                break
            elif fac.owner is None and (i == end or prev in OWNER_PREPS) and tok.pos_ != "ADP":
                fac.owner, fac.owner_country = name, country  # not a place told with "near" in it
            else:
                break
            i = ref.end
            continue
        # a name's word, capitalised: not a preposition inside an ORG entity ("Consulate in Syria",
        # "the Embassy of Azerbaijan in Kyiv" had owner "of")
        named = (tok.pos_ == "PROPN" or tok.ent_type_ in ("ORG", "MISC")) and tok.pos_ not in ("ADP", "DET") \
            and tok.text[:1].isupper()
        if named and fac.owner is None and (i == end or prev in OWNER_PREPS):
            country = country_of(tok.text, language)
            if country:
                fac.owner, fac.owner_country = country
            else:  # a name of several capitalised words ("le vraquier Eternity C")
                j = i + 1
                while j < limit and j not in mentions and j not in tails and doc[j].text[:1].isupper() \
                        and doc[j].pos_ not in STOP_POS and doc[j].is_alpha \
                        and "\n" not in doc[j - 1].whitespace_:
                    j += 1
                fac.owner, fac.owner_country = doc[i:j].text, None
                i = j
                continue
        elif tok.pos_ == "ADP" and tok.lower_ not in OWNER_PREPS and tok.lower_ not in host_preps:
            break
        elif tok.lower_ in host_preps and fac.owner is None:
            break  # "the consulate in the capital of X": what follows locates it, owns nothing
        i += 1
    start = fac.span.start
    # "Port Sudan's airport": the town's, not Sudan's
    in_town = any(r.start <= start - 2 < r.end and r.end - r.start > 1 for r in places)
    if fac.owner is None and start >= 2 and doc[start - 1].tag_ == "POS" and not in_town:  # "Iran's embassy"
        country = country_of(doc[start - 2].text, language)
        if country:
            fac.owner, fac.owner_country = country
    if fac.owner is None:  # an adjective before or after the noun: "l'ambassade russe"
        for ref in parties:
            if ref.end == fac.span.start or ref.start == fac.span.end:
                fac.owner, fac.owner_country = _label(ref)
            elif fac.owner is None and _across(ref, fac.span) and ref.value.kind != "facility":
                # a body's name across the noun's edge ("Russian air defence systems", "système de
                # défense aérienne russe": the party "Russian air defence"): its country owns the site
                iso2 = getattr(ref.value, "country", None)
                fac.owner, fac.owner_country = (country_name(iso2), iso2) if iso2 else (None, None)
    if fac.owner is None:  # a name compounded before it: "the Merowe dam", "Damascus airport"
        fac.owner = _compound_name(fac.span)


def _across(ref: Ref, span: Span) -> bool:
    """The mention runs across one edge of the span, neither inside it nor around it."""
    return ref.start < span.start < ref.end <= span.end or span.start <= ref.start < span.end < ref.end


def _names_another(span: Span, heads: set[int], language: str) -> bool:
    """A facility noun compounded to the common noun right after it names that other thing ("Ecuador's
    prison authority said", "airport officials", "the port city of X"): no site, unless the noun
    after it is a facility noun too ("the airport terminal") or a generic place noun ("radar sites":
    ``site_head_nouns`` of lang/<code>/targets.yaml)."""
    root = span.root
    head = root.head
    return len(span) == 1 and root.dep_ == "compound" and head.i == span.end and head.pos_ == "NOUN" \
        and head.i not in heads and head.lower_ not in section_words(language, "targets", "site_head_nouns")


def _compound_name(span: Span) -> str | None:
    """The proper name the parser compounds to the facility noun right before it ("the Merowe
    dam", "Damascus airport"): the English way of "le barrage de Merowe". Not a day ("Monday
    attack"), nor a word in the sentence's first place ("Kherson ..." may be the subject)."""
    doc, start = span.doc, span.start
    if start < 1:
        return None
    tok = doc[start - 1]
    if tok.dep_ != "compound" or tok.head.i != span.root.i or tok.pos_ != "PROPN" \
            or not tok.text[:1].isupper() or tok.ent_type_ in TIME_LABELS:
        return None
    name = _name_around(tok)
    if name.end != start or name.start == span.sent.start:
        return None
    return name.text


# words of the facility's own noun phrase before it ("the US embassy"), UD and ClearNLP labels
LEFT_MODIFIERS = frozenset({"det", "amod", "compound", "nummod", "poss", "nmod:poss"})
# party kinds whose names may begin with a facility noun and are institutions, not buildings hit
INSTITUTION_KINDS = frozenset({"government", "state"})


def _inside_name(span: Span, parties: list[Ref]) -> bool:
    """The facility noun is the capitalised first word of a longer name of an institution ("la
    Maison Blanche" is the White House, a government, not a house): a name, not a facility. Not
    at a sentence start, where every word is capitalised; not a building's own name ("Jamia Masjid
    Noor" is a mosque)."""
    if not span.text[:1].isupper() or span.start == span.sent.start:
        return False
    return any(r.start == span.start and span.end < r.end and getattr(r.value, "kind", None)
               in INSTITUTION_KINDS for r in parties)


def _opens_place_name(span: Span, places: list[Ref]) -> bool:
    """The capitalised facility noun begins a place's name ("Port Sudan", "Port-Soudan", "Port
    Harcourt"): a town, not a port."""
    return span.text[:1].isupper() and any(r.start == span.start and span.end < r.end for r in places)


@cache
def _landmark_prepositions(language: str) -> tuple[tuple[str, ...], ...]:
    """Word sequences (lower case) that make the facility after them a landmark
    (``landmark_prepositions`` in lang/<code>/targets.yaml), longest first."""
    words = load_language(language).section("targets").get("landmark_prepositions") or []
    return tuple(sorted((tuple(str(w).lower().replace("’", "'").split()) for w in words), key=len,
                        reverse=True))


def _landmark(span: Span, landmarks: tuple[tuple[str, ...], ...]) -> bool:
    """The facility is where the scene is told from, not what was hit: "a frappé le centre de Tel
    Aviv près de l'ambassade américaine", "exploded near the embassy" (a determiner between the
    preposition and the noun, and the noun's own modifiers, are skipped)."""
    doc = span.doc
    i = span.start
    while i > span.sent.start and _own_left_word(doc[i - 1], span.root):
        i -= 1  # "near the US embassy"
    before = [t.lower_.replace("’", "'") for t in doc[max(span.sent.start, i - 4):i]]
    return any(tuple(before[-len(w):]) == w for w in landmarks if len(w) <= len(before))


def landmark(span: Span, language: str) -> bool:
    """The words are a landmark the scene is told by ("a house near the hospital", "un quartier
    proche du consulat"), not what was hit: _landmark with the language's prepositions."""
    return _landmark(span, _landmark_prepositions(language))


def _own_left_word(tok: Token, noun: Token) -> bool:
    """A determiner, or a modifier of the facility noun before it ("the US embassy"), a word of
    a name on it included ("the Jebel Aulia dam": Jebel modifies Aulia, which modifies dam)."""
    if tok.pos_ in ("DET", "PRON") and tok.lower_ != "en":
        return True
    head = tok.head
    while head.i < noun.i and head.dep_ in LEFT_MODIFIERS and head.head.i > head.i:
        head = head.head
    return head.i == noun.i and tok.dep_ in LEFT_MODIFIERS


def qualifies_a_thing(span: Span) -> bool:
    """A people word that is an adjective on a noun naming no people ("la Défense civile", "la
    prison civile", "la guerre civile"): it qualifies that thing, it names nobody hit. On a noun
    of people ("des victimes civiles") it still does (person_nouns of lang/<code>/numbers.yaml)."""
    tok = span.root
    if len(span) != 1 or tok.pos_ != "ADJ" or tok.dep_ != "amod" or tok.head.i == tok.i:
        return False
    if any(c.dep_ == "nummod" for c in tok.children) or (tok.i > 0 and tok.doc[tok.i - 1].pos_ == "NUM"):
        return False  # counted: people the parser hung on the next noun ("quatre civils côté indien")
    return tok.head.lower_ not in numbers_lexicon(tok.doc.lang_).person_nouns


def _verb_form(span: Span) -> bool:
    """A target noun matched through its lemma on a verb ("commanders gathered in a building" for
    "gathering"): the verb tells what people did, it names no thing hit."""
    return len(span) == 1 and span.root.pos_ == "VERB" and span.text.lower() != span.label_.lower()


def find_facilities(article: Article, spans: list[Span], targets: dict[str, dict[str, str]],
                    places: list[Ref], parties: list[Ref], host_preps: frozenset[str]) -> list[Facility]:
    """Every facility noun of the lexicon in the document, resolved, bare ones from named ones."""
    doc = article.doc
    heads = {s.start for s in spans}
    out: list[Facility] = []
    landmarks = _landmark_prepositions(article.language or "fr")
    dateline = dateline_tokens(article)  # "PORT-AU-PRINCE, March 12 (AP) -": a town, no port
    own_names = _own_names(article.language or "fr")
    taken: set[int] = set()  # the words of the names read in apposition
    for span in spans:
        if _inside_name(span, parties) or _opens_place_name(span, places) or _landmark(span, landmarks) \
                or span.start in dateline or (len(span) == 1 and settlement_modifier(span.root)) \
                or spared(span, article.language or "fr") \
                or _names_another(span, heads, article.language or "fr") \
                or intended(span, article.language or "fr"):  # "said it was striking regime targets"
            continue
        if _verb_form(span):
            continue  # "commanders gathered in a building": no gathering
        entry = targets.get(span.label_, {})
        if entry.get("kind") == "civilians" and qualifies_a_thing(span):
            continue  # "selon la Défense civile", "la prison civile": no people
        if entry.get("struck_only") and not struck(span, article.language or "fr"):
            continue  # "gunmen in a car", "a drone boat": no thing hit (targets_struck)
        listed: list[Facility] = []
        fac = Facility(span, str(entry.get("name", span.text)), str(entry.get("kind", "facility")),
                       damaged=damaged(span, article.language or "fr"), role=bool(entry.get("role")))
        if fac.kind not in ("civilians",):
            _resolve(fac, doc, places, parties, host_preps, heads - {span.start}, article.language or "fr")
            listed = listed_owners(fac, places, parties, host_preps, article.language or "fr")  # "of X and Y"
            # a ship's own name outranks the flag an adjective gives ("the Slavyanin, a Russian
            # passenger ferry": the Slavyanin ferry, Russian)
            own = fac.owner is None or (fac.name in own_names and fac.owner_country is not None)
            apposed = (_apposed_name(span, places, parties) or named_after(span, places, parties, own_names,
                                                                          fac.name)) if own else None
            if apposed is not None:
                fac.owner = apposed.text
                taken.update(range(apposed.start, apposed.end))
        out.append(fac)
        out += listed
    out += named_again(doc, out, own_names, article.language or "fr", taken)
    named: dict[str, Facility] = {}
    for f in out:  # the first fully named one of each kind
        if f.owner and f.key not in named:
            named[f.key] = f
    for f in out:  # not "another tanker": one apart from the tanker named before
        if f.owner is None and f.key in named and not another(f.span, article.language or "fr"):
            src = named[f.key]
            f.owner, f.owner_country, f.host = src.owner, src.owner_country, src.host
    return out


def _apposed_name(span: Span, places: list[Ref], parties: list[Ref]) -> Span | None:
    """A facility noun phrase in loose apposition after a proper name ("the Eternity C, the
    Liberian-flagged cargo ship targeted by ...", "le Magic Seas, un vraquier grec"): the name is
    the facility's own. Read on the surface (name, comma, the noun's phrase), which the parser
    often hangs elsewhere. Not a place's name ("Odesa, the port city") nor a party's other than
    an organisation's (the tagger's reading of a ship's name)."""
    doc = span.doc
    left = min(span.root.left_edge.i, span.start)
    if left < 2 or doc[left - 1].text != "," or doc[left - 2].pos_ != "PROPN" \
            or not doc[left - 2].text[:1].isupper():
        return None
    name = _name_around(doc[left - 2])
    if any(t.ent_type_ in TIME_LABELS for t in name):
        return None  # "attacked the dam on Wednesday, the dam's administration said": a day
    refs = places + [r for r in parties if getattr(r.value, "kind", None) != "organization"]
    if any(r.start < name.end and name.start < r.end for r in refs):
        return None
    return name


def named_again(doc: Doc, facilities: list[Facility], own_names: frozenset[str], language: str,
                taken: set[int]) -> list[Facility]:
    """Later bare mentions of a ship's own name ("the cargo ship Eternity C" first, then "the
    attack on the Eternity C"): the same ship, a facility of its own mention. Only kinds whose
    proper name designates the thing itself (``own_names`` of targets.yaml): a depot's "Rosneft"
    names its company. A mention beside a facility noun is that noun's own (already read), as is
    one in apposition before it (`taken`)."""
    out: list[Facility] = []
    named = {f.owner: f for f in facilities
             if f.owner and f.name in own_names and country_of(f.owner, language) is None}
    near = [(f.span.start - OWNER_WINDOW, f.span.end + OWNER_WINDOW) for f in facilities]
    for owner, src in named.items():
        words = owner.split()
        for i in range(len(doc) - len(words) + 1):
            if [t.text for t in doc[i:i + len(words)]] != words or i in taken \
                    or any(a <= i < b for a, b in near):
                continue
            out.append(Facility(doc[i:i + len(words)], src.name, src.kind, owner=owner))
    return out


@cache
def _own_names(language: str) -> frozenset[str]:
    return frozenset(str(w) for w in load_language(language).section("targets").get("own_names") or [])


def _damage_verbs(language: str) -> frozenset[str]:
    return section_words(language, "targets", "damage_verbs")


def damaged(span: Span, language: str) -> bool:
    """The facility is the subject of a damage verb ("A residential building and a school were
    damaged", "Le principal dépôt pétrolier a pris feu"), a conjunct of one included: what the
    attack told before hit, though its sentence names no attack (``damage_verbs``)."""
    tok = span.root
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ in SUBJECT_DEPS and tok.head.lemma_.lower() in _damage_verbs(language)


# labels of a noun the verb governs as its subject or object ("no facility was targeted", "did not hit
# the hospital"), UD (French) and ClearNLP (English)
SPARED_DEPS = frozenset({*SUBJECT_DEPS, "nsubj:pass", "nsubjpass", "obj", "dobj"})


def spared(span: Span, language: str) -> bool:
    """The text says the site or the people were not hit: under a negative determiner ("no Pakistani
    military facilities have been targeted", "aucune installation militaire n'a été visée"), or the
    subject or object of a negated verb ("the hospital was not hit", "n'a pas touché l'hôpital").
    A side's denial names what it spared, not a target."""
    lex = stance_lexicon(language)
    tok = span.root
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    if negative_determiner(lex, tok):
        return True
    verb = tok.head
    return tok.dep_ in SPARED_DEPS and verb.pos_ in ("VERB", "AUX") and is_negated(lex, verb)


def speaks(fac: Facility, article: Article) -> bool:
    """The facility's words name the speaker of a claim ("..., a indiqué le consulat d'Iran à
    Erbil", "according to the US embassy in Baghdad", "Selon l'ambassade d'Ukraine à Varsovie"):
    who tells of the act, wherever the sentence puts it, is not what the act hit. A diplomatic
    mission only: it speaks for its state from abroad, while a site that speaks ("la direction de la
    raffinerie a indiqué que l'incendie ...") mostly tells of what hit it. People named by their
    trade who speak, or are spoken to, are sources too (targets_roles: "a indiqué un journaliste")."""
    if fac.role:
        return role_is_source(fac.span, article)
    if fac.kind != "diplomatic_mission":
        return False
    start, end = article.to_original(fac.span.start_char, fac.span.end_char)
    return any(c.speaker.span is not None and c.speaker.span[0] <= start and end <= c.speaker.span[1]
               for c in article.claims)


def owner_tokens(facilities: list[Facility], places: list[Ref]) -> set[int]:
    """First tokens of places that name a facility's owner (not where the incident happened).

    Only a country owns ("l'ambassade d'Azerbaïdjan"); a town after a facility noun is where it
    stands ("le centre-ville de Soumy", "l'hôpital de Kharkiv"): the scene, kept as a place."""
    out: set[int] = set()
    for f in facilities:
        for r in places:
            if f.span.end <= r.start <= f.span.end + 2 and r.value.name == f.owner \
                    and r.value.precision == "country":
                out.add(r.start)
    return out


# the kinds of target listed first: what the act hit, before who was there
SITE_KINDS = ("diplomatic_mission", "facility", "military")


def site_order(targets: list[Party]) -> list[Party]:
    """An incident's targets, sites first, without a bare site that resumes one named among them
    ("the airport" beside "Damascus airport", "the port" beside "Ras Isa fuel port": the same
    site told again, kept apart until the incidents are merged since events_retold finds a retold
    strike by that bare name, arguments_unique)."""
    named = [p.name.lower().split() for p in targets if p.kind == "facility"]
    out = [p for p in targets if p.kind != "facility" or not any(
        len(n) > len(w) and n[-len(w):] == w for w in [p.name.lower().split()] for n in named)]
    return sorted(out, key=lambda p: p.kind not in SITE_KINDS)
