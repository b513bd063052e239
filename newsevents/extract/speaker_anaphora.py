"""The noun phrase a "the latter" word stands for: "…a accusé des factions armées, ce que ces
dernières ont rejeté".

Why apart from speakers.py's pronouns: "ces derniers" names no salient party but the noun phrase
named last before it, which the who stage may not hold as a party at all ("des groupes armés"),
so it is read on the parse, not on the party mentions; the phrase found is then resolved as any
speaker's words are (speakers.SpeakerResolver.resolve). Also here: the subject a pronoun
resumes (``previous_subject``) and the agreement tests it needs.
"""

from __future__ import annotations

from typing import Any

from newsevents.extract.stance import fold
from newsevents.extract.triggers import SUBJECT_DEPS

# Dependencies of a noun inside a modifier of another noun ("des groupes liés à l'Iran": "Iran" on
# "liés" on "groupes"): the phrase meant is the one it qualifies.
_MODIFIER_DEPS = frozenset({"nmod", "obl", "acl", "amod"})


def named_last(start: int, anaphor: Any) -> tuple[int, int, Any] | None:
    """The noun phrase named last before ``start`` (nlp offsets, where the anaphor's words begin)
    in its sentence agreeing in gender and number with the anaphor, as its words and head; a noun
    inside a modifier stands for the phrase it qualifies while that one agrees too ("ces
    dernières": "des factions", not the "groupes" they are "liés à"; "ces derniers": "des groupes
    liés à l'Iran", not "l'Iran")."""
    nouns = [t for t in anaphor.sent if t.idx + len(t.text) <= start and t.pos_ in ("NOUN", "PROPN")
             and _agrees(t, anaphor)]
    if not nouns:
        return None
    best = tok = nouns[-1]
    while tok.dep_.split(":")[0] in _MODIFIER_DEPS and tok.head.i < tok.i:
        tok = tok.head
        if tok.pos_ in ("NOUN", "PROPN"):
            if not _agrees(tok, anaphor):
                break
            best = tok
    left = min([best.i] + [c.i for c in best.lefts if c.dep_ in ("det", "amod", "nummod")])
    right = best.i  # its adjectives and bare noun modifiers after it ("factions armées pro-iraniennes")
    while right + 1 < len(best.doc) and best.doc[right + 1].head.i == best.i \
            and best.doc[right + 1].dep_ in ("amod", "nmod") \
            and not any(c.dep_ == "case" for c in best.doc[right + 1].children):
        right += 1
    doc = best.doc
    return doc[left].idx, doc[right].idx + len(doc[right].text), best


def latest_anaphor(lex: Any, start: int, head: Any) -> bool:
    """The speaker's words stand for the noun phrase named last before them: "ces derniers" (a
    ``latest_anaphora`` noun with only its determiner), or a ``latest_pronouns`` demonstrative
    ("ce que ceux-ci démentent", the tokenizer may split it at the hyphen) when a phrase before it
    in its sentence agrees with it; else the demonstrative is read as any pronoun."""
    if fold(head.text) in lex.latest_anaphora:
        return start < head.idx and head.text.islower() and all(c.dep_ == "det" for c in head.children)
    return demonstrative(lex, head) and named_last(start, head) is not None


def demonstrative(lex: Any, tok: Any) -> bool:
    """The token opens one of the language's ``latest_pronouns`` ("ceux-ci", whole or split)."""
    words = "".join(t.text_with_ws for t in tok.doc[tok.i:tok.i + 3])
    return any(fold(words).startswith(p) for p in lex.latest_pronouns)


def _agrees(noun: Any, anaphor: Any) -> bool:
    """Same gender and number, where the tagger tells them."""
    return all(not noun.morph.get(f) or not anaphor.morph.get(f)
               or noun.morph.get(f) == anaphor.morph.get(f) for f in ("Gender", "Number"))


def noun_gender(span: Any) -> list[str]:
    """The grammatical gender of a party named by a common noun ("l'armée": feminine), by its
    determiner when it shows one, else by the noun; none for a named party (a person's title may
    be tagged either way: "la ministre Claire Dubois")."""
    root = span.root
    if root.pos_ != "NOUN" or any(t.pos_ == "PROPN" for t in span):
        return []
    det = next((c for c in root.children if c.dep_ == "det" and c.morph.get("Gender")), None)
    return (det or root).morph.get("Gender")


def plural_noun(tok: Any) -> bool:
    """A plural common noun ("forces", "troupes"): no singular anaphor ("it", "the office") names
    it. Proper nouns are left out: the small English model tags "the Houthis" singular, and a
    plural name may still be one body ("the United States")."""
    return tok.pos_ == "NOUN" and tok.morph.get("Number") == ["Plur"]


def previous_subject(doc: Any, named: list[tuple[int, int, Any]], singular: bool,
                     gender: list[str] | None) -> Any | None:
    """The latest of the fitting parties ``named`` (nlp offsets, in the sentence before a
    pronoun's or earlier in its own) that is the grammatical subject of its verb; a singular
    pronoun ("it") never names a plural common noun ("its forces took part ... It said": not the
    forces), and a French pronoun agrees in gender with the noun it resumes ("l'armée ... Il")."""
    for s, e, party in reversed(named):
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is None or (singular and plural_noun(span.root)) \
                or (gender and noun_gender(span) not in ([], gender)):
            continue
        if any(t.dep_ in SUBJECT_DEPS and t.head.pos_ in ("VERB", "AUX") for t in span) or _before_verb(span):
            return party
    return None


def _before_verb(span: Any) -> bool:
    """The name stands right before a finite verb that has no subject of its own: its subject,
    whatever the parse says (one run over a paragraph break hangs "Houthi spokesman X vowed
    retaliation" on the sentence before)."""
    doc = span.doc
    if span.end >= len(doc):
        return False
    verb = doc[span.end]
    return verb.pos_ in ("VERB", "AUX") and "Fin" in verb.morph.get("VerbForm") \
        and not any(c.dep_ in SUBJECT_DEPS for c in verb.children)


def spoke_as_state(party: Any, spoken: list[tuple[int, Any]]) -> bool:
    """A state that made a statement before ("La France condamne la frappe ... La France présente
    ses condoléances. Elle appelle ..."): the subject a personal pronoun of the next sentence
    resumes, before any person named in passing (a town's name the NER took for a person's, "près
    d'El Geneina", is nobody's pronoun)."""
    return party.kind == "state" and any(q.name == party.name for _s, q in spoken)
