"""An apposition the parser read as the last conjunct of a verb's object: "a frappé le port et un
dépôt de carburant d'Aden, siège provisoire du gouvernement yéménite" hangs "siège" as a third
conjunct of "port", so the government the apposition names came out as a target. And a participle
after the object read as a clause of its own: "targeted senior Hezbollah commanders gathered in a
building" hangs "commanders" as the subject of "gathered", a clausal complement of "targeted".

Why a rule of its own: the parser joins a noun phrase after a comma to the list before it whenever
the list has a conjunct already; a true last conjunct has its coordinator ("et", "and", "or"), an
apposition has none. Read by arguments.object_parties.
"""

from __future__ import annotations

from spacy.tokens import Token

COORDINATOR_DEPS = frozenset({"cc"})
# a verb's direct object (UD and ClearNLP)
OBJECT_DEPS = frozenset({"obj", "dobj"})
# what makes a clause a clause of its own: an auxiliary or a subordinator ("said that X had ...")
CLAUSE_MARK_DEPS = frozenset({"aux", "auxpass", "aux:pass", "aux:tense", "mark"})


def loose_apposition(tok: Token) -> bool:
    """A conjunct after a comma with no coordinator of its own, and none after it in the list: it
    describes the word before it ("Aden, siège provisoire du gouvernement", "Goma, fief du M23")."""
    first = tok.left_edge  # the comma itself, when the parser hangs it on the conjunct
    comma = first.text == "," or (first.i > 0 and tok.doc[first.i - 1].text == ",")
    if tok.dep_ != "conj" or tok.pos_ != "NOUN" or not comma \
            or any(c.dep_ in COORDINATOR_DEPS for c in tok.children):
        return False
    # a list goes on after it (UD hangs every conjunct on the first, ClearNLP chains them)
    return not any(c.dep_ == "conj" and c.i > tok.i for c in (*tok.head.children, *tok.children))


def object_words(obj: Token) -> list[Token]:
    """The object and its conjuncts ("le port et un dépôt"), without an apposition read as one."""
    return [obj, *(c for c in obj.subtree
                   if c.dep_ == "conj" and c.head.i == obj.i and not loose_apposition(c))]


def verb_objects(verb: Token) -> list[Token]:
    """The verb's objects, and the subject of a bare participle the parser hung on it as a clause
    right after it ("targeted [commanders] gathered in a building", the tagger often reading
    "gathered" as a past tense): no auxiliary, no subordinator, so no clause of its own but the
    object with its participle."""
    out = [c for c in verb.children if c.dep_ in OBJECT_DEPS]
    for c in verb.children:
        if c.dep_ == "ccomp" and c.pos_ == "VERB" and c.i > verb.i and not out \
                and not any(k.dep_ in CLAUSE_MARK_DEPS for k in c.children):
            out += [k for k in c.children if k.dep_ == "nsubj" and k.left_edge.i == verb.i + 1]
    return out
