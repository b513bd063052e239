"""A speaker's general words of intent name no target of a specific strike: "Israel was striking
regime targets and government bodies" told by a minister, "le ministère avait affirmé frapper des
installations militaires et des bâtiments gouvernementaux" are what a side says it strikes in
general, not what a strike hit. Their things (a plural with no definite or possessive determiner,
the object of a progressive or a bare infinitive under the verb of saying) are no facility, so they
join no incident (targets.find_facilities).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsevents.lang import section_words

# how the verb of an act hangs under the verb that tells it ("said it was striking", "affirmé frapper")
TOLD_DEPS = frozenset({"ccomp", "xcomp"})
OBJECT_DEPS = frozenset({"dobj", "obj"})


def intended(span: Span, language: str) -> bool:
    """The thing is among what a side says it strikes in general (see the module)."""
    return intended_word(span.root, language)


def intended_word(noun: Token, language: str) -> bool:
    """The word is in a thing among what a side says it strikes in general (see the module)."""
    while noun.dep_ == "compound" and noun.head.i != noun.i:  # "government" of "government bodies"
        noun = noun.head
    if not _plural(noun) or _definite(noun, language):
        return False
    while noun.dep_ == "conj" and noun.head.i != noun.i:  # "targets and government bodies"
        noun = noun.head
    verb = noun.head
    if noun.dep_ not in OBJECT_DEPS or verb.pos_ != "VERB" or verb.dep_ not in TOLD_DEPS \
            or verb.head.pos_ not in ("VERB", "AUX"):
        return False
    auxiliaries = [c for c in verb.children if c.dep_.startswith("aux")]
    progressive = verb.tag_ == "VBG" and any(c.lemma_.lower() == "be" for c in auxiliaries)
    infinitive = "Inf" in verb.morph.get("VerbForm") and not auxiliaries
    return progressive or infinitive


def _plural(noun: Token) -> bool:
    return "Plur" in noun.morph.get("Number") or noun.tag_ in ("NNS", "NNPS")


def _definite(noun: Token, language: str) -> bool:
    """A determiner that points at known things ("the", "les", "its", "ses": ``definite_determiners``
    of lang/<code>/targets.yaml; the French model marks "des" definite, so its morphology won't do)."""
    words = section_words(language, "targets", "definite_determiners")
    return any(c.lower_ in words for c in noun.children if c.i < noun.i)
