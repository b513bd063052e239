"""A place that only locates a statement is not where the act the statement tells of happened:
"Indian shelling killed three civilians on Tuesday, the Pakistani army said in a statement issued in
Islamabad", "..., the Kremlin spokesman told reporters in Moscow", "Speaking in Moscow on Tuesday,
the minister denied any involvement. A missile had crashed into a field the day before ..."
(the sentence before, with no act of its own, lends its places to the act after it).

A place is a statement's when the first verb above it is a verb of saying (the claims stage's
``reporting_verbs``, and ``speaking_verbs`` of lang/<code>/places.yaml: "speaking", "s'exprimant"),
climbing through a participle on a noun of speech ("a statement issued in", "un communiqué publié à":
``speech_nouns`` of lang/<code>/places.yaml),
and the place comes after that verb, or the verb is a participle or gerund of an aside ("Speaking
in Moscow, ..."). A place before a finite verb of saying frames the sentence ("In Nyala, officials
confirmed that five civilians were killed": mostly the scene's own authorities) and stays; so does a
place in the speaker's phrase ("officials in Kharkiv said": arguments_places.speaker_places).
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.extract.stance import fold
from newsevents.extract.stance import lexicon as claims_lexicon
from newsevents.extract.triggers import SUBJECT_DEPS
from newsevents.lang import section_words

# heads climbed from a place to the verb it hangs from ("in" -> "statement" -> "issued" -> "in" -> "said")
SPEECH_CLIMB = 6
# a participle on a noun the climb passes ("a statement issued in X"), in both models' labels
NOUN_PARTICIPLE_DEPS = frozenset({"acl"})
# an aside clause of speaking ("Speaking in Moscow, the minister denied ...")
ASIDE_DEPS = frozenset({"advcl"})
# the dependencies of an infinitive another verb takes as its complement, in both models' labels
COMPLEMENT_DEPS = frozenset({"xcomp", "ccomp"})
# words after a verb where the particle that makes it one of saying stands ("fait aussitôt savoir")
PARTICLE_WINDOW = 3


def speech_place(token: Token, trigger: Token, end: int | None = None) -> bool:
    """The place whose root is `token` locates a statement, not the act of `trigger` (module
    docstring). Not when the act is a noun the verb of saying takes ("a démenti toute implication
    dans l'explosion survenue lundi près d'un dépôt à Belgorod": the parser hangs the place on
    "démenti", but it continues the act's words)."""
    lang = token.doc.lang_
    if token.left_edge.i <= trigger.i <= token.right_edge.i or _relative_after(token, trigger, end, lang):
        return False  # the act told in a clause on the place ("à El-Fasher, où les combats ont fait ...")
    passed = section_words(lang, "places", "speech_nouns") | _press_nouns(lang)
    t = token
    for _ in range(SPEECH_CLIMB):
        if t.head.i == t.i or t.dep_ in SUBJECT_DEPS:
            return False  # the speaker's phrase ("officials in Kharkiv said")
        t = t.head
        if t.pos_ == "ADP":
            continue
        if t.pos_ in ("NOUN", "PROPN"):
            if t.lemma_.lower() in passed:
                continue  # "in a statement", "told reporters in Moscow"
            return False  # the place names a thing talked of ("a appelé à l'arrêt de la violence à Gaza")
        if t.pos_ not in ("VERB", "AUX"):
            return False
        if t.dep_ in NOUN_PARTICIPLE_DEPS and "Fin" not in t.morph.get("VerbForm") and not saying_verb(t) \
                and t.head.lemma_.lower() in passed:
            continue  # "a statement issued in Islamabad": on to the verb the statement hangs from
        if not saying_verb(t) or t.dep_ in NOUN_PARTICIPLE_DEPS or _complement_infinitive(t):
            # a participle on a noun describes it ("une attaque attribuée à l'Iran sur X"); an
            # infinitive another verb takes is what is said or done ("accusé la France de soutenir
            # des groupes armés dans la région de X": supporting, not saying)
            return False
        finite = "Fin" in t.morph.get("VerbForm")
        return (token.i > t.i or (not finite and t.dep_ in ASIDE_DEPS)) and not _told_noun(trigger, t)
    return False


def _relative_after(token: Token, trigger: Token, end: int | None, language: str) -> bool:
    """A relative word of place opens a clause right after the place (`place_relatives`: "où",
    "where"), and the act is told after it: the clause tells what happened there, however the
    parser hangs it."""
    doc = token.doc
    i = end if end is not None else token.right_edge.i + 1
    while i < len(doc) and doc[i].is_punct:
        i += 1
    relatives = section_words(language, "places", "place_relatives")
    return i < len(doc) and i < trigger.i and doc[i].lower_ in relatives


def _complement_infinitive(verb: Token) -> bool:
    return "Inf" in verb.morph.get("VerbForm") and verb.dep_ in COMPLEMENT_DEPS \
        and verb.head.pos_ in ("VERB", "AUX")


def _press_nouns(language: str) -> frozenset[str]:
    """``press_nouns`` of lang/<code>/claims.yaml: "told reporters in Moscow"."""
    return section_words(language, "claims", "press_nouns")


def _told_noun(trigger: Token, verb: Token) -> bool:
    """The act is a noun below the verb of saying with no verb between them: the verb's object or
    oblique ("denied involvement in the explosion"), not a clause it reports."""
    t = trigger
    while t.head.i != t.i:
        t = t.head
        if t.i == verb.i:
            return True
        if t.pos_ in ("VERB", "AUX"):
            return False
    return False


def saying_verb(verb: Token) -> bool:
    """A verb of saying; one that says only with its particle ("faire savoir", not "faire la queue":
    ``verb_particles`` of claims.yaml) when that particle follows it."""
    lemma = fold(verb.lemma_.lower())
    lex = claims_lexicon(verb.doc.lang_)
    if lemma in section_words(verb.doc.lang_, "places", "speaking_verbs"):
        return True
    if lemma not in lex.verbs:
        return False
    particles = lex.particles.get(lemma)
    after = verb.doc[verb.i + 1:verb.i + 1 + PARTICLE_WINDOW]
    return not particles or any(fold(t.text) in particles for t in after)
