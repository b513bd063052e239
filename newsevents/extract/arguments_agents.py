"""The agent of a passive verb as parties: "un immeuble a été frappé par l'armée russe", "the
building was struck by Russian forces". Split from arguments.py (the clause roles of any trigger),
whose helpers it reads; the events stage asks it whether a passive strike with no weapon named has
a side as its doer (events_typing._strikes_a_site).
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.extract.arguments import AGENT_DEPS, OBLIQUE_DEPS, Ref, _cues, _marked, core_parties


def agent_parties(verb: Token, parties: list[Ref], language: str) -> list[Ref]:
    """The parties the agent complement of a passive verb names: the parser's agent (French
    obl:agent; English agent over its object), or an oblique marked by the agent preposition
    (``agent_preps``: the parser often labels "par X" a plain oblique)."""
    preps = _cues(language)["agent_preps"]
    out: list[Ref] = []
    for c in verb.children:
        if c.dep_ in AGENT_DEPS or (c.dep_ in OBLIQUE_DEPS and _marked(c, preps)):
            heads = [g for g in c.children if g.dep_ == "pobj"] if c.pos_ == "ADP" else [c]
            out += [r for h in heads for r in core_parties(parties, h)]
    return out
