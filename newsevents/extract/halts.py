"""Stage `events`: a violent act a demand asks to stop is what the demand is about, no incident.

"Cambodia demanded that Thailand stop its raids near the border", "urged Bangkok to stop the
strikes", "Le Cambodge exige l'arrêt des frappes", "Belgrade a appelé Pristina à cesser ses raids":
the words name acts the speaker wants ended, told by no one as happening there and then. Were they
an incident, the demand's words would give one with the border for place and no day of its own,
next to the incidents the article does tell. The claims stage links the demand to those incidents
(its `about`), so nothing is lost.

The act hangs from a word of halting (claims lexicon ``halt_words``: a verb, "stop", "cesser", or a
noun, "l'arrêt des frappes", "an end to the strikes"), and that word from a verb whose reporting
stance is a demand (clauses.verb_stance: "urge", "demand", "exiger", "appeler à"). A halt told as
a fact ("the army stopped its raids") has no demand over it: its act is left to the other questions.

Why a module of its own: qualifiers.py and events.py are at their size limit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsevents.extract.clauses import verb_stance
from newsevents.extract.stance import fold, lexicon

if TYPE_CHECKING:
    from spacy.tokens import Token

    from newsevents.extract.triggers import Trigger

# How many heads above the word of halting the demand's verb may be: the halting verb itself is
# its complement ("urged X to stop"), or its clause ("demanded that X stop"), or the noun of
# halting its object, through a preposition in English ("called for an end to the strikes").
HALT_DEMAND_HEADS = 3


def halt_demanded(trig: Trigger) -> bool:
    """The trigger is what a demand asks to stop ("urged X to stop the shelling")."""
    root = trig.root
    lex = lexicon(root.doc.lang_)
    halt = _halting_word(root, lex.halt_words)
    if halt is None:
        return False
    t = halt
    for _ in range(HALT_DEMAND_HEADS):
        if t.head.i == t.i:
            return False
        t = t.head
        if t.pos_ in ("VERB", "AUX"):
            return verb_stance(lex, t) == "demand"
    return False


def _halting_word(root: Token, words: frozenset[str]) -> Token | None:
    """The word of halting the act hangs from, directly or through a preposition."""
    if not words:
        return None
    head = root.head.head if root.head.pos_ == "ADP" else root.head
    if head.i == root.i or root.dep_.startswith("nsubj"):
        return None
    return head if fold(head.lemma_) in words or fold(head.text) in words else None
