"""Hypotheses held by a side: "l'hypothèse, avancée par Varsovie, selon laquelle ...", "NATO,
which favours the theory of a Ukrainian air-defence missile".

Why: when the cause of an incident is contested, wire copy often gives a side's version as a
noun of hypothesis ("thèse", "hypothèse", "piste", "theory", "scenario") that the side puts
forward or favours, not as a reporting verb of its own. The verbs that hold a hypothesis
("privilégier", "accréditer", "favour", "back") report nothing with any other object ("privilégier
le dialogue"), so they are no reporting verbs: only the noun of hypothesis makes them one. Two
constructions, both read from the parse plus the language's word lists
(``hypothesis_nouns``, ``hypothesis_verbs`` in lang/<code>/claims.yaml):

- a participle with an agent on the noun ("l'hypothèse, avancée par X, selon laquelle Y", "the
  theory, put forward by X, that Y"): X's claim; the words are the noun, its participle and the
  proposition after it;
- a holding verb whose object is the noun ("X privilégie la thèse d'un accident", "X, qui
  accréditent la thèse de Y", "X backs the theory that Y"): the verb's subject (the antecedent of a
  relative pronoun) claims the noun phrase.
The stance is left to the words (stance.claim_stance): a hypothesis is asserted. A hypothesis is a
statement of its own (``own``: never folded into its speaker's other words in the sentence) and
its words may lie inside another side's (``held``: "X saw nothing to contradict the theory, put
forward by Y, that ...": two claims, not one told twice). Offsets are
nlp_text character offsets, like attribution.py.
"""

from __future__ import annotations

from typing import Any

from newsevents.extract.attribution import Attribution, np_span, subject_of
from newsevents.extract.clauses import STANCE_CONTENT_MIN_WORDS, trim_content
from newsevents.extract.embedded import agent_of, participle_lemma
from newsevents.extract.stance import Lexicon, fold

_OBJECTS = ("obj", "dobj", "obl", "obl:arg", "obl:mod", "pobj", "nmod")
_RELATIVE_DEPS = ("relcl", "acl:relcl")
# How far (tokens) before a relative pronoun its antecedent may end: the noun, or a comma and the
# noun ("NATO and Washington, which favour ...").
ANTECEDENT_GAP = 2


def hypothesis_attributions(lex: Lexicon, doc: Any, segs: list[tuple[int, int]],
                            used: set[int]) -> list[Attribution]:
    """Claims of the sides that put forward or hold a hypothesis (see the module docstring);
    ``used``: tokens already reporting verbs of another attribution."""
    if not lex.hypothesis_nouns:
        return []
    out: list[Attribution] = []
    for n, (start, stop) in enumerate(segs):
        for noun in doc[start:stop]:
            if noun.pos_ != "NOUN" or (fold(noun.lemma_) not in lex.hypothesis_nouns \
                    and fold(noun.text) not in lex.hypothesis_nouns):
                continue
            found = _put_forward(lex, noun, (start, stop), used) or _held(lex, noun, (start, stop), used)
            if found is not None:
                verb, speaker, content = found
                out.append(Attribution("reported", (verb.idx, verb.idx + len(verb.text)), content,
                                       "assert", verb=verb, speaker=np_span(speaker),
                                       speaker_head=speaker, segment=n, own=True, held=True))
                used.add(verb.i)
    return out


def _holding(lex: Lexicon, tok: Any) -> bool:
    """A verb (or a participle read as an adjective) that puts forward or holds a hypothesis."""
    lemma = lex.verb_forms.get(fold(tok.text)) or fold(tok.lemma_)
    return lemma in lex.hypothesis_verbs or (participle_lemma(lex, tok) or "") in lex.hypothesis_verbs


