"""The sides of a diplomatic act or a pact: who summons whom (summons_roles), the two sides named
after "entre"/"between" (sides_of) and the co-subjects coordinated with a side (with_conjuncts).

Kept apart from arguments.py (the clause roles of any trigger), whose helpers it reads; arguments.py
re-exports these names so that the events stage calls them as ``arguments.sides_of``.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from newsevents.extract.arguments import (
    SUBJECT_DEPS,
    Ref,
    _cues,
    _marked,
    core_parties,
    on_noun,
    prep_parties,
    role_parties,
)
from newsevents.lang import load_language

# --- who summons whom -------------------------------------------------------------------------
SUMMONER_KINDS = frozenset({"government", "state"})


def summons_roles(trigger: Span, parties: list[Ref], language: str) -> tuple[list[Ref], list[Ref]]:
    """The sides of a summons the clause roles miss: (summoners, summoned).

    - a government named where the diplomat is summoned is who summons ("X, convoqué au ministère
      polonais des Affaires étrangères", "was summoned to the Foreign Office of Pakistan"): the
      ministry of the state that protests, not a recipient;
    - the noun a summons participle qualifies is who is summoned ("l'ambassadeur russe, convoqué
      au ministère, a déclaré ...": a participle on a noun has that noun as its patient).
    Only for the ``summons_verbs`` of the language (arguments.yaml)."""
    cues = _cues(language)
    verb = trigger.root
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in cues["summons_verbs"]:
        return [], []
    summoners: list[Ref] = []
    for child in verb.children:
        noun = child
        if child.dep_ == "prep":  # English: the noun hangs under the preposition
            noun = next((c for c in child.children if c.dep_ == "pobj"), child)
            if child.lower_ not in cues["summons_place_prepositions"]:
                continue
        elif not _marked(child, cues["summons_place_prepositions"]) or not child.dep_.startswith("obl"):
            continue
        summoners += [r for r in core_parties(parties, noun)
                      if r.value.kind in SUMMONER_KINDS and r not in summoners]
    # the participle's own words are not the noun's ("l'ambassadeur de Russie convoqué après une
    # frappe sur l'ambassade à Kiev": the embassy is the strike's, not who was summoned)
    summoned = [r for r in core_parties(parties, verb.head)
                if not verb.left_edge.i <= r.start <= verb.right_edge.i] if on_noun(verb) else []
    return summoners, [r for r in summoned if r not in summoners]


# --- the sides of a pact -------------------------------------------------------------------------
# acts with two sides named after "entre"/"between": who agrees, talks or swaps is each side
SIDES_TYPES = frozenset({"ceasefire", "agreement", "consultation", "prisoner_exchange", "armed_clash"})
# a word qualifying the noun after it ("Thai" of "Thai and Cambodian soldiers")
MODIFIER_DEPS = frozenset({"nmod", "amod", "compound", "poss", "nmod:poss"})
SIDES_REACH = 2  # a side hangs from the trigger or a noun this close above ("accord de cessez-le-feu")


def sides_of(trigger: Span, parties: list[Ref], language: str, lo: int, hi: int) -> list[Ref]:
    """The two sides of a pact, talks or exchange named after "entre"/"between" in the trigger's
    phrase ("un accord de cessez-le-feu entre l'Iran et Israël", "talks between Washington and
    Moscow"): both are actors, first (whoever announces it, "X a annoncé un accord entre ...",
    comes after them: the claims stage ties the announcer's words to the act through him). A
    "between" phrase of another noun of the clause ("des négociations entre X et Y" beside the
    trigger) is not this act's."""
    preps, of_words = _cues(language)["between_prepositions"], _cues(language)["of_prepositions"]
    doc = trigger.doc
    near = {t.i for t in trigger}
    t = trigger.root
    for _ in range(SIDES_REACH):
        if t.head.i == t.i or t.pos_ in ("VERB", "AUX"):
            break
        t = t.head
        near.add(t.i)
    out: list[Ref] = []
    between = prep_parties(trigger, parties, preps, lo, hi)
    # the other side after "with" hangs on the act's own verb ("clashed with the rebels",
    # "s'est affrontée avec les jihadistes"); after a noun it is as often a topic ("Cessez-le-feu
    # avec l'Iran" over a story of several sides) and stays out
    side_preps = _cues(language)["side_prepositions"] | _verb_side_prepositions(trigger.root, language)
    beside = [r for r in prep_parties(trigger, parties, side_preps, lo, hi)
              if r not in between] if trigger.root.pos_ == "VERB" else []
    between += [r for r in _second_side(between, parties, doc) if r not in between]
    for r in between + beside:
        tok = _qualified_noun(doc[r.start:r.end].root)
        tok = _of_noun_head(tok, of_words)  # "les rebelles du M23", "fighters of the M23"
        while tok.dep_ == "conj" and tok.head.i != tok.i:  # "entre l'Iran et Israël": Israël hangs from Iran
            tok = tok.head
        head = tok.head.head if tok.dep_ == "pobj" else tok.head
        if r in beside:
            if trigger.start <= head.i < trigger.end:
                out.append(r)
        elif head.i in near or (head.head.i in near and head.dep_ in ("prep", "case")) \
                or _on_scene_place(head, near, language):
            out.append(r)
    return out + [r for r in opposed_sides(trigger, parties, language) if r not in out]


def _on_scene_place(head: Token, near: set[int], language: str) -> bool:
    """A "between" phrase the parser hung on the place of the act ("fighting erupted in Misrata
    between the X brigade and the Y force"): the place name is the object of a ``scene_prepositions``
    preposition of the act itself, and a place has no sides of its own."""
    prep = head.head
    return head.pos_ == "PROPN" and head.dep_ == "pobj" and prep.head.i in near \
        and prep.lower_ in _cues(language)["scene_prepositions"]


def _verb_side_prepositions(verb: Token, language: str) -> frozenset[str]:
    """The prepositions by which a verb of clashing names its other side besides "with"/"avec"
    ("les rebelles se sont heurtés aux militaires", "s'est heurtée à l'armée"): ``side_verbs`` of
    lang/<code>/arguments.yaml, a verb lemma to its prepositions. Without them the clash kept only
    its subject, the side that the verb's complement names lost."""
    table = load_language(language).section("arguments").get("side_verbs") or {}
    return frozenset(str(p).lower() for p in table.get(verb.lemma_.lower()) or [])


# tokens between the coordinator and the second side's name ("et les FSR", "and the RSF")
SECOND_SIDE_GAP = 2


def _second_side(between: list[Ref], parties: list[Ref], doc: Doc) -> list[Ref]:
    """The second side of a "between" phrase the parser cut off its first ("des affrontements entre
    l'armée soudanaise et les FSR ont fait 12 morts": "FSR" read as the verb's subject): a
    "between" names two sides, and the party right after the coordinator that ends the first
    side's phrase is the other one; so are the parties of a list the parser cut the same way, each
    after a comma up to the coordinator ("entre combattants druzes, tribus bédouines et forces
    gouvernementales")."""
    if len(between) != 1:
        return []
    first = between[0]
    tok = doc[first.start:first.end].root
    if any(c.dep_ == "conj" for c in tok.children):
        return []
    end = max(tok.right_edge.i + 1, first.end)
    out: list[Ref] = []
    while end < len(doc) and (doc[end].pos_ == "CCONJ" or doc[end].text == ","):
        nxt = next((r for r in parties if end < r.start <= end + 1 + SECOND_SIDE_GAP
                    and all(t.pos_ == "DET" for t in doc[end + 1:r.start])), None)
        if nxt is None:
            break
        out.append(nxt)
        if doc[end].pos_ == "CCONJ":
            return out  # the list ends at its coordinator
        end = nxt.end
        while end < len(doc) and doc[end].pos_ == "ADJ":  # the side's own adjectives
            end += 1
    return []  # commas with no coordinator after them are an aside, no list of sides


def _qualified_noun(tok: Token) -> Token:
    """The noun a side's word qualifies, through the words coordinated with it: "between Thai and
    Cambodian soldiers", "entre soldats indiens et pakistanais" (the side is the soldiers' phrase)."""
    while True:
        if tok.dep_ == "conj" and tok.head.i < tok.i and tok.head.dep_ in MODIFIER_DEPS:
            tok = tok.head
        elif tok.dep_ in MODIFIER_DEPS and tok.head.pos_ in ("NOUN", "PROPN") and tok.head.i != tok.i:
            return tok.head
        else:
            return tok


def opposed_sides(trigger: Span, parties: list[Ref], language: str) -> list[Ref]:
    """The sides a clash "opposes": the object of an ``opposing_verbs`` verb whose subject is the
    trigger, its conjuncts and its ``opposing_prepositions`` complement ("des affrontements ont
    opposé les forces pakistanaises et les talibans afghans", "l'armée aux rebelles", "clashes
    pitted the army against the rebels")."""
    cues = _cues(language)
    root = trigger.root
    verb = root.head
    if root.dep_ not in SUBJECT_DEPS or verb.lemma_.lower() not in cues["opposing_verbs"]:
        return []
    preps = cues["opposing_prepositions"]
    nouns: list[Token] = []
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in preps:  # English: the noun hangs under the preposition
            nouns += [g for g in c.children if g.dep_ == "pobj"]
        elif c.dep_ in ("obj", "dobj") or (c.dep_.startswith("obl") and _marked(c, preps)):
            nouns.append(c)
        elif c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") and any(n.i < c.i for n in nouns):
            nouns.append(c)  # "ont opposé le bataillon X et la brigade Y": Y hung on the verb
    nouns += [g for n in nouns for g in n.subtree if g.dep_ == "conj" and g.head.i == n.i]
    out: list[Ref] = []
    for n in nouns:
        out += [r for r in core_parties(parties, n) if r not in out]
    return out


def with_conjuncts(refs: list[Ref], parties: list[Ref], doc: Doc) -> list[Ref]:
    """Each party followed by the parties coordinated with it ("Thailand and Cambodia agreed",
    "la Russie et l'Ukraine ont échangé"): co-subjects of a pact, an exchange or a clash are its
    sides too (core_parties sets conjuncts aside, as an attack's subject names one attacker)."""
    out: list[Ref] = []
    for r in refs:
        root = doc[r.start:r.end].root
        out += [x for x in _misparsed_first_conjunct(root, parties) if x not in out and x not in refs]
        out.append(r)
        for c in root.children:
            if c.dep_ == "conj":
                out += [x for x in core_parties(parties, c) if x not in out and x not in refs]
        out += [x for x in _conjoined_qualifiers(root, parties) if x not in out and x not in refs]
    return out


def _conjoined_qualifiers(word: Token, parties: list[Ref]) -> list[Ref]:
    """The states of the demonyms coordinated with a qualifying one the parser hung as conjuncts of
    the noun ("les armées thaïlandaise et cambodgienne": "cambodgienne" a conjunct of "armées"):
    each names a side of the noun's phrase."""
    noun = word.head
    if word.dep_ != "amod" or word.pos_ != "ADJ" or noun.i == word.i or noun.pos_ not in ("NOUN", "PROPN"):
        return []
    # the second adjective is tagged a noun as often ("gouvernements thaïlandais et cambodgien"):
    # a state's demonym, one word, is what counts
    adjectives = [c for c in noun.children if c.dep_ == "conj" and c.i > word.i and c.pos_ in ("ADJ", "NOUN")]
    return [r for c in adjectives for r in parties
            if r.start == c.i and r.end == c.i + 1 and r.value.kind == "state"]


# violent acts with two sides: who is coordinated with the subject fights too ("Israeli troops and
# Hezbollah fighters exchanged fire"); an attack's co-subjects stay out (core_parties), as one side
# acts on the other there
TWO_SIDED_TYPES = frozenset({"armed_clash"})


def co_subjects(trigger: Span, parties: list[Ref], acting: set[tuple[int, int]]) -> list[Ref]:
    """The parties coordinated with a subject of a clash whose subject is one of its actors (spans in
    `acting`): "L'armée soudanaise et les FSR ont échangé des tirs", "Israeli troops and Hezbollah
    fighters clashed". The subject's conjuncts name the other side; with_conjuncts reads them (and
    the parse that makes the first conjunct the root)."""
    subjects = [r for r in role_parties(trigger, parties, SUBJECT_DEPS) if r.mention.span in acting]
    return [r for r in with_conjuncts(subjects, parties, trigger.doc) if r not in subjects]


def _misparsed_first_conjunct(subject: Token, parties: list[Ref]) -> list[Ref]:
    """"La Russie et l'Ukraine ont échangé": the parser may make the first conjunct the root and
    the verb its conjunct ("Russie" <-conj- "échangé" -nsubj-> "Ukraine"); the word before the
    subject is then the coordinator, and the verb's head a co-subject."""
    verb = subject.head
    if subject.dep_ not in SUBJECT_DEPS or verb.dep_ != "conj" or verb.head.i >= subject.left_edge.i:
        return []
    before = subject.doc[subject.left_edge.i - 1] if subject.left_edge.i > 0 else None
    if before is None or before.pos_ != "CCONJ" or before.head.i not in (verb.i, verb.head.i):
        return []
    first = verb.head
    return [r for r in parties if r.start <= first.i < r.end]


def _of_noun_head(tok: Token, of_words: frozenset[str]) -> Token:
    """The common noun a name completes through "de"/"of" ("les rebelles du M23": rebelles), the
    name itself otherwise: the side of "entre les rebelles du M23 et l'armée" is that noun."""
    if tok.dep_ == "pobj" and tok.head.lower_ in of_words and tok.head.head.pos_ == "NOUN":
        return tok.head.head
    if tok.head.pos_ == "NOUN" and tok.head.i < tok.i and any(
            c.dep_ == "case" and c.lower_ in of_words for c in tok.children):
        return tok.head
    return tok
