"""A body's whole name when the who stage cut it: "the International Committee of the Red Cross"
(not "the International Committee"), "la Fédération internationale des sociétés de la Croix-Rouge"
(not "Fédération"), "the Gaza health ministry" (not "Ministry"), "le ministère de la Santé de Gaza"
(not a "Ministry of Health" of nowhere).

Why: the who stage names a capitalised run or a ministry's noun; an organisation's name often runs
on through a complement ("of the ...", "de la ...") that holds a capitalised word, and a ministry
keeps the place that qualifies it (a modifier before it, a complement after it). A speaker cut so
names another body, or none, and readers search the register by the name. Read on the syntax of
the speaker's own words (spaCy: the head's modifiers and complements), never past them.

Why a module of its own: speakers.py is at its size limit."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from newsevents.extract.speaker_owners import country_at
from newsevents.extract.stance import Lexicon, fold
from newsevents.model import Article, Party

# The kinds of party whose name is a body's name (a person's or a state's is not read here).
_BODIES = ("organization", "government")
# How a name's complement hangs on its noun ("of the Red Cross": prep; "de la Croix-Rouge": nmod).
_COMPLEMENT_DEPS = ("prep", "nmod")
# How a qualifier before the noun hangs on it ("Gaza health ministry"); a possessive is read by
# speaker_owners (the owner's country), a determiner is no part of the name.
_BEFORE_DEPS = ("compound", "amod", "nmod")
# Determiners that may open the who stage's name for a body ("the International Committee").
_DETERMINERS = frozenset({"the", "le", "la", "l'", "les"})
# Entities a proper noun of a complement names no place as.
_NOT_PLACES = ("ORG", "PER", "PERSON", "NORP", "MISC")
# Entities a complement may not hold: a day is when the body spoke, not its name.
_TIME_ENTITIES = ("DATE", "TIME")


def full_name(article: Article, lex: Lexicon, party: Party, start: int, end: int, head: Any | None) -> Party:
    """The party named by its whole words when the who stage's name is a cut of them (the
    speaker's words run from `start` to `end`, nlp offsets): a name it did not know is replaced
    by the whole; a canonical ministry name without a country ("Ministry of Health") takes the
    place complement after it ("of Gaza") and that place's country; a state named by the demonym
    qualifying an institution's noun with another qualifier ("the Lebanese health ministry") is
    that institution, of that state's country (a bare "the Lebanese government" stays the state)."""
    if head is None or head.pos_ not in ("NOUN", "PROPN") or not start <= head.idx < end:
        return party
    doc = head.doc
    first = _first_word(head, start)
    last, place = _last_word(head, end)
    if first == head.i and last == head.i:
        return party
    words = doc[first:last + 1]
    s, e = article.to_original(words.start_char, words.end_char)
    text = article.text[s:e]
    if party.kind == "state" and party.country and head.pos_ == "NOUN" \
            and fold(head.lemma_) in lex.institution_nouns and party.span is not None \
            and s <= party.span[0] and party.span[1] <= e \
            and any(t.pos_ in ("NOUN", "PROPN") and t.i != head.i for t in words):
        # the demonym and a noun qualifying the institution ("health"): not "agence officielle syrienne"
        return Party(name=text, kind="government", country=party.country, text=text, span=(s, e))
    if party.kind not in _BODIES:
        return party
    own = _words(party.text or "")
    if own == _words(party.name):  # a name the who stage took from the words
        if len(own) >= len(_words(text)) or own not in _words(text):
            return party
        return replace(party, name=text, text=text, span=(s, e),
                       country=party.country or _country_in(article, words))
    if party.kind == "government" and party.country is None and place is not None:
        # "le ministère de la Santé de Gaza": the who stage's "Ministry of Health" and its place
        where = doc[place.left_edge.i:place.right_edge.i + 1]
        name_words = [t for t in where if t.pos_ != "DET" and not (t.pos_ == "ADP" and t.i == where.start)]
        if name_words:
            return replace(party, name=f"{party.name} of {doc[name_words[0].i:name_words[-1].i + 1].text}",
                           country=_country_in(article, where))
    return party


def _words(name: str) -> str:
    """A name's words, folded, without the determiner opening it."""
    words = fold(name).replace("'", "' ").split()
    return " ".join(words[1:] if len(words) > 1 and words[0] in _DETERMINERS else words)


def _first_word(head: Any, start: int) -> int:
    """The first word of the name: the leftmost qualifier before the noun, inside the words."""
    first = head.i
    for child in head.lefts:
        if child.dep_ in _BEFORE_DEPS and child.left_edge.idx >= start \
                and not any(t.dep_ in ("poss", "case") or t.pos_ in ("DET", "CCONJ") for t in child.subtree):
            # not "Iranian and Syrian media": two bodies coordinated, each its own speaker
            first = min(first, child.left_edge.i)
    return first


def _last_word(head: Any, end: int) -> tuple[int, Any | None]:
    """(the last word of the name, the place complement that ends it or None): the adjectives
    right after the noun ("Fédération internationale") and the complements that hold a
    capitalised word ("of the Red Cross", "de la Santé de Gaza"), in a row, inside the words."""
    last, place = head.i, None
    for child in head.rights:
        if child.left_edge.i != last + 1:
            break  # not in a row ("the ministry, which ...")
        if child.right_edge.idx + len(child.right_edge.text) > end:
            break
        if child.dep_ == "amod":
            last = child.right_edge.i
            continue
        if not _name_complement(child):
            break
        last = child.right_edge.i
        place = child if _is_place(child) else None
        for inner in child.rights:  # "de la Santé de Gaza": the place hung on the complement
            if inner.dep_ in _COMPLEMENT_DEPS and _name_complement(inner):
                place = inner if _is_place(inner) else place
    return last, place


def _name_complement(child: Any) -> bool:
    """A complement of the noun opening with its preposition and holding a capitalised word,
    no day nor time ("of the Red Cross", "des sociétés de la Croix-Rouge"; not "on Tuesday")."""
    if child.dep_ not in _COMPLEMENT_DEPS:
        return False
    words = list(child.subtree)
    if words[0].pos_ != "ADP" or any(t.ent_type_ in _TIME_ENTITIES for t in words):
        return False
    return any(t.is_alpha and t.text[:1].isupper() for t in words[1:]) \
        and all(t.pos_ in ("ADP", "DET", "PROPN", "NOUN", "ADJ", "CCONJ", "PUNCT") for t in words)


def _is_place(child: Any) -> bool:
    """A complement naming a place: spaCy's GPE or LOC, or a proper noun it took for no person
    nor organisation ("de Sweida")."""
    return any(t.ent_type_ in ("GPE", "LOC") or (t.pos_ == "PROPN" and t.ent_type_ not in _NOT_PLACES)
               for t in child.subtree)


def _country_in(article: Article, words: Any) -> str | None:
    """The country of a state or place named among the words, or None."""
    for t in words:
        iso = country_at(article, t.idx)
        if iso:
            return iso
    return None
