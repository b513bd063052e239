"""Stage `who`: parties (states, governments, persons, institutions, missions, facilities, civilians).

Output (appended to ``article.mentions``, in text order, never overlapping each other)::

    Mention(kind="party", span, text, sentence,
            value=Party(name, kind, country, role, text, span))

- ``name`` is an English canonical name: "Russia", "Vladimir Putin", "Ministry of Defence of
  Russia", "Embassy of France in Ukraine", "Naftogaz oil depot", "residential building",
  "civilians". ``kind`` is one of state, government, military, person, organization,
  diplomatic_mission, facility, civilians, group, other; ``country`` is ISO 3166-1 alpha-2.
- Persons: "la présidente moldave Maia Sandu" -> Party("Maia Sandu", "person", "MD",
  role="president") whose span covers the title phrase; later "Sandu" -> the same name; a bare
  title ("l'ambassadeur", "le Premier ministre arménien") -> the person named before with that
  role (or "Prime Minister of Armenia" when nobody was). Public figures get their English name
  from data/persons.yaml ("Vladimir Poutine" -> "Vladimir Putin").
- Countries and demonyms: "frappe aérienne russe" -> Russia (state, RU); a country after a
  locative preposition ("en Ukraine") or a place noun ("le territoire de l'Ukraine") is a place,
  not a party, and is left to the `where` stage.
- Capitals standing for governments (subject of a verb, after "selon"/"according to", author of a
  statement, recipient of a letter): Party("Azerbaijan", "government", "AZ", role="metonymy").
- "la partie russe" -> Russia (government); "le ministère des Affaires étrangères du pays" ->
  the country named last; a bare "l'ambassade" or "le ministère de la Défense" -> the same
  institution named in full elsewhere in the document; "l'agence" -> the last organisation.

Helpers for other stages are in ``newsevents.parties`` (``party_at``, ``last_person``,
``stands_for_government``). ``find_parties(article)`` returns (nlp start, end, Party) without
appending anything.
Institution phrases are resolved in ``who_entities.py`` (with the per-document context); where a
country word belongs to a longer name (a surname, a national body) in ``who_names.py``.
Vocabulary: ``lang/<code>/parties.yaml``, ``data/persons.yaml``, ``data/organizations.yaml``;
country names, adjectives and capitals come from ``newsevents.countries``.
"""

from __future__ import annotations

import functools
import itertools
import re
from bisect import bisect_right
from typing import Any

from newsevents.extract.where import attributed_name
from newsevents.extract.where_dateline import dateline_tokens, settlement_modifier
from newsevents.extract.who_channels import said_on_channel
from newsevents.extract.who_communities import person_spans
from newsevents.extract.who_entities import (
    MAX_NAME_TOKENS,
    _Country,
    _Ctx,
    _Entity,
    _owner_after,
    _owner_before,
    _resolve_entities,
)
from newsevents.extract.who_names import (
    acronym_phrase,
    first_names_of_countries,
    name_run_before,
    nisba,
    owner_in_name,
    placed_name,
    surnames_of_countries,
    trim_tail,
)
from newsevents.extract.who_nationals import counted_nationals, nationals_party
from newsevents.extract.who_possessive import BODY_KINDS, owns_named_side, possessed_forces
from newsevents.extract.who_units import armed_units
from newsevents.lang import LangData, load_language, section_words
from newsevents.model import Article, Mention, Party, Place
from newsevents.nlp import register_patterns
from newsevents.parties import (
    at,
    capital_of,
    capitalised_ngrams,
    country_of_adjective,
    country_of_name,
    english_country,
    english_demonym,
    fold,
    known_organizations,
    known_person,
    known_single_names,
    lexicon,
    name_end,
    organization_matches,
    role_of,
    stands_for_government,
    starts_sentence,
    trim_entity,
    verb_between,
)

# tokens walked back from a name to find its title ("l'ancien chef du service de contrôle
# militaire du ministère de la Défense arménien, ex-chef de l'état-major général X" is 20);
# tuned on the test tables: longer runs only added wrong titles from earlier clauses
MAX_TITLE_RUN = 25
# tokens walked forward from a title to an untagged name ("attaché de presse du Premier ministre X")
MAX_TITLE_TO_NAME = 12
# heads climbed from a name to find the title it hangs on ("le chef de l'administration d'X, Y")
NAME_TO_TITLE_HOPS = 3
# longest gap between a common noun of armed men and the group it names ("islamistes radicaux des ")
MAX_GROUP_GAP_CHARS = 30
# characters looked back for "selon", "according to", a locative preposition or a place noun
CONTEXT_CHARS = 30

_RUN_STOP_POS = frozenset({"VERB", "AUX", "PRON", "SCONJ"})
_RUN_STOP_TEXT = frozenset({".", ";", ":", '"', "(", ")", "«", "»", "!", "?", "\n"})


# --- candidates -------------------------------------------------------------------------------

