"""The accused's reply in a relative clause on the accused: "Les autorités ont attribué l'attentat
aux FDS, qui ont nié toute responsabilité", "Officials blamed the SDF, which denied any role".

Why a module of its own: the accusation's words run over the relative clause, so the accuser was
read as denying ("Syria: deny ... qui ont nié toute responsabilité") and the accused's denial was
no claim at all. The relative's verb is the accused's own statement: the accusation's words end
before it (the relative's antecedent speaks, as attribution reads "des témoins qui affirment").
attribution.py, which finds the claims, had grown to its limit.
"""

from __future__ import annotations

from typing import Any

from newsevents.extract.attribution_subjects import relative_antecedent, relative_pronoun
from newsevents.extract.clauses import own_relative, verb_stance
from newsevents.extract.content_edges import STANCE_CONTENT_MIN_WORDS, trim_content
from newsevents.extract.stance import Lexicon

_RELATIVE = ("relcl", "acl:relcl")
# The stances a reply in such a relative takes: the accused rejects ("qui a démenti", "which denied").
_REPLIES = ("deny",)
# How the parser may hang such a relative clause on the accusing verb ("a accusé les FDS, qui ont
# démenti": an adverbial clause of "accusé").
_MISREAD = ("advcl",)


def relative_statement(lex: Lexicon, verb: Any, att: Any) -> bool:
    """A reporting verb in a relative clause inside the claim ``att``'s words that is a statement
    of its own: a figure of the claim's speaker (clauses.own_relative) or the accused's reply
    (relative_reply). The claim's words are cut before it; True when that was done."""
    return own_relative(lex, verb, att) or relative_reply(lex, verb, att)


def relative_reply(lex: Lexicon, verb: Any, att: Any) -> bool:
    """The reporting ``verb`` denies with a relative pronoun as its subject ("qui ont nié", "which
    denied"), on a noun inside the claim ``att``'s words that is not its speaker (the relative's
    antecedent: the parser may hang the clause on the accusing verb instead, as an adverbial
    clause): the claim's words are cut before the relative (its comma too); True when done."""
    if verb_stance(lex, verb) not in _REPLIES or verb.dep_ not in _RELATIVE + _MISREAD:
        return False
    rel = next((c for c in verb.children if c.dep_.startswith("nsubj") and c.i < verb.i
                and relative_pronoun(c)), None)
    if rel is None:
        return False  # "an accusation that Kyiv denied": the relative has a subject of its own
    head = relative_antecedent(verb, rel)
    if head is None or (att.speaker_head is not None and head.i == att.speaker_head.i):
        return False
    doc = verb.doc
    span = doc.char_span(*att.content, alignment_mode="expand")
    start = rel.i
    if span is None or not span.start <= head.i < start <= span.end:
        return False
    while start > span.start and doc[start - 1].text in (",", "—", "–"):
        start -= 1
    cut = trim_content(doc, span.start, start, STANCE_CONTENT_MIN_WORDS)
    if cut is None:
        return False
    att.content = cut
    return True
