"""A reporting verb's object ends where the speaker's next act begins: "Hezbollah blamed Israel
and vowed retaliation", "le Hezbollah a accusé Israël et a promis des représailles", "condemned the
attack and vowed to respond". The claim is the accusation ("Israel", "Israël", "New Delhi for the
attack"), not the vow coordinated after it.

Why a module of its own: the attribution finders take a stance verb's object up to the sentence's
end; the parse hangs the second verb on the reporting verb itself (``conj``), so the words from its
conjunction on are another predicate of the speaker. claims.py is at its size limit.
"""

from __future__ import annotations

from typing import Any

from newsevents.extract.stance import Lexicon, fold
from newsevents.extract.unadmitted import ended_at

# the dependency of a verb coordinated with the reporting verb, and of its conjunction
_CONJ = "conj"
_CC = "cc"
# the dependency of a reported clause ("et a indiqué que ...")
_CLAUSE = "ccomp"


def _tense(verb: Any) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """A verb's form and tense: a verb coordinated with the reporting verb shares them ("blamed ...
    and vowed", "a accusé ... et a promis"); a noun the tagger misread as a verb ("pledged
    punishment and revenge") does not."""
    return tuple(verb.morph.get("VerbForm")), tuple(verb.morph.get("Tense"))


def _conjunction_start(lex: Lexicon, verb: Any, start: int, end: int) -> int | None:
    """The character offset of the conjunction before the first verb coordinated with ``verb``
    that lies inside the claimed words (``start``, ``end``: character offsets), else None. A
    coordinated reporting verb with its clause ("et a indiqué que ...") is left to the attribution
    finders, which make it a claim of its own (attribution._nested); one with a bare object ("et a
    promis une réponse ferme") is the speaker's next act."""
    for conj in verb.children:
        if conj.dep_ != _CONJ or conj.pos_ not in ("VERB", "AUX") or not start < conj.idx < end \
                or (fold(conj.lemma_) in lex.verbs and any(c.dep_ == _CLAUSE for c in conj.children)) \
                or _tense(conj) != _tense(verb):
            continue
        ccs = [c for c in (*conj.children, *verb.children)
               if c.dep_ == _CC and verb.i < c.i < conj.i and start < c.idx]
        if ccs:
            return min(c.idx for c in ccs)
    return None


def cut_at_coordinated_verb(article: Any, lex: Lexicon, drafts: list[Any]) -> list[Any]:
    """End each accusation ("blamed", "a accusé": ``accusing_verbs``) whose words follow its verb
    before a verb coordinated with it; other verbs' words may carry a demand the events stage reads."""
    out = []
    for d in drafts:
        verb = d.att.verb
        if verb is not None and verb.idx < d.content[0] and fold(verb.lemma_) in lex.accusing_verbs:
            cut = _conjunction_start(lex, verb, d.content[0], d.content[1])
            if cut is not None:
                d = ended_at(article, d, cut, " ,;")
        out.append(d)
    return out
