"""Things a target only when the act hits them: the target nouns of lang/<code>/targets.yaml marked
``struck_only: true`` ("boat", "car", "vehicle", "bateau", "voiture", "immeuble").

Why a check of their own: a bare vessel or car is as often the attacker's ("a drone boat", "gunmen
in a car") or the rescuers' as what was hit, so the lexicon cannot take every mention. The syntax
says which: the noun is the object or the passive subject of a verb of striking ("the military
struck a boat", "une voiture a été visée"), or the complement of a preposition of aim on such a
verb or an attack noun ("a strike on a vessel", "une frappe contre un véhicule", "set fire to
cars"). A vessel struck is then the target, and the incident no longer falls back on the speaker's
or the dateline's country for one.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsevents.extract.arguments import after_day
from newsevents.extract.where_spots import weekdays
from newsevents.lang import section_words

# what a verb does to the thing it hits: its object, or its passive subject (UD and ClearNLP)
STRUCK_DEPS = frozenset({"dobj", "obj", "nsubjpass", "nsubj:pass"})
# a complement introduced by a preposition: English hangs it on the preposition (pobj), French on
# the noun or verb with the preposition as its "case" child
COMPLEMENT_DEPS = frozenset({"pobj", "obl", "obl:arg", "obl:mod", "nmod"})
# how far up a chain of conjuncts and quantities the check climbs ("several cars and a house")
MAX_CLIMB = 4


def _words(language: str, key: str) -> frozenset[str]:
    return section_words(language, "targets", key)


def _governor(tok: Token, language: str) -> Token | None:
    """The word that governs the noun as what it hits: the verb of its object or passive subject,
    or the head of its aiming preposition ("on", "contre"); None otherwise."""
    preps = _words(language, "struck_prepositions")
    head = tok.head
    if head.i == tok.i:
        return None
    if tok.dep_ in STRUCK_DEPS:
        if head.lower_ in weekdays(language) and head.head.pos_ == "VERB" and head.head.i != head.i:
            return head.head  # "ont attaqué dimanche le village": the object hung on the day word
        return head
    verb = _bare_verb_before(tok, language)
    if verb is not None:
        return verb
    if after_day(tok) or (tok.dep_ == "nmod" and head.i < tok.i and head.lower_ in weekdays(language)):
        return head.head  # "a incendié lundi des camions": the object hung on the day word
    if tok.dep_ == "pobj" and head.lower_ in preps and head.head.i != head.i:
        return head.head  # English: "a strike on [a boat]"
    if tok.dep_ in COMPLEMENT_DEPS and any(c.dep_ == "case" and c.lower_ in preps for c in tok.children):
        return head  # French: "une frappe contre [un véhicule]"
    return None


def _bare_verb_before(tok: Token, language: str) -> Token | None:
    """A verb of striking left with no object, right before the noun's phrase: the noun is its
    object the parser hung elsewhere ("une frappe qui visait une réunion gouvernementale a tué ...",
    read with "réunion" the subject of "a tué")."""
    first = tok.left_edge
    if first.i == 0 or tok.dep_ in COMPLEMENT_DEPS:
        return None
    verb = tok.doc[first.i - 1]
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _words(language, "struck_verbs") \
            or any(c.dep_ in STRUCK_DEPS and c.i > verb.i for c in verb.children):
        return None
    return verb


def struck(span: Span, language: str) -> bool:
    """The noun names what the act hit: the object or passive subject of a verb of striking
    (``struck_verbs``), or the complement of an aiming preposition (``struck_prepositions``) on
    such a verb or on an attack noun (``struck_nouns``); the first conjunct of a coordination
    decides for the others."""
    tok = span.root
    for _ in range(MAX_CLIMB):
        if tok.dep_ != "conj" or tok.head.i == tok.i:
            break
        tok = tok.head
    gov = _governor(tok, language)
    if gov is None:
        return False
    lemma, nouns = gov.lemma_.lower(), _words(language, "struck_nouns")
    if gov.pos_ in ("VERB", "AUX"):
        # or a light verb whose object is the attack noun the parser did not hang it on ("ont mené
        # une frappe contre une embarcation", "carried out a strike on a boat")
        return lemma in _words(language, "struck_verbs") or (tok.dep_ not in STRUCK_DEPS and any(
            c.dep_ in STRUCK_DEPS and c.lemma_.lower() in nouns for c in gov.children))
    return gov.pos_ == "NOUN" and lemma in nouns
