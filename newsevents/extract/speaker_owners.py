"""The place that owns an institution speaking: "Gaza's civil defence agency", "the Gaza civil
defence agency", "the territory's health ministry".

Why a module of its own: the speaker resolver (speakers.py) reads the who stage's mentions inside
a speaker's words, and a place name there (a possessive or a noun modifier) is taken for the
speaker itself ("Gaza" for "the Gaza civil defence agency"); a place noun that resumes the place
told before ("the territory's", lex.place_anaphors) names no place at all, so the institution got
no country. Both readings are of the noun phrase's syntax, apart from coreference.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from newsevents.extract.stance import Lexicon, fold
from newsevents.model import Article, Party, Place
from newsevents.parties import country_of_adjective, english_demonym

# Precision of a place a place noun ("the territory", "la région") resumes first: an area.
_AREA_PRECISIONS = ("country", "admin1", "region")
# How a qualifier of the institution hangs on its noun ("civil defence", "health").
_QUALIFIER_DEPS = ("compound", "amod")
# Kinds of speaking body a demonym among its own words gives a country ("l'état-major sud-coréen").
_STATE_BODIES = ("military",)


def country_at(article: Article, pos: int) -> str | None:
    """The country of the state or place named at an nlp offset (party or place mentions)."""
    for m in article.mentions:
        s, e = article.to_nlp(*m.span)
        v = m.value
        if s <= pos < e and (isinstance(v, Place) or (isinstance(v, Party) and v.kind == "state")):
            return v.country or None
    return None


def owning_place(article: Article, lex: Lexicon, head: Any) -> tuple[Any, str, str | None] | None:
    """(the institution's first qualifier, the owner's country, the name of the place a place
    noun resumes or None) for an institution noun owned by a place and qualified after it: a
    possessive ("Gaza's health ministry", "the territory's health ministry") or a place name
    used as a modifier ("the Gaza civil defence agency"). None for a bare noun ("Russia's
    ambassador": no qualifier) and for an owner that is no place."""
    owner = next((c for c in head.children if c.dep_ == "poss" and c.i < head.i), None)
    if owner is None:
        owner = next((c for c in head.children if c.dep_ in ("compound", "nmod") and c.i < head.i
                      and c.pos_ == "PROPN" and country_at(article, c.idx) is not None), None)
    if owner is None:
        return None
    qualifiers = [c for c in head.children if c.dep_ in _QUALIFIER_DEPS and c.i > owner.i]
    if not qualifiers:
        return None
    first = min(qualifiers, key=lambda c: c.i)
    country = country_at(article, owner.idx)
    if country is not None:
        return first, country, None
    resumed = _resumed_area(article, lex, owner)
    return (first, resumed.country, resumed.name) if resumed is not None and resumed.country else None


def _resumed_area(article: Article, lex: Lexicon, owner: Any) -> Place | None:
    """The place a definite place noun resumes ("the territory's", lex.place_anaphors): the last
    country or region named before it, else the last place (the geocoder may read an area's name as
    its main town: "Gaza"); never a site."""
    if owner.pos_ != "NOUN" or fold(owner.lemma_) not in lex.place_anaphors \
            or not any(c.dep_ == "det" for c in owner.children):
        return None
    before = [m.value for m in article.mentions if isinstance(m.value, Place) and m.value.precision != "site"
              and article.to_nlp(*m.span)[1] <= owner.idx]
    areas = [p for p in before if p.precision in _AREA_PRECISIONS]
    return areas[-1] if areas else (before[-1] if before else None)


def demonym_country(article: Article, party: Party, start: int, end: int) -> Party:
    """A state's armed body whose own words hold one demonym after its noun ("a indiqué l'état-major
    interarmées sud-coréen") is of that country: the who stage, parsing "sud-coréen" as the verb's,
    named a bare "General Staff", or linked the words to the body of the other Korea the article
    names later. Whose side speaks decides which statements contradict (link.py). Two demonyms, or
    a name not built on a demonym, are left as the who stage reads them: no guess. An organisation
    of no country takes the demonym on its own noun ("l'Organisation iranienne de l'énergie
    atomique", own_demonym)."""
    if party.kind == "organization" and party.country is None and article.doc is not None:
        words = article.doc.char_span(start, end, alignment_mode="expand")
        return own_demonym(article, party, words) or party
    if party.kind not in _STATE_BODIES or article.doc is None:
        return party
    span = article.doc.char_span(start, end, alignment_mode="expand")
    isos = {country_of_adjective(t.text, article.language or "fr") for t in span or ()
            if t.pos_ == "ADJ" and t.i > span.root.i}
    isos.discard(None)
    iso = isos.pop() if len(isos) == 1 else None
    if iso is None or iso == party.country:
        return party
    old, new = english_demonym(party.country), english_demonym(iso)
    name = party.name[len(old) + 1:] if old and party.name.startswith(old + " ") else party.name
    if new is None or (party.country is not None and name == party.name):
        return party
    return replace(party, country=iso, name=f"{new} {name}")


def own_demonym(article: Article, party: Party, words: Any) -> Party | None:
    """A source noun of no country qualified by one demonym of its own ("un responsable
    pakistanais", "un haut responsable militaire indien", "une ONG ukrainienne") is of that
    country, as the who stage reads "a Pakistani official" in English; None when its words hold no
    demonym on their head, or two."""
    if words is None or article.doc is None:
        return None
    head = words.root
    isos = {country_of_adjective(t.text, article.language or "fr") for t in head.children
            if t.dep_ in _QUALIFIER_DEPS and t.pos_ == "ADJ" and t.is_alpha}
    isos.discard(None)
    return replace(party, country=isos.pop()) if len(isos) == 1 else None
