"""People named by their role or trade as targets ("tuant un secouriste", "five patients were
killed", "un convoi de travailleurs humanitaires"): the entries of lang/<code>/targets.yaml marked
``role: true``. Why a check of their own: the same trades are the press's and the rescuers'
voices ("a indiqué un journaliste de l'AFP", "medics said", "selon des secouristes", "the army told
journalists", "rescuers pulled bodies from the rubble"): who tells of the act or works at its
scene is no target of it. A victim is hit (object, passive subject, complement), never the doer
of another verb nor the one spoken to.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsevents.extract.arguments_by import cited
from newsevents.extract.where_speech import saying_verb
from newsevents.lang import section_words
from newsevents.model import Article

# the active subject of a clause (UD and ClearNLP): who does, not who undergoes
ACTIVE_SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
# what a verb of saying governs besides its subject: the one spoken to ("told journalists", "a
# déclaré aux journalistes") and a source's complement ("according to rescuers", "selon des
# secouristes", hung on the verb)
SPOKEN_TO_DEPS = frozenset({"dobj", "obj", "iobj", "dative", "obl", "obl:arg", "obl:mod", "pobj", "prep"})
# what a verb does to people it does not hurt: its object, or its passive subject
UNDERGOER_DEPS = frozenset({"dobj", "obj", "nsubjpass", "nsubj:pass"})
# the words between the role noun and the verb's object ("thousands of passengers", "des milliers de
# voyageurs"): a quantity noun and its preposition
QUANTITY_LINK_DEPS = frozenset({"pobj", "prep", "nmod"})
# from a predicate noun up to the word that says what someone is taken to be ("suspected to be
# herders": attr, xcomp; "soupçonnés d'être des éleveurs": obl:arg; "présumés éleveurs": nmod, amod;
# "identified as herders": pobj, prep; "identifiés comme des éleveurs": obl:mod)
PREDICATE_LINK_DEPS = frozenset({"attr", "xcomp", "obl:arg", "obl:mod", "nmod", "amod",
                                 "pobj", "prep", "oprd"})


def _clause_word(tok: Token) -> Token:
    """The first conjunct of a coordination ("journalists and medics said": journalists), the
    preposition's head for an English prepositional object."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ == "pobj" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _cited(tok: Token) -> bool:
    """The role word is the source of a complement ("selon des journalistes de l'AFP", "d'après des
    secouristes", "according to AFP journalists"), wherever the parser hangs it (on a verb of
    hearing, on the strike noun): the French noun with its own "selon", the English "according" two
    steps up through "to"."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    for _ in range(3):
        if cited(tok):
            return True
        if tok.dep_ not in ("pobj", "prep") or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def role_is_source(span: Span, article: Article) -> bool:
    """The role word is a speaker or a doer, not a victim: inside a claim's speaker span; the
    active subject of a verb; the one a verb of saying addresses or cites; or no victim at all
    (unharmed)."""
    start, end = article.to_original(span.start_char, span.end_char)
    if any(c.speaker.span is not None and c.speaker.span[0] <= start and end <= c.speaker.span[1]
           for c in article.claims):
        return True
    if _cited(span.root):
        return True
    tok = _clause_word(span.root)
    head = tok.head
    if head.i == tok.i:
        return False
    if tok.dep_ in ACTIVE_SUBJECT_DEPS and head.pos_ in ("VERB", "AUX"):
        return True
    return (tok.dep_ in SPOKEN_TO_DEPS and head.pos_ == "VERB" and saying_verb(head)) or unharmed(span) \
        or identified_doers(span)


def identified_doers(span: Span) -> bool:
    """The people are what the doers are taken to be ("gunmen suspected to be herders attacked",
    "des hommes armés soupçonnés d'être des éleveurs", "des assaillants, présumés éleveurs",
    "identified as herders"): the trade names the attackers, so it is no victim of theirs. Read
    up from the role noun through the predicate (``PREDICATE_LINK_DEPS``) to a word of suspicion
    or identification (``suspected_words``)."""
    words = section_words(span.doc.lang_, "targets", "suspected_words")
    tok = span.root
    for _ in range(3):  # herders -attr-> be -xcomp-> suspected; éleveurs -obl:arg-> soupçonnés
        if tok.dep_ not in PREDICATE_LINK_DEPS or tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.lemma_.lower() in words:
            return True
    return False


def unharmed(span: Span) -> bool:
    """The people are the object of a verb that does not hurt them ("drone attacks shut down the
    airports, stranding thousands of passengers", "des patients ont été évacués"): the act
    disrupted or the rescuers cared for them, it did not hit them (``unharmed_verbs``)."""
    tok = span.root
    for _ in range(3):  # "thousands of passengers": from the role noun up to the quantity
        if tok.dep_ not in QUANTITY_LINK_DEPS or tok.head.pos_ not in ("NOUN", "NUM", "ADP", "PRON"):
            break
        tok = tok.head
    verb = tok.head
    return tok.dep_ in UNDERGOER_DEPS and verb.pos_ == "VERB" \
        and verb.lemma_.lower() in section_words(span.doc.lang_, "targets", "unharmed_verbs")
