"""Who underwent the act as the passive subject of the verb carrying it out ("X was killed in a
strike", "le camp a été bombardé"): that act's target, unless the subject names the attackers
themselves ("les six assaillants ont été tués dans la fusillade qui a suivi", "the gunmen were
killed"). Attackers killed are their own side's losses, never the target of the act they are doing
(``toll_attacker_nouns`` of lang/<code>/claims.yaml, the words the tolls read the same way): taken
as targets, they made one party both sides of an attack, and the shoot-out that ended a bombing
stopped joining the bombing."""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.extract.stance import fold, folded_words

PASSIVE_SUBJECT_DEPS = frozenset({"nsubj:pass", "nsubjpass"})


def passive_patients(verb: Token, language: str) -> list[Token]:
    """The passive subjects of ``verb`` that may be its act's target (not the attackers)."""
    attackers = folded_words(language, "claims", "toll_attacker_nouns")
    return [c for c in verb.children if c.dep_ in PASSIVE_SUBJECT_DEPS
            and fold(c.lemma_) not in attackers and fold(c.text) not in attackers]
