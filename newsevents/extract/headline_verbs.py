"""Headline verbs the tagger misreads.

Why: headlines drop articles and auxiliaries ("Azerbaijan summons Russian envoy over drone
incursion"), and the small English model then reads the present-tense verb as a plural noun
heading the title, its subject as a modifier of it. The trigger matcher (a verb entry needs a
clause) and the argument reader (a subject) both need to see the verb.
"""

from __future__ import annotations

from typing import Any


def headline_verb(token: Any) -> bool:
    """A headline's present-tense verb the tagger read as a plural noun heading the title
    ("Azerbaijan summons Russian envoy over drone incursion": NNS, its subject a modifier of
    it): the root of the sentence, an -s form after a capitalised name, something after it."""
    if token.dep_ != "ROOT" or token.tag_ != "NNS" or token.i == 0:
        return False
    subject = token.nbor(-1)
    return subject.pos_ == "PROPN" and subject.head.i == token.i \
        and any(c.i > token.i and c.pos_ in ("NOUN", "PROPN") for c in token.children)
