"""Finding attributions in a parsed article: who (as words), which cue, which words are claimed.

Three constructions, each from the dependency parse plus the language's cue words:
- direct quotes, with the reporting clause after the quote (", a déclaré X"), before it
  ("X a déclaré : « ... »") or, for a quote opening a sentence, the speaker of the claim just
  before it; a short quote (2-3 words) only when a reporting clause follows it after a comma;
- reported speech around a reporting verb ("X a déclaré que ...", "X said ...", "..., X said"),
  including impersonal passives ("il a été souligné que", "it was stressed that") whose speaker is
  left to the context; a contrasting clause with its own subject ("..., while Y denied ...",
  "tandis que Y a démenti") is a second speaker's claim and ends the first one's words;
- source markers ("selon X", "d'après X", "according to X"), with X checked to be a source and
  not a rule or a place ("selon la loi", "selon la région").
Speaker words are resolved to parties later (speakers.py), in reading order, so that coreference
sees earlier speakers first. Offsets here are nlp_text character offsets.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc

from newsevents.extract.attribution_edges import (
    after_clock,
    aside_auxiliary,
    before_relative,
    before_relay,
    fragment_of_report,
    past_addressee,
    past_manner,
    quoted_manner,
)
from newsevents.extract.attribution_segments import segment_of
from newsevents.extract.attribution_segments import segments as segments  # re-exported for the finders
from newsevents.extract.attribution_subjects import after_rubric, listed_before, np_chars, passive_report
from newsevents.extract.attribution_subjects import finite_on_name as _finite_on_name
from newsevents.extract.attribution_subjects import subject_of as subject_of  # re-exported
from newsevents.extract.claim_conjuncts import first_words_fewest, misread_conjunct
from newsevents.extract.claim_replies import relative_statement
from newsevents.extract.clauses import (
    CONTENT_MIN_WORDS,
    QUOTE_APPOSED_SUBJECT_WINDOW,
    QUOTE_SUBJECT_WINDOW,
    STANCE_CONTENT_MIN_WORDS,
    absolute_report,
    act_claimed,
    after_noun_particle,
    before_postposed,
    claimed_place,
    content_after,
    coordinated_speaker,
    coordinated_with,
    covering,
    has_clause,
    infinitive_report,
    is_expletive,
    is_finite_report,
    on_inverted_name,
    postposed_after_clause,
    postposed_content,
    relative_end,
    trim_content,
    verb_stance,
    verdict_content,
    verdict_predicate,
    without_channel,
)
from newsevents.extract.clauses import SUBJECT_DEPS as _SUBJECT_DEPS
from newsevents.extract.clauses import described_speaker as _described_speaker
from newsevents.extract.clauses import named_before_apposition as _named_before_apposition
from newsevents.extract.clauses import opening_noun as _opening_noun
from newsevents.extract.clauses import prepositional as _prepositional
from newsevents.extract.figures import figure_content
from newsevents.extract.quotes import MARKS as QUOTE_MARKS
from newsevents.extract.quotes import Quote, new_sentence_after
from newsevents.extract.stance import Lexicon, fold, folded_texts, is_negated, neither_nor
from newsevents.nlp import doc_text

# A quotation shorter than this many words is a name, a title or a scare quote ("Scud",
# « non explosés »), not a statement: checked on French and English wire copy, statements quoted
# on their own are full clauses of 4+ words.
QUOTE_MIN_WORDS = 4
# a denial's object may be one noun: what is denied is the accusation ("denied responsibility")
DENIAL_CONTENT_MIN_WORDS = 1
# A quotation of this many words is still a statement when a reporting clause follows it after a
# comma (« On tiendra », a-t-il dit): short words set off that way are said, not named.
SHORT_QUOTE_MIN_WORDS = 2
# The object of a verb that names what it claims ("a évoqué des victimes civiles", "mentioned heavy
# losses", lex.noun_claims) is a claim from this many words: a determiner, a noun and what
# qualifies it; two ("a évoqué la question") name a topic, not a claim.
NOUN_CLAIM_MIN_WORDS = 3
# Longest description in apposition after a source's name (tokens), skipped from the claim.
APPOSITION_MAX = 12
# Heads climbed from a participial reporting verb to the finite verb whose subject speaks
# (", a déclaré X, accusant Y": accusant -> déclaré; a clause inside the claim adds one or two).
PARTICIPLE_HOPS = 3
# How far (tokens) after a closing quote mark the reporting verb may stand (", a déclaré hier X").
QUOTE_VERB_WINDOW = 6
# How far (tokens) after the verb an inverted subject may stand, past a day and the verb's
# prepositional complements ("a déclaré jeudi à la presse à Goma le ministre": 8).
INVERTED_SUBJECT_WINDOW = 10

_CLAUSE_END = {".", "!", "?", ";"}


@dataclass(slots=True)
class Attribution:
    """One attributed statement before speaker resolution (nlp_text offsets)."""

    kind: str  # "quote", "reported", "source", "impersonal"
    cue: tuple[int, int]
    content: tuple[int, int]
    base_stance: str
    verb: Any = None  # the reporting verb token, when there is one
    speaker: tuple[int, int] | None = None  # the speaker's words
    speaker_head: Any = None
    relay: tuple[int, int] | None = None
    relay_head: Any = None
    direct_quote: bool = False
    inherit: bool = False  # a quote continuing the previous speaker
    segment: int = -1
    extra_stances: list[str] = field(default_factory=list)
    participial: bool = False  # ", ajoutant que", ", denying": a further statement of a speaker
    own: bool = False  # a statement of its own beside others of its speaker in one sentence
    topic: int | None = None  # first token of a passive's subject when the agent speaks
    answers: bool = False  # ", ce que Kiev dément": the same words as the statement it answers
    held: bool = False  # a side's hypothesis told inside another's words (hypotheses.py)


def is_statement(words: str) -> bool:
    """A quotation that can be a statement: enough words, and not a title or a name (every word but
    the first, which a sentence capitalises too, capitalised: « La Guerre Des Mondes »)."""
    tokens = words.split()
    if len(tokens) < QUOTE_MIN_WORDS:
        return False
    long_words = [w for w in tokens[1:] if len(w) > 3 and w[0].isalpha()]
    return not long_words or not all(w[0].isupper() for w in long_words)


# --- noun phrases -------------------------------------------------------------------------------
def np_span(tok: Any) -> tuple[int, int]:
    """The words of a noun phrase headed by tok, cut before a comma after the head (appositions
    and participial clauses belong to the sentence, not to the name)."""
    start = tok.left_edge.i
    end = tok.i + 1
    doc = tok.doc
    # "près d'une semaine après, un responsable", "11:30 GMT - Magen David Adom" (a live blog's time)
    comma = next((t.i for t in reversed(doc[start:tok.i]) if t.text == "," or (
        t.text in ("-", "–", "—") and t.whitespace_ and doc[t.i - 1].whitespace_)), None)
    start = start if comma is None else comma + 1
    start = min(after_clock(doc, start, tok.i + 1), tok.i)
    while start < tok.i and (doc[start].pos_ in ("ADP", "CCONJ", "SCONJ") or doc[start].is_punct):
        # "(ni) par les autorités": the agent's preposition is not its name; '," one resident, who
        # asked ...': nor the closing quote mark the parser hung on the noun
        start += 1
    for t in doc[tok.i + 1:tok.right_edge.i + 1]:
        # "un responsable du camp qui", "un médecin l'établissant": a pronoun of the verb after
        relative = t.pos_ == "PRON" and (t.dep_ in _SUBJECT_DEPS or "Rel" in t.morph.get("PronType")
                                         or (t.head.i > t.i and t.head.pos_ == "VERB"))
        if t.text in (",", ";", "(", ":") or t.pos_ in ("VERB", "AUX") or relative:
            # "une habitante, Marie Colin": a name in apposition is the speaker's name
            if t.text == "," and t.i + 1 < len(doc) and doc[t.i + 1].pos_ == "PROPN" \
                    and doc[t.i + 1].head.i in range(start, t.i):
                end = t.i + 2
                while end < len(doc) and doc[end].pos_ == "PROPN":
                    end += 1
            break
        end = t.i + 1
    return np_chars(tok, start, end)


def find_phrase(tokens: Any, phrase: tuple[str, ...], start: int, stop: int) -> int:
    """Index of the first token where the folded phrase starts within [start, stop), else -1."""
    words = folded_texts(tokens) if isinstance(tokens, Doc) else [fold(t.text) for t in tokens]
    n = len(phrase)
    first = phrase[0] if n else None
    for i in range(start, max(start, stop - n + 1)):
        if n and words[i] != first:
            continue
        if words[i:i + n] == list(phrase):
            return i
    return -1


def inverted_subject(lex: Lexicon, verb: Any, stop: int) -> Any | None:
    """The subject after the verb in "..., a déclaré X" / "..., said X": a token parsed as a
    subject, else a proper noun, else a determined noun (so "a déclaré mardi le ministre" skips
    the bare "mardi")."""
    doc = verb.doc
    window = []
    for t in doc[verb.i + 1:min(stop, verb.i + 1 + INVERTED_SUBJECT_WINDOW)]:
        # "a assuré un commerçant qui a requis l'anonymat": a relative clause describes the subject
        if t.is_punct or fold(t.text) in lex.complementisers or "Rel" in t.morph.get("PronType"):
            break
        window.append(t)
    # "a-t-il déclaré à la chaîne Libya Al-Ahrar": a name inside the phrase of whom or where it
    # was said to is no subject
    window = [t for t in window if not _in_phrase(lex, t, verb)]
    for test in (_is_subject, _is_name, _is_determined_noun):
        hit = next((t for t in window if test(t)), None)
        if hit is not None:  # "a annoncé la Première ministre": the noun the capital qualifies
            return hit.head if hit.dep_ == "amod" and hit.pos_ == "ADJ" and hit.head in window else hit
    return None


def _in_phrase(lex: Lexicon, tok: Any, verb: Any) -> bool:
    """The token names the channel of the statement: it hangs on the verb through a prepositional
    phrase headed by a channel noun ("à la chaîne Sudan Bukra"; not "à la presse Pawel Wronski",
    where the name is the speaker the parser hung on the addressee). A person's name is no channel
    ("a affirmé dans un communiqué Liu Dejun, porte-parole": the parser hung the speaker on it)."""
    if tok.ent_type_ in _PERSON_LABELS:
        return False
    t = tok
    for _ in range(INVERTED_SUBJECT_WINDOW):
        if t.dep_ in _SUBJECT_DEPS or t.i == verb.i or t.head.i == t.i:
            return False
        if any(c.dep_ == "case" for c in t.children):
            return fold(t.text) in lex.channels or fold(t.lemma_) in lex.channels
        t = t.head
    return False


def _is_subject(t: Any) -> bool:
    return t.dep_ in _SUBJECT_DEPS


def _is_name(t: Any) -> bool:
    return (t.pos_ == "PROPN" or (t.is_title and t.is_alpha)) and t.ent_type_ not in ("DATE", "TIME") \
        and not _prepositional(t)


def _is_determined_noun(t: Any) -> bool:
    """A noun with its determiner; a word the tagger read as a participle counts when a determiner
    opens it ("a indiqué l'exploitant dans un message": a noun in -ant)."""
    opened = any(c.dep_ == "det" and c.i == t.i - 1 for c in t.children)
    return (t.pos_ == "NOUN" or (t.pos_ == "VERB" and opened)) \
        and any(c.dep_ == "det" for c in t.children) and not _prepositional(t)


def _stray_subject(doc: Any, seg: tuple[int, int], verb: Any) -> Any | None:
    """A subject the parser hung on the wrong head (it happens after a quote or a line break):
    the first subject-labelled noun of the sentence before the main verb."""
    for t in doc[seg[0]:verb.i]:
        if t.dep_ in ("nsubj",) and t.pos_ in ("NOUN", "PROPN") and t.head.i not in range(t.i, verb.i):
            return t
    return None


def _name_before(doc: Any, seg: tuple[int, int], verb: Any) -> Any | None:
    """A capitalised word opening the sentence right before the verb the parser gave no subject
    ("Houthis claim attack on US aircraft carrier": "Houthis" tagged a pronoun, "claim" a
    compound): it is the subject; a subject is never sought after such a verb (that found "US")."""
    first = min([verb.i] + [c.i for c in verb.children if c.dep_.startswith("aux") and c.i < verb.i])
    if first - 1 != seg[0] or first - 1 < 0:
        return None
    prev = doc[first - 1]
    return prev if prev.is_alpha and prev.is_title and prev.pos_ in ("PROPN", "NOUN", "PRON") else None


def _postposed_conj(verb: Any) -> bool:
    """A reporting verb with no subject of its own, coordinated to the clause before and set off
    by a comma (", a déclaré X", ", said X"): its subject follows it."""
    if verb.dep_ != "conj" or any(c.dep_ in _SUBJECT_DEPS for c in verb.children):
        return False
    first = min([verb.i] + [c.i for c in verb.children if c.dep_.startswith("aux") and c.i < verb.i])
    return first > 0 and verb.doc[first - 1].text == ","


def find_relay(lex: Lexicon, doc: Any, start_tok: int, verb_i: int) -> tuple[int, int] | None:
    """Within the speaker's clause, a relay marker ("se référant à", "citing") and the tokens of
    the original source after it (up to the next comma)."""
    for phrase in lex.relay_markers:
        at = find_phrase(doc, phrase, start_tok, verb_i)
        if at < 0:
            continue
        s = at + len(phrase)
        e = s
        while e < verb_i and doc[e].text not in (",", ";", ":"):
            e += 1
        if e > s:
            return s, e
    return None


def head_of(doc: Any, s: int, e: int, agents: frozenset[str] = frozenset()) -> Any:
    """The syntactic head of tokens [s, e): the token whose head lies outside the range; a proper
    noun in the range is preferred when the head is a title ("l'attaché de presse ... Y"), but not
    one after an agent preposition (``agents``: "des habitants joints par l'AFP" is the residents)."""
    span = doc[s:e]
    propns = [t for t in span if (t.pos_ == "PROPN" or t.ent_type_ in ("PER", "PERSON"))
              and not (t.i > s and fold(doc[t.i - 1 - (doc[t.i - 1].pos_ == "DET")].text) in agents)]
    root = span.root
    if propns and root.pos_ != "PROPN":
        return propns[-1]
    return root


# --- the three constructions --------------------------------------------------------------------
def _speaker_from_verb(lex: Lexicon, att: Attribution, verb: Any, seg: tuple[int, int]) -> bool:
    """Fill the speaker (or mark impersonal) from a reporting verb; False when it has none."""
    doc, seg = verb.doc, after_rubric(seg, verb)  # "Mali : le JNIM revendique": not "Mali"
    subj = subject_of(lex, verb)
    subj = None if subj is not None and subj.i < seg[0] <= verb.i and doc[seg[0] - 1].text == ":" else subj
    if subj is not None and not seg[0] <= subj.i < seg[1] and any(
            "\n" in t.text for t in doc[min(subj.i, seg[0]):max(subj.i + 1, seg[0])]):
        # the parser ran over a line break: a headline's noun is not the subject, the verb's
        # other subject in its own sentence is ("..., une vingtaine de morts\nL'armée a annoncé")
        subj = next((c for c in verb.children if c.dep_ in _SUBJECT_DEPS and seg[0] <= c.i < seg[1]
                     and fold(c.text) not in lex.pronoun_prefixes), None) or _opening_noun(doc, seg, verb)
    if subj is not None and "Rel" in subj.morph.get("PronType") and verb.dep_ in ("acl:relcl", "relcl") \
            and verb.head.pos_ in ("NOUN", "PROPN"):
        subj = verb.head  # "des témoins qui affirment que": the relative's antecedent speaks
    if subj is not None and subj.i < verb.i:
        subj = _named_before_apposition(doc, seg, subj)
    if subj is not None and subj.i < verb.i and (_postposed_conj(verb) or postposed_after_clause(verb, seg)
                                                 or postposed_after_clause(verb, before_relative(verb, seg))):
        # "A et B ont procédé à un échange, a annoncé jeudi la ministre X": the parser makes the
        # reporting verb a conjunct of the clause before, whose subject is not the speaker
        subj = inverted_subject(lex, verb, seg[1]) or subj
    if subj is not None and is_expletive(lex, subj, verb):
        att.kind = "impersonal"
        return True
    if subj is not None and passive_report(lex, verb):
        agent = next((c for c in verb.children if c.dep_ in ("obl:agent", "agent")), None)
        if agent is not None and agent.dep_ == "agent":
            agent = next((c for c in agent.children if c.dep_ == "pobj"), None)
        if agent is None:
            return False
        att.topic = subj.left_edge.i  # "X est considérée par Y comme ...": Y speaks about X
        subj = agent
    if subj is None:
        subj = _opening_noun(doc, seg, verb, apposed=True) or _name_before(doc, seg, verb) \
            or _finite_on_name(verb) or inverted_subject(lex, verb, seg[1])
    if subj is None and verb.dep_ == "ROOT":
        subj = _stray_subject(doc, seg, verb) or listed_before(verb)
    if subj is None:
        subj = _opening_noun(doc, seg, verb)
    if subj is None:
        return False
    start = subj.left_edge.i if subj.i > verb.i else min(subj.left_edge.i, subj.i)
    if subj.i < verb.i:  # a cleft, "C'est dans la localité X que les séparatistes ont affirmé":
        # the speaker is the noun after "que", not the focus before it
        cleft = next((t.i for t in doc[start:verb.i] if fold(t.text) in lex.complementisers), None)
        after = next((t for t in doc[cleft + 1:verb.i] if t.pos_ in ("NOUN", "PROPN", "PRON")), None) \
            if cleft is not None else None
        if after is not None:
            subj, start = after, cleft + 1
    relay = find_relay(lex, doc, start, verb.i)
    if relay is not None:
        att.relay = np_span(subj)
        att.relay_head = subj
        att.speaker = (doc[relay[0]].idx, doc[relay[1] - 1].idx + len(doc[relay[1] - 1].text))
        att.speaker_head = head_of(doc, relay[0], relay[1])
    else:
        listed = _listed_members(lex, subj)
        att.speaker, att.speaker_head = listed if listed is not None else (np_span(subj), subj)
        if verb.pos_ not in ("VERB", "AUX") and subj.i < verb.i:
            # a misread form ("Kigali dément tout soutien"): the parse may hang the sentence on the
            # name before it; the speaker is the noun phrase before the verb, from its head
            while seg[0] <= subj.head.i < verb.i and subj.head.i != subj.i:
                subj = subj.head
            words = np_span(subj)
            att.speaker = (max(words[0], doc[seg[0]].idx), min(words[1], verb.idx - 1))
            att.speaker_head = subj
    return True


# Parts of speech of a listed member: the French parser tags some country names NOUN ("les
# Etats-Unis" after "dont").
_NAMES = ("PROPN", "NOUN")


def _listed_members(lex: Lexicon, noun: Any) -> tuple[tuple[int, int], Any] | None:
    """The members a plural common noun lists after an inclusion mark ("condamnée par plusieurs
    pays, dont les Etats-Unis, la France et le Royaume-Uni", "several countries, including the
    United States and France"): they are the speakers, the noun only counts them. Their words
    run from the first member (after the mark) to the last conjunct; None when the noun lists
    no member. The French parser hangs "dont X" on the noun as a relative clause headed by
    X, the English one "including X" as a preposition with X its object."""
    marks = lex.inclusion_marks
    if noun.pos_ != "NOUN" or not marks:
        return None
    for c in noun.children:
        if c.i < noun.i:
            continue
        if fold(c.text) in marks or fold(c.lemma_) in marks:
            member = next((g for g in c.children if g.dep_ == "pobj" and g.pos_ in _NAMES), None)
        elif c.pos_ in _NAMES and any(fold(g.text) in marks for g in c.children if g.i < c.i):
            member = c
        else:
            continue
        if member is None:
            continue
        words = [t for t in member.subtree if t.i > c.i or t.i >= member.left_edge.i]
        while words and (fold(words[0].text) in marks or words[0].is_punct):
            words = words[1:]
        if not words:
            continue
        first, last = words[0], member.right_edge
        return (first.idx, last.idx + len(last.text)), member
    return None


def quote_attributions(lex: Lexicon, doc: Any, quotes: list[Quote],
                       segs: list[tuple[int, int]]) -> tuple[list[Attribution], set[int]]:
    """Direct quotes with their reporting verbs; also the verb tokens they used up."""
    out: list[Attribution] = []
    used: set[int] = set()
    for q in quotes:
        if q.depth != 0:
            continue
        if not q.statement:
            # a short quotation is a statement when a reporting clause follows it after a comma
            # (« L'État paiera », a-t-elle ajouté): scare quotes and titles are never set off so
            if not _short_statement(lex, doc, q):
                continue
            att = _quote_after(lex, doc, q, segs)
            if att is None:
                continue
        else:
            att = _quote_after(lex, doc, q, segs) or _quote_before(lex, doc, q, segs)
        if att is None:
            first = doc.char_span(q.open_mark, q.open_mark + 1, alignment_mode="expand")
            starts_sentence = first is not None and any(first.start in (s, s + 1) for s, _ in segs)
            if not starts_sentence:
                continue
            att = Attribution("quote", (q.open_mark, q.open_mark + 1), (q.start, q.end), "assert",
                              direct_quote=True, inherit=True)
        if att.verb is not None:
            used.add(att.verb.i)
        att.segment = segment_of(segs, doc.char_span(q.start, q.end, alignment_mode="expand").start)
        out.append(att)
    return out, used


def _short_statement(lex: Lexicon, doc: Any, q: Quote) -> bool:
    """A quotation of SHORT_QUOTE_MIN_WORDS+ words, not title-cased, closed by a comma (inside
    or right after the marks)."""
    text = doc_text(doc)
    words = text[q.start:q.end].split()
    if len(words) < SHORT_QUOTE_MIN_WORDS or not is_statement(" ".join(words + ["x"] * QUOTE_MIN_WORDS)):
        return False
    after = text[q.close_mark + 1:q.close_mark + 3].strip()
    # not a label ("people it described as 'drug smugglers', X said": X reports the sentence)
    mark = doc.char_span(q.open_mark, q.open_mark + 1, alignment_mode="expand")
    prep = doc[mark.start - 1] if mark is not None and mark.start > 0 else None
    labeller = next((a for a in prep.ancestors if a.pos_ in ("VERB", "AUX")), None) \
        if prep is not None and prep.pos_ == "ADP" else None
    if labeller is not None and labeller.i < prep.i and verb_stance(lex, labeller) is not None:
        return False
    return text[q.end:q.close_mark].strip().endswith(",") or after.startswith(",")


def _quote_after(lex: Lexicon, doc: Any, q: Quote, segs: list[tuple[int, int]]) -> Attribution | None:
    after = doc.char_span(q.close_mark, q.close_mark + 1, alignment_mode="expand")
    if after is None:
        return None
    i = after.end
    stop = min(len(doc), i + QUOTE_SUBJECT_WINDOW)
    if new_sentence_after(doc, q, i):
        return None
    # '," John Miller, an analyst at the Brookings Institution, said': the subject's own verb
    subject = next((t for t in doc[i:stop] if t.dep_ in _SUBJECT_DEPS), None)
    if subject is not None and stop <= subject.head.i < i + QUOTE_APPOSED_SUBJECT_WINDOW \
            and verb_stance(lex, subject.head) is not None:
        stop = subject.head.i + 1
    for t in doc[i:stop]:
        if t.text in _CLAUSE_END or "\n" in t.text or t.text == '"':
            break
        if t.pos_ == "CCONJ":
            return None  # "« A », et le ministère a dénoncé un « massacre »": another clause
        stance = verb_stance(lex, t)
        if stance is None or (t.dep_ in _RELATIVE and i <= t.head.i < t.i):
            continue  # '," a resident who asked not to be named said': the relative describes the speaker
        if has_clause(lex, t, len(doc)):
            return None  # "« A. » Les dirigeants rappellent que B": the verb reports B
        seg = segs[segment_of(segs, t.i)]
        att = Attribution("quote", (t.idx, t.idx + len(t.text)), (q.start, q.end), stance,
                          verb=t, direct_quote=True)
        described = _relative_described(t, i)
        if described is not None and not is_negated(lex, t):
            att.speaker, att.speaker_head = np_span(described), described
        elif is_negated(lex, t) or not _speaker_from_verb(lex, att, t, (seg[0], max(seg[1], stop + 4))):
            return None
        head = att.speaker_head
        if head is not None and q.open_mark <= head.idx < q.close_mark:
            # '"... C'est un génocide", dénonce un habitant': a word of the quote the parser took
            # for the subject; the speaker is the one after the verb
            inverted = inverted_subject(lex, t, stop)
            if inverted is None:
                return None
            att.speaker, att.speaker_head, att.relay, att.relay_head = np_span(inverted), inverted, None, None
        return att
    return None


def _relative_described(verb: Any, after_quote: int) -> Any | None:
    """The noun a relative clause describes right after a quote, the clause ending right before
    the reporting verb ('," a resident who asked not to be named said by phone'): it is the verb's
    subject, however the parser hung the verb (a participle on the noun, a conjunct of the quote)."""
    for noun in verb.doc[after_quote:verb.i]:
        if noun.pos_ in ("NOUN", "PROPN") and any(
                c.dep_ in _RELATIVE and noun.i < c.i and c.right_edge.i == verb.i - 1 for c in noun.children):
            return noun
    return None


def _quote_before(lex: Lexicon, doc: Any, q: Quote, segs: list[tuple[int, int]]) -> Attribution | None:
    mark = doc.char_span(q.open_mark, q.open_mark + 1, alignment_mode="expand")
    if mark is None or mark.start == 0:
        return None
    prev = doc[mark.start - 1]
    if prev.text not in (":", ",") and verb_stance(lex, prev) is None:
        return None
    if prev.text not in (":", ",") and (quoted_manner(doc, q) or fragment_of_report(
            prev, lambda t: verb_stance(lex, t) is not None)):
        return None  # "condemned "in the strongest terms" the attack", 'said X would respond "with ..."'
    seg = segs[segment_of(segs, prev.i)]
    for t in reversed(doc[seg[0]:prev.i + 1]):
        stance = verb_stance(lex, t)
        governor = participial_governor(lex, t) if stance is not None and not is_finite_report(t) else None
        if governor is not None and has_clause(lex, governor, t.i):
            # "denied that its jets had bombed the town, saying: « ... »": the participle reports
            # the quote (reported_attributions), the finite verb keeps its own clause (one with an
            # object only, "a fustigé cette attaque, déclarant « ... »", is that quote's frame)
            return None
        if stance is None or not is_finite_report(t):
            continue
        att = Attribution("quote", (t.idx, t.idx + len(t.text)), (q.start, q.end), stance,
                          verb=t, direct_quote=True)
        if is_negated(lex, t) or not _speaker_from_verb(lex, att, t, seg):
            return None
        return att
    return None


def reported_attributions(lex: Lexicon, doc: Any, quotes: list[Quote], segs: list[tuple[int, int]],
                          used: set[int], found_before: list[Attribution] | None = None) -> list[Attribution]:
    """Reported speech around reporting verbs outside direct quotes (`found_before`: the quote
    attributions, whose reporting clause a participle may continue)."""
    from newsevents.extract.embedded import (  # imports this module
        antecedent_content,
        blamed_antecedent,
        passive_content,
    )

    out: list[Attribution] = []
    found_before = found_before or []
    for n, seg in enumerate(segs):
        for verb in doc[seg[0]:seg[1]]:
            if verb.i in used:
                continue
            stance = verb_stance(lex, verb)
            if stance is None or _in_quote(quotes, verb.idx, verb) or claimed_place(lex, verb) \
                    or neither_nor(lex, verb):
                continue
            governor = participial_governor(lex, verb)
            described = _described_speaker(verb) if governor is None else None
            split = aside_auxiliary(lex, verb) if governor is None else None  # "a de son côté affirmé"
            if governor is None and described is None and split is None and not is_finite_report(verb) \
                    and not absolute_report(verb):  # "with the global body calling for"
                continue
            if _nested(lex, out + found_before, verb) or (fold(verb.lemma_) in lex.clause_only
                                                          and not has_clause(lex, verb, seg[1])
                                                          and not infinitive_report(lex, verb)):
                continue
            if is_negated(lex, verb):
                stance = "deny" if fold(verb.lemma_) in lex.negated_to_deny else \
                    lex.negated_stance.get(stance)
                if stance is None:
                    continue
            att = Attribution("reported", (verb.idx, verb.idx + len(verb.text)), (0, 0), stance,
                              verb=verb, segment=n, participial=governor is not None)
            # ", qui réclame des sanctions,": a relative clause on the speaker; "... and accused X
            # of": a coordinated verb with another stance (clauses.coordinated_with)
            coordinate = next((a for a in out + found_before if a.verb is not None
                               and (coordinated_with(lex, a.verb, verb)
                                    or misread_conjunct(lex, a.verb, verb) is not None)), None)
            att.own = verb.dep_ in ("relcl", "acl:relcl") or coordinate is not None
            known = next((a for a in out + found_before if governor is not None and a.verb is not None
                          and a.verb.i == governor.i and a.speaker is not None), None)
            if known is None and coordinate is not None and coordinate.verb is not None \
                    and coordinate.speaker is not None \
                    and (verb.head.i != coordinate.verb.i or verb.dep_ == "ccomp"):
                known = coordinate  # "a affirmé avoir frappé A et démenti B": the first verb's speaker
            if known is not None:  # the participle continues a claim found: the same speaker
                att.speaker, att.speaker_head = known.speaker, known.speaker_head
                att.relay, att.relay_head = known.relay, known.relay_head
            elif described is not None:
                att.speaker, att.speaker_head = np_span(described), described
            elif not _speaker_from_verb(lex, att, governor or split or verb, seg):
                continue
            skip = _after_speaker(att, verb)
            subject = att.speaker_head if att.relay is None else att.relay_head
            # "denied any involvement", "a condamné l'attaque": a stance verb's object is a claim
            shortest = CONTENT_MIN_WORDS if stance == "assert" else STANCE_CONTENT_MIN_WORDS
            if stance == "deny":  # "The RSF denied responsibility", "Moscow denied involvement"
                shortest = DENIAL_CONTENT_MIN_WORDS
            if stance == "assert" and fold(verb.lemma_) in lex.noun_claims:
                shortest = NOUN_CLAIM_MIN_WORDS  # "Kiev a évoqué des victimes civiles"
            if verdict_predicate(lex, verb) \
                    or fold(verb.lemma_) in lex.responsibility_verbs | lex.accusing_verbs:
                # the act ("a revendiqué l'attaque"), the accused ("blamed ADF rebels"), the verdict
                # ("called the attack cowardly"): short words, trimmed of their channel like a stance's
                shortest = STANCE_CONTENT_MIN_WORDS
            content = antecedent_content(lex, verb, seg) or blamed_antecedent(lex, verb, seg) \
                or act_claimed(lex, verb, seg) or figure_content(lex, verb) \
                or after_noun_particle(lex, verb, seg) or verdict_content(lex, verb, seg)
            if content is None and att.topic is not None:
                content = passive_content(verb, att.topic, seg, shortest)
            if content is None:
                # ", a affirmé un habitant qui a requis l'anonymat": the relative describes the speaker
                content = postposed_content(lex, verb, seg, subject) or (
                    postposed_content(lex, verb, before_relative(verb, seg), subject)
                    if subject is not None and subject.i > verb.i else None) \
                    or content_after(lex, verb, seg[1], skip, shortest)
            if content is None:
                continue
            if governor is not None:  # ", soulignant que A : « B »": the quote is another claim
                content = _before_colon(doc, content)
                if content is None:
                    continue
            if verb.dep_ in ("relcl", "acl:relcl"):
                content = relative_end(doc, verb, content, seg, shortest)
            content = before_postposed(lex, doc, verb, content, shortest)
            content = without_channel(lex, doc, content, shortest)
            if stance == "assert":
                content = past_addressee(lex, verb, content)
            content = before_relay(lex, doc, past_manner(doc, quotes, content))  # ", citing officials"
            att.content = covering(quotes, *content)
            out.append(att)
    return out


def participial_governor(lex: Lexicon, verb: Any) -> Any | None:
    """A reporting verb in a participial clause set off by a comma or "en" (", ajoutant que",
    ", qualifiant de « fausses » les déclarations", "en affirmant avoir", ", denying that") or
    hanging on an inverted speaker ("a déclaré X accusant Y de"): the same speaker's further
    statement. Returns the finite verb whose subject speaks: the nearest reporting verb above
    it, else the nearest finite verb above it; None when it is no such clause. A participle
    opening the sentence ("Commentant la situation,") is not one."""
    forms, tense = verb.morph.get("VerbForm"), verb.morph.get("Tense")
    if not (("Part" in forms and "Pres" in tense) or "Ger" in forms or verb.tag_ == "VBG"):
        return None
    before_i = verb.i - 1
    while before_i > 0 and len(verb.doc[before_i].text) == 1 and verb.doc[before_i].text in QUOTE_MARKS:
        before_i -= 1  # 'as an "act of war," claiming that': the comma inside the closing quote
    prev = verb.doc[before_i] if before_i >= 0 else None
    on_name = prev is not None and on_inverted_name(verb, prev)  # "a déclaré X accusant Y de"
    if prev is None or not (prev.text == "," or fold(prev.text) in lex.gerund_marks or on_name):
        return None
    ancestors = [a for a in list(verb.ancestors)[:PARTICIPLE_HOPS + 1]
                 if a.pos_ in ("VERB", "AUX") and a.i < verb.i and _finite_head(a)]
    reporting = [a for a in ancestors if verb_stance(lex, a) is not None]
    # "..., a indiqué la présidence, précisant que": the parser may hang the participle on the
    # main clause; the reporting verb just before it in the sentence is the one it continues
    before = next((t for t in reversed(verb.doc[verb.sent.start:verb.i]) if t.pos_ in ("VERB", "AUX")
                   and verb_stance(lex, t) is not None and _finite_head(t)), None)
    return (reporting or ([before] if before is not None else ancestors) or [None])[0]


def _before_colon(doc: Any, content: tuple[int, int]) -> tuple[int, int] | None:
    """Claimed words up to a colon that announces a quotation (which is a claim of its own)."""
    span = doc.char_span(*content, alignment_mode="expand")
    if span is None:
        return content
    colon = next((t.i for t in span if t.text == ":"), None)
    return content if colon is None else trim_content(doc, span.start, colon)


def _finite_head(tok: Any) -> bool:
    """A finite verb, or a participle with its auxiliary ("a déclaré")."""
    if "Part" in tok.morph.get("VerbForm") and "Pres" in tok.morph.get("Tense"):
        return False
    return is_finite_report(tok) and tok.tag_ != "VBG"


def _after_speaker(att: Attribution, verb: Any) -> int:
    """First token after an inverted subject ("a déclaré X mardi que"), else after the verb."""
    if att.speaker_head is not None and att.speaker_head.i > verb.i:
        return att.speaker_head.i + 1
    return verb.i + 1


def _in_quote(quotes: list[Quote], pos: int, verb: Any = None) -> bool:
    """Inside a quoted statement (the quoted speaker's words, not the article's); not a verb its
    auxiliary before the mark: "a « condamné avec fermeté » l'attaque" quotes the speaker's verb."""
    aux = [c.idx for c in verb.children if c.dep_ in ("aux", "aux:tense")] if verb is not None else []
    return any(q.depth == 0 and q.open_mark < pos < q.close_mark and q.statement
               and not any(i < q.open_mark for i in aux) for q in quotes)


def contrast_mark(lex: Lexicon, verb: Any) -> Any | None:
    """The subordinator of a contrasting clause with its own subject ("while the Kremlin denied",
    "tandis que Moscou a démenti"): that clause is another speaker's statement, not part of the
    claim it follows."""
    if not any(c.dep_ in _SUBJECT_DEPS for c in verb.children):
        return None
    for c in verb.children:
        if c.dep_ != "mark" or c.i > verb.i:
            continue
        phrase = " ".join(fold(t.text) for t in [c, *(f for f in c.children if f.dep_ == "fixed")])
        if phrase in lex.contrast_marks:
            return c
    return None


def _nested(lex: Lexicon, found: list[Attribution], verb: Any) -> bool:
    """A reporting verb inside an earlier claim's words: a coordinated one ("a souligné que ...
    et a demandé") lends its stance to that claim; a contrasting clause with its own subject
    ("..., while Y denied ...") ends that claim and is a claim of its own; any other is reported
    within the claim."""
    for att in found:
        if att.content[0] <= verb.idx < att.content[1]:
            if participial_governor(lex, verb) is not None:
                # ", ajoutant que ...": the claim before ends at the comma, this is a new one
                doc = verb.doc
                first = doc.char_span(att.content[0], att.content[1], alignment_mode="expand")
                # "a démenti ce bilan, assurant que": a stance verb's object may be two words
                shortest = CONTENT_MIN_WORDS if att.base_stance == "assert" else STANCE_CONTENT_MIN_WORDS
                # "a condamné l'attaque, en exigeant": the first ends before the gerund's "en" too
                end = verb.i - (verb.i > 0 and fold(doc[verb.i - 1].text) in lex.gerund_marks)
                cut = trim_content(doc, first.start, end, shortest) if first is not None else None
                if cut is not None:
                    att.content = cut
                return False
            answer = _answering_relative(lex, verb)
            if answer is not None:  # "..., an accusation that Y has denied": Y's claim, not X's
                doc = verb.doc
                first = doc.char_span(att.content[0], att.content[1], alignment_mode="expand")
                cut = trim_content(doc, first.start, answer) if first is not None else None
                if cut is not None:
                    att.content = cut
                return False
            if verb.dep_ in _RELATIVE and any(c.dep_ in _SUBJECT_DEPS and c.pos_ in ("NOUN", "PROPN")
                                              for c in verb.children):
                return False  # "an attack that Kyiv says killed 36 people": the relative's subject speaks
            if relative_statement(lex, verb, att):  # "un élu qui le maintenait à 15", "les FDS, qui ont nié"
                return False
            mark = contrast_mark(lex, verb) or coordinated_speaker(verb)
            if mark is None and absolute_report(verb) and verb.head.idx > att.content[0]:
                mark = verb.head  # "..., with the global body calling for": cut before "with"
            if mark is not None:
                doc = verb.doc
                first = doc.char_span(att.content[0], att.content[1], alignment_mode="expand")
                fewest = CONTENT_MIN_WORDS if att.base_stance == "assert" and not _claims_act(lex, att) \
                    else STANCE_CONTENT_MIN_WORDS  # "a revendiqué l'attaque, mais X a démenti"
                cut = trim_content(doc, first.start, mark.i, fewest) if first is not None else None
                if cut is not None:  # "condemned the strike, with the global body calling for"
                    att.content = cut
                    return False
            joint = misread_conjunct(lex, att.verb, verb)  # "a affirmé que A et a démenti B"
            if joint is not None:
                first = verb.doc.char_span(att.content[0], att.content[1], alignment_mode="expand")
                cut = trim_content(verb.doc, first.start, joint.i) if first is not None else None
                if cut is not None:
                    att.content = cut
                    return False
            if verb.dep_ == "conj" and att.verb is not None and (
                    verb.head.i == att.verb.i or coordinated_with(lex, att.verb, verb)):
                stance = verb_stance(lex, verb)
                if stance is not None and coordinated_with(lex, att.verb, verb):
                    # "condemned the strikes and accused X of", "confirmed A but denied B":
                    # another stance on other words is another statement; the first ends here
                    doc = verb.doc
                    first = doc.char_span(att.content[0], att.content[1], alignment_mode="expand")
                    joint = min([c.i for c in verb.children if c.i < verb.i], default=verb.i)
                    while joint > 0 and (doc[joint - 1].pos_ == "CCONJ" or doc[joint - 1].text in (",", ";")
                                         or doc[joint - 1].dep_.startswith("aux")):
                        joint -= 1  # "and", "mais", ", et a": the coordination is neither's
                    cut = trim_content(doc, first.start, joint, first_words_fewest(att.verb, joint)) \
                        if first is not None else None
                    if cut is not None:
                        att.content = cut
                        return False
                if stance:
                    att.extra_stances.append(stance)
            return True
    return False


def _claims_act(lex: Lexicon, att: Attribution) -> bool:
    """A claim of responsibility ("a revendiqué l'attaque"): its words are the act, however short."""
    return att.verb is not None and fold(att.verb.lemma_) in lex.responsibility_verbs


_RELATIVE = ("relcl", "acl:relcl")
_PERSON_LABELS = ("PER", "PERSON")


def _answering_relative(lex: Lexicon, verb: Any) -> int | None:
    """A relative clause with its own subject on a speech noun ("an accusation that Y denied",
    "une accusation que Y a démentie"): the first token of the noun phrase, else None."""
    head = verb.head
    if verb.dep_ not in ("relcl", "acl:relcl") or head.pos_ != "NOUN" \
            or fold(head.lemma_) not in lex.accusation_nouns \
            or not any(c.dep_ in _SUBJECT_DEPS and c.pos_ != "PRON" for c in verb.children):
        return None
    return min([c.i for c in head.children if c.i < head.i and c.dep_ == "det"], default=head.i)
