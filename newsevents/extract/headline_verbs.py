"""Headline verbs the tagger misreads.

Why: headlines drop articles and auxiliaries ("Azerbaijan summons Russian envoy over drone
incursion"), and the small English model then reads the present-tense verb as a plural noun
heading the title, its subject as a modifier of it. The trigger matcher (a verb entry needs a
clause) and the argument reader (a subject) both need to see the verb.
"""

from __future__ import annotations

from typing import Any

from newsevents.nlp import doc_text

# longest headline, in characters: a first line longer than this is a paragraph of body text
HEADLINE_CHARS = 160
TERMINAL_MARKS = (".", "!", "?", "»", '"', "”", ":")
# what an active past in a headline has and a headline's passive lacks: an object, an auxiliary
HEADLINE_ACTIVE_DEPS = frozenset({"obj", "dobj", "aux", "aux:tense", "aux:pass", "auxpass"})
# an active clause's subjects (as arguments.SUBJECT_DEPS: kept here so that the claims stage can
# ask about headline passives without importing the arguments stage)
_ACTIVE_SUBJECT_DEPS = frozenset({"nsubj", "csubj"})


def headline_verb(token: Any) -> bool:
    """A headline's present-tense verb the tagger read as a plural noun heading the title
    ("Azerbaijan summons Russian envoy over drone incursion": NNS, its subject a modifier of
    it): the root of the sentence, an -s form after a capitalised name, something after it."""
    if token.dep_ != "ROOT" or token.tag_ != "NNS" or token.i == 0:
        return False
    subject = token.nbor(-1)
    return subject.pos_ == "PROPN" and subject.head.i == token.i \
        and any(c.i > token.i and c.pos_ in ("NOUN", "PROPN") for c in token.children)


def headline_passive(verb: Any) -> bool:
    """"UN convoy attacked in eastern Congo", "Aid workers killed in Darfur": a headline drops the
    auxiliary, so a past form with a subject, no object and no auxiliary is a passive there (an
    active headline is in the present: "Gunmen attack convoy"). The headline is the document's
    first line, short and with no closing full stop; the English tagger reads the form as a past.
    Both the parties (its subject is what the act hit) and the claims (its subject is the accused,
    not a speaker: "Sudan's RSF accused of drone attack on airport") read it."""
    text = doc_text(verb.doc)
    end = text.find("\n")
    if end < 0 or end > HEADLINE_CHARS or verb.idx >= end or text[:end].rstrip().endswith(TERMINAL_MARKS):
        return False
    if verb.pos_ != "VERB" or "Past" not in verb.morph.get("Tense"):
        return False
    own = {c.dep_ for c in verb.children}
    return not own & HEADLINE_ACTIVE_DEPS and bool(own & _ACTIVE_SUBJECT_DEPS)
