"""Statements that answer the clause before them through a relative on the whole clause: "Moscou
affirme avoir visé une réunion de militaires, ce que Kiev dément", "…, which Kyiv denies".

Why a rule of its own: the answering verb has no clause of its own to claim; what it denies is
the clause before the comma. The parser often mangles the pattern (the French tagger reads the
present "dément" as an adjective or adverb, and the name as a stray dependent), so it is read on
the words: a comma, one of the language's ``answer_openers`` ("ce que", "which"), a speaker and a
reporting verb (or the verb, then the speaker). The claim is the words before the comma, from the
start of the statement that holds them; that statement's words end at the comma.

A headline often drops the opener: "Phnom Penh affirme que des obus ont tué trois civils, Bangkok
dément", "…; rebels deny involvement". A denial closing the sentence after a comma or semicolon,
with nothing after its verb but one of the language's ``answer_objects`` (a word naming the clause
before: "involvement", "toute implication"), answers that clause the same way; only a denial,
since "…, Moscow says" is a postposed reporting clause (clauses.py) and "…, Kiev dément la perte
du port" claims its own object.
"""

from __future__ import annotations

from typing import Any

from newsevents.extract.attribution import Attribution
from newsevents.extract.claim_headlines import verb_word
from newsevents.extract.clauses import STANCE_CONTENT_MIN_WORDS, trim_content, verb_stance
from newsevents.extract.speaker_anaphora import demonstrative
from newsevents.extract.stance import Lexicon, fold, is_negated

# words between the opener and the answering verb: a name, or a title and a name ("ce que le
# ministère ukrainien dément")
ANSWER_SPEAKER_WORDS = 5


def answer_attributions(lex: Lexicon, doc: Any, segs: list[tuple[int, int]],
                        found: list[Attribution]) -> list[Attribution]:
    """The answers of ``segs`` ("…, ce que Kiev dément"); trims the statement they answer."""
    if not lex.answer_openers:
        return []
    out: list[Attribution] = []
    for n, (lo, hi) in enumerate(segs):
        for comma in (t for t in doc[lo:hi] if t.text == ","):
            att = _answer(lex, doc, comma.i, hi, lo, found, n)
            if att is not None:
                out.append(att)
        for sep in (t for t in doc[lo:hi] if t.text in (",", ";")):
            att = _bare_answer(lex, doc, sep.i, hi, lo, found, n)
            if att is not None:
                out.append(att)
    return out


def _opener_end(lex: Lexicon, doc: Any, start: int, stop: int) -> int | None:
    words = [fold(t.text) for t in doc[start:min(stop, start + 3)]]
    joined = " ".join(words).replace("' ", "'")
    for phrase in lex.answer_openers:
        text = " ".join(phrase).replace("' ", "'")
        if joined.startswith(text) and (len(joined) == len(text) or joined[len(text)] == " "
                                        or text.endswith("'")):
            return start + len(phrase)
    return None