def _collect_countries(ctx: _Ctx) -> None:
    """Country names, capitals and adjectives in the text (NER, places stage, and a token scan:
    the small English model tags "Armenia" PERSON and misses "Kyiv")."""
    found: dict[tuple[int, int], _Country] = {}
    spans = [trim_entity(e) for e in ctx.ents if e.label_ in ctx.lex.place_labels]
    for m in ctx.article.mentions:
        if m.kind == "place":
            s, e = ctx.article.to_nlp(*m.span)
            span = ctx.doc.char_span(s, e, alignment_mode="expand")
            if span is not None:
                spans.append((s, e, span.start))
                if isinstance(m.value, Place):
                    ctx.places.append((s, e, m.value.name))
                    if m.value.country:
                        ctx.place_countries.append((s, e, m.value.country))
    spans.extend(capitalised_ngrams(ctx.doc))
    surnames = surnames_of_countries(ctx.doc, ctx.lex.person_labels, ctx.code)
    given = first_names_of_countries(ctx.doc, ctx.lex.person_labels, ctx.code)  # "Israël Katz"
    covered = bytearray(len(ctx.text) + 1)  # characters already inside a country mention
    for s, e, tok in spans:
        if 1 in covered[s:e] or fold(ctx.text[s:e]) in surnames or tok in given:
            continue
        words = ctx.text[s:e]
        iso = country_of_name(words, ctx.code)
        how = "name"
        if not iso and _named_place(ctx, ctx.doc[tok]):
            iso, how = capital_of(words, ctx.code), "capital"
        if iso:
            found[(s, e)] = _Country(s, e, iso, how, tok)
            covered[s:e] = b"\x01" * (e - s)
    for tok in ctx.doc:  # "nord-coréennes": a hyphenated adjective is one word of letters
        if not tok.text.replace("-", "").isalpha() or len(tok.text) < 3 \
                or tok.pos_ not in ("ADJ", "NOUN", "PROPN"):
            continue
        s, e = tok.idx, tok.idx + len(tok.text)
        if 1 in covered[s:e] or (tok.is_title and fold(tok.text) in surnames) or tok.i in given:
            continue
        iso = country_of_adjective(tok.text, ctx.code)
        if iso:
            found[(s, e)] = _Country(s, e, iso, "adj", tok.i)
    ordered = sorted(found.values(), key=lambda c: c.start)
    for m in ctx.lex.this_country.finditer(ctx.text):
        before = [c for c in ordered if c.end <= m.start() and c.how in ("name", "adj")]
        if before:
            span = ctx.doc.char_span(m.start(), m.end(), alignment_mode="expand")
            ordered.append(_Country(m.start(), m.end(), before[-1].iso2, "this", span.start if span else 0))
    ordered += _both_countries(ctx, ordered)
    ctx.countries = sorted(ordered, key=lambda c: c.start)


def _both_countries(ctx: _Ctx, named: list[_Country]) -> list[_Country]:
    """"Les deux pays", "both countries": the two countries last named before, on the phrase."""
    out: list[_Country] = []
    for m in ctx.lex.both_countries.finditer(ctx.text) if ctx.lex.both_countries else ():
        last: list[str] = []
        for c in sorted(named, key=lambda c: -c.start):
            if c.end <= m.start() and c.how in ("name", "adj", "capital") and c.iso2 not in last:
                last.append(c.iso2)
            if len(last) == 2:
                break
        span = ctx.doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if len(last) == 2:
            token = span.start if span else 0
            out += [_Country(m.start(), m.end(), iso, "both", token) for iso in reversed(last)]
    return out


def _collect_titles(ctx: _Ctx) -> None:
    for m, _phrase in ctx.lex.titles.finditer(ctx.text):
        role = role_of(m.group(0), ctx.code)
        if role:
            ctx.titles.append((m.start(), m.end(), role))


def _collect_entities(ctx: _Ctx) -> None:
    """Institution, mission, facility, civilian phrases, in one pass (longest phrase first)."""
    for m, rule in ctx.lex.entities.finditer(ctx.text):
        if rule.not_before is not None and rule.not_before.match(ctx.text, m.end()):
            continue  # "le port du masque", "port d'arme": another sense of the word
        adj = m.group("adj") if "adj" in m.re.groupindex else None
        noun_end = m.end() if adj is None else len(ctx.text[:m.start("adj")].rstrip())
        if not (adj and country_of_adjective(adj, ctx.code)) and _modifier_only(ctx, m.start(), noun_end) \
                and not (rule.kind == "group" and not rule.anaphora):
            continue  # "a military target", "positions militaires dans"; "a jihadist attack": jihadists
        if rule.kind == "facility" and ctx.text[m.start():m.start() + 1].isupper() and any(
                s == m.start() and m.end() < e for s, e, _ in ctx.places):
            continue  # "Port Sudan", "Port Harcourt": a town's name, not a port
        if any(s < m.start() and m.end() <= e for s, e, _ in ctx.places):
            continue  # "Arauca department", "Kherson region": a division's type word, no institution
        ctx.entities.append(_Entity(m.start(), m.end(), rule, adj, m.span("adj") if adj else None))


