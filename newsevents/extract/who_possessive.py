"""Stage `who`, a force named by a possessive: "its forces", "ses combattants", "nos troupes".

Why: armies and armed groups tell their own acts this way ("Russia's defence ministry said its
forces had destroyed an airfield", "« Nos troupes ont frappé un dépôt », a déclaré le
porte-parole de l'armée pakistanaise"). The phrase names no country, so the institution rules of
``who_entities`` leave it without a party, and the act then has no actor (and the on-site strike
rule of events_typing, which needs a party subject, cannot fire). The possessive stands for the
speaker: the subject of the verb that reports the clause (or of the clause's own verb, "Hezbollah
redeployed its forces"), or, for a first person in a quote, the subject of the verb of saying
after it. Only the armed-force rules of parties.yaml are read this way, and only from words
listed in ``possessive_determiners`` (lang/<code>/parties.yaml): the French model marks
possessives without their person.
"""

from __future__ import annotations

from typing import Any

from newsevents.extract.who_entities import _Ctx, _entity_party
from newsevents.model import Party

# the links climbed from a verb to the verb that reports it ("said [that] its forces had struck")
REPORTED_DEPS = frozenset({"ccomp", "xcomp", "parataxis", "conj"})
# heads climbed from the possessed noun to its verb ("the commander of its forces struck"): more
# only reached words of other clauses in the test tables
MAX_NOUN_HOPS = 3
# verbs climbed to the reporting one ("said it had announced that its forces ..." is 2)
MAX_VERB_HOPS = 3
# sentences looked back for what a pronoun speaker resumes ("Pakistan's military said ... It said
# its air force ..." is 1): further back the pronoun may stand for someone named in between
MAX_RESUME_SENTENCES = 1
# kinds of the possessor that own the force as a side: a state's, a government's or a person's
# forces are that country's; an armed group's or an army's fighters are that body itself
COUNTRY_KINDS = frozenset({"state", "government", "person"})
BODY_KINDS = frozenset({"group", "military"})
QUOTE_CLOSERS = frozenset({'"', "»", "”", "'"})
# words between a possessor country and the named side it owns ("Sudan's paramilitary Rapid
# Support Forces" is 1, "Nigeria's Islamist group Boko Haram" 2)
MAX_OWNER_GAP = 3
OWNER_MARKS = frozenset({"'s", "’s"})
OWNER_GAP_POS = frozenset({"ADJ", "NOUN", "PROPN"})


def owns_named_side(doc: Any, i: int, side_starts: set[int] | frozenset[int]) -> bool:
    """Token ``i`` (a country) is the possessor of a named armed side starting at one of
    ``side_starts`` (token indices): "Sudan's paramilitary Rapid Support Forces", "Nigeria's
    Islamist group Boko Haram". The owner says whose the group is; it is not a side of its own.
    Read on the words, not the tree: the parser may hang the possessive on an adjective and make
    the name the subject of the verb; between "'s" and the name only adjectives, nouns and names."""
    if i + 1 >= len(doc) or doc[i + 1].lower_ not in OWNER_MARKS:
        return False
    for tok in doc[i + 2:i + 3 + MAX_OWNER_GAP]:
        if tok.i in side_starts:
            return True
        if tok.pos_ not in OWNER_GAP_POS:
            return False
    return False


def possessed_forces(ctx: _Ctx) -> None:
    """Emit a party for each armed-force phrase left unresolved whose noun has a possessive."""
    words = ctx.lex.data.get("possessive_determiners") or {}
    first = frozenset(w.lower() for w in words.get("first", []))
    third = frozenset(w.lower() for w in words.get("third", []))
    if not first and not third:
        return
    for ent in ctx.entities:
        if ent.rule.kind != "military" or not _unowned(ent):
            continue
        span = ctx.doc.char_span(ent.start, ent.end, alignment_mode="expand")
        if span is None:
            continue
        noun = span.root
        poss = next((c for c in noun.children if c.i < noun.i and c.lower_ in first | third
                     and "Yes" in c.morph.get("Poss")), None)
        if poss is None:
            continue
        owner = _possessor(ctx, noun, poss.lower_ in first)
        party = _owned_party(ent.rule, owner) if owner is not None else None
        start = poss.idx
        if party is not None and ent.party is not None:  # the bare "troops" gives way
            _withdraw(ctx, start, ent.end, ent.party)
        if party is not None and ctx.free(start, ent.end):
            ctx.emit(start, ent.end, party, register=False)