def _answer(lex: Lexicon, doc: Any, comma: int, hi: int, lo: int, found: list[Attribution],
            segment: int) -> Attribution | None:
    start = _opener_end(lex, doc, comma + 1, hi)
    if start is None or (start < hi and fold(doc[start].text) in lex.complementisers):
        return None  # "an accusation that Asmara denied": a relative on the noun (embedded.py)
    window = list(doc[start:min(hi, start + ANSWER_SPEAKER_WORDS + 1)])
    # the verb, or one the tagger read as a noun ("an accusation Kigali rejects": "rejects" a noun)
    verb = next((t for t in window if verb_stance(lex, t) is not None
                 or (t.i > start and verb_word(lex, t) is not None)), None)
    if verb is None or is_negated(lex, verb):
        return None
    # the speaker: the name before the verb, else the one right after it ("ce que dément Kiev")
    # a capitalised word counts as a name whatever its tag ("ce que Kiev a nié": Kiev read as PRON)
    names = [t for t in doc[start:verb.i] if t.pos_ in ("PROPN", "NOUN") or t.is_title
             or fold(t.text) in lex.latest_anaphora]  # "ce que ces derniers ont rejeté"
    if not names and start < verb.i and demonstrative(lex, doc[start]):
        names = [doc[start]]  # "ce que ceux-ci démentent" (its hyphen no clause's punctuation)
        start = verb.i
    if not names:
        names = [t for t in doc[verb.i + 1:hi] if t.pos_ in ("PROPN", "NOUN") or t.is_title][:1]
    if not names or any(t.is_punct for t in doc[start:verb.i]):
        return None
    head = names[-1] if names[0].i < verb.i else names[0]
    first = names[0] if names[0].i < verb.i else head
    last = max(verb.i, head.i)
    while last + 1 < hi and doc[last + 1].pos_ == "PROPN":
        last += 1
    if last + 1 < hi and not doc[last + 1].is_punct:
        return None  # "which Kyiv says it cannot shoot down": a relative with a clause of its own
    while first.i > start and doc[first.i - 1].pos_ in ("DET", "ADJ", "PROPN", "NOUN"):
        first = doc[first.i - 1]
    stance = verb_stance(lex, verb) or verb_word(lex, verb)
    assert stance is not None
    return _answering(lex, doc, comma, lo, found, segment, verb, stance, first, head)


def _bare_answer(lex: Lexicon, doc: Any, sep: int, hi: int, lo: int, found: list[Attribution],
                 segment: int) -> Attribution | None:
    """"…, Bangkok dément", "…; rebels deny involvement": a denial with no opener that closes the
    sentence (see the module docstring)."""
    window = list(doc[sep + 1:min(hi, sep + ANSWER_SPEAKER_WORDS + 2)])
    verb = next((t for t in window if verb_stance(lex, t) is not None), None)
    if verb is None or verb.i == sep + 1 or verb_stance(lex, verb) != "deny" or is_negated(lex, verb):
        return None
    names = list(doc[sep + 1:verb.i])
    if not any(t.pos_ in ("PROPN", "NOUN") or t.is_title for t in names) \
            or any(t.pos_ not in ("DET", "ADJ", "PROPN", "NOUN") and not t.is_title for t in names):
        return None
    rest = [t for t in doc[verb.i + 1:hi] if not (t.is_punct or t.is_space)]
    if rest and tuple(fold(t.text) for t in rest) not in lex.answer_objects:
        return None
    head = next(t for t in reversed(names) if t.pos_ in ("PROPN", "NOUN") or t.is_title)
    return _answering(lex, doc, sep, lo, found, segment, verb, "deny", names[0], head)


def _answering(lex: Lexicon, doc: Any, comma: int, lo: int, found: list[Attribution], segment: int, verb: Any,
               stance: str, first: Any, head: Any) -> Attribution | None:
    """The answer's attribution: the words before ``comma``, from the start of the statement that
    holds them (or ends right at the comma), which then end there."""
    held = next((a for a in found if a.segment == segment and a.content[0] < doc[comma].idx
                 <= a.content[1] + 1), None)
    begin = _token_at(doc, held.content[0]) if held is not None else lo
    if held is not None and held.verb is not None and fold(held.verb.lemma_) in lex.accusing_verbs:
        # "accused Chad of arming the group, a charge N'Djamena denies": the charged act is denied,
        # not the accusation's accused (``charge_marks``)
        mark = next((t.i for t in doc[begin:comma] if fold(t.text) in lex.charge_marks), None)
        begin = begin if mark is None else mark + 1
    content = trim_content(doc, begin, comma, STANCE_CONTENT_MIN_WORDS)
    if content is None:
        return None
    if held is not None and held.content[0] < content[1]:
        # its words end where the answer starts
        held.content = (held.content[0], min(held.content[1], content[1]))
    return Attribution("reported", (verb.idx, verb.idx + len(verb.text)), content, stance, verb=verb,
                       speaker=(first.idx, head.idx + len(head.text)), speaker_head=head,
                       segment=segment, own=True, answers=True)


def _token_at(doc: Any, char: int) -> int:
    return next((t.i for t in doc if t.idx >= char), len(doc))
