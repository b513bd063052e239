"""What a noun's complement says of who acts.

First, the agent complement of an attack noun itself: "mortar fire by the rebel M23 killed
three", "strikes by the Malian army hit a market", "des frappes par l'armée". Why apart from the
participle agent ("une frappe menée par X", arguments.attack_agents): with no participle the
parser hangs the agent preposition straight on the noun, and the nominal act then had no actor
although the sentence names it. Only party mentions in the complement count (core_parties, in
arguments.py), so "a strike by drone" or "an attack by night" adds nothing.

Second, a source complement ("selon l'armée", "d'après l'agence SANA", "according to police"),
which the French parser often hangs on the subject after it ("Selon l'armée, des combattants du
JNIM ont attaqué"): who tells of the act is no party of it (``source_prepositions``).
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.lang import section_words

# how an agent complement hangs on a noun: English "prep" (its object is the pobj), French "nmod"
# with the preposition as its "case" child
NOUN_AGENT_DEPS = frozenset({"prep", "nmod"})


# a gerund standing for its act as a clause's subject ("Shelling by the rebel M23 movement killed four"),
# ClearNLP labels and tag: the English parser tags it VERB, though it heads a noun phrase
GERUND_SUBJECT_DEPS = frozenset({"csubj", "csubjpass", "nsubj", "nsubjpass"})


def nominal(root: Token) -> bool:
    """An attack named by a noun, or by a gerund standing for it: a subject, or one its agent follows
    with no subject or auxiliary of its own ("Shelling by M23 rebels killed four", which the parser
    reads as an adverbial clause): its agent hangs on it after "by" (noun_agent_heads)."""
    if root.pos_ in ("NOUN", "PROPN"):
        return True
    if root.tag_ != "VBG":
        return False
    doc = root.doc
    preps = section_words(doc.lang_, "arguments", "agent_preps")
    by = root.i + 1 < len(doc) and doc[root.i + 1].lower_ in preps
    return root.dep_ in GERUND_SUBJECT_DEPS or (by and not any(
        c.dep_ in GERUND_SUBJECT_DEPS or c.dep_ in ("aux", "auxpass") for c in root.children))


def noun_agent_heads(nouns: list[Token], language: str) -> list[Token]:
    """Heads of the complements of the nouns marked by the agent preposition (``agent_preps`` of
    lang/<code>/arguments.yaml): the English pobj under "by", the French noun with "par"."""
    preps = section_words(language, "arguments", "agent_preps")
    out: list[Token] = []
    for noun in nouns:
        for c in noun.children:
            if c.dep_ not in NOUN_AGENT_DEPS or c.i < noun.i:
                continue
            if c.dep_ == "prep" and c.lower_ in preps:
                out += [_named_after(g) for g in c.children if g.dep_ == "pobj"]
            elif c.dep_ == "nmod" and any(k.dep_ == "case" and k.lower_ in preps for k in c.children):
                out.append(c)
    return out


def _named_after(head: Token) -> Token:
    """The name an adjective before it describes, when the parser made that adjective the object of
    "by" and hung the name elsewhere ("a drone strike by the paramilitary Rapid Support Forces":
    "paramilitary" the pobj, "Forces" read as the subject of the verb after): the head of the
    proper noun just after it; any other head as it is."""
    doc = head.doc
    if head.pos_ != "ADJ" or head.i + 1 >= len(doc) or doc[head.i + 1].pos_ != "PROPN":
        return head
    name = doc[head.i + 1]
    while name.dep_ == "compound" and name.head.i > name.i and name.head.pos_ == "PROPN":
        name = name.head
    return name


def agent_asides(head: Token) -> set[int]:
    """Tokens of an agent's complements other than "of"/"de" (``of_prepositions``): the parser
    often hangs the act's own target on the agent ("air strikes by F-16 jets on Cambodian military
    targets": "on ... targets" under "jets"), and a party there is the target, not who acted;
    "strikes by troops of the Malian army" keeps its "of"."""
    of = section_words(head.doc.lang_, "arguments", "of_prepositions")
    out: set[int] = set()
    for c in head.children:
        if c.i < head.i or c.dep_ not in NOUN_AGENT_DEPS:
            continue
        marker = c.lower_ if c.dep_ == "prep" else next(
            (k.lower_ for k in c.children if k.dep_ == "case"), None)
        if marker is not None and marker.replace("’", "'") not in of:
            out.update(t.i for t in c.subtree)
    return out


def cited(tok: Token) -> bool:
    """A complement marked by a source preposition (``source_prepositions`` of arguments.yaml):
    the French noun with "selon" or "d'après" (a case child and its fixed word), the English
    preposition "according" itself."""
    preps = section_words(tok.doc.lang_, "arguments", "source_prepositions")
    if tok.dep_ == "prep":
        return tok.lower_ in preps
    for c in tok.children:
        if c.dep_ == "case":
            words = [c.lower_, *(f.lower_ for f in c.children if f.dep_ == "fixed")]
            if "".join(words).replace("’", "'") in preps or c.lower_ in preps:
                return True
    return False
