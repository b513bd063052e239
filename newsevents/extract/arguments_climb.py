"""What a word met while climbing the tree toward a trigger says about the climb (arguments.owner_of).

Why apart: two shapes of the parse where the first verb met is not where a word stops belonging to
the act. A reporting verb set after the clause it reports, which the parser read as governing it
as an adverbial clause ("Un soldat a été grièvement blessé par l'explosion d'une mine ..., dans la
province de X, a annoncé l'armée": "blessé" an advcl of "annoncé"), does not make the clause's words
the statement's. A verb of undergoing ("the vessel came under attack 50 nautical miles southwest
of X", "le navire a subi une attaque au large de X") carries the words of the act its noun names.
Split from arguments.py; reads only the parse and ``undergoing_verbs`` of lang/<code>/arguments.yaml.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.lang import section_words

# the dependency of the act noun a verb of undergoing takes, straight or behind its preposition
UNDERGONE_DEPS = frozenset({"obj", "dobj", "pobj"})


def _undergoing_verbs(language: str) -> frozenset[str]:
    return section_words(language, "arguments", "undergoing_verbs")


def undergone_act(verb: Token, trigger_roots: dict[int, int]) -> int | None:
    """The token of the trigger noun a verb of undergoing takes ("came under attack", "a subi une
    attaque"), straight or behind a preposition; None for any other verb."""
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in _undergoing_verbs(verb.doc.lang_):
        return None
    for c in verb.children:
        for w in (c, *(g for g in c.children if c.dep_ == "prep")):
            if w.i in trigger_roots and w.dep_ in UNDERGONE_DEPS:
                return w.i
    return None


def postposed_report(prev: Token, verb: Token) -> bool:
    """The reporting verb `verb`, reached from `prev`, comes after the clause it reports, which the
    parser read as an adverbial clause of it ("blessé ..., a annoncé l'armée": advcl of "annoncé")."""
    return prev.i != verb.i and prev.dep_ == "advcl" and prev.i < verb.i and prev.pos_ in ("VERB", "AUX")