def _modifier_only(ctx: _Ctx, start: int, end: int) -> bool:
    """The phrase is one adjective modifying a noun on either side ("a military target", "des
    positions militaires"), or the first word of a target's name ("an army depot", "a police
    station": targets.yaml names the facility, the owner noun is no party of its own)."""
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) != 1 or (tok := span[0]).head.i == tok.i:
        return False
    if tok.pos_ == "ADJ" and tok.dep_ == "amod":
        return True
    return tok.head.i > tok.i and tok.dep_ == "compound" and (
        f"{tok.lower_} {tok.head.lemma_.lower()}" in _target_names(ctx.code) or settlement_modifier(tok))


@functools.cache
def _target_names(code: str) -> frozenset[str]:
    """The target phrases of a language (lang/<code>/targets.yaml), lower case."""
    return frozenset(str(k).lower() for k in (load_language(code).section("targets").get("targets") or {}))



# --- persons ----------------------------------------------------------------------------------

def _name_candidates(ctx: _Ctx) -> list[tuple[int, int]]:
    """Token ranges of person names: NER persons, and capitalised words right after a title."""
    names = person_spans(ctx.ents, ctx.lex.person_labels, ctx.code)
    taken = {i for s, e in names for i in range(s, e)}
    for s, e, _role in ctx.titles:
        span = ctx.doc.char_span(s, e, alignment_mode="expand")
        if span is None:
            continue
        run = _untagged_name_after(ctx, span.end)
        if run and not any(i in taken for i in range(*run)):
            names.append(run)
            ctx.titled.add(run[0])
            taken.update(range(*run))
    return sorted(names)


def _in_title(ctx: _Ctx, tok: Any) -> bool:
    return any(s <= tok.idx < e for s, e, _ in ctx.titles)


def _in_org(ctx: _Ctx, tok: Any) -> bool:
    return any(s <= tok.idx < e for s, e, _ in ctx.orgs) or any(
        x.start <= tok.idx < max(x.end, x.full_end) for x in ctx.entities if x.party is not None)


def _in_place(ctx: _Ctx, tok: Any) -> bool:
    """Inside a place: the places stage's when it ran (the NER tags some names LOC), else the NER's."""
    if ctx.places:
        return any(s <= tok.idx < e for s, e, _ in ctx.places)
    return tok.ent_type_ in ctx.lex.place_labels


def _is_complement(ctx: _Ctx, j: int, i: int) -> bool:
    """A capitalised word right after "de"/"des"/"du" (and an article) following a title is the
    title's complement, not a name: "le ministre des Affaires sociales, X", "le président du
    Conseil européen", "le chef de l'Organisation mondiale de la santé": the portfolio or the
    institution, the name (if any) comes after the comma."""
    doc = ctx.doc
    k = j - 1
    if k >= i and doc[k].lower_ in ctx.lex.article_words:
        k -= 1
    return k >= i and doc[k].lower_.replace("’", "'") in ctx.lex.owner_words


def _untagged_name_after(ctx: _Ctx, i: int) -> tuple[int, int] | None:
    doc = ctx.doc
    complement = False  # inside the title's complement ("des Affaires sociales")
    for j in range(i, min(len(doc), i + MAX_TITLE_TO_NAME)):
        tok = doc[j]
        if starts_sentence(tok) and j > i:
            return None
        if _in_org(ctx, tok) or (_in_place(ctx, tok) and j > 0 and doc[j - 1].text != ","):
            continue  # "chef de l'administration d'Odessa, X": Odessa is a complement, X the name
        if tok.text == ",":
            complement = False
        elif tok.is_alpha and (tok.is_title or tok.is_upper) and (complement or _is_complement(ctx, j, i)) \
                and tok.ent_type_ not in ctx.lex.person_labels:
            complement = True
            continue
        elif complement and (tok.is_alpha or tok.text in ("(", ")", "-")):
            continue
        if tok.is_alpha and (tok.is_title or tok.is_upper) and tok.pos_ in ("PROPN", "NOUN", "X") \
                and ctx.country_at(tok.idx) is None and not _in_title(ctx, tok) \
                and not any(c.start <= tok.idx < c.end for c in ctx.countries):
            end = j
            while end < len(doc) and end - j < MAX_NAME_TOKENS and not _in_title(ctx, doc[end]):
                if doc[end].is_alpha and (doc[end].is_title or doc[end].is_upper):
                    end += 1
                else:  # "Bassem al-Awadi", "Mohammed ben Salmane": a particle before a capitalised part
                    skip = _name_particle(ctx, end)
                    if not skip:
                        break
                    end += skip
            return (j, end)
        inside = _in_title(ctx, tok) or any(c.start <= tok.idx < c.end for c in ctx.countries) \
            or tok.lower_ in ctx.lex.name_links or tok.pos_ in ("ADJ", "DET")
        if not inside:
            return None
    return None


