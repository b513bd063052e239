"""Stage `events`, step 3 (see extract/events_dates.py): which act a time mention belongs to, in
three readings the parse alone gets wrong.

Why a module of its own: events_dates.py hands each time mention to the trigger its words hang
from; these three tests say when the hanging misleads: an act told again in a relative clause on
another act's noun phrase takes no date of the clause above (`describes`), a present-tense
statement's date after the act it names is that act's (`present_statement_object`), and a date put
beside another time mention names the same time (`appositions`). Also two readings of what
a statement's words set: a place opening the sentence frames what it reports (`frames_sentence`),
and a date set off by commas after a reporting verb is the statement's (`set_off_statement_date`,
`trailing_statement_date`). And the words of a direct quote that count days from when it was said
(`quoted_deixis`, `quote_of`).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from typing import TYPE_CHECKING

from newsevents.extract import arguments as args
from newsevents.extract.arguments import Ref
from newsevents.extract.drafts import Draft
from newsevents.extract.stance import fold
from newsevents.extract.stance import lexicon as claims_lexicon
from newsevents.extract.triggers import OBJECT_DEPS, present_finite
from newsevents.extract.where_metonymy import apposition_start
from newsevents.lang import section_words
from newsevents.model import Claim, When

if TYPE_CHECKING:
    from spacy.tokens import Token

    from newsevents.extract.events import Context

# marks that open or close a quotation (French guillemets, straight and curly quotes)
QUOTE_MARKS = ("«", "»", '"', "“", "”")
# a relative clause opens with its pronoun within this many words ("in which", "au cours duquel")
RELATIVE_LEFT = 4


def describes(ctx: Context, drafts: list[Draft], n: int) -> bool:
    """The draft's trigger is the verb of a relative clause on another trigger's noun ("the
    bombings of 2019, in which suicide bombers struck three churches"): it tells that act again,
    so a date of the clause above ("a court on Monday opened the trial of men accused of the
    bombings ...") is no more its date than the noun's."""
    words = ctx.words("relative_words")

    def relative(t: Token) -> bool:  # the parser may label it otherwise ("au cours duquel" as advcl)
        return t.dep_ in ("relcl", "acl:relcl") or any(
            w.lower_ in words for w in t.doc[t.left_edge.i:min(t.i, t.left_edge.i + RELATIVE_LEFT)])

    head = args.clause_head(drafts[n].first.root)
    for _ in range(args.MAX_CLIMB):  # a participle below it too ("..., killing 269 people")
        if relative(head) or head.head.i == head.i:
            break
        head = head.head
    if not relative(head) or head.head.i == head.i:
        return False
    # its antecedent: the phrase that ends right before it, a trigger's noun phrase ("the attack on
    # a mall, in which ..."), wherever the parser hangs the clause ("the trial of men accused of
    # the bombings of 2019, in which ...": on "men")
    before = head.left_edge.i - 1
    if before >= 0 and head.doc[before].is_punct:
        before -= 1
    last = head.doc[before] if before >= 0 else None
    return last is not None and any(
        m != n and (t.root.i == last.i or t.root.is_ancestor(last))
        for m, d in enumerate(drafts) for t in d.triggers)


# words from a date's head up to the verb its phrase hangs from ("on the morning of 1 April")
PHRASE_CLIMB = 6


def present_statement_object(ctx: Context, drafts: list[Draft], ref: Ref) -> int | None:
    """A statement in the present tense is dated by its document ("The Ministry strongly condemns
    the shelling of the village ..., on the morning of 1 April, which wounded two civilians", "Le
    ministère condamne fermement le bombardement ..., dans la nuit du 1er au 2 avril"): a date
    told after the act it names as its object is that act's, wherever the parser hangs it."""
    tok = ref.tokens(ctx.doc).root
    for _ in range(PHRASE_CLIMB):  # "on the morning of 1 April": up through its phrase to a verb
        if tok.pos_ in ("VERB", "AUX") or tok.head.i == tok.i:
            break
        tok = tok.head
    verb = tok.i
    if verb not in ctx.cue_tokens:
        return None
    means = _means_act(drafts, tok, section_words(ctx.lang, "time", "means_prepositions"))
    if means is not None:
        return means
    if not present_finite(tok):
        return None
    objects = [n for n, d in enumerate(drafts) if d.first.root.head.i == verb
               and d.first.root.dep_ in OBJECT_DEPS and d.first.span.end <= ref.start]
    return objects[0] if objects else None


def _means_act(drafts: list[Draft], verb: Token, means: frozenset[str]) -> int | None:
    """A verb the lexicon reads as a statement ("responded", "a répondu") that does its act by a
    complement of means ("Israel responded on Tuesday with air strikes on the port", "a répondu
    mardi par des frappes"): no statement, the act is that complement, and a date hung on the verb
    is the act's (not left to a date of the sentence before)."""
    for n, d in enumerate(drafts):
        root = d.first.root
        prep = root.head if root.head.pos_ == "ADP" else next(
            (c for c in root.children if c.dep_ == "case"), None)
        # English hangs the noun on the preposition, UD the preposition on the noun as its case
        above = prep.head if prep is not None and prep.i == root.head.i else root.head
        if prep is not None and prep.lower_ in means and above.i == verb.i:
            return n
    return None


def appositions(ctx: Context, refs: list[Ref]) -> dict[int, int]:
    """Time mentions that hang from another's words, id -> that one's id: a date put beside a
    span counted back ("Il y a un an, le 14 septembre 2025, un bombardement ...", where the parser
    hangs the day on "a") names the same time, so it goes where that one goes (pick_date then
    keeps the narrowest)."""
    out: dict[int, int] = {}
    for ref in refs:
        at = ref.tokens(ctx.doc).root.head.i
        host = next((o for o in refs if o is not ref and o.sent == ref.sent and o.start <= at < o.end), None)
        if host is not None and id(host) not in out:
            out[id(ref)] = id(host)
    return out


def frames_sentence(ctx: Context, ref: Ref) -> bool:
    """A place opening the sentence before a comma, after its preposition only ("In Kharkiv, the
    governor said a missile hit ...", "À Goma, les autorités ont indiqué que ..."): it sets the
    scene of what the sentence reports, not only of the statement its verb hangs it from."""
    lo, hi = ctx.bounds[ref.sent]
    opening = apposition_start(ctx.doc, ref.start)  # "In the capital, Kathmandu, ..." (where_metonymy)
    before = [t for t in ctx.doc[lo:ref.start if opening is None else opening + 1] if not t.is_space]
    return bool(before) and all(t.pos_ in ("ADP", "DET") for t in before) \
        and ref.end < hi and ctx.doc[ref.end].text == ","


def set_off_statement_date(ctx: Context, ref: Ref, comma: int) -> bool:
    """A date set off by commas right after a reporting verb whose reported clause follows ("a
    affirmé, lundi 26 août, avoir visé ...", "said, on Monday, that ..."): the statement's, even
    when the claims stage folded that statement into a quote of the same speaker (no cue left)."""
    verb = ctx.doc[comma - 1] if comma > 0 else None
    after = ref.end
    if verb is None or verb.pos_ != "VERB" or after >= len(ctx.doc) or ctx.doc[after].text != ",":
        return False
    return fold(verb.lemma_.lower()) in claims_lexicon(ctx.lang).verbs and any(
        c.dep_ in ("xcomp", "ccomp") and c.i > after for c in verb.children)


def reports_before(verb: Token, ref: Ref) -> bool:
    """A date between what a reporting verb reports and the verb ("... were killed when a drone
    struck a market in Nyala, on Tuesday, activists said"): the reported act's, however the parser
    hangs it (on "said"), set off by a comma before the reporting clause; a date after the verb
    ("said on Monday") or before the whole sentence ("On Tuesday, activists said ...") stays the
    statement's, and a dateline the parser ran into the sentence is no reported clause."""
    doc = verb.doc
    return verb.i > ref.end and ref.end < len(doc) and doc[ref.end].text == "," and any(
        c.dep_ in ("ccomp", "xcomp") and c.pos_ in ("VERB", "AUX") and c.i < ref.start for c in verb.children)


def trailing_statement_date(ctx: Context, verb: Token, ref: Ref) -> bool:
    """A date right after a reporting verb that closes the sentence's reported clause ("Gunmen
    raided a village on Saturday, killing 23 farmers and abducting women, residents and a militia
    leader said Sunday"): the statement's, even when the claims stage found no speaker (the parser
    read the speakers as objects of the last reported verb, so no cue is left)."""
    return verb.pos_ == "VERB" and verb.i < ref.start \
        and fold(verb.lemma_.lower()) in claims_lexicon(ctx.lang).verbs \
        and any(c.dep_ in ("ccomp", "parataxis") and c.i < verb.i for c in verb.children)


def quoted_deixis(ctx: Context) -> None:
    """"Aujourd'hui", "hier", "today" inside a quote count from the day it was said, not from
    publication: in ""Aujourd'hui, des missiles ont frappé la Pologne", a déclaré X ce mardi" in a
    Wednesday paper the strike is Tuesday's. Only for a direct quote whose claim states a single day
    (the word list and offsets in days: `speech_deixis` in lang/<code>/events.yaml)."""
    offsets = {str(k).lower(): int(v) for k, v in (ctx.lex.data.get("speech_deixis") or {}).items()}
    refs = ctx.refs.get("time", [])
    if not offsets or not refs:
        return
    for n, ref in enumerate(refs):
        offset = offsets.get(ref.mention.text.lower())
        claim = quote_of(ctx, ref.mention.span) if offset is not None else None
        said = claim.date if claim is not None else None
        if offset is None or said is None or said.inferred or said.start != said.end:
            continue
        day = said.start + timedelta(days=offset)
        old = ref.value
        if not isinstance(old, When) or (old.start, old.end) == (day, day):
            continue
        value = When(day, day, "day", old.time, old.text, False, old.span)
        refs[n] = Ref(replace(ref.mention, value=value), ref.start, ref.end, ref.sent)


def quote_of(ctx: Context, span: tuple[int, int]) -> Claim | None:
    """The direct quote a span of the text lies in: inside its content, or before it within the
    same quotation marks (the claim's content may start after an opening "Aujourd'hui, ...")."""
    text = ctx.article.text
    for claim in ctx.article.claims:
        if not claim.direct_quote:
            continue
        cs, ce = claim.content_span
        if cs <= span[0] < ce:
            return claim
        opening = max(text.rfind(m, 0, cs) for m in QUOTE_MARKS)
        if span[1] <= cs and 0 <= opening <= span[0] and not any(m in text[span[1]:cs] for m in QUOTE_MARKS):
            return claim
    return None
