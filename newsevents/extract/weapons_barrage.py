"""Weapons of one barrage: the systems coordinated with a weapon that fits the incident's type.

Why: an incident's type keeps the weapon categories that fit it (``weapon_categories`` in
data/event_types.yaml), so that a weapon of another act in the clause is not given to it. But a
barrage of mixed systems is typed by one of them: "Russia launched Shahed drones and cruise
missiles at Lviv" is a drone strike that also fired cruise missiles; "Emirati warplanes and drones
struck army positions" a drone strike with warplanes. The coordination of the weapon nouns (``conj``
in the Universal Dependencies of both models) says they were used together, in the same act: each
coordinated weapon is the incident's, whatever its category. A weapon only near the fitting one
("the drone hit a depot after a missile hit the port") is not coordinated with it and stays out.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from spacy.tokens import Doc, Token

from newsevents.datafiles import load_yaml
from newsevents.extract.arguments import Ref, keep_weapons
from newsevents.extract.numbers_lexicon import numbers_lexicon
from newsevents.extract.weapons import CATALOGUE
from newsevents.lang import section_words
from newsevents.model import Weapon

# dependency labels of a negation on a noun ("et non un drone": advmod in both models)
NEGATION_DEPS = frozenset({"advmod", "neg"})
OBJECT_DEPS = frozenset({"dobj", "obj"})
# what a verb of downing took: its object, its passive subject
DOWNED_DEPS = frozenset({"dobj", "obj", "nsubj:pass", "nsubjpass"})


def weapons_from(refs: list[Ref], lo: int, hi: int) -> list[Ref]:
    """Weapon mentions that start in a token range: the weapons stage reads a name as one unit
    that the parser may cut ("missiles de croisière Kalibr-M" with "Kalibr" parsed as a verb of
    its own clause), so the name's first words place it."""
    return [r for r in refs if lo <= r.start < hi]


def unused_arms(ctx: Any, refs: list[Ref]) -> list[Ref]:
    """The weapon mentions of `refs` that may be an act's weapon (`ctx`: the events stage's
    context): none inside a cache found (weapons_found triggers), none qualifying a thing hit (the
    targets stage's facilities): "struck two Russian artillery batteries", "frappé des positions de
    mortiers", "a drone factory" name what was hit, a target whose words run past the weapon's. A
    facility no longer than the weapon ("a tank") is the weapon's own word and keeps it. Nor the
    object of a verb of striking ("US strikes Houthi artillery", `struck_object_verbs` in
    lang/<code>/weapons.yaml): what was hit. The weapon of the strike is told elsewhere or not at all."""
    def qualifies(r: Ref, f: Any) -> bool:
        a, b = f.span.start, f.span.end
        return a <= r.start and r.end <= b and b - a > r.end - r.start

    return [r for r in refs if not any(r.start < f.end and f.start < r.end for f in ctx.found_spans)
            and not any(qualifies(r, f) for f in ctx.facilities)
            and not was_struck(ctx.doc, r.start, r.end) and not _downed_aircraft(ctx.doc, r)]


def _downed_aircraft(doc: Doc, ref: Ref) -> bool:
    """An aircraft (category ``aircraft``: jets, helicopters) that a verb of downing takes as its
    object or passive subject (``downing_words`` of lang/<code>/arguments.yaml): "its air force had
    shot down five Indian fighter jets", "a abattu cinq avions de combat". It is what was hit, no
    weapon of the strike it was flying, nor of the downing. Drones and missiles downed stay the
    attack's weapons: they are its munitions ("747 des 810 drones ont été abattus")."""
    if getattr(ref.value, "category", None) != "aircraft":
        return False
    words = section_words(doc.lang_, "arguments", "downing_words")
    root = doc[ref.start:ref.end].root
    verb = root.head
    if root.dep_ in ("pobj", "nmod") and verb.head.i != verb.i:
        verb = verb.head  # "a abattu trois de ses avions": the craft on a count or quantity noun
    return (root.dep_ in DOWNED_DEPS and verb.pos_ == "VERB" and (
        verb.lemma_.lower() in words or any(c.dep_ in ("prt", "compound:prt") and c.lower_ in words
                                            for c in verb.children))) or _after_downing_word(doc, ref, words)


# words read back from an aircraft to a verb of downing right before it ("downs a police helicopter")
DOWNING_LOOKBACK = 3


def _after_downing_word(doc: Doc, ref: Ref, words: frozenset[str] | set[str] | list[str]) -> bool:
    """A verb of downing right before the aircraft, whatever the parse makes of it: a headline's
    "drone downs helicopter" reads "downs" as a noun. Only determiners, adjectives and nouns of
    the craft's phrase ("a police helicopter", "leur hélicoptère") may stand between."""
    for i in range(ref.start - 1, max(-1, ref.start - 1 - DOWNING_LOOKBACK), -1):
        t = doc[i]
        low = t.lower_
        if t.lemma_.lower() in words or low in words or low.rstrip("s") in words \
                or (low.endswith("ed") and low[:-2] in words):
            return True
        if t.pos_ not in ("DET", "ADJ", "NOUN", "PROPN", "PRON"):
            return False
    return False


def was_struck(doc: Doc, start: int, end: int) -> bool:
    """The words at [start, end) head the object of a verb of striking (`struck_object_verbs`)."""
    verbs = section_words(doc.lang_, "weapons", "struck_object_verbs")
    return any(t.dep_ in OBJECT_DEPS and t.head.pos_ == "VERB" and t.head.lemma_.lower() in verbs
               for t in doc[start:end] if not start <= t.head.i < end)


