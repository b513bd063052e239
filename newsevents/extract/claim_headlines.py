"""A headline that joins two statements with a comma: "SAF accuses RSF of drone strike on Port Sudan,
UAE condemn attack", "Pakistan says it shot down Indian drones, New Delhi calls claims false", "Kiev
dit avoir abattu 30 drones, Moscou évoque des frappes réussies".

Why a rule of its own: headlines drop the conjunction, and the parser reads them badly (the English
model tags "condemn" as a noun, splits the line at "reports"), so the second reporting clause is
taken for words of the first claim, whose stance it may even lend ("calls claims false": a denial).
It is read on the words of the title line (one that does not end like a sentence: a lede opening
the text is written as one): a comma, a short noun phrase (the second speaker, or the
subject of the narration's own clause: "..., death toll rises to 12"), a word that is a reporting
verb by its form or lemma, and words after it (its own object). The first claim ends at the comma;
the second is a claim of its own when no other rule found it. A denial with nothing after it (",
Bangkok dément") answers the clause before (answers.py); a postposed reporting clause (", Moscow
says") has no words after its verb either.
"""

from __future__ import annotations

from typing import Any

from newsevents.extract.attribution import Attribution, head_of
from newsevents.extract.clauses import STANCE_CONTENT_MIN_WORDS, trim_content, verb_stance
from newsevents.extract.stance import Lexicon, fold

# Words of the second speaker's noun phrase between the comma and its verb ("UAE", "Gaza health
# ministry", "le ministère russe de la Défense"): a headline names a speaker in a few words.
HEADLINE_SPEAKER_WORDS = 5
# Words after the second verb that make its claim: a headline's object may be one noun ("UAE
# condemn attack"), what the stance bears on.
HEADLINE_CONTENT_MIN_WORDS = 1
# Parts of speech a speaker's noun phrase is made of ("Gaza's health ministry": PART for "'s").
_SPEAKER_POS = frozenset({"PROPN", "NOUN", "ADJ", "DET", "PART", "ADP"})


def split_headline(lex: Lexicon, doc: Any, found: list[Attribution]) -> list[Attribution]:
    """End each claim of the title line at a comma that opens another speaker's reporting clause;
    returns that clause as a new attribution when no attribution has its verb yet."""
    title_end = doc.text.find("\n")
    if title_end <= 0 or doc.text[:title_end].rstrip().endswith((".", "!", "?")):
        return []  # a first line that ends like a sentence is a lede, where commas join as they do
    verbs = {a.verb.i for a in found if a.verb is not None}
    out: list[Attribution] = []
    for att in list(found):
        if att.kind not in ("reported", "source") or att.direct_quote or att.content[0] >= title_end:
            continue
        span = doc.char_span(att.content[0], min(att.content[1], title_end), alignment_mode="expand")
        if span is None:
            continue
        second = _second_clause(lex, doc, span.start, span.end)
        if second is None:
            continue
        comma, verb, stance = second
        first = trim_content(doc, span.start, comma, STANCE_CONTENT_MIN_WORDS)
        if first is None:
            continue
        att.content = first
        line_end = next((t.i for t in doc[verb.i:] if "\n" in t.text), len(doc))
        after = verb.i + 1
        while after < line_end and fold(doc[after].text) in lex.negators:
            after += 1  # "ne confirme pas": no words of its own, the first claim still ends
        words = trim_content(doc, after, line_end, HEADLINE_CONTENT_MIN_WORDS)
        if stance is None or verb.i in verbs or words is None:
            continue
        head = head_of(doc, comma + 1, verb.i)
        out.append(Attribution("reported", (verb.idx, verb.idx + len(verb.text)), words, stance, verb=verb,
                               speaker=(doc[comma + 1].idx, doc[verb.i - 1].idx + len(doc[verb.i - 1].text)),
                               speaker_head=head, segment=att.segment, own=True))
        verbs.add(verb.i)
    return out


def _second_clause(lex: Lexicon, doc: Any, start: int, end: int) -> tuple[int, Any, str | None] | None:
    """(the comma, the verb, its stance) of a comma-joined clause in the range: a noun phrase
    (one word at least), then a finite verb with words after it. The stance is None when the
    verb reports nothing ("..., death toll rises to 12": narration, still no words of the first
    speaker) or the parse hides it ("New Delhi calls claims false": "claims" read as a verb)."""
    for t in doc[start:end]:
        if t.text != "," or t.i + 1 >= end or not (doc[t.i + 1].is_alpha or doc[t.i + 1].pos_ == "DET"):
            continue  # (an elided article is no word: "l'Autorité palestinienne dénonce")
        for v in doc[t.i + 2:min(end, t.i + 2 + HEADLINE_SPEAKER_WORDS)]:
            if fold(v.text) in lex.negation_particles:
                continue  # "..., Kiev ne confirme pas": the negation before the verb
            stance = verb_word(lex, v)
            if stance is not None or (v.pos_ in ("VERB", "AUX") and _finite(v)):
                before = [w for w in doc[t.i + 1:v.i] if fold(w.text) not in lex.negation_particles]
                after = doc[v.i + 1] if v.i + 1 < len(doc) else None
                if all(w.pos_ in _SPEAKER_POS for w in before) \
                        and any(w.pos_ in ("PROPN", "NOUN") for w in before) \
                        and after is not None and "\n" not in after.text and not after.is_punct:
                    return t.i, v, stance
                break
            if v.pos_ not in _SPEAKER_POS:
                break
    return None


def _finite(tok: Any) -> bool:
    """A finite verb ("rises", "calls", "dément"), not a participle on a noun ("killed")."""
    if tok.tag_.startswith("VB"):
        return tok.tag_ in ("VBZ", "VBP")
    return "Fin" in tok.morph.get("VerbForm")


def verb_word(lex: Lexicon, tok: Any) -> str | None:
    """The stance of a reporting verb, or of a word the tagger took for a noun that is one by its
    lemma ("UAE condemn attack": "condemn" read as a noun) when the verb needs no particle."""
    stance = verb_stance(lex, tok)
    if stance is not None or tok.pos_ not in ("NOUN", "PROPN"):
        return stance
    lemma = fold(tok.lemma_)
    return lex.verbs.get(lemma) if lemma not in lex.particles and tok.is_lower else None
