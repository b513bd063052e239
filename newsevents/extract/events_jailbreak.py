"""Stage `events`: prisoners freed by those who attack are part of their attack, no release.

A prisoner exchange or release (`prisoner_exchange`) is done between sides or by a captor ("Israël
a libéré 600 prisonniers", "two hostages were freed on Thursday"). Attackers who break a prison
open ("les assaillants ont incendié le commissariat et libéré 500 détenus", "gunmen stormed the
jail and freed 200 prisoners") free nobody they held: the jailbreak is a deed of their attack,
which the article tells on its own. Told by the syntax of the release verb: its subject is one of
the assailant nouns (`assailant_nouns`, numbers.yaml, the words casualties.py reads), or the verb
is coordinated with a violent act's verb (the same doers, the same raid).

Why a module of its own: events_typing decides the type, and this is one reading of one type.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsevents.extract.clauses import SUBJECT_DEPS
from newsevents.extract.drafts import is_violent
from newsevents.lang import section_words

if TYPE_CHECKING:
    from spacy.tokens import Token

    from newsevents.extract.events import Context
    from newsevents.extract.triggers import Trigger

RELEASE_TYPE = "prisoner_exchange"


def freed_by_force(ctx: Context, trig: Trigger) -> bool:
    """The release verb's doers are attackers: its subject (or that of the verb it is coordinated
    with) is an assailant noun, or it is coordinated with a violent trigger's verb."""
    verb = trig.root
    if trig.spec.type != RELEASE_TYPE or verb.pos_ not in ("VERB", "AUX"):
        return False
    chain = _conjuncts(verb)
    nouns = section_words(ctx.lang, "numbers", "assailant_nouns")
    if any(c.dep_ in SUBJECT_DEPS and (c.lemma_.lower() in nouns or c.lower_ in nouns)
           for v in chain for c in v.children):
        return True
    # an attack word is typed later ("stormed": its default, a clash)
    violent = {t.root.i for t in ctx.matches.triggers
               if t is not trig and is_violent(t.spec.default or t.spec.type)}
    return any(v.i in violent for v in chain if v.i != verb.i)


def _conjuncts(verb: Token) -> list[Token]:
    """The verb and the verbs coordinated with it, up to the first of the row and its other
    members ("ont incendié le commissariat et libéré ...": "libéré" hangs from "incendié")."""
    first = verb
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    return [first, *(c for c in first.subtree if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
                     and c.head.i in (first.i, *(x.i for x in first.children)))]
