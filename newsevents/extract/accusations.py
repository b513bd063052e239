"""Accusations answered inside a denial: the other side's claim a speaker rejects.

Why: conflict news reports an accusation mostly through its denial ("Moscow rejected Ukrainian
claims that its missile hit the hospital", "le ministère a qualifié de « fausses » les
déclarations ukrainiennes sur une frappe qui aurait touché un hôpital", "les accusations de
Kinshasa selon lesquelles ..."). The accusation is a claim of its own, by the owner of the
"claims"/"déclarations" (a demonym or a "de X"/"by X" complement), and the denial contradicts it.
So, inside the words of a denial or a condemnation, a speech noun (``accusation_nouns`` in
``lang/<code>/claims.yaml``) with an owner and a proposition after it becomes an assertion by
that owner; the link stage then finds the two opposed claims about the same incident.
"""

from __future__ import annotations

from typing import Any

from newsevents.extract.attribution import CONTENT_MIN_WORDS, Attribution, trim_content
from newsevents.extract.stance import Lexicon, claim_stance, fold, negated_acts
from newsevents.model import Article, Party

_OWNER_KINDS = ("state", "government", "person", "organization", "military", "group",
                "diplomatic_mission")
_ANSWERING = ("deny", "condemn")


def answered(article: Article, lex: Lexicon, content: tuple[int, int], stance: str,
             segment: int) -> list[tuple[Attribution, Party, str]]:
    """(attribution, owner, stance) of each accusation answered in a denial's words (nlp offsets)."""
    if stance not in _ANSWERING or not lex.accusation_nouns:
        return []
    doc = article.doc
    span = doc.char_span(*content, alignment_mode="expand")
    if span is None:
        return []
    parties = [(article.to_nlp(*m.span), m.value) for m in article.of_kind("party")
               if getattr(m.value, "kind", "") in _OWNER_KINDS]
    out = []
    for noun in span:
        if noun.pos_ != "NOUN" or fold(noun.lemma_) not in lex.accusation_nouns:
            continue
        found = _owner(noun, parties)
        if found is None:
            continue
        owner_tok, party = found
        end = _proposition_end(lex, noun, span.end)
        start = _after_owners(lex, noun, owner_tok, max(owner_tok.right_edge.i, noun.i) + 1, end)
        while start <= end and (doc[start].is_punct or fold(doc[start].text) in lex.accusation_links):
            start += 1
        end = _before_verdict(lex, doc, start, end)
        words = trim_content(doc, start, min(end + 1, span.end), CONTENT_MIN_WORDS)
        if words is None:
            continue
        att = Attribution("reported", (noun.idx, noun.idx + len(noun.text)), words, "assert",
                          speaker=(owner_tok.idx, owner_tok.idx + len(owner_tok.text)),
                          speaker_head=owner_tok, segment=segment)
        tokens = list(doc.char_span(*words, alignment_mode="expand") or [])
        stance = claim_stance(lex, "assert", article.nlp_text[words[0]:words[1]], tokens)
        if stance == "deny" and not negated_acts(lex, tokens):
            # "une prétendue chute", "the so-called strike": the denier's words inside the
            # accusation; the accuser asserts it (only a negated act is the accuser's denial)
            stance = "assert"
        out.append((att, party, stance))
    return out


def _before_verdict(lex: Lexicon, doc: Any, start: int, end: int) -> int:
    """The last token of the accusation before the denier's verdict on it, which the parser may
    hang inside it ("called Ukrainian reports of a strike on a fuel depot \"fake news\""): a
    denying or condemning cue phrase ending the words (with the quotation mark opening it) is the
    verdict, not what the accusation says."""
    cues = {p for stance in ("deny", "condemn") for p in lex.content_cues.get(stance, ())}
    for k in range(start + 1, end + 1):
        # the cue must end the words: "une prétendue chute de missiles" is the accusation itself
        tail = " ".join(fold(t.text) for t in doc[k:end + 1] if not t.is_punct)
        if tail in cues:
            cut = k - 1
            while cut > start and doc[cut].is_punct:
                cut -= 1
            return cut
    return end


def _proposition_end(lex: Lexicon, noun: Any, limit: int) -> int:
    """The last token of what the speech noun says: its subtree, or the continuation after it
    when a link word ("faisant état de", "that") was parsed as hanging on the verb instead."""
    end = noun.right_edge.i
    nxt = end + 1
    if nxt < limit and fold(noun.doc[nxt].text) in lex.accusation_links and noun.doc[nxt].head.i != noun.i:
        end = max(end, min(noun.doc[nxt].right_edge.i, limit - 1))
    return end


def _after_owners(lex: Lexicon, noun: Any, owner: Any, start: int, end: int) -> int:
    """Past owners coordinated with the first ("les déclarations de médias polonais et de
    responsables officiels sur ..."): their words are who speaks, not what is said."""
    doc = noun.doc
    while start <= end and doc[start].pos_ == "CCONJ":
        conj = doc[start].head
        if conj.i <= start or conj.head.i not in (noun.i, owner.i) or conj.pos_ not in ("NOUN", "PROPN"):
            break
        start = _conj_end(lex, conj, end) + 1
    return start


def _conj_end(lex: Lexicon, conj: Any, end: int) -> int:
    """The last token of a coordinated owner's own words: its subtree up to the first link word
    ("sur", "that") or punctuation, where a proposition hung on it by a misparse begins."""
    doc, last = conj.doc, conj.i
    own = {t.i for t in conj.subtree}
    while last + 1 <= end and last + 1 in own and not doc[last + 1].is_punct \
            and fold(doc[last + 1].text) not in lex.accusation_links:
        last += 1
    return last


def _owner(noun: Any, parties: list[tuple[tuple[int, int], Any]]) -> tuple[Any, Party] | None:
    """Whose accusation: a demonym on the noun ("Ukrainian claims", "déclarations ukrainiennes")
    or its "de X" / "by X" complement naming a party."""
    for child in noun.children:
        if child.dep_ not in ("amod", "nmod", "prep", "obl") or (child.i < noun.i and child.dep_ != "amod"):
            continue
        target = child
        if child.dep_ == "prep":
            target = next((g for g in child.children if g.dep_ == "pobj"), None)
            if target is None or child.lower_ not in ("by", "from", "of"):
                continue
        elif child.dep_ in ("nmod", "obl") and not any(
                g.dep_ == "case" and fold(g.text) in ("de", "d'", "du", "des") for g in target.children):
            continue
        for (s, e), party in parties:
            if s <= target.idx < e:
                return target, party
    return None