def _name_particle(ctx: _Ctx, i: int) -> int:
    """Tokens of a lower-case name particle at `i` with its hyphen ("al", "-"), when a capitalised
    part of the name follows ("al-Awadi", "ben Salmane"); 0 otherwise (`name_particles`)."""
    doc = ctx.doc
    if doc[i].lower_ not in ctx.lex.name_particles or not doc[i].is_lower:
        return 0
    n = 2 if i + 1 < len(doc) and doc[i + 1].text == "-" else 1
    nxt = doc[i + n] if i + n < len(doc) else None
    return n if nxt is not None and nxt.is_alpha and nxt.is_title else 0


def _title_run(ctx: _Ctx, ti: int) -> int:
    """The first token of the run of title words before token `ti` (same sentence, no verb)."""
    doc = ctx.doc
    j = ti
    names = {i for s, e in ctx.names for i in range(s, e)}
    while j > 0 and ti - j < MAX_TITLE_RUN:
        tok = doc[j - 1]
        if tok.text == ")" and j >= 3 and doc[j - 3].text == "(" and doc[j - 2].is_upper:
            j -= 3  # "le chef de l'Organisation mondiale de la santé (OMS), X": an acronym
            continue
        if tok.pos_ in _RUN_STOP_POS or tok.text in _RUN_STOP_TEXT or (j - 1) in names \
                or tok.is_space or starts_sentence(doc[j]):
            break
        j -= 1
    return j


def _title_segment(ctx: _Ctx, run_start: int, name_start: int) -> list[tuple[int, int, str]]:
    """The titles describing the name: the comma-separated segments next to it that hold titles."""
    titles = [t for t in ctx.titles if run_start <= t[0] and t[1] <= name_start]
    if not titles:
        return []
    cuts = [m.start() for m in re.finditer(",", ctx.text[run_start:name_start])]
    bounds = [run_start] + [run_start + c for c in cuts] + [name_start]
    segments = list(itertools.pairwise(bounds))
    chosen: list[tuple[int, int, str]] = []
    for k in range(len(segments) - 1, -1, -1):
        a, b = segments[k]
        inside = [t for t in titles if a <= t[0] and t[1] <= b]
        if not inside:
            if chosen or ctx.text[a:b].strip(" ,"):
                break
            continue
        chosen = inside + chosen
    return chosen


def _person_country(ctx: _Ctx, start: int, end: int) -> str | None:
    for c in ctx.countries:
        if start <= c.start and c.end <= end and c.how in ("name", "adj", "this"):
            before = ctx.text[max(start, c.start - CONTEXT_CHARS):c.start]
            if ctx.lex.posting.search(before):
                continue
            return c.iso2
    for s, e, p in ctx.orgs:
        if start <= s and e <= end and p.country:
            return p.country
    for s, e, iso in ctx.place_countries:  # "le gouverneur de la région d'Odessa, X" -> UA
        if start <= s and e <= end and not ctx.lex.posting.search(ctx.text[max(start, s - CONTEXT_CHARS):s]):
            return iso
    return None


def _person(ctx: _Ctx, ti: int, tj: int) -> None:
    """A person at tokens [ti, tj): name, then title (before it or in apposition), then defaults
    from an earlier mention of the same person and from the list of public figures."""
    doc = ctx.doc
    tj = name_end(doc, ti, tj)
    s, e = doc[ti].idx, doc[tj - 1].idx + len(doc[tj - 1].text)
    words = ctx.text[s:e]
    if not ctx.free(s, e) or country_of_name(words, ctx.code) or capital_of(words, ctx.code) \
            or _after_settlement_noun(ctx, s) or _after_article(ctx, ti) \
            or (placed_name(ctx.text, words, ctx.places, ctx.lex, CONTEXT_CHARS)
                and known_person(words) is None) \
            or any(c.start < e and s < c.end and not (ti in ctx.titled and c.start > s)  # "X Sana": a surname
                   for c in ctx.countries) \
            or (ti not in ctx.titled and any(ps < e and s < pe for ps, pe, _ in ctx.places)) \
            or _in_org(ctx, doc[ti]):
        return
    honorific = ctx.lex.honorific.match(words)
    if honorific and honorific.end() < len(words):  # "M. Dupont": the title stays in the span only
        words = words[honorific.end():]
    titles = _title_segment(ctx, doc[_title_run(ctx, ti)].idx, s)
    if titles and _title_is_complement(ctx, titles[0], doc[ti]):
        titles = []
    start, role, country = s, None, None
    if titles:
        start, role = titles[0][0], _segment_role(ctx, titles, s)
        country = _person_country(ctx, start, s)
        start = _extend_with_prefix(ctx, start)
        if (c := _owner_before(ctx, start)) is not None:  # "Azerbaijani President X"
            start, country = c.start, country or c.iso2
        country = country or _institution_before(ctx, start)
        if ctx.lex.data.get("proper_before") and (p := _place_before(ctx, start)) is not None:
            start, country = p[0], country or p[1]  # "Odesa governor X"
    elif (post := _apposition(ctx, e)) is not None:  # "X, porte-parole du Kremlin,"
        e, role, country = post
    published = ctx.article.published
    known = known_person(words, published.date if published else None)
    prior = ctx.registry.person(s, words) if len(words.split()) == 1 else None
    name = known.name if known else (prior.name if prior else words)
    for source in (prior, known):
        if source is not None:
            country, role = country or source.country, role or source.role
    ctx.emit(start, e, Party(name, "person", country, role))