def _withdraw(ctx: _Ctx, start: int, end: int, party: Party) -> None:
    """Take back the bare party emitted for the phrase, so the owned one replaces it."""
    for s, e, p in list(ctx.found):
        if p is party and start <= s and e <= end:
            ctx.found.remove((s, e, p))
            if (s, e) in ctx.claimed:
                ctx.claimed.remove((s, e))


def _unowned(ent: Any) -> bool:
    """Left without a side: no party, or the rule's bare name ("troops") with no country."""
    party = ent.party
    return party is None or (party.country is None and bool(ent.rule.bare) and party.name == ent.rule.bare)


def _owned_party(rule: Any, owner: Party) -> Party | None:
    """The force of its possessor: the country's forces as the rule names them ("Russian forces"),
    or the armed body itself ("Hezbollah said its fighters": Hezbollah)."""
    if owner.kind in BODY_KINDS:
        return owner
    if owner.kind in COUNTRY_KINDS and owner.country:
        return _entity_party(rule, owner.country, None, None)
    return None


def _possessor(ctx: _Ctx, noun: Any, first_person: bool) -> Party | None:
    """Who "its"/"ses" stands for when the force is its clause's subject: the subject of a verb
    reporting that clause; who "our"/"nos" stands for anywhere in a clause: the speaker. A third
    person in another role is left alone ("Israel said Hezbollah fired at its troops": whose?)."""
    verb = noun
    for _ in range(MAX_NOUN_HOPS):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    own_subject = noun.head.i == verb.i and noun.dep_ in ctx.lex.subject_deps
    if not first_person and not own_subject and not _hostile_to_it(ctx, verb, noun):
        return None
    for _ in range(MAX_VERB_HOPS):
        if verb.dep_ not in REPORTED_DEPS or verb.head.i == verb.i:
            break
        verb = verb.head
        for c in verb.children:
            if c.dep_ in ctx.lex.subject_deps and (party := _party_over(ctx, c) or _resumed(ctx, c)):
                return party
    return _quote_speaker(ctx, verb) if first_person else None


def _resumed(ctx: _Ctx, tok: Any) -> Party | None:
    """A third-person pronoun speaker ("It said its air force had shot down ...", "Elle a indiqué
    que son armée de l'air ...") stands for the subject of the sentence before, as a named speaker
    would: the party of that sentence's main verb's subject, if it has one."""
    if tok.pos_ != "PRON" or "3" not in tok.morph.get("Person") or tok.sent.start == 0:
        return None
    sent = tok.doc[tok.sent.start - 1].sent
    for _ in range(MAX_RESUME_SENTENCES):
        party = next((p for c in sent.root.children if c.dep_ in ctx.lex.subject_deps
                      and (p := _party_over(ctx, c))), None)
        if party is not None or sent.start == 0:
            return party
        sent = tok.doc[sent.start - 1].sent
    return None


def _hostile_to_it(ctx: _Ctx, verb: Any, noun: Any) -> bool:
    """The force is what a hostile verb acts on, and that verb has a subject of its own ("Israel
    said Hezbollah fired rockets at its troops", "la Russie a affirmé que l'Ukraine avait attaqué
    ses forces"): nobody fires at their own troops, so the possessive is the reporting side's.
    ``hostile_verbs`` of parties.yaml."""
    hostile = {w.lower() for w in ctx.lex.data.get("hostile_verbs") or []}
    if verb.lemma_.lower() not in hostile:
        return False
    own = range(noun.left_edge.i, noun.right_edge.i + 1)
    return any(c.dep_ in ctx.lex.subject_deps and c.i not in own and c.pos_ in ("NOUN", "PROPN")
               for c in verb.children)


def _quote_speaker(ctx: _Ctx, verb: Any) -> Party | None:
    """« Nos troupes ont frappé ... », a déclaré X: the parser may make the quote a sentence of its
    own; its speaker is the subject of the next clause head after the closing quote, same line."""
    doc = ctx.doc
    closed = False
    for tok in doc[verb.i + 1:]:
        if "\n" in tok.text:
            return None
        closed = closed or tok.text in QUOTE_CLOSERS
        if closed and tok.dep_ == "ROOT" and tok.i != verb.i:
            return next((p for c in tok.children if c.dep_ in ctx.lex.subject_deps
                         and (p := _party_over(ctx, c))), None)
    return None


def _party_over(ctx: _Ctx, tok: Any) -> Party | None:
    """The party of a subject's phrase: the one that holds its head word, else the first in it."""
    lo, hi = tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge.text)
    inside = [(s, e, p) for s, e, p in ctx.found if lo <= s and e <= hi + 1]
    holding = [p for s, e, p in inside if s <= tok.idx < e]
    return holding[0] if holding else (inside[0][2] if inside else None)
