"""What a denial denies, and which accounts speak of it: "An Indian source denied that any aircraft
had been lost" answers the claim that five fighter jets were shot down, not the toll of the
strikes told beside it; "l'armée a démenti avoir perdu le contrôle du camp" answers the group's
"nous avons pris le contrôle du camp", not the army's own communiqué nor a source's count of the
dead.

Why apart from link.py: the contradiction rules link a denial to the accounts of the incidents it
may be about (a denial tied to no incident answers every account of the article's incidents), and
one article tells many matters of one incident. Read once, after the links are made (link.run):
a denial whose words name a thing (a noun the denied verb governs: its object or its passive
subject) stays linked only to the accounts whose words name that thing too, by lemma or by the
name or category of a weapon (the "fighter jets" are "aircraft"). A denial of an act ("denied
carrying out the attack", "n'ont pas ouvert le feu": lex.act_nouns, lex.act_phrases), of someone's
words ("denied the reports": lex.accusation_nouns) or of victims ("denied targeting civilians":
stance.victim_kind) names no such thing and keeps its links; so does a denial answering words in
its own sentence ("…, ce que Kinshasa a démenti"), and so does one answering a speaker of another
country who names the denier's country (an accusation: _accuses).
"""

from __future__ import annotations

from functools import cache

from newsevents.extract.claim_acts import claimed_span
from newsevents.extract.claim_tolls import UNITS
from newsevents.extract.stance import Lexicon, fold, folded_words, victim_kind
from newsevents.extract.status import NEGATIVE
from newsevents.extract.status import TELLING as _TELLING
from newsevents.extract.triggers import lexicon as triggers_lexicon
from newsevents.model import Article, Claim, Party, Quantity, Weapon

# Dependencies of the thing a denied verb befalls: its object, or the subject of its passive
_PATIENT_DEPS = frozenset({"dobj", "obj", "nsubjpass", "nsubj:pass"})
# Named-entity labels of people and peoples: no thing (victims are answered by tolls and kinds)
_PERSON_LABELS = frozenset({"PERSON", "PER", "NORP"})


def _inside(span: tuple[int, int], outer: tuple[int, int]) -> bool:
    return outer[0] <= span[0] and span[1] <= outer[1]


def _exempt(language: str) -> frozenset[str]:
    """Nouns of proof ("presented no proof", "aucune preuve"): a denial of the grounds of an
    accusation, answering it whatever it names (claims.yaml ``proof_nouns``)."""
    return folded_words(language, "claims", "proof_nouns")


@cache
def _incident_nouns(language: str) -> frozenset[str]:
    """The one-word trigger phrases of the events lexicon ("accord", "ceasefire"): a denial that
    one was reached or happened denies an incident, told in other words by each side ("une
    entente", "a truce")."""
    return frozenset(fold(s.phrase) for s in triggers_lexicon(language).triggers if " " not in s.phrase)


def _arms(article: Article, spans: list[tuple[int, int]]) -> set[str]:
    """The names and categories of the weapons named inside the spans ("fighter jet", "aircraft")."""
    return {fold(x) for m in article.mentions if isinstance(m.value, Weapon)
            and any(_inside(m.span, s) for s in spans) for x in (m.value.name, m.value.category)}


def denied_matter(lex: Lexicon, article: Article, claim: Claim) -> set[str]:
    """The lemmas (and weapon names and categories) of the things the denied verb befalls; empty
    when the denial names no thing (see the module docstring)."""
    span = claimed_span(article, claim) if claim.stance in NEGATIVE else None
    if span is None or span.root.pos_ not in ("VERB", "AUX"):
        return set()
    root = span.root
    language = article.language or ""
    objects = lex.act_phrases.get(fold(root.lemma_), frozenset())
    found: set[str] = set()
    for c in root.children:
        if c.dep_ not in _PATIENT_DEPS or c.pos_ != "NOUN" or not span.start <= c.i < span.end:
            continue
        lemma = fold(c.lemma_)
        where = article.to_original(c.idx, c.idx + len(c.text))
        if c.ent_type_ in _PERSON_LABELS or lemma in lex.act_nouns or lemma in lex.accusation_nouns \
                or lemma in objects or fold(c.text) in objects or victim_kind(lex, c.text) is not None \
                or lemma in _exempt(language) or lemma in _incident_nouns(language) \
                or any(_inside(where, e.trigger) for e in article.events):
            return set()  # an act or an incident, someone's words, proof or victims: no thing to match
        found.add(lemma)
        found |= _arms(article, [where])
    return found


def _spoken_of(article: Article, claim: Claim) -> set[str]:
    """The lemmas of the nouns of an account's words, and the weapons they name."""
    span = claimed_span(article, claim)
    if span is None:
        return set()
    nouns = {fold(t.lemma_) for t in span if t.pos_ in ("NOUN", "PROPN")}
    return nouns | _arms(article, [claim.content_span])


def _accuses(article: Article, account: Claim, denial: Claim) -> bool:
    """A speaker not of the denier's side names it in its words, by its country or by its name ("a
    Russian drone violated our airspace" / Moscow: "our forces did not target Romanian territory";
    "a protest note handed to ambassador X" / X: "a set-up"): an accusation the denial answers,
    whatever thing each names."""
    mine, theirs = denial.speaker.country, account.speaker.country
    if mine is not None and theirs == mine:
        return False
    name = fold(denial.speaker.name)
    counts = [m.span for m in article.mentions if isinstance(m.value, Quantity) and m.value.unit in UNITS]
    return any(isinstance(m.value, Party) and _inside(m.span, account.content_span)
               and ((mine is not None and m.value.country == mine) or fold(m.value.name) == name)
               and not any(_inside(m.span, c) for c in counts)  # "30 soldiers killed": the victims
               for m in article.mentions)


def unlink_other_matters(lex: Lexicon | None, article: Article) -> None:
    """Drop the links between a denial naming a thing and the accounts that do not speak of it."""
    if lex is None or article.doc is None:
        return
    by_id = {c.id: c for c in article.claims}
    for denial in article.claims:
        if not denial.contradicts:
            continue
        matter = denied_matter(lex, article, denial)
        if not matter:
            continue
        for other_id in list(denial.contradicts):
            other = by_id.get(other_id)
            if other is None or other.stance not in _TELLING or other.sentence == denial.sentence \
                    or matter & _spoken_of(article, other) or _accuses(article, other, denial):
                continue
            denial.unlink(other)



