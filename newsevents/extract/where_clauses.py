"""Which act a place or a day told in a clause below another verb belongs to.

The place and the day told of an act's victims in a clause on them are the act's own: "A missile
killed nine people who were queuing for bread in Kharkiv on Monday", "une frappe a tué quatre civils
qui attendaient un bus à Kherson dimanche", "killed four civilians waiting at a bus stop in X".
The parser hangs "in Kharkiv" and "on Monday" on the clause's verb, which is no trigger, so the
tree never leads them to the act; the victims were there, then, when it struck them.

Only a clause of an ongoing action (English -ing, French imperfect or present participle: what the
victims were doing when struck), not one of their past ("people who had fled Mariupol in 2022",
"a man who lived in Kyiv"); only the clause on a noun the act's verb takes as its object, or as
the subject of its passive ("nine people who were queuing in Kharkiv were killed"); and for a
place, only one set by a preposition of scene (``scene_prepositions`` in lang/*/arguments.yaml),
not where the victims were heading ("a convoy that was heading to Kherson").

A place phrase that continues an act's clause after a long object ("qui a visé un convoi du
Programme alimentaire mondial (PAM) près d'El Geneina") is that act's, though the parser hangs it
on a word before the act's verb (continued_act).

A place in a clause of purpose on the verb that launches an act ("Rebels launched an offensive to
push the army out of Goma", "ont lancé une offensive pour chasser l'armée de Goma") is that act's:
the aim is where it is fought (``purpose_markers`` of lang/*/places.yaml; events_dates._owners
climbs to the launching verb as for "la réunion doit se tenir à Bruxelles").

A place set on the light verb that carries out an act noun ("The United States carried out air
strikes against militants in the mountains of Somalia's Bari region, the Pentagon said", "Israël a
mené des frappes contre des sites nucléaires en Iran, a affirmé l'armée") is that act's: the parse
hangs it on the verb, not on the noun, and a reporting verb above stops the climb before any trigger,
so the act got no place of its own and fell back to its doer's country (light_verb_act).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from newsevents.extract.arguments import MAX_CLIMB, PASSIVE_SUBJECT_DEPS, SUBJECT_DEPS, marked_by
from newsevents.extract.where_victims import subject_act
from newsevents.lang import section_words

if TYPE_CHECKING:
    from newsevents.extract.drafts import Draft

# a clause on a noun: relative ("who were queuing", "qui faisaient") or participle ("waiting",
# "attendant"), in both models' labels
VICTIM_CLAUSE_DEPS = frozenset({"relcl", "acl", "acl:relcl"})
VICTIM_OBJECT_DEPS = frozenset({"dobj", "obj"})
# the act's verb reached from the victims' verb through a participle or a clause it heads ("a
# frappé un immeuble, tuant neuf personnes qui ...": "tuant" hangs from "frappé")
ACT_CLAUSE_DEPS = frozenset({"advcl", "conj", "xcomp"})
# words allowed between the end of an act's clause and a place phrase that continues it ("près d'")
CONTINUING_POS = frozenset({"ADP", "ADV", "DET"})


def victims_act(word: Token, drafts: list[Draft], place: bool) -> int | None:
    """The draft whose act struck the victims a clause on them tells of, when `word` (the root of
    a place or a time mention; `place` says which) lies in that clause; None otherwise. For a
    place, first the act whose clause it continues though the parse hangs it higher (continued_act)."""
    if place and (found := continued_act(word, drafts)) is not None:
        return found
    if place and (found := light_verb_act(word, drafts)) is not None:
        return found
    if place and (found := subject_act(word, drafts)) is not None:
        return found  # "shelling across the LoC killed seven people in X, officials said" (where_victims)
    verb = _clause_verb(word)
    if verb is None or verb.dep_ not in VICTIM_CLAUSE_DEPS or not ongoing(verb):
        return None
    if place and not marked_by(word, section_words(word.doc.lang_, "arguments", "scene_prepositions")):
        return None
    triggers = {t.root.i: n for n, d in enumerate(drafts) for t in d.triggers}
    if verb.i in triggers:
        return None  # a clause telling an act of its own: the tree leads to it already
    noun = verb.head
    if noun.dep_ not in VICTIM_OBJECT_DEPS | PASSIVE_SUBJECT_DEPS:
        return None
    act = noun.head
    for _ in range(2):
        if act.i in triggers:
            return triggers[act.i]
        subject = next((c for c in act.children if c.dep_ in SUBJECT_DEPS and c.i in triggers), None)
        if subject is not None:  # "a drone strike killed four civilians ...": the strike's
            return triggers[subject.i]
        if act.dep_ not in ACT_CLAUSE_DEPS or act.head.i == act.i:
            return None
        act = act.head
    return None


def continued_act(word: Token, drafts: list[Draft]) -> int | None:
    """"La France condamne la frappe qui a visé un convoi du Programme alimentaire mondial (PAM)
    près d'El Geneina": after a long object (an organisation's name, its acronym) the parser hangs
    the place phrase on a word before the act's verb (the root "condamne"), so the tree never leads
    it to the act. The phrase starts right after the last word of the act verb's clause (only
    prepositions, adverbs and articles between: "près d'"), and the word it hangs from comes before
    that verb: it continues the verb's clause, and places its act."""
    triggers = {t.root.i: n for n, d in enumerate(drafts) for t in d.triggers}
    start = word.left_edge.i
    before = [word.doc[i] for i in triggers if word.sent.start <= i < start and word.doc[i].pos_ == "VERB"]
    if not before:
        return None
    verb = max(before, key=lambda t: t.i)  # the nearest act verb before it only
    gap = word.doc[verb.right_edge.i + 1:start]
    if word.head.i < verb.i and verb.right_edge.i < start and all(t.pos_ in CONTINUING_POS for t in gap):
        return triggers[verb.i]
    return None