def _after_article(ctx: _Ctx, ti: int) -> bool:
    """A name the tagger calls a person right after a definite article, with no title between
    ("on the Danube", "sur le Dniepr"): a river, a region or a ship, not a person (a person's
    name takes no article; "the late X" has a word between)."""
    return ti > 0 and ti not in ctx.titled and fold(ctx.doc[ti - 1].text) in ctx.lex.article_words \
        and ctx.doc[ti - 1].pos_ == "DET"


def _after_settlement_noun(ctx: _Ctx, start: int) -> bool:
    """A name right after a place noun and its link ("le village de Kozatcha Lopan", "the town of
    Nabatieh"): a place the gazetteer may lack, never a person or an organisation."""
    return bool(ctx.lex.place_complement.search(ctx.text[max(0, start - CONTEXT_CHARS):start]))


def _names_a_place_noun(ctx: _Ctx, ent: Any) -> bool:
    """A name that modifies the lower-case place noun right after it ("the Neelum valley", "Poonch
    district"): the name of a place the gazetteer may lack, not an organisation (``place_nouns``,
    parties.yaml). Not a name before a direction ("the ship Eternity C west of Hodeidah")."""
    doc = ctx.doc
    nxt = doc[ent.end] if ent.end < len(doc) else None
    return nxt is not None and nxt.is_lower and fold(nxt.lemma_) in _place_nouns(ctx) \
        and ent.root.head.i == nxt.i


def _title_is_complement(ctx: _Ctx, title: tuple[int, int, str], name: Any) -> bool:
    """"Après avoir rencontré le président, X a déclaré": a title before a comma that is the
    object of a verb or a preposition belongs to someone else, not to the name after the comma.
    Kept when the title is the subject ("Le président, X, a déclaré") or when the name hangs on
    the title ("Selon le chef de l'administration, X, ...": X in apposition)."""
    if "," not in ctx.text[title[1]:name.idx]:
        return False
    span = ctx.doc.char_span(title[0], title[1], alignment_mode="expand")
    if span is None or span.root.dep_ not in (ctx.lex.data.get("title_complement_deps") or ()):
        return False
    head = name.head
    for _ in range(NAME_TO_TITLE_HOPS):
        if title[0] <= head.idx < name.idx:
            return False
        head = head.head
    return True


def _apposition(ctx: _Ctx, end: int) -> tuple[int, str, str | None] | None:
    """A title in apposition after a name: (end of the apposition, role, country)."""
    m = ctx.lex.apposition.match(ctx.text, end)
    if not m:
        return None
    title = next((t for t in ctx.titles if t[0] == m.end()), None)
    if title is None:
        return None
    stop = len(ctx.text)
    for ch in ",.;:!?\n":
        k = ctx.text.find(ch, title[1])
        if k != -1:
            stop = min(stop, k)
    if stop - title[1] > CONTEXT_CHARS * 3:  # no closing comma nearby: the title alone
        stop = title[1]
    if verb_between(ctx.doc, title[1], stop):  # "Kherson, the regional governor said": a new clause
        return None
    return stop, title[2], _person_country(ctx, title[0], stop)


def _place_before(ctx: _Ctx, start: int) -> tuple[int, str] | None:
    """(start, country) of a place right before a title, in languages that put it there."""
    for s, e, iso in ctx.place_countries:
        if 0 <= start - e <= 1:
            return s, iso
    return None


def _institution_before(ctx: _Ctx, start: int) -> str | None:
    """The country of an institution right before a title ("Azerbaijan's Foreign Ministry
    spokesperson X", "Russian Defence Ministry spokesman X")."""
    for ent in ctx.entities:
        end = max(ent.end, ent.full_end)
        if ent.party is not None and ent.party.country and 0 <= start - end <= 1:
            return ent.party.country
    return None


def _surnames(ctx: _Ctx) -> None:
    """Surnames the NER missed: of a person named in the document, or of a public figure."""
    keys = ctx.registry.surnames() | known_single_names()
    for tok in ctx.doc:
        if tok.is_alpha and tok.text[0].isupper() and fold(tok.text) in keys \
                and ctx.free(tok.idx, tok.idx + len(tok.text)):
            _person(ctx, tok.i, tok.i + 1)


