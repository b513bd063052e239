"""Stage `events`, step 4 (see extract/events.py `_group_sentence`): two acts told in coordinated
clauses of one sentence are two incidents.

Why a module of its own: triggers of one family in one sentence are grouped into one incident (a
strike told by its noun and its verb), but a sentence may coordinate two acts, each with a subject
of its own: "Nine soldiers were killed when a drone attack brought down an army helicopter in Cauca,
and a car bomb exploded outside a police station in Jamundi", "une attaque de drone a abattu un
hélicoptère ..., et une voiture piégée a explosé devant un commissariat". The second clause hangs
from the first (or from the verb above it) by `conj` and names its own doer or weapon: another act,
with its own place and toll. Only acts of two types are kept apart (a drone downing, a car bomb's
blast): "a missile hit Kharkiv and another struck Odesa" are the coordinated towns of
events_split, and one act told twice ("the drone attack ... and the drones hit") is one.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.extract.arguments import own_subject
from newsevents.extract.drafts import Draft

CLAUSE_POS = frozenset({"VERB", "AUX"})


def _clause_verb(tok: Token) -> Token:
    """The verb whose clause holds the token (the token itself when a verb)."""
    while tok.pos_ not in CLAUSE_POS and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _path_up(tok: Token) -> list[Token]:
    path = [tok]
    while path[-1].head.i != path[-1].i:
        path.append(path[-1].head)
    return path


def _other_conjunct(a: Token, b: Token) -> bool:
    """Below their lowest common head, the way down to ``a`` or to ``b`` passes a conjunct clause
    with its own subject ("..., and a car bomb exploded"; also when the clause is coordinated with
    the when-clause of the toll: "were killed when a drone attack brought down ..., and a car bomb
    exploded")."""
    up_a, up_b = _path_up(a), _path_up(b)
    ids_b = [t.i for t in up_b]
    for k, tok in enumerate(up_a):
        if tok.i in ids_b:
            below = up_a[:k] + up_b[:ids_b.index(tok.i)]
            return any(own_subject(t) and t.dep_ == "conj" for t in below)
    return False


def conjunct_apart(a: Draft, b: Draft) -> bool:
    """Drafts of two types whose every pair of triggers lies in two coordinated clauses, each with a
    subject of its own: two acts, not one told twice. Not a definite one ("..., and the blast
    destroyed the house" is the strike's consequence)."""
    if a.type == b.type or a.sents != b.sents or a.definite or b.definite:
        return False
    return all(_other_conjunct(_clause_verb(s.root), _clause_verb(t.root))
               for s in a.triggers for t in b.triggers)
