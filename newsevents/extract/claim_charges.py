"""An accusation that names only the accused and the occasion ("Kinshasa accuse le Rwanda après la
chute de Goma", "Kenya accuses Somalia after border raid"): a headline's announcement of an
accusation the body tells, with no charge of its own. Its words ("le Rwanda après la chute de
Goma") are no statement: no claim. An accusation with its object alone ("the army blamed ADF
rebels", after the attack it answers) stays a claim (attribution.reported_attributions), and so
does one with a charge ("accused X of", "d'avoir frappé", "blamed X for the strike").

Why a module of its own: claims.py is at its size limit."""

from __future__ import annotations

from typing import Any

from newsevents.extract.stance import Lexicon, fold
from newsevents.model import Party

_OBJECT_DEPS = ("obj", "dobj")
_CLAUSE_DEPS = ("xcomp", "ccomp")


def occasion_only(lex: Lexicon, doc: Any, att: Any) -> bool:
    """Whether the attribution is an accusing verb with no charge whose words run on past the
    accused into an occasion (see the module docstring)."""
    verb = att.verb
    if verb is None or fold(verb.lemma_) not in lex.accusing_verbs:
        return False
    accused = next((c for c in verb.children if c.dep_ in _OBJECT_DEPS), None)
    if accused is None or any(c.dep_ in _CLAUSE_DEPS for c in verb.children):
        return False
    span = doc.char_span(*att.content, alignment_mode="expand")
    if span is None or accused.right_edge.i + 1 >= span.end:
        return False  # the accused alone ("blamed ADF rebels")
    # the charge opens with the first preposition after the accused ("le mouvement rebelle d'être
    # à l'origine", "Moscow for the strike"); "après", "after" open an occasion
    first = next((t for t in span if t.i > max(verb.i, accused.i) and t.pos_ in ("ADP", "SCONJ")), None)
    return first is not None and fold(first.text) not in lex.charge_marks


def answer_charges(lex: Any, article: Any) -> None:
    """"accused Chad of arming the group, a charge N'Djamena denies", "l'accuse de fournir des
    armes, ce que X dément": the denial answers that accusation's charge only (answers.py gives it
    the charged act's words, the accusation's last words): it is about what the accusation is
    about (the incident only when the charge is that incident), and it contradicts the
    accusation and no other account (the incident's own toll or doer, told by others)."""
    if lex is None:
        return
    doc, by_id = article.doc, {c.id: c for c in article.claims}
    for denial in article.claims:
        if denial.stance != "deny":
            continue
        accusation = next((c for c in article.claims if c is not denial and c.cue is not None
                           and c.content_span[0] < denial.content_span[0]
                           and c.content_span[1] == denial.content_span[1] and _accuses(lex, doc, c)), None)
        if accusation is None:
            continue
        denial.about = list(accusation.about)
        for a, b in ((denial, accusation), (accusation, denial)):  # the answer and what it answers
            if b.id not in a.contradicts:
                a.contradicts.append(b.id)
        for other in [by_id[i] for i in denial.contradicts if i in by_id]:
            if other is not accusation and denial.content not in other.content:
                denial.unlink(other)


def _accuses(lex: Lexicon, doc: Any, claim: Any) -> bool:
    """The claim's reporting verb is an accusing one ("accused", "a accusé")."""
    cue = doc.char_span(*claim.cue, alignment_mode="expand")
    return cue is not None and any(fold(t.lemma_) in lex.accusing_verbs for t in cue)


def rival_claims(lex: Any, article: Any) -> None:
    """A claim of responsibility against an attribution of the act to another ("the government
    blamed the Pakistani Taliban for the bombing" / "the Islamic State group claimed
    responsibility", "a attribué l'attentat aux talibans" / "l'EI a revendiqué l'attentat"): two
    doers of one act, two versions. A bare claim ("claimed responsibility on Tuesday", its words
    naming no act) is about the act the attribution is about, when the page tells that one alone."""
    if lex is None or article.doc is None:
        return
    doc = article.doc
    names = [(m.span, fold(m.value.name)) for m in article.mentions if isinstance(m.value, Party)]
    blamers = lex.blame_verbs | lex.accusing_verbs
    for claim in article.claims:
        if claim.stance != "assert" or not _cue_in(doc, claim, lex.responsibility_verbs):
            continue
        claimant = fold(claim.speaker.name)
        for other in article.claims:
            if other is claim or other.stance not in ("assert", "condemn") \
                    or not _cue_in(doc, other, blamers):
                continue
            s, e = other.content_span
            accused = {n for span, n in names if s <= span[0] and span[1] <= e}
            if not other.about or not accused or claimant in accused or fold(other.speaker.name) == claimant:
                continue
            if not claim.about and len(article.events) == 1:
                claim.about = list(other.about)
            if set(claim.about) & set(other.about):
                for a, b in ((claim, other), (other, claim)):
                    if b.id not in a.contradicts:
                        a.contradicts.append(b.id)


def _cue_in(doc: Any, claim: Any, lemmas: frozenset[str]) -> bool:
    """The claim's reporting verb is one of ``lemmas``."""
    if claim.cue is None:
        return False
    cue = doc.char_span(*claim.cue, alignment_mode="expand")
    return cue is not None and any(fold(t.lemma_) in lemmas for t in cue)