def _segment_role(ctx: _Ctx, titles: list[tuple[int, int, str]], name_start: int) -> str:
    """The role of the segment next to the name; within it, the head (first) title."""
    last_cut = ctx.text.rfind(",", titles[0][0], name_start)
    near = [t for t in titles if t[0] > last_cut] if last_cut >= 0 else titles
    return (near or titles)[0][2]


def _extend_with_prefix(ctx: _Ctx, start: int) -> int:
    """Include "ex-" / "l'ancien" style prefixes of a title in the span."""
    before = ctx.text[max(0, start - 12):start]
    for prefix in ctx.lex.title_prefixes:
        if before.lower().endswith(prefix) or before.lower().endswith(prefix + " "):
            return start - (len(prefix) + (1 if before.lower().endswith(prefix + " ") else 0))
    return start


def _bare_title(ctx: _Ctx, s: int, e: int, role: str) -> None:
    """A title with no name: the person named before with that role, or "<Role> of <Country>"."""
    if not ctx.free(s, e):
        return
    country, end = _owner_after(ctx, e)
    owner: Party | None = None
    if country is None:
        m = ctx.lex.owner_link.match(ctx.text, e)
        if m:
            for ent in ctx.entities:
                if ent.start == m.end() and ent.party is not None:
                    owner, end = ent.party, max(ent.end, ent.full_end)
                    break
    if country is None and owner is None and ctx.lex.owner_link.match(ctx.text, e) \
            and ctx.lex.owner_link.match(ctx.text, e).end() > e:
        return  # "le chef des rebelles": someone else's title, not a known person's
    start = s
    if country is None and owner is None and (c := _owner_before(ctx, s)) is not None:
        country, start = c, c.start
    if country is None and owner is None:  # "le ministre indien de la Défense": inside the title
        country = next((c for c in ctx.countries if s < c.start and c.end < e and c.how == "adj"), None)
    iso = country.iso2 if country else (owner.country if owner else None)
    prior = ctx.registry.last(s, kind="person", role=role, country=iso)
    if prior is None and iso is None:
        return
    if prior is not None:
        party = at(prior, "", (0, 0))
    elif owner is not None:
        party = Party(f"{role.title()} of {owner.name}", "person", iso, role)
    else:  # "le Premier ministre arménien" -> "Armenian prime minister", as analysts write it
        demonym = english_demonym(iso)
        name = f"{demonym} {role}" if demonym else f"{role.title()} of {english_country(iso)}"
        party = Party(name, "person", iso, role)
    ctx.emit(start, end, party)


# --- metonymy, countries, organisations -------------------------------------------------------

def _named_place(ctx: _Ctx, tok: Any) -> bool:
    """A proper name, or a capitalised word the tagger misread at the start of a sentence but
    the NER calls a place ("Kiev a convoqué", "Bakou a convoqué": PRON)."""
    return tok.pos_ == "PROPN" or (tok.is_sent_start and tok.is_title
                                   and tok.ent_type_ in ctx.lex.place_labels)


def _metonymy(ctx: _Ctx, c: _Country) -> bool:
    return stands_for_government(ctx.doc[c.token], ctx.text, ctx.code)


def _countries_as_parties(ctx: _Ctx) -> None:
    dateline = dateline_tokens(ctx.article)
    both = [c for c in ctx.countries if c.how == "both"]
    if both:  # "les deux pays": each of the two, on the one phrase
        for start, end in dict.fromkeys((c.start, c.end) for c in both):
            if ctx.free(start, end):
                for c in (c for c in both if c.start == start):
                    ctx.emit(c.start, c.end, Party(english_country(c.iso2) or c.iso2, "state", c.iso2))
    for c in ctx.countries:
        if c.how == "both":
            continue
        if not ctx.free(c.start, c.end) or (c.how in ("name", "capital") and c.token in dateline):
            continue  # "MOGADISHU, May 10 (AP) -": where the reporter files from, no party
        if any(s <= c.start and c.end <= e and e - s > c.end - c.start for s, e, _ in ctx.places):
            continue  # "Sudan" of "Port Sudan", "Guinea" of "Papua New Guinea": a town's name
        if nisba(ctx.doc, c.token, ctx.lex.name_particles):
            continue  # "Abu Omar al-Somali": a person's name of origin, no state
        name = english_country(c.iso2)
        before = ctx.text[max(0, c.start - CONTEXT_CHARS):c.start]
        if c.how == "capital":
            if _metonymy(ctx, c):
                ctx.emit(c.start, c.end, Party(name or c.iso2, "government", c.iso2, "metonymy"))
        elif c.how == "name":
            if _owns_named_side(ctx, c):
                continue
            if attributed_name(ctx.doc[c.token], ctx.code) or not (
                    ctx.lex.locative.search(before) or ctx.lex.place_complement.search(before)):
                ctx.emit(c.start, c.end, Party(name or c.iso2, "state", c.iso2))
        elif c.how == "adj":
            tok = ctx.doc[c.token]
            head = fold(tok.head.lemma_) if tok.head.i != tok.i else ""
            if counted_nationals(tok):  # "killed 14 Palestinians": people of the country
                ctx.emit(c.start, c.end, nationals_party(c.iso2))
            elif head not in _place_nouns(ctx):
                ctx.emit(c.start, c.end, Party(name or c.iso2, "state", c.iso2))


