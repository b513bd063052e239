"""The act a text provides for: "Le gouvernement et le groupe armé X ont signé samedi une déclaration
de principes prévoyant un cessez-le-feu", "signed an agreement providing for a ceasefire".

Why a rule of its own: the nearest verb above the act noun is the participle of the text ("prévoyant",
"providing"), which has no subject; the climb toward the signers' verb stops there, or runs out of
steps through the text's nouns, and the pact came out with no party. The signers of the text are
the parties of what it provides for. Read by arguments.role_verbs; the verbs are ``providing_verbs``
of lang/<code>/arguments.yaml.
"""

from __future__ import annotations

from itertools import islice

from spacy.tokens import Token

from newsevents.lang import section_words

# the participle of the text hangs on its noun ("une déclaration ... prévoyant", "an agreement providing")
PROVIDING_DEPS = frozenset({"acl"})
PACT_CLIMB = 3  # from the text's noun to its verb: "déclaration de principes prévoyant" is two nouns up


def provided_for(verbs: list[Token]) -> list[Token]:
    """The verbs above an act noun, with the verb of the text that provides for it after the
    text's participle ("prévoyant" then "ont signé")."""
    if not verbs:
        return verbs
    first = verbs[0]
    if first.dep_ not in PROVIDING_DEPS or first.lemma_.lower() not in section_words(
            first.doc.lang_, "arguments", "providing_verbs"):
        return verbs
    above = [a for a in islice(first.head.ancestors, PACT_CLIMB) if a.pos_ == "VERB"]
    return [first, *above[:1]] if above else verbs
