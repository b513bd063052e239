"""A toll closing a clause about a patient of its own: "A convoy was hit, wounding 15" told beside a
strike on a dam ("A Russian glide bomb hit a dam near Sumy on Monday."), "Un convoi a été touché,
faisant quinze blessés" beside "une frappe a visé un barrage".

Why: a count in a sentence with no incident of its own goes to the incident told just before (or
just after, for a lead); that is right for "Twelve people were wounded" or "The blast wounded 15",
which resume the act, but not for a participle of result ("wounding", "faisant") hung on a passive
whose subject is introduced as new (no anaphoric determiner: "A convoy", "Un convoi") and is none
of that incident's targets. That clause tells an act of its own, hit by something the text does not
name as an incident: its toll is not the dam strike's, summed or maxed onto it.

The parse: the count's verb (the participle whose object it is, or which its noun is the object
of) hangs on the passive verb (``advcl``/``xcomp``/``conj`` in both models); the passive's
subject is the patient. A patient that is one of the incident's target words keeps the toll
("Plusieurs immeubles ont été touchés, faisant 12 blessés" after a strike on those buildings).
"""

from __future__ import annotations

from typing import Any

PASSIVE_SUBJECT_DEPS = frozenset({"nsubj:pass", "nsubjpass"})
RESULT_DEPS = frozenset({"advcl", "xcomp", "conj", "acl"})
OBJECT_DEPS = frozenset({"obj", "dobj", "nummod", "nmod", "obl"})
# verbs climbed from the count to its participle of result ("faisant quinze blessés": faisant is
# the head of blessés, the head of quinze)
CLIMB = 3


def _result_verb(token: Any) -> Any | None:
    """The verb of result the count hangs on as its object ("wounding 15", "faisant quinze
    blessés"). A count that is the subject of its verb ("deux employés ont été blessés", "two nurses
    were wounded") tells a casualty clause, no participle of result: None."""
    t = token
    for _ in range(CLIMB):
        if t.head.i == t.i:
            return None
        dep, t = t.dep_, t.head
        if t.pos_ == "VERB":
            return t if dep in OBJECT_DEPS else None
    return None


def new_patient(doc: Any, start: int, end: int, definite: frozenset[str]) -> Any | None:
    """The patient introduced as new by the passive clause the count at tokens [start, end) is the
    result of ("A convoy was hit, wounding 15": convoy); None when the count is no such result, or
    the patient resumes something told ("The convoy", "Ce convoi") or is a pronoun."""
    for tok in doc[start:end]:
        if not tok.like_num:
            continue
        verb = _result_verb(tok)
        if verb is None or verb.dep_ not in RESULT_DEPS or verb.head.pos_ not in ("VERB", "AUX"):
            return None
        passive = verb.head
        subject = next((c for c in passive.children if c.dep_ in PASSIVE_SUBJECT_DEPS), None)
        if subject is None or subject.pos_ not in ("NOUN", "PROPN"):
            return None
        dets = [c for c in subject.children if c.dep_ in ("det", "det:poss")]
        if not dets or any(c.lower_ in definite or c.dep_ == "det:poss" for c in dets):
            return None
        return subject
    return None


def patient_apart(patient: Any, target_spans: list[tuple[int, int]], to_original: Any) -> bool:
    """The patient is none of the incident's targets (``target_spans``: original char spans)."""
    a, b = to_original(patient.idx, patient.idx + len(patient.text))
    return not any(s <= a < e or a <= s < b for s, e in target_spans)
