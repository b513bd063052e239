"""Who an exchange of prisoners hands over, beyond the groups its nouns name
(arguments_settle.exchanged_groups): the office holder swapped by his title ("nine soldiers were
exchanged for the mayor of X": the mayor of X), and who is no one handed over although named in its
sentence: whoever welcomes, announces or brokers it ("a swap welcomed by President X", "la Maison
Blanche a salué l'échange, et le président X une prouesse").

Why a module of its own: these read the exchange's sentence around the people it names, after the
clause roles (events._exchanged takes every person of the sentence, the parse of such lists being
too unreliable to follow the verb's object).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from newsevents.extract.arguments import Ref
from newsevents.lang import section_words
from newsevents.model import Party

# how a name hangs from the noun that describes it ("le président américain X")
NAME_DEPS = frozenset({"appos", "flat", "flat:name", "compound"})
# a verb's doer: its subject, or the agent of its passive or participle ("welcomed by X")
DOER_DEPS = frozenset({"nsubj", "obl:agent", "agent"})


def _phrase_head(tok: Token) -> Token:
    """The noun a name describes, through appositions and name parts ("le président X": président)."""
    while tok.dep_ in NAME_DEPS and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ == "pobj" and tok.head.dep_ == "agent":  # "by X": the agent preposition
        tok = tok.head
    return tok


def _is_bystander(tok: Token, verbs: frozenset[str]) -> bool:
    """Whether a person's phrase is the doer of a welcoming, announcing or brokering verb, or the
    subject of such a verb's gapped clause ("a salué l'échange, et le président X une prouesse":
    the parser hangs "président" as a conjunct of the verb)."""
    head = _phrase_head(tok)
    verb = head.head
    if verb.lemma_.lower() not in verbs or verb.i == head.i:
        return False
    return head.dep_ in DOER_DEPS or (head.dep_ == "conj" and head.pos_ in ("NOUN", "PROPN"))


def bystanders(targets: list[Party], parties: list[Ref], sentence: Span,
               language: str) -> set[tuple[int, int]]:
    """The spans of the persons among an exchange's targets who welcome, announce or broker it
    (``exchange_bystander_verbs`` of lang/<code>/arguments.yaml): they hand over no one."""
    verbs = section_words(language, "arguments", "exchange_bystander_verbs")
    doc = sentence.doc
    spans = {p.span for p in targets if p.kind == "person" and p.span}
    out: set[tuple[int, int]] = set()
    for r in parties:
        if r.mention.span in spans and sentence.start <= r.start < sentence.end \
                and _is_bystander(doc[r.start:r.end].root, verbs):
            out.add(r.mention.span)
    return out


def swapped_holders(trigger: Span, places: list[Ref], parties: list[Ref], language: str,
                    to_original: Callable[[int, int], tuple[int, int]]) -> list[Party]:
    """The office holders an exchange hands over by their title and the place they hold: a
    ``jurisdiction_titles`` noun (lang/<code>/claims.yaml) in the trigger's clause with a place as
    complement ("contre le maire de X", "for the former governor of X"): "mayor of X". Not one a
    named person's mention covers (he is that person), nor one who welcomes or announces it."""
    from newsevents.parties.vocabulary import role_of

    titles = section_words(language, "claims", "jurisdiction_titles")
    verbs = section_words(language, "arguments", "exchange_bystander_verbs")
    doc = trigger.doc
    root = trigger.root
    named = {i for r in parties for i in range(r.start, r.end)}
    out: list[Party] = []
    for r in places:
        tok = doc[r.start:r.end].root
        noun = tok.head.head if tok.dep_ == "pobj" else tok.head
        if (noun.lemma_.lower() not in titles and noun.lower_ not in titles) or noun.i in named:
            continue
        if _is_bystander(noun, verbs) or (noun.head.i != root.i and noun.head.head.i != root.i):
            continue  # the exchange's own phrase, not a speaker's
        title = role_of(noun.lemma_, language) or role_of(noun.text, language) or noun.lower_
        name = f"{title} of {r.value.name}"
        if all(p.name != name for p in out):
            span = to_original(noun.idx, doc[r.end - 1].idx + len(doc[r.end - 1]))
            out.append(Party(name, "person", r.value.country, title, doc[noun.i:r.end].text, span))
    return out
