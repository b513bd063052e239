"""An accusation that names only the accused and the occasion ("Kinshasa accuse le Rwanda après la
chute de Goma", "Kenya accuses Somalia after border raid"): a headline's announcement of an
accusation the body tells, with no charge of its own. Its words ("le Rwanda après la chute de
Goma") are no statement: no claim. An accusation with its object alone ("the army blamed ADF
rebels", after the attack it answers) stays a claim (attribution.reported_attributions), and so
does one with a charge ("accused X of", "d'avoir frappé", "blamed X for the strike").

Why a module of its own: claims.py is at its size limit."""

from __future__ import annotations

from typing import Any

from newsevents.extract.stance import Lexicon, fold

_OBJECT_DEPS = ("obj", "dobj")
_CLAUSE_DEPS = ("xcomp", "ccomp")


def occasion_only(lex: Lexicon, doc: Any, att: Any) -> bool:
    """Whether the attribution is an accusing verb with no charge whose words run on past the
    accused into an occasion (see the module docstring)."""
    verb = att.verb
    if verb is None or fold(verb.lemma_) not in lex.accusing_verbs:
        return False
    accused = next((c for c in verb.children if c.dep_ in _OBJECT_DEPS), None)
    if accused is None or any(c.dep_ in _CLAUSE_DEPS for c in verb.children):
        return False
    span = doc.char_span(*att.content, alignment_mode="expand")
    if span is None or accused.right_edge.i + 1 >= span.end:
        return False  # the accused alone ("blamed ADF rebels")
    # the charge opens with the first preposition after the accused ("le mouvement rebelle d'être
    # à l'origine", "Moscow for the strike"); "après", "after" open an occasion
    first = next((t for t in span if t.i > max(verb.i, accused.i) and t.pos_ in ("ADP", "SCONJ")), None)
    return first is not None and fold(first.text) not in lex.charge_marks
