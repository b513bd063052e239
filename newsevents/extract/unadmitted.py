"""Words a speaker does not admit: "a présenté ses excuses ..., sans reconnaître que la défense
antiaérienne avait abattu l'avion", "apologised ..., without admitting that its missiles had
downed the plane".

Why a module of its own: the clause under "without admitting" is what the speaker did not say;
the claims stage must end the speaker's words before it (``cut_unadmitted``), and the events
stage must not read an incident told by it (``unadmitted``, a hedge of qualifiers.hedged): the
article reports a refusal to admit, not the act. The marks ("sans", "without") and the verbs of
admission ("reconnaître", "admit", "acknowledge") are language data (``without_marks``,
``admission_verbs`` of lang/<code>/claims.yaml).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from newsevents.extract.stance import fold, folded_words

# Heads climbed from a trigger to the verb of admission it is told under ("sans reconnaître que
# la défense avait abattu l'avion": abattu -> reconnaître)
UNADMITTED_CLIMB = 3


def _admission(tok: Any, language: str) -> bool:
    """A verb of admission governed by a ``without_marks`` word: "sans reconnaître" (the mark
    hangs on the verb), "without admitting" (the verb hangs on the preposition)."""
    if fold(tok.lemma_) not in folded_words(language, "claims", "admission_verbs"):
        return False
    marks = folded_words(language, "claims", "without_marks")
    if any(c.dep_ in ("mark", "case") and fold(c.text) in marks for c in tok.children):
        return True
    return tok.dep_ == "pcomp" and fold(tok.head.text) in marks


def unadmitted(trig: Any) -> bool:
    """The trigger is told inside the clause of a verb of admission under "without": no incident."""
    t = trig.root
    language = t.doc.lang_
    for _ in range(UNADMITTED_CLIMB):
        if t.head.i == t.i:
            return False
        t = t.head
        if t.pos_ in ("VERB", "AUX") and _admission(t, language):
            return True
    return False


def unadmitted_start(doc: Any, start: int, end: int, language: str) -> int | None:
    """The character offset where the words of ``doc`` between ``start`` and ``end`` (character
    offsets) turn to what the speaker did not admit (the "without" word), else None."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    marks = folded_words(language, "claims", "without_marks")
    for tok in span:
        if fold(tok.text) not in marks:
            continue
        verb = tok.head if tok.dep_ in ("mark", "case") else next(
            (c for c in tok.children if c.dep_ == "pcomp"), None)
        if verb is not None and _admission(verb, language) and tok.i > span.start:
            return tok.idx
    return None


def cut_unadmitted(article: Any, drafts: list[Any]) -> list[Any]:
    """End each claim's words before what its speaker did not admit (see the module docstring)."""
    if article.doc is None or not article.language:
        return drafts
    out = []
    for d in drafts:
        cut = unadmitted_start(article.doc, d.content[0], d.content[1], article.language)
        out.append(d if cut is None else ended_at(article, d, cut, " ,;\u2014-"))
    return out


def ended_at(article: Any, draft: Any, cut: int, trailing: str) -> Any:
    """The claim draft with its words ended at character ``cut``, the ``trailing`` punctuation
    before it dropped; the draft itself when nothing would be left (the claims stage's cuts:
    ``cut_unadmitted``, claim_coordinated.cut_at_coordinated_verb)."""
    text = article.nlp_text[draft.content[0]:cut].rstrip(trailing)
    return replace(draft, content=(draft.content[0], draft.content[0] + len(text))) if text else draft
