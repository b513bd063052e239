"""The two sides a meeting names by their number only ("the two delegations met in Istanbul", "talks
between the two countries' leaders", "les deux délégations se sont rencontrées"): the two states
coordinated before it ("Russia and Ukraine swapped ...", "Thailand and Cambodia agreed ...").

Why: such a consultation had no actor, or only its host ("Anwar Ibrahim said after hosting talks
between the two countries' leaders"), so the talks of two states lost their sides. The counted
noun is the trigger's subject, the subject of the verb a noun trigger is the object of ("the two
sides held talks"), or what its preposition of sides names ("between"/"entre"), itself or its
possessor or complement. The pair is the nearest one told in the trigger's sentence or before it:
two states, one a conjunct of the other. The words are language data (`pair_numbers`,
`pair_nouns`, arguments.yaml).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from newsevents.extract.arguments import SUBJECT_DEPS, Ref
from newsevents.lang import section_words

# the dependencies the counted noun hangs from the trigger by: a preposition's object, a possessor
# ("the two countries' leaders"), a noun's complement ("les dirigeants des deux pays")
PAIR_DEPS = frozenset({"prep", "pobj", "poss", "nmod", "nmod:poss"})
# how deep below the trigger the counted noun may be
PAIR_DEPTH = 3
PAIR_KINDS = frozenset({"state"})


def paired_sides(trigger: Span, parties: list[Ref], doc: Doc, language: str,
                 sentence_starts: list[int]) -> list[Ref]:
    """The two states a meeting's counted noun stands for, or [] (module docstring)."""
    numbers = section_words(language, "arguments", "pair_numbers")
    nouns = section_words(language, "arguments", "pair_nouns")
    if not numbers or not nouns or not any(_counted(t, numbers, nouns) for t in _candidates(trigger.root)):
        return []
    last = trigger.start
    for start in sorted((s for s in sentence_starts if s <= trigger.start), reverse=True):
        pair = _pair_in(parties, doc, start, last)
        if pair:
            return pair
        last = start
    return []


def _candidates(root: Token) -> list[Token]:
    out = [c for c in root.children if c.dep_ in SUBJECT_DEPS]
    if root.pos_ in ("NOUN", "PROPN") and root.head.i != root.i:  # "the two sides held talks"
        out += [c for c in root.head.children if c.dep_ in SUBJECT_DEPS]
    frontier = [root]
    for _ in range(PAIR_DEPTH):
        frontier = [c for t in frontier for c in t.children if c.dep_ in PAIR_DEPS]
        out += frontier
    return out


def _counted(noun: Token, numbers: frozenset[str], nouns: frozenset[str]) -> bool:
    """"the two delegations", "both sides", "les deux pays": a noun of sides counted as two."""
    return (noun.lemma_.lower() in nouns or noun.lower_ in nouns) and any(
        c.lower_ in numbers for c in noun.children if c.dep_ in ("nummod", "det", "amod", "predet"))


def _pair_in(parties: list[Ref], doc: Doc, lo: int, hi: int) -> list[Ref]:
    """The first two coordinated states told between tokens lo and hi."""
    states = [r for r in parties if lo <= r.start < hi and r.value.kind in PAIR_KINDS]
    for a in states:
        root = doc[a.start:a.end].root
        for b in states:
            if b is a or getattr(b.value, "name", None) == getattr(a.value, "name", None):
                continue
            other = doc[b.start:b.end].root
            if other.dep_ == "conj" and other.head.i == root.i:
                return [a, b]
    return []


# how far a state hangs below the office noun it qualifies ("ministres des Affaires étrangères du
# Kosovo": Kosovo, Affaires, ministres)
OFFICE_CLIMB = 2


def office_conjuncts(actors: list[Ref], parties: list[Ref], doc: Doc, language: str) -> list[Ref]:
    """The actors, with the states coordinated with the office noun one of them qualifies ("les
    ministres des Affaires étrangères du Kosovo et de la Serbie ont signé": the parser hangs Serbia
    on "ministres"): each holder's state is a side. The nouns are `office_nouns` (parties.yaml)."""
    offices = section_words(language, "parties", "office_nouns")
    out = list(actors)
    for r in actors:
        t = doc[r.start:r.end].root
        for _ in range(OFFICE_CLIMB):
            if t.head.i == t.i or t.dep_ not in ("nmod", "pobj", "prep"):
                break
            t = t.head
            if t.lemma_.lower() in offices or t.lower_ in offices:
                out += [x for c in t.children if c.dep_ == "conj" for x in parties
                        if x.start <= c.i < x.end and x.value.kind in PAIR_KINDS and x not in out]
                break
    return out