def _owns_named_side(ctx: _Ctx, c: _Country) -> bool:
    """The country is the possessor of a named armed side ("Sudan's paramilitary RSF"): no party."""
    sides = {span[0].i for s, e, p in ctx.found if p.kind in BODY_KINDS and p.country in (None, c.iso2)
             and (span := ctx.doc.char_span(s, e, alignment_mode="expand")) is not None and len(span)}
    return owns_named_side(ctx.doc, c.token, sides)


def _place_nouns(ctx: _Ctx) -> frozenset[str]:
    return frozenset(fold(str(x)) for x in ctx.lex.data.get("place_nouns") or [])


def _organizations(ctx: _Ctx) -> None:
    """Named organisations: registered now (for "l'agence"), emitted after the phrases that
    may contain them ("le dépôt pétrolier X" is a facility)."""
    for m in organization_matches(ctx.text):  # known_organizations()[0].finditer's, tried by first word
        org = known_organizations()[1].get(fold(m.group(0)))
        if org is None:
            continue
        defined = _acronym_defined(ctx, m.start(), m.end())
        if defined is not None:  # "les Forces paramilitaires de soutien rapide (FSR)": the phrase
            party = Party(org.name, org.kind, org.country, org.role)  # type: ignore[arg-type]
            ctx.emit(defined, m.end() + 1, party)
            continue
        start, iso, other = name_run_before(ctx.doc, m.start(), ctx.code)
        if start < m.start() and (other or (org.country is None and " " in m.group(0))):
            # "the U.S. National Security Council", "the Russian Security Council": a longer
            # name ending in an international body's alias is another body, the country's
            party = Party(ctx.text[start:m.end()], "organization", iso)
            ctx.orgs.append((start, m.end(), party))
        else:
            party = Party(org.name, org.kind, org.country, org.role)  # type: ignore[arg-type]
            ctx.orgs.append((m.start(), m.end(), party))
        ctx.registry.add(m.start(), party)


def _inside_organization(ctx: _Ctx, start: int, end: int) -> bool:
    """A generic word of a known organisation's longer name ("Forces" in "the Rapid Support Forces",
    "forces" in "Forces de soutien rapide"): the name wins, not the army the word would stand for."""
    return any(s <= start and end <= e and e - s > end - start for s, e, _ in ctx.orgs)


def _beside_named_group(ctx: _Ctx, start: int, end: int) -> bool:
    """A common noun of armed men right beside a named group ("Houthi rebels", "les rebelles
    houthis", "les islamistes radicaux des shebabs", "rebels of the M23"): the name says who they
    are, the noun adds no party of its own. Between them only adjectives, determiners and an owner
    link ("de", "of")."""
    for s, e, party in ctx.orgs:
        if party.kind != "group":
            continue
        lo, hi = (e, start) if e <= start else (end, s) if end <= s else (-1, -1)
        if lo < 0:
            continue
        gap = ctx.doc.char_span(lo, hi, alignment_mode="contract") if hi > lo else None
        if hi - lo > MAX_GROUP_GAP_CHARS:
            continue
        if gap is None or all(t.pos_ in ("ADJ", "DET") or fold(t.text) in ctx.lex.owner_words for t in gap):
            return True
    return False


def _acronym_defined(ctx: _Ctx, start: int, end: int) -> int | None:
    """Start of the phrase an acronym in brackets defines ("Forces armées soudanaises (FAS)"),
    when the organisation's alias matched is that acronym; None otherwise."""
    word = ctx.text[start:end]
    if not (word.isupper() and " " not in word and start > 0 and ctx.text[start - 1] == "("
            and ctx.text[end:end + 1] == ")"):
        return None
    found = acronym_phrase(ctx.doc, start - 1, word)
    return found if found is not None and ctx.free(found, end + 1) else None


def _ner_organizations(ctx: _Ctx) -> None:
    """ORG entities the tables did not name; a country the NER calls ORG ("Armenia", "the
    U.S.") is left to the country tables."""
    for ent in ctx.ents:
        ent = trim_tail(ent) if ent.label_ in ctx.lex.org_labels else ent
        if ent.label_ in ctx.lex.org_labels and len(ent) and ctx.free(ent.start_char, ent.end_char) \
                and "\n" not in ent.text and not said_on_channel(ent, ctx.code) \
                and any(ch.isupper() for ch in ent.text) and not _is_country(ctx, ent) \
                and not _after_settlement_noun(ctx, ent.start_char) and not _names_a_place_noun(ctx, ent) \
                and not _office_holders(ctx, ent) \
                and not any(
                    ps <= ent.start_char and ent.end_char <= pe for ps, pe, _ in ctx.places):
            ctx.emit(ent.start_char, ent.end_char,  # "Conseil de sécurité nationale des États-Unis"
                     Party(ent.text, "organization", owner_in_name(ent, ctx.code)))


