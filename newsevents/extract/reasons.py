"""The reason a side gives for its act: "Sudan severed ties with the UAE, citing its alleged support
for the RSF", "Bamako a rappelé son ambassadeur, invoquant des violations répétées de son espace
aérien".

Why: an act justified by a reason is the actor's statement of that reason, often the very
accusation another side denies ("— an accusation the UAE has denied"). "citing" also relays a
source ("citing a spokesman"): when the words after the marker are a source (the claims stage's
source test), they are left to the relay and source constructions; otherwise they are the reason,
claimed by the subject of the act the marker's participle hangs on. The markers are language data
(``reason_markers`` in lang/<code>/claims.yaml). Offsets are nlp_text character offsets, like
attribution.py.
"""

from __future__ import annotations

from typing import Any

from newsevents.extract.attribution import Attribution, np_span, subject_of
from newsevents.extract.clauses import trim_content, verb_stance
from newsevents.extract.stance import Lexicon, fold
from newsevents.nlp import doc_text

# Where the reason's words stop: a dash or a semicolon opens another side's words ("— an
# accusation the UAE has denied"), a bracket an aside; so does ", ce que X dément" (answer_openers).
_STOPS = frozenset({"—", "–", ";", ":", "(", '"', "«", "»"})
# A reason of fewer words names a topic, not a claim ("citing security"): three words hold a noun
# and what qualifies it ("citing repeated airspace violations"), as attribution.NOUN_CLAIM_MIN_WORDS.
REASON_MIN_WORDS = 3
# Heads climbed from the participle to the verb of the act whose subject gives the reason
# ("severed ties, citing": one; a participle hung on the object: two).
ACT_HOPS = 2


def reason_attributions(lex: Lexicon, doc: Any, segs: list[tuple[int, int]], used: set[int],
                        is_source: Any) -> list[Attribution]:
    """The reasons sides give for their acts (see the module docstring); ``used``: tokens already
    reporting verbs; ``is_source``: the claims stage's test of a source's words."""
    if not lex.reason_markers:
        return []
    out: list[Attribution] = []
    for n, (start, stop) in enumerate(segs):
        for marker in doc[start:stop]:
            if marker.i in used or fold(marker.text) not in lex.reason_markers or marker.i + 1 >= stop:
                continue
            end = next((t.i for t in doc[marker.i + 1:stop] if t.text in _STOPS
                        or (t.text == "," and _opens_answer(lex, doc, t.i + 1, stop))), stop)
            first = marker.i + 1
            source_end = next((t.i for t in doc[first:end]
                               if t.text == "," or t.pos_ in ("VERB", "AUX")), end)
            if is_source(doc[first:source_end]):
                continue  # "citing a spokesman": a relay, not a reason
            speaker = _actor(lex, marker)
            if speaker is None:
                continue
            content = _cut(doc_text(doc), trim_content(doc, first, end, REASON_MIN_WORDS))
            if content is None:
                continue
            out.append(Attribution("reported", (marker.idx, marker.idx + len(marker.text)), content,
                                   "assert", verb=marker, speaker=np_span(speaker), speaker_head=speaker,
                                   segment=n, participial=True, own=True, held=True))
            used.add(marker.i)
    return out


def _actor(lex: Lexicon, marker: Any) -> Any | None:
    """The subject of the act the participle hangs on ("The government recalled ..., citing");
    none when it hangs on a reporting verb (not one that reports only with a clause, "recalled
    its ambassador": an act), whose statement is the claim and what it cites its
    evidence ("Citing firsthand accounts, the office said that ...")."""
    act = marker.head
    for _ in range(ACT_HOPS):
        if act.i == marker.i:
            return None
        if act.pos_ in ("VERB", "AUX"):
            if verb_stance(lex, act) is not None and fold(act.lemma_) not in lex.clause_only:
                return None  # "Citing firsthand accounts, the office said that ...": the evidence
            subj = subject_of(lex, act)
            if subj is not None and (subj.pos_ in ("NOUN", "PROPN") or (
                    subj.pos_ == "PRON" and "Rel" not in subj.morph.get("PronType"))):
                return subj  # a pronoun ("il a rappelé ..., invoquant") is resolved like a speaker's
        act = act.head
    return None


def _opens_answer(lex: Lexicon, doc: Any, i: int, stop: int) -> bool:
    """", ce que Paris dément", ", which Kyiv denies": another side's answer begins."""
    words = [fold(t.text) for t in doc[i:min(stop, i + 3)]]
    return any(tuple(words[:len(p)]) == p for p in lex.answer_openers)


def _cut(text: str, span: tuple[int, int] | None) -> tuple[int, int] | None:
    """The span cut before a dash the tokenizer left inside a word ("weaponry—an accusation")."""
    if span is None:
        return None
    start, end = span
    at = min((k for k in (text.find(c, start, end) for c in _STOPS) if k > start), default=end)
    while at > start and text[at - 1].isspace():
        at -= 1
    return (start, at) if at - start > 0 else None
