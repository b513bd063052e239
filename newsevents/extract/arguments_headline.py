"""A headline's bare passive ("UN convoy attacked in eastern Congo"): split from arguments.py,
which calls ``headline_passive`` when it reads a verb's subject and object."""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.extract.arguments import SUBJECT_DEPS
from newsevents.nlp import doc_text

# longest headline, in characters: a first line longer than this is a paragraph of body text
HEADLINE_CHARS = 160
TERMINAL_MARKS = (".", "!", "?", "»", '"', "”", ":")
# what an active past in a headline has and a headline's passive lacks: an object, an auxiliary
HEADLINE_ACTIVE_DEPS = frozenset({"obj", "dobj", "aux", "aux:tense", "aux:pass", "auxpass"})


def headline_passive(verb: Token) -> bool:
    """"UN convoy attacked in eastern Congo", "Aid workers killed in Darfur": a headline drops the
    auxiliary, so a past form with a subject, no object and no auxiliary is a passive there (an
    active headline is in the present: "Gunmen attack convoy"). The headline is the document's
    first line, short and with no closing full stop; the English tagger reads the form as a past."""
    text = doc_text(verb.doc)
    end = text.find("\n")
    if end < 0 or end > HEADLINE_CHARS or verb.idx >= end or text[:end].rstrip().endswith(TERMINAL_MARKS):
        return False
    if verb.pos_ != "VERB" or "Past" not in verb.morph.get("Tense"):
        return False
    own = {c.dep_ for c in verb.children}
    return not own & HEADLINE_ACTIVE_DEPS and bool(own & SUBJECT_DEPS)
