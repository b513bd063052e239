"""A count that is the source of a toll, not more victims: "killing at least 12 civilians, three
residents and a health official told AFP on Tuesday". The parser hangs "three residents" on
"civilians" as one more conjunct of the victims and leaves "told" with no subject; read so, the
toll would be 15.

Why the parse and not a window: the counted noun is a later conjunct of the victims' coordination,
the coordination ends right where a reporting verb (the claims stage's `reporting_verbs` in
lang/<code>/claims.yaml) begins, and that verb has no subject of its own. The conjuncts from the
count on are that verb's subject, the people who told the toll; the victims stop before them.
"Four soldiers and two civilians were killed, officials said" keeps both counts: "civilians" is
not followed by the verb, and "said" has its subject.
"""

from __future__ import annotations

from typing import Any

from newsevents.extract.stance import fold, lexicon
from newsevents.extract.tolls import _anchor

# dependency labels of a verb's subject (UD and the English model's)
SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass", "nsubjpass", "csubj", "expl"})


def _first_conjunct(tok: Any) -> Any:
    while tok.dep_ == "conj" and tok.head.i < tok.i:
        tok = tok.head
    return tok


def _coordination_end(first: Any) -> int:
    """The last token index of a coordination: the right edge of its last conjunct."""
    last = first
    for tok in first.subtree:
        if tok.dep_ == "conj" and _first_conjunct(tok).i == first.i and tok.i > last.i:
            last = tok
    return last.right_edge.i


def listed_apposition(tok: Any) -> bool:
    """A noun the parser hangs as an apposition although it opens the rest of a list: "Two
    soldiers, a policeman and three civilians were killed" (English: "policeman" appos of
    "soldiers", "civilians" its conj). It is a member of the list and shares the first member's
    relation, as a conjunct does; an apposition with no conjunct of its own ("Ali, a policeman,
    said") is none."""
    return tok.dep_ == "appos" and tok.head.i < tok.i and any(c.dep_ == "conj" for c in tok.children)


def telling_conjunct(number: Any, language: str) -> bool:
    """True when the noun a number counts is coordinated after the victims and is the subject of a
    reporting verb the parser left with none ("..., three residents and a health official told AFP")."""
    noun = _anchor(number)
    if noun.dep_ != "conj" or noun.head.i >= noun.i:
        return False
    end = _coordination_end(_first_conjunct(noun))
    doc = noun.doc
    if end + 1 >= len(doc) or doc[end + 1].sent.start != noun.sent.start:
        return False
    verb = doc[end + 1]
    if verb.pos_ == "AUX" and verb.head.i > verb.i:  # "three residents have told AFP"
        verb = verb.head
    if verb.pos_ != "VERB" or fold(verb.lemma_) not in lexicon(language).verbs:
        return False
    return not any(c.dep_ in SUBJECT_DEPS for c in verb.children)