def _put_forward(lex: Lexicon, noun: Any, seg: tuple[int, int],
                 used: set[int]) -> tuple[Any, Any, tuple[int, int]] | None:
    """"l'hypothèse, avancée par X, selon laquelle Y": the participle, its agent, the words."""
    doc = noun.doc
    for verb in doc[noun.i + 1:min(seg[1], noun.i + 3)]:
        if verb.i in used or verb.pos_ not in ("VERB", "ADJ") or not _holding(lex, verb):
            continue
        if any(c.dep_.startswith("aux") for c in verb.children):
            return None  # a finite passive ("la thèse est privilégiée par"): another construction
        agent = agent_of(lex, verb, seg[1])
        if agent is None:
            return None
        end = _proposition_end(noun, agent, seg)
        content = trim_content(doc, _own_start(noun), end, STANCE_CONTENT_MIN_WORDS)
        if content is None or end <= agent.i + 2:
            return None  # no proposition after the agent: a hypothesis named, not told
        return verb, agent, content
    return None


def _proposition_end(noun: Any, agent: Any, seg: tuple[int, int]) -> int:
    """Where the proposition after the agent ends: before the verb the noun is the subject of
    ("l'hypothèse, avancée par X, selon laquelle Y a été démentie"), else at the segment's end."""
    head = noun.head
    if noun.dep_.startswith("nsubj") and head.i > agent.i:
        first = min([c.i for c in head.children if c.dep_.startswith("aux") and c.i > agent.i] + [head.i])
        return int(first)
    return seg[1]


def _held(lex: Lexicon, noun: Any, seg: tuple[int, int],
          used: set[int]) -> tuple[Any, Any, tuple[int, int]] | None:
    """"X privilégie la thèse d'un accident", "X, which favour the theory of ...": the holding
    verb, its subject, the noun phrase (with what it holds: a bare "cette thèse" tells nothing)."""
    verb = noun.head
    if noun.dep_ not in _OBJECTS:
        return None
    if verb.pos_ == "ADP" and verb.dep_ == "prep":  # "subscribes to the theory": the verb above
        verb = verb.head
    if verb.i in used or verb.i > noun.i or not _holding(lex, verb):
        return None
    if any(c.dep_.startswith("aux") and "Pass" in c.morph.get("Voice") for c in verb.children) \
            or any(c.dep_ in ("aux:pass", "auxpass") for c in verb.children):
        return None
    if not any(c.i > noun.i for c in noun.children):
        return None
    speaker = _speaker(lex, verb)
    if speaker is None:
        return None
    content = trim_content(noun.doc, _own_start(noun), noun.right_edge.i + 1, STANCE_CONTENT_MIN_WORDS)
    return (verb, speaker, content) if content is not None else None


def _speaker(lex: Lexicon, verb: Any) -> Any | None:
    """The verb's subject, or the antecedent of its relative pronoun ("l'Otan et Washington qui
    accréditent": the first of the coordinated names stands for them, as np_span reads it)."""
    subj = subject_of(lex, verb)
    relative = subj is not None and ("Rel" in subj.morph.get("PronType") or subj.tag_ in ("WDT", "WP"))
    if subj is None and verb.dep_ in _RELATIVE_DEPS:
        relative, subj = True, verb
    if subj is None and verb.dep_ == "acl" and "Fin" in verb.morph.get("VerbForm") \
            and verb.head.i < verb.i and verb.head.pos_ in ("NOUN", "PROPN"):
        return verb.head  # "Les enquêteurs privilégient ...": a finite verb misread as the noun's clause
    if subj is None:
        return None
    if not relative:
        return subj if subj.pos_ in ("NOUN", "PROPN", "PRON") else None
    doc = verb.doc
    for k in range(subj.i - 1, max(-1, subj.i - 1 - ANTECEDENT_GAP), -1):
        tok = doc[k]
        if tok.pos_ in ("NOUN", "PROPN"):
            while tok.dep_ == "conj" and tok.head.i < tok.i:
                tok = tok.head
            while tok.dep_ in ("compound", "flat", "flat:name") and tok.head.i > tok.i:
                tok = tok.head
            return tok
        if tok.text != ",":
            return None
    return None


def _own_start(noun: Any) -> int:
    """The noun with its determiner and adjectives before it."""
    before = [c.i for c in noun.children if c.i < noun.i and c.dep_ in ("det", "amod", "nummod", "compound")]
    return min(before, default=noun.i)
