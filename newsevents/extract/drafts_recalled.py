"""Stage `events`: an incident recalled in a pluperfect with a date of its own is not the news
incident it is told after (drafts.same_incident).

Why a module of its own: "L'armée a affirmé avoir tué vingt jihadistes lors d'une frappe aérienne
menée dimanche près de Ménaka. En juin, une attaque de l'EI contre un camp militaire à Ménaka avait
fait une trentaine de morts": June holds that Sunday, and the town is the same, so nothing in the
dates, places or doers tells the two apart; the tense does (the pluperfect tells what came before
the story's time), with the recalled act's own date. drafts.py is at its size limit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsevents.extract.tense import pluperfect

if TYPE_CHECKING:
    from spacy.tokens import Token

    from newsevents.extract.drafts import Draft

# the relations by which a trigger noun is what a verb tells ("une attaque ... avait fait trente
# morts", "an attack on a base had killed 40 soldiers"): the verb's tense is the act's
NOUN_OF_VERB_DEPS = ("nsubj", "obj", "dobj", "obl", "nsubjpass", "pobj", "prep")
# heads climbed from a trigger noun to the verb telling it ("an attack on X" -> "on" -> "attack")
VERB_CLIMB = 3


def recalled_apart(a: Draft, b: Draft) -> bool:
    """Two violent drafts told in sentences of their own, each with a date its words state, not
    the same dates, one told in a pluperfect and the other not: the recalled act is another
    incident, even on days that overlap (a month holding the news day) and in the same town."""
    if a.sents & b.sents or a.date is None or b.date is None or a.date.inferred or b.date.inferred:
        return False
    if (a.date.start, a.date.end) == (b.date.start, b.date.end):
        return False
    return _pluperfect(a) != _pluperfect(b)


def _pluperfect(d: Draft) -> bool:
    return any(pluperfect(_telling_verb(t.root)) for t in d.triggers)


def _telling_verb(tok: Token) -> Token:
    """The verb a trigger is, or the one its noun is the subject or object of."""
    for _ in range(VERB_CLIMB):
        if tok.pos_ in ("VERB", "AUX") or tok.head.i == tok.i or not tok.dep_.startswith(NOUN_OF_VERB_DEPS):
            return tok
        tok = tok.head
    return tok
