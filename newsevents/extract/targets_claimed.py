"""Targets a side's statement names in a sentence of its own, with no place: not the incident's.

"A Russian missile attack on Kremenchuk killed four people overnight, the governor said. Russia's
Defence Ministry said its forces had struck military-industrial facilities and energy
infrastructure": the ministry's sentence tells its own account of the night (what it says it hit,
anywhere), and the drafts joined it to the Kremenchuk strike, whose targets then took the
ministry's words. A target told only inside a side's account of its own act ("said its forces
had struck X", "said it had struck X", "a affirmé avoir frappé X": a verb complement of a
reporting verb, ``reporting_verbs`` of lang/<code>/claims.yaml, whose doer is the speaker, naming
no act noun of the incident) in a later sentence that names no place stays out of an incident placed
elsewhere. The incident keeps its own targets, and one told in the sentence of its place or of
its first words.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from newsevents.lang import section_words

if TYPE_CHECKING:
    from newsevents.extract.drafts import Draft
    from newsevents.model import Party

# how a reported act hangs from the reporting verb ("said (that) it had struck", "affirme avoir frappé")
REPORTED_DEPS = frozenset({"ccomp", "xcomp"})
CLAUSE_LINKS = frozenset({"acl", "acl:relcl", "relcl", "conj"})
MODIFIER_DEPS = frozenset({"compound", "poss", "nmod", "nmod:poss", "amod"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass", "nsubjpass"})


def _own_account(tok: Any, verbs: frozenset[str], own: frozenset[str], acts: set[int]) -> bool:
    """Whether the word's clause is the speaker's account of its own act, the complement of a
    reporting verb whose doer is the speaker: no subject ("a affirmé avoir frappé"), a pronoun ("said
    it had struck") or its own forces ("said its forces had struck", ``toll_own_marks``). "Witnesses
    said the strike hit a school" tells this incident's target."""
    t = tok
    while (t.pos_ not in ("VERB", "AUX") or t.dep_ in CLAUSE_LINKS) and t.head.i != t.i:
        t = t.head  # up to the clause's verb, past a participle or relative ("airfields used by X")
    if t.dep_ not in REPORTED_DEPS or t.head.lemma_.lower() not in verbs \
            or any(c.i in acts for c in t.subtree):
        return False  # "the junta said it carried out the attack on a gathering": this act, named
    subjects = [c for c in t.children if c.dep_ in SUBJECT_DEPS]
    if not subjects:
        return t.dep_ == "xcomp"
    return all("Prs" in s.morph.get("PronType") or any(c.lower_ in own for c in s.children)
               for s in subjects)


def _only_where(ctx: Any, p: Party, sites: list[Party], placed: set[int]) -> bool:
    """A state among the targets that names where a placed site or place is (``placed_sites`` of
    lang/en/targets.yaml): the site's own words ("a mosque in Mali" read as the country), a word
    modifying the site's noun ("a Mali mosque") or a place's ("Niger's Tillaberi region")."""
    if p.kind != "state" or p.span is None:
        return False
    if any(s.span == p.span for s in sites):
        return True
    span = ctx.doc.char_span(*ctx.article.to_nlp(*p.span), alignment_mode="expand")
    if span is None or not len(span):
        return False
    head = span.root.head
    ends = {ctx.article.to_nlp(*s.span)[1] for s in sites if s.span}
    return span.root.dep_ in MODIFIER_DEPS and (head.idx + len(head.text) in ends or head.i in placed)


def without_claimed_elsewhere(ctx: Any, d: Draft) -> list[Party]:
    """The draft's targets less those a statement names in another, placeless sentence, and less
    a country that only tells where a site hit stands (_only_where)."""
    names = section_words("en", "targets", "placed_sites")
    sites = [p for p in d.targets if p.kind == "facility" and p.name.lower().split()[-1] in names]
    placed = {i for r in ctx.places if r.value.precision != "country" for i in range(r.start, r.end)}
    if sites or placed:
        d.targets = [p for p in d.targets if not _only_where(ctx, p, sites, placed)]
    if not d.violent or d.place is None or len(d.sents) < 2:
        return d.targets
    verbs = section_words(ctx.lang, "claims", "reporting_verbs")
    own = section_words(ctx.lang, "claims", "toll_own_marks")
    placed = {r.sent for r in ctx.places}
    first = min(d.sents)
    acts = {tr.root.i for tr in d.triggers if tr.root.pos_ == "NOUN"}
    keep: list[Party] = []
    for p in d.targets:
        span = ctx.doc.char_span(*ctx.article.to_nlp(*p.span), alignment_mode="expand") if p.span else None
        sent = ctx.sent_of[span.start] if span is not None and len(span) else first
        if sent == first or sent in placed or not _own_account(span.root, verbs, own, acts):
            keep.append(p)
    return keep


__all__ = ["without_claimed_elsewhere"]
