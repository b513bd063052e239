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

from newsevents.lang import section_words

COORDINATOR_DEPS = frozenset({"cc"})
# the agent of a participle: English "by" (a preposition), French noun with "par" as its case
BY_DEPS = frozenset({"agent", "prep"})
AGENT_NOUN_DEPS = frozenset({"obl:agent", "obl", "obl:arg", "obl:mod", "nmod"})
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
    """The object and its conjuncts ("le port et un dépôt"), without an apposition read as one, and
    who uses them (users)."""
    words = [obj, *(c for c in obj.subtree
                    if c.dep_ == "conj" and c.head.i == obj.i and not loose_apposition(c))]
    return words + [u for w in words for u in users(w)]


def users(noun: Token) -> list[Token]:
    """The agent of a participle of use on the struck thing ("struck a facility used by the
    Houthis", "un site utilisé par les Houthis": ``user_participles``): the group is hit through
    its thing, as through "of" ("a radar facility of the Houthis"). The agent marked by the agent
    preposition, under the participle (English "by" -> noun; French noun with "par")."""
    language = noun.doc.lang_
    verbs, preps = (section_words(language, "arguments", key) for key in ("user_participles", "agent_preps"))
    out: list[Token] = []
    for part in noun.children:
        if part.dep_ != "acl" or part.pos_ != "VERB" or part.lemma_.lower() not in verbs:
            continue
        for c in part.children:
            if c.dep_ in BY_DEPS and c.lower_ in preps:  # English: "by" -> "the Houthis"
                out += [g for g in c.children if g.dep_ == "pobj"]
            elif c.dep_ in AGENT_NOUN_DEPS and any(k.dep_ == "case" and k.lower_ in preps
                                                   for k in c.children):
                out.append(c)  # French: "les Houthis" with "par" as its case
    return out


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
