"""A second reporting verb the parser hung as the first one's complement: "L'armée de l'air a
affirmé que ses avions avaient « neutralisé de nombreux terroristes » et a démenti avoir touché
des civils" is parsed with "démenti" heading the clause of "affirmé" (its "que" and its subject
"ses avions"), "neutralisé" a modifier of the noun; "a assuré que ses unités avaient riposté et a
nié avoir visé le camp" with "nié" a conjunct of "riposté", which clauses.coordinated_with leaves
in the clause (its tense form does not tell "a nié" from "avaient riposté"). The conjunction and
the reporting verb's own tense form ("a affirmé ... et a démenti") tell the speaker's second
statement, a claim of its own with another stance; attribution._nested cuts the first claim
before the conjunction.

Why a module of its own: clauses.py, which reads the well-parsed coordinations
(clauses.coordinated_with), is at its size limit."""

from __future__ import annotations

from typing import Any

from newsevents.extract.clauses import _form, is_finite_report, verb_stance
from newsevents.extract.content_edges import STANCE_CONTENT_MIN_WORDS
from newsevents.extract.stance import Lexicon

# what a complement of the second verb may be: its own words ("a démenti avoir touché des civils")
_COMPLEMENTS = frozenset({"obj", "dobj", "xcomp", "ccomp", "obl", "obl:arg", "prep", "iobj"})


def misread_conjunct(lex: Lexicon, first: Any, verb: Any) -> Any | None:
    """The conjunction that opens `verb`, a reporting verb the parse makes the complement of the
    reporting verb `first` though it is coordinated with it; None when it is the true complement.
    Coordinated: a conjunction, then only auxiliaries, before `verb`; `verb` in `first`'s tense
    form and not in that of the clause's own verb between them (a finite verb with another form,
    "avaient neutralisé"); another stance ("a affirmé ... et a affirmé" stays one claim) and words
    of its own after it."""
    if first is None or verb.i <= first.i:
        return None
    if not (verb.dep_ == "ccomp" and verb.head.i == first.i) and not (
            verb.dep_ == "conj" and verb.head.dep_ == "ccomp" and verb.head.head.i == first.i):
        return None  # the clause's head, or a conjunct of the clause's own verb
    stance = verb_stance(lex, verb)
    if stance is None or stance == verb_stance(lex, first) or not is_finite_report(verb):
        return None
    doc = verb.doc
    cc = next((c for c in verb.children if c.dep_ == "cc" and c.i < verb.i), None)
    if cc is None or any(not t.dep_.startswith("aux") for t in doc[cc.i + 1:verb.i]):
        return None
    if _tense(verb) != _tense(first):
        return None
    form = _tense(verb)
    if not any(t.pos_ == "VERB" and _tense(t) != form and any(a.dep_.startswith("aux") for a in t.children)
               for t in doc[first.i + 1:cc.i]):
        return None  # no verb of the clause's own between them: the conjunct is the clause
    return cc if any(c.i > verb.i and c.dep_ in _COMPLEMENTS for c in verb.children) else None


def _tense(verb: Any) -> tuple[Any, ...]:
    """A verb's tense form with its auxiliaries' tenses: "a démenti" and "a affirmé" share one,
    "avaient neutralisé" (a pluperfect) has another though its auxiliary is the same verb."""
    auxes = tuple(sorted(tuple(c.morph.get("Tense")) for c in verb.children if c.dep_.startswith("aux")))
    return _form(verb) + auxes


def first_words_fewest(first: Any, joint: int) -> int:
    """How few words the first of two coordinated statements may keep when the second is cut off
    at `joint`: one when they are the predicate the first verb sets on its subject ("s'est dit
    « horrifié » et a réclamé une enquête": a feeling, a condemnation of its own, and a demand),
    else the least a stance's words may be ("a condamné l'attaque et a exigé")."""
    if first is not None and any(c.dep_ == "xcomp" and c.i < joint and c.pos_ in ("ADJ", "VERB")
                                 and not any(g.dep_ in _COMPLEMENTS for g in c.children)
                                 for c in first.children):
        return 1
    return STANCE_CONTENT_MIN_WORDS