def _office_holders(ctx: _Ctx, ent: Any) -> bool:
    """An entity opening on the noun of an office ("ministres des Affaires étrangères de la RDC et du
    Rwanda", read ORG): the holders of a title, no body; the states named in it are the parties
    (`office_nouns` of lang/<code>/parties.yaml)."""
    words = section_words(ctx.code, "parties", "office_nouns")
    first = ent[0] if ent[0].pos_ != "DET" or len(ent) == 1 else ent[1]
    return first.lower_ in words or first.lemma_.lower() in words


def _is_country(ctx: _Ctx, ent: Any) -> bool:
    """An entity that is only a country name, a capital or a country adjective, by the tables
    (the small English model tags "an Emirati drone" ORG: the adjective is the state's)."""
    return bool(country_of_name(ent.text, ctx.code) or capital_of(ent.text, ctx.code)
                or (len(ent) == 1 and country_of_adjective(ent.text, ctx.code)))


# --- the stage --------------------------------------------------------------------------------

def find_parties(article: Article) -> list[tuple[int, int, Party]]:
    """Every party in a parsed article as (nlp_text start, end, Party), in text order."""
    code = article.language or "fr"
    text = article.nlp_text or article.doc.text  # the doc is nlp(nlp_text); Doc.text is rebuilt per call
    ctx = _Ctx(article, article.doc, text, lexicon(code), code, ents=list(article.doc.ents))
    _collect_countries(ctx)
    _collect_titles(ctx)
    _collect_entities(ctx)
    _organizations(ctx)
    _resolve_entities(ctx)
    armed_units(ctx)  # before names: "la force Radaa" is no person
    ctx.names = _name_candidates(ctx)
    for ti, tj in ctx.names:
        _person(ctx, ti, tj)
    _surnames(ctx)
    for s, e, role in ctx.titles:
        # no title inside a longer institution's name: "the General Staff", "l'état-major général"
        if not any(n.start <= s and e <= n.end and n.end - n.start > e - s for n in ctx.entities):
            _bare_title(ctx, s, e, role)
    for ent in ctx.entities:
        start = ent.full_start if ent.full_start >= 0 else ent.start
        end = max(ent.end, ent.full_end)
        if ent.party is not None and ctx.free(start, end) and not _inside_organization(ctx, start, end) \
                and not (ent.rule.kind == "group" and _beside_named_group(ctx, ent.start, ent.end)):
            ctx.emit(start, end, ent.party, register=False)
    for s, e, party in ctx.orgs:
        if ctx.free(s, e):
            ctx.emit(s, e, party, register=False)
    _ner_organizations(ctx)
    _countries_as_parties(ctx)
    possessed_forces(ctx)  # last: it reads the speaker's party among those found
    return sorted(ctx.found, key=lambda f: (f[0], f[1]))


def run(article: Article) -> Article:
    """Append one party mention per party found, each with its own words and span."""
    if article.doc is None:
        return article
    starts = [s.start_char for s in article.doc.sents]
    for start, end, party in find_parties(article):
        span = article.to_original(start, end)
        words = article.text[span[0]:span[1]]
        value = at(party, words, span)
        article.mentions.append(Mention(kind="party", span=span, text=words, value=value,
                                        sentence=bisect_right(starts, start) - 1))
        if party.kind == "person":  # "le maire, Hamed Sana": the surname, not Sanaa
            article.mentions = [m for m in article.mentions if not _surname_place(m, span, party)]
    return article


def _surname_place(m: Mention, span: tuple[int, int], person: Party) -> bool:
    """A place the where stage read in the last words of a person's name after its first name."""
    return isinstance(m.value, Place) and m.span[1] == span[1] and span[0] < m.span[0] \
        and person.name.endswith(m.text) and person.name != m.text


@register_patterns
def institution_patterns(lang: LangData) -> list[dict[str, Any]]:
    """ORG patterns for multiword institutions and named organisations, so the NER keeps them whole."""
    patterns: list[dict[str, Any]] = []
    for entry in lang.section("parties").get("entities") or []:
        if entry.get("kind") not in ("government", "military", "diplomatic_mission") \
                or "{" in str(entry.get("name")):
            continue
        for phrase in entry.get("phrases") or []:
            words = [w for w in str(phrase).split() if w != "[ADJ]"]
            if len(words) >= 2:
                patterns.append({"label": "ORG", "pattern": " ".join(words)})
    _, index = known_organizations()
    for alias, org in index.items():
        if org.kind in ("organization", "group") and len(alias) > 3:
            patterns.append({"label": "ORG", "pattern": alias})
    return patterns


__all__ = ["find_parties", "role_of", "run", "stands_for_government"]