def _first_conjunct(tok: Token) -> Token:
    """The first word of the coordination a word belongs to (itself when it is in none)."""
    while tok.dep_ == "conj" and tok.head.i < tok.i:
        tok = tok.head
    return tok


def _coordinated(doc: Doc, a: Ref, b: Ref) -> bool:
    """Two weapon mentions whose words are conjuncts of one coordination ("drones and missiles",
    "des drones et des missiles"): the first conjunct of one's word is the other's word or lies in
    the other's words (the parser may hang "des drones" on "chasse" of "des avions de chasse")."""
    ra, rb = _counter(doc[a.start:a.end].root), _counter(doc[b.start:b.end].root)
    if ra.i == rb.i or (ra.dep_ != "conj" and rb.dep_ != "conj"):
        return False
    if _verb_conjunct(ra, rb) or _verb_conjunct(rb, ra):
        return True
    fa, fb = _first_conjunct(ra), _first_conjunct(rb)
    return fa.i == fb.i or a.start <= fb.i < a.end or b.start <= fa.i < b.end


def _counter(tok: Token) -> Token:
    """The collective numeral a weapon noun is counted by, else the noun: in "une cinquantaine de
    drones et trois missiles", "dozens of drones and two missiles" the parser coordinates the
    missiles with the numeral ("cinquantaine", "dozens": ``collective_numerals`` of
    lang/<code>/numbers.yaml), not with the drones it counts."""
    head = tok.head
    if head.i == tok.i or tok.dep_ not in ("nmod", "pobj"):
        return tok
    noun = head.head if head.pos_ == "ADP" and tok.dep_ == "pobj" else head
    lex = numbers_lexicon(tok.doc.lang_)
    words = lex.collective.keys() | lex.plural_collective.keys()
    return noun if noun.pos_ == "NOUN" and (noun.lower_ in words or noun.lemma_.lower() in words) else tok


def _verb_conjunct(first: Token, second: Token) -> bool:
    """"La Russie a lancé 810 drones et 13 missiles": the French model hangs the second noun as a
    conjunct of the verb whose object the first is, with its "et" (``cc``) on it; one launch still."""
    verb = first.head
    return first.dep_ in OBJECT_DEPS and second.dep_ == "conj" and second.head.i == verb.i \
        and verb.pos_ == "VERB" and first.i < second.i and any(c.dep_ == "cc" for c in second.children) \
        and not any(c.dep_ in ("nsubj", "nsubj:pass", "aux", "aux:tense") for c in second.children)


def _negated(doc: Doc, ref: Ref) -> bool:
    """A weapon noun ruled out in its coordination: "un missile, et non un drone", "a missile, not a
    drone" (``negation_words`` of lang/<code>/weapons.yaml on the conjunct)."""
    root = doc[ref.start:ref.end].root
    words = section_words(doc.lang_, "weapons", "negation_words")
    return root.dep_ == "conj" and any(c.dep_ in NEGATION_DEPS and c.lower_ in words for c in root.children)


def _ruled_in(doc: Doc, refs: list[Ref], ruled_out: Ref) -> Ref | None:
    """The weapon the negated one is set against: the first conjunct of its coordination."""
    first = _first_conjunct(doc[ruled_out.start:ruled_out.end].root)
    return next((r for r in refs if r.start <= first.i < r.end), None)


def keep_barrage(doc: Doc, refs: list[Ref], weapons: list[Weapon], categories: list[str]) -> list[Weapon]:
    """``keep_weapons`` over an incident's weapons, keeping besides a weapon of another category
    coordinated with one that fits. ``refs`` are weapon mentions placed on the Doc, found by span
    (the incident's weapons are kept on merged drafts without them); when one weapon has none (a
    word found without a mention), no coordination is read."""
    by_span = {r.mention.span: r for r in refs}
    placed = [by_span.get(w.span) for w in weapons]
    if any(r is None for r in placed):
        return drop_covered(keep_weapons(weapons, categories))
    pairs = [(r, w) for r, w in zip(placed, weapons, strict=True) if r is not None]
    # the weapon a negated one is set against replaces it, whatever its category
    outs = [r for r, _ in pairs if _negated(doc, r)]
    ins = [r for r in (_ruled_in(doc, refs, o) for o in refs if _negated(doc, o)) if r is not None]
    pairs = [(r, w) for r, w in pairs if not any(r is out for out in outs)]
    pairs += [(r, as_weapon(r)) for o in outs if (r := _ruled_in(doc, refs, o)) is not None
              and not any(r is p for p, _ in pairs)]
    fits = [r for r, w in pairs if not categories or w.category in categories or r in ins]
    chosen: list[Weapon] = [w for r, w in pairs if r in fits or any(_coordinated(doc, r, f) for f in fits)]
    return drop_covered(keep_weapons(chosen, []))


@cache
def _covers() -> dict[str, frozenset[str]]:
    table = (load_yaml(CATALOGUE) or {}).get("covers") or {}
    return {str(k).lower(): frozenset(str(v).lower() for v in vs or []) for k, vs in table.items()}


def drop_covered(weapons: list[Weapon]) -> list[Weapon]:
    """Without the weapons another of the incident's weapons includes (``covers`` of
    data/weapons.yaml): "a suicide bomber detonated his explosive vest" is one suicide bomb, the vest
    its charge, not a second weapon."""
    covered = {c for w in weapons for c in _covers().get(w.name.lower(), ())}
    return [w for w in weapons if w.name.lower() not in covered] if covered else weapons


def as_weapon(ref: Ref) -> Weapon:
    """A copy of a weapon mention's value, the incident's own."""
    w: Weapon = ref.value
    return Weapon(w.name, w.category, w.text, w.span)