def light_verb_act(word: Token, drafts: list[Draft]) -> int | None:
    """The draft whose act noun is the object of the light verb (``light_act_verbs`` of
    lang/<code>/events.yaml) a place phrase hangs from, through prepositions and nouns only ("carried
    out air strikes ... in the mountains of X"), when a preposition of scene marks that phrase (not
    "launched from X": where the doer stood)."""
    scene = section_words(word.doc.lang_, "arguments", "scene_prepositions")
    light = section_words(word.doc.lang_, "events", "light_act_verbs")
    t, marked = word, marked_by(word, scene)
    for _ in range(MAX_CLIMB):
        if t.head.i == t.i or t.head.pos_ not in ("ADP", "NOUN", "PROPN", "VERB"):
            return None
        t = t.head
        if t.pos_ == "VERB":
            break
        marked = marked or marked_by(t, scene)
    else:
        return None
    if not marked or t.lemma_.lower() not in light:
        return None
    triggers = {tr.root.i: n for n, d in enumerate(drafts) for tr in d.triggers}
    return next((triggers[c.i] for c in t.children if c.dep_ in VICTIM_OBJECT_DEPS and c.i in triggers), None)


def _clause_verb(word: Token) -> Token | None:
    """The first verb above the word, within a few steps."""
    t = word
    for _ in range(MAX_CLIMB):
        if t.head.i == t.i:
            return None
        t = t.head
        if t.pos_ == "VERB":
            return t
    return None


def ongoing(verb: Token) -> bool:
    """A verb of what was going on: English -ing ("were queuing", "waiting"), French imperfect
    ("faisaient") or present participle ("attendant"). Morphology, so no word list."""
    if verb.tag_ == "VBG":
        return True
    tense, form = verb.morph.get("Tense"), verb.morph.get("VerbForm")
    return ("Imp" in tense and "Fin" in form) or ("Pres" in tense and "Part" in form)


# an infinitive clause of purpose on a verb: English ClearNLP and French UD labels
PURPOSE_DEPS = frozenset({"advcl"})


def purpose_clause(verb: Token) -> bool:
    """An infinitive clause of purpose ("to push the army out of X", "pour chasser l'armée de X"):
    an adverbial infinitive marked by one of ``purpose_markers`` (lang/<code>/places.yaml)."""
    if verb.dep_ not in PURPOSE_DEPS or "Inf" not in verb.morph.get("VerbForm"):
        return False
    markers = section_words(verb.doc.lang_, "places", "purpose_markers")
    return any(c.dep_ in ("aux", "mark") and c.lower_ in markers for c in verb.children)


def upper_verbs_place(verb: Token) -> bool:
    """A place in this verb's clause belongs to the verb above it: an open complement ("la réunion
    doit se tenir à Bruxelles": the trigger is the upper verb's subject) or a clause of purpose."""
    return verb.dep_ == "xcomp" or purpose_clause(verb)
