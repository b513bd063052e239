"""Stage `claims`: who said what, with what stance — one Claim per attributed statement.

Why this shape: news about strikes is mostly statements (a ministry protests, a president
asserts, a defence ministry denies), and an analyst records a statement once per speaker, not once
per reporting verb. So the stage (1) finds attributions (attribution.py: quotes, reported speech,
"selon X"), (2) resolves speakers in reading order (speakers.py, so "il", "Martin", "l'agence" see
the speakers before them), (3) sets the stance (stance.py), then (4) merges what one speaker says
in one sentence, and a lede that restates a later quote of the same speaker, into one claim; (5) a
statement with no date of its own takes the date of the same speaker's dated statement a few
sentences before (one occasion), unless its reporting clause moves the time ("plus tard").
Impersonal passives ("il a été noté que") with nothing but a plain assertion are the article's account
of the facts (they feed events as reported); they become claims only with a stance (a question...).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from newsevents.extract import attribution as att_mod
from newsevents.extract.accusations import answered
from newsevents.extract.answers import answer_attributions
from newsevents.extract.attribution import Attribution
from newsevents.extract.attribution_segments import segments
from newsevents.extract.attribution_sources import hedges, source_attributions
from newsevents.extract.claim_apart import kept_apart
from newsevents.extract.claim_charges import occasion_only
from newsevents.extract.claim_coordinated import cut_at_coordinated_verb
from newsevents.extract.claim_dates import inherit_dates
from newsevents.extract.claim_framed import fold_framed_quotes
from newsevents.extract.claim_headlines import split_headline
from newsevents.extract.embedded import passive_participles
from newsevents.extract.hypotheses import hypothesis_attributions
from newsevents.extract.interviews import interview_attributions
from newsevents.extract.joint import co_speakers, joint_party
from newsevents.extract.quotes import Quote, find_quotes, relayed_version, stance_parts
from newsevents.extract.reasons import reason_attributions
from newsevents.extract.releases import release_attributions
from newsevents.extract.speakers import SpeakerResolver
from newsevents.extract.speakers_media import media_countries
from newsevents.extract.stance import (
    Lexicon,
    claim_stance,
    doubt_frame,
    doubts,
    fold,
    is_negated,
    lexicon,
    negative_determiner,
    stronger,
)
from newsevents.extract.triggers import SUBJECT_DEPS
from newsevents.extract.unadmitted import cut_unadmitted
from newsevents.model import Article, Claim, Party, When
from newsevents.nlp import doc_text
from newsevents.parties import lexicon as party_lexicon
from newsevents.read.datelines import DATELINE

# Two claims of one speaker are one statement told twice (a lede summing up a later quote) when
# they share at least this many content words and this share of the shorter one's. Tuned on the
# seeds and on hand-made lede/quote pairs: 2 words / 0.3 keeps "lede + quote" together and keeps
# apart two quotes of one speaker on different subjects (they share 0-1 content words).
REPEAT_MIN_SHARED = 2
REPEAT_MIN_OVERLAP = 0.3
# ... and this share of the longer one's: a long statement on another matter that happens to use
# two words of a short quote ("exchange", "rescue") restates nothing. Tuned on news-dev and the
# seeds: 0.15 and 0.2 each keep one more news-dev statement apart; 0.25 splits a seeds lede from
# its quote.
REPEAT_MIN_WHOLE = 0.2
# Two reported statements of one speaker (no quote) are one when they share at least this many
# content words and this share of the longer one's words: a lede restating the paragraph that
# details it. Tuned on news-dev: restatements share 4+ words and half of the longer statement's;
# two statements on different incidents of one speaker share at most 2 words or a third.
REPORTED_REPEAT_MIN_SHARED = 4
REPORTED_REPEAT_MIN_WHOLE = 0.5
# A quote opening a sentence with no reporting clause continues the speaker of a claim made at
# most this many sentences before.
CONTINUATION_SENTENCES = 2
# A time expression this close (tokens) to the reporting verb dates the statement ("a déclaré
# mardi", "said on Tuesday") when the parse does not attach it to the verb.
DATE_WINDOW = 4
# A time expression opening the sentence dates the statement when only the speaker's words (at
# most this many tokens: a long title) separate it from the reporting verb.
DATE_LOOKBACK = 40
# Two speakers' claims whose words overlap by this share of the shorter are one statement given
# twice (a frame and the quote's own reporting clause). Tuned on news-dev: overlaps are either
# near-total (0.9+: one quote) or small (a clause quoted inside another's words); 0.8 sits between.
SAME_WORDS_SHARE = 0.8
# An unattributed quote this long or longer found again inside an attributed one is a pull quote
# (shorter ones, "C'est inacceptable", are said again by different speakers): set from the
# intertitles of French and English wire copy (5-12 words).
PULL_QUOTE_MIN_WORDS = 4
# Reported words count as a direct quote when a quotation makes up this share of them (the rest
# being the quote marks and edge punctuation).
QUOTED_SHARE = 0.8
# Claimed words whose long words (4+ letters), at least this many, are all capitalised are a
# headline ("One Dead In Israeli Strike On South"), not a statement; fewer may be a name.
HEADLINE_MIN_WORDS = 4
_CONTENT_POS = ("NOUN", "PROPN", "VERB")
_PARTY_SOURCE_KINDS = ("person", "organization", "government", "state", "military",
                       "diplomatic_mission", "group")


@dataclass(slots=True)
class Draft:
    """A claim being built (nlp offsets) before merging."""

    att: Attribution
    speaker: Party
    relay: Party | None
    stance: str
    content: tuple[int, int]
    extra: list[tuple[int, int]] = field(default_factory=list)
    words: set[str] = field(default_factory=set)
    emit: bool = True
    merged: list[Attribution] = field(default_factory=list)  # attributions folded into this one
    lex_elaborating: frozenset[str] = frozenset()  # the language's elaborating verbs


def run(article: Article) -> Article:
    """Append the article's claims (see the module docstring)."""
    if article.doc is None or not article.nlp_text.strip():
        return article
    lex = lexicon(article.language or "fr")
    if not lex.verbs:
        return article
    drafts = [part for d in _drafts(article, lex) for part in _turns(article, lex, d)]
    drafts = _merge_sentence(fold_framed_quotes(article.doc, drafts))
    drafts = _merge_repeats(drafts, article.nlp_text.find("\n"))
    drafts = _merge_same_words(drafts)
    drafts = _merge_short_quotes(article, drafts)
    drafts = cut_unadmitted(article, drafts)  # "sans reconnaître que ...": not the speaker's words
    drafts = cut_at_coordinated_verb(article, lex, drafts)  # "blamed Israel | and vowed retaliation"
    _drop_pull_quotes(article, drafts)
    drafts += _accusations(article, lex, drafts)
    claims = [_to_claim(article, d) for d in drafts if d.emit]
    inherit_dates(article, lex, claims)
    media_countries(article, claims)  # "according to state media": whose, from the story
    article.claims.extend(claims)
    return article


def _turns(article: Article, lex: Lexicon, d: Draft) -> list[Draft]:
    """A direct quote that turns from a denial to a version (or back) is one claim per part, each
    with its own stance (quotes.stance_parts); any other draft is left whole."""
    if not d.att.direct_quote or d.extra or d.att.base_stance != "assert":
        return [d]
    doc = article.doc
    speech = lex.accusation_nouns | lex.hypothesis_nouns
    parts = stance_parts(doc, d.content, lambda text, tokens: claim_stance(lex, "assert", text, tokens),
                         lambda tokens: relayed_version(tokens, speech, lex.complementisers, fold))
    if len(parts) < 2:
        return [d]
    out = []
    for span in parts:
        cut = doc.char_span(*span, alignment_mode="expand")
        tokens = list(cut) if cut is not None else []
        text = article.nlp_text[span[0]:span[1]].rstrip()
        stance = claim_stance(lex, "assert", text, tokens)
        words = {fold(t.lemma_) for t in tokens if t.pos_ in _CONTENT_POS and not t.is_stop and t.is_alpha}
        out.append(replace(d, stance=stance, content=(span[0], span[0] + len(text)), words=words))
    return out


def _accusations(article: Article, lex: Lexicon, drafts: list[Draft]) -> list[Draft]:
    """The accusations a denial answers, as claims of their owners (see accusations.py).

    Not inside a direct quote: there the report is named in the denier's own words (« Les
    déclarations de médias polonais sur une prétendue chute ... relèvent de la provocation »), not
    told by the page, so its owner's claim would be the denier's paraphrase, not a statement."""
    out: list[Draft] = []
    for d in drafts:
        if not d.emit or d.att.direct_quote:
            continue
        # from the reporting verb on: "rejected Ukrainian claims that ...": the noun precedes "that"
        start = d.att.cue[1] if d.att.verb is not None and d.att.cue[1] <= d.content[0] else d.content[0]
        for att, party, stance in answered(article, lex, (start, d.content[1]), d.stance, d.att.segment):
            # one accusation answered twice (a lede and the statement) is one claim
            if party.name != d.speaker.name and not any(
                    o.speaker.name == party.name and o.content == att.content for o in out):
                out.append(Draft(att, party, None, stance, att.content, lex_elaborating=lex.elaborating))
    return out


# --- finding ------------------------------------------------------------------------------------
def _nlp_quotes(article: Article) -> list[Quote]:
    """Quotes found on the original text (where the marks keep their direction), in nlp offsets."""
    out = []
    for q in find_quotes(article.text):
        s, e = article.to_nlp(q.start, q.end)
        o, _ = article.to_nlp(q.open_mark, q.open_mark)
        c, _ = article.to_nlp(q.close_mark, q.close_mark)
        out.append(Quote(s, e, o, min(c, len(article.nlp_text)), q.depth, q.balanced,
                         att_mod.is_statement(article.nlp_text[s:e])))
    return out


def _source_test(article: Article, lex: Lexicon) -> Any:
    """Is the noun phrase after "selon"/"according to" a source (not a rule or a place)?"""
    parties = [(article.to_nlp(*m.span), m.value) for m in article.of_kind("party")]
    owners = party_lexicon(article.language or "fr").owner_words  # "de", "of"

    def _names_party(tok: Any) -> bool:
        return any(s <= tok.idx < e for (s, e), _p in parties) or tok.ent_type_ in ("PER", "PERSON", "ORG")

    def _owned_by_party(noun: Any) -> bool:
        """"le témoignage de X", "a statement by X": someone's words, so a source."""
        for c in noun.children:
            if c.dep_ == "prep" and (fold(c.text) in owners or fold(c.text) in lex.agent_prepositions):
                c = next((g for g in c.children if g.dep_ == "pobj"), c)
            elif c.dep_ != "poss" and not (c.dep_ == "nmod" and any(
                    g.dep_ == "case" and (fold(g.text) in owners or fold(g.text) in lex.agent_prepositions)
                    for g in c.children)):
                continue
            if _names_party(c) or c.pos_ == "PROPN":
                return True
        return False

    def is_source(span: Any) -> bool:
        head = att_mod.head_of(span.doc, span.start, span.end)
        if len(span) == 1 and fold(head.text) in lex.source_pronouns:
            return True  # "Selon lui, ...": the speaker before goes on (resolved as a pronoun)
        if fold(head.text) in lex.not_sources or fold(head.lemma_) in lex.not_sources:
            return False
        if head.pos_ in ("PRON", "DET", "NUM", "ADJ", "ADV"):
            return False
        root = span.root
        if root.pos_ == "NOUN" and not _names_party(root) and fold(root.text) not in lex.source_nouns \
                and fold(root.lemma_) not in lex.source_nouns and not _owned_by_party(root):
            return False  # "citing its alleged support for the RSF": a reason, not a source
        for (s, e), party in parties:
            overlaps = s < span.end_char and e > span.start_char
            if overlaps and getattr(party, "kind", "") in _PARTY_SOURCE_KINDS:
                return True
        if any(ent.label_ in ("PER", "PERSON", "ORG") for ent in span.ents):
            return True
        return fold(head.text) in lex.source_nouns or fold(head.lemma_) in lex.source_nouns

    return is_source


def _drafts(article: Article, lex: Lexicon) -> list[Draft]:
    doc = article.doc
    quotes = _nlp_quotes(article)
    segs = segments(doc)
    found, used = att_mod.quote_attributions(lex, doc, quotes, segs)
    found += interview_attributions(lex, article, segs)  # "Réponse : ...", "A: ..."
    found += att_mod.reported_attributions(lex, doc, quotes, segs, used, list(found))
    # before the answers: "…, arguant d'une ingérence, ce que Paris dément" answers the reason
    found += reason_attributions(lex, doc, segs, used | {a.verb.i for a in found if a.verb is not None},
                                 _source_test(article, lex))
    reporting = {a.verb.i: a for a in found if a.verb is not None}
    for answer in answer_attributions(lex, doc, segs, found):
        known = reporting.get(answer.verb.i)
        if known is None:
            found.append(answer)
        else:  # "…, which Kyiv denies" read as a statement: its words are the clause before
            known.content, known.answers = answer.content, True
    found += split_headline(lex, doc, found)  # "X accuses Y of A, Z condemn attack": two statements
    verbs = used | {a.verb.i for a in found if a.verb is not None}
    found += passive_participles(lex, doc, quotes, segs, verbs)
    verbs |= {a.verb.i for a in found if a.verb is not None}
    found += hypothesis_attributions(lex, doc, segs, verbs)
    found += source_attributions(lex, doc, segs, _source_test(article, lex))
    found = _drop_overlaps(found)
    found += release_attributions(lex, article, segs, found)  # a press release's own sentences
    found.sort(key=lambda a: (min(a.cue[0], a.content[0]), a.cue[0]))
    resolver = SpeakerResolver(article, lex)
    drafts: list[Draft] = []
    for att in found:
        draft = _draft(article, lex, resolver, att, drafts, segs, quotes)
        if draft is not None and att.speaker_head is not None and not att.inherit and draft.emit:
            joint = co_speakers(article, att.speaker_head, draft.speaker, resolver.resolve)
            if joint:  # "France, Germany and Britain condemned": one statement of the three
                draft.speaker = joint_party(joint, draft.speaker)
                resolver.spoken.append((att.speaker[0] if att.speaker else att.cue[0], draft.speaker))
        if draft is not None:
            drafts.append(draft)
    return drafts


def _drop_overlaps(found: list[Attribution]) -> list[Attribution]:
    """A source marker inside a quote's or a reported claim's words is the claimed words' own
    hedge ("X a déclaré que, selon lui, ..."): keep the outer attribution."""
    outer = [a for a in found if a.kind != "source" and not _relays(a, found)]
    keep = list(outer)
    for a in found:
        if a.kind != "source" or any(hedges(a, o) for o in outer):
            continue
        # "According to Reuters, X told television that ...": the source relays X's statement
        inner = next((o for o in outer if o.kind == "reported"
                      and a.content[0] <= o.cue[0] < a.content[1]), None)
        if inner is not None:
            if inner.relay is None:
                inner.relay, inner.relay_head = a.speaker, a.speaker_head
            continue
        keep.append(a)
    return keep


def _relays(a: Attribution, found: list[Attribution]) -> bool:
    """"A et B ont appelé à une réunion d'urgence, a indiqué X": X's postposed reporting clause
    only relays A and B's statement, whose words are all of X's. The inner claim takes X as its
    relay (unless it has one) and X's claim goes."""
    if a.kind != "reported" or a.verb is None or a.speaker is None:
        return False
    if a.content[1] <= a.cue[0]:
        inner = next((o for o in found if o is not a and o.kind == "reported" and o.verb is not None
                      and o.verb.dep_ not in _RELATIVE_DEPS  # "people it described as X, Y said"
                      and a.content[0] <= o.cue[0] and o.content[1] <= a.content[1]
                      and o.content[0] >= o.cue[1] and not (a.answers and o.held)), None)
    else:
        inner = None
    if inner is None:
        # "La RDC invite X à « ... », a-t-il ajouté"; "« ... », a-t-il ajouté, rapporte l'AFP":
        # a whole attributed statement, its reporting clause included, inside the claimed words
        # (not a denial nor a verdict on it, "X a mis en cause Y, une accusation qualifiée de
        # ridicule par Z": Z answers X)
        finite = "Fin" in a.verb.morph.get("VerbForm")
        inner = next((o for o in found if finite and o is not a and o.verb is not None
                      and o.verb.dep_ not in _RELATIVE_DEPS  # "an attack that Kyiv says killed 36"
                      and not o.held  # "saw nothing to contradict the theory, put forward by X"
                      and o.speaker is not None and a.base_stance in ("assert", o.base_stance)
                      and a.content[0] <= min(o.cue[0], o.content[0])
                      and max(o.cue[1], o.content[1]) <= a.content[1]), None)
    if inner is None:
        return False
    if inner.relay is None:
        inner.relay, inner.relay_head = a.speaker, a.speaker_head
    return True


def _draft(article: Article, lex: Lexicon, resolver: SpeakerResolver, att: Attribution,
           drafts: list[Draft], segs: list[tuple[int, int]], quotes: list[Quote]) -> Draft | None:
    speaker: Party | None
    relay = None
    if att.kind == "impersonal":
        speaker = resolver.institution(att.cue[0])
    elif att.inherit:
        speaker = _continued_speaker(drafts, att, segs)
    elif att.speaker is None:
        return None
    else:
        resolver.claimed = att.content
        speaker = resolver.resolve(*att.speaker, att.speaker_head)
        resolver.claimed = None
        if att.relay is not None:
            relay = resolver.resolve(*att.relay, att.relay_head)
    if speaker is None:
        return None
    head = att.speaker_head
    if head is not None and not att.inherit and negative_determiner(lex, head):
        return None  # "no group claimed responsibility", "aucun groupe n'a revendiqué": nobody speaks
    if head is not None and not att.inherit and speaker.kind != "person" \
            and (fold(head.text) in lex.press_nouns or fold(head.lemma_) in lex.press_nouns):
        # "un journaliste de l'AFP a constaté": the article's own narration (a journalist named,
        # "le journaliste Evan Smith a déclaré", speaks for himself)
        return None
    if speaker.kind == "person" and _own_reporter(article, lex, speaker):
        # "rapporte Michel Paul", introduced as "notre correspondant à X, Michel Paul": kept, not
        # emitted, so that a quote going on with his words is not given to the speaker before
        return Draft(att, speaker, None, att.base_stance, att.content, emit=False,
                     lex_elaborating=lex.elaborating)
    doc = article.doc
    if att.speaker is not None and att.speaker[0] <= att.content[0] < att.speaker[1]:
        return None  # the claimed words begin inside the speaker's words: a misparse
    if _describes_speaker(doc, att) or _holds_its_frame(doc, att):
        return None
    if _fragment(doc, att.content) or occasion_only(lex, doc, att):
        return None
    words = " ".join(fold(article.nlp_text[att.content[0]:att.content[1]]).split())
    if any(words.startswith(p) for p in lex.anonymity_phrases):
        return None  # ", asking not to be named": how the source spoke, not what it claims
    span = doc.char_span(*att.content, alignment_mode="expand")
    tokens = list(span) if span is not None else []
    text = article.nlp_text[att.content[0]:att.content[1]]
    stance = claim_stance(lex, att.base_stance, text, tokens)
    for extra in att.extra_stances:
        stance = stronger(stance, claim_stance(lex, extra, text, tokens))
    if stance == "assert":
        stance = _frame_stance(lex, doc, att, tokens) or stance
    if stance == "assert" and doubts(lex, doubt_frame(article.nlp_text, att.cue, att.content)):
        stance = "question"  # "said it was unlikely that ...": the doubt frames the claimed words
    words = {fold(t.lemma_) for t in tokens if t.pos_ in _CONTENT_POS and not t.is_stop and t.is_alpha}
    emit = not (att.kind == "impersonal" and stance == "assert")
    content = _without_leading_time(article, att.content)
    quoted = _quoted_content(quotes, content)
    if quoted is not None:
        att.direct_quote, content = True, quoted
    return Draft(att, speaker, relay, stance, content, words=words, emit=emit,
                 lex_elaborating=lex.elaborating)


_RELATIVE_DEPS = ("acl:relcl", "relcl")
# How many tokens before a person's first mention may hold the press noun and the first-person
# mark that make him the outlet's own reporter ("notre correspondant à Jérusalem, Michel Paul",
# "our correspondent in Kyiv, Anna Smith"): a title, a posting and a comma.
OWN_REPORTER_WINDOW = 8


def _own_reporter(article: Article, lex: Lexicon, speaker: Party) -> bool:
    """The person was introduced as the outlet's own reporter ("notre correspondant", "our
    reporter"): what he reports is the article's narration (news-dev convention), not his claim
    (a journalist named otherwise, "le journaliste Evan Smith", speaks for himself)."""
    if not lex.own_marks or not speaker.text:
        return False
    surname = speaker.text.split()[-1]
    at = article.nlp_text.find(surname)
    span = article.doc.char_span(at, at + len(surname), alignment_mode="expand") if at >= 0 else None
    if span is None:
        return False
    before = [fold(t.text) for t in article.doc[max(0, span.start - OWN_REPORTER_WINDOW):span.start]]
    return any(w in lex.press_nouns for w in before) and any(w in lex.own_marks for w in before)


def _describes_speaker(doc: Any, att: Attribution) -> bool:
    """The claimed words are a relative clause on the speaker's own noun ("une association, qu'on
    appelle le Collectif", "a group, which locals call the Collective"): who speaks, not what."""
    head = att.speaker_head
    if head is None or att.verb is None:
        return False
    span = doc.char_span(*att.content, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    root = span.root
    while root.dep_ not in _RELATIVE_DEPS and root.head.i != root.i and span.start <= root.head.i < span.end:
        root = root.head
    return root.dep_ in _RELATIVE_DEPS and root.head.i == head.i and root.i != att.verb.i


def _holds_its_frame(doc: Any, att: Attribution) -> bool:
    """The claimed words hold their own reporting verb and speaker, the verb's subject pointing
    back to a statement told before ("cette déclaration a été démentie par le ministre", "this
    statement was denied by the minister"), and nothing of the speaker's after it: the reporting
    sentence taken for the words; the statement is the one referred to, or the speaker's next
    sentence."""
    if att.verb is None or att.speaker is None:
        return False
    start, end = att.content
    if not (start <= att.verb.idx < end and start <= att.speaker[0] < end):
        return False
    after = doc.char_span(att.speaker[1], end, alignment_mode="expand") if att.speaker[1] < end else None
    if after is not None and any("Fin" in t.morph.get("VerbForm") for t in after):
        return False  # "..., qui assurent que ...": the speaker's own words follow it
    subjects = [c for c in att.verb.children if c.dep_.startswith("nsubj")]
    return any("Dem" in d.morph.get("PronType") for s in subjects for d in s.children if d.dep_ == "det")


def _frame_stance(lex: Lexicon, doc: Any, att: Attribution, tokens: list[Any]) -> str | None:
    """A stance the reporting verb does not carry but the words around it do: the claimed words
    led by the speaker's own act ("a déclaré avoir demandé au Pakistan d'enquêter", "said it had
    asked Pakistan to"), or a quote framed by a demand ("La RDC invite la communauté
    internationale à « ... », a-t-il ajouté")."""
    first, last = (tokens[0].i, tokens[-1].i) if tokens else (0, -1)
    # the claimed words' main verb: the first verb governed from outside them
    root = next((t for t in tokens if t.pos_ == "VERB" and not first <= t.head.i <= last), None)
    if root is not None:
        subject = next((c for c in root.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is None or subject.pos_ == "PRON":
            stance = att_mod.verb_stance(lex, root)
            if stance in ("demand", "deny", "condemn") and not is_negated(lex, root):
                return stance
    if att.direct_quote and tokens and tokens[0].i > 0:
        frame = doc[tokens[0].i - 1]
        for anc in [frame, *list(frame.ancestors)[:3]]:
            if anc.i >= tokens[0].i or anc.pos_ != "VERB" or any(
                    "\n" in t.text or t.text in (".", "!", "?") for t in doc[anc.i:tokens[0].i]):
                continue  # only a frame in the quote's own sentence
            stance = att_mod.verb_stance(lex, anc)
            if stance is not None:
                return stance if stance in ("demand", "condemn") and not is_negated(lex, anc) else None
    return None


def _fragment(doc: Any, content: tuple[int, int]) -> bool:
    """Claimed words that are no statement: a headline ("One Dead In Israeli Strike On South":
    every long word capitalised), or words cut inside a name or a possessive ("Arab Emirates
    (UAE) of ...", "'s attack") by a misparse."""
    span = doc.char_span(*content, alignment_mode="expand")
    if span is None or not len(span):
        return False
    long_words = [w for w in span.text.split() if len(w) > 3 and w[0].isalpha()]
    if len(long_words) >= HEADLINE_MIN_WORDS and all(w[0].isupper() for w in long_words):
        return True
    first = span[0]
    if first.text in ("'s", "’s", "'", "’") or doc_text(doc)[content[0]:content[0] + 3] in ("'s ", "’s "):
        return True
    prev = doc[first.i - 1] if first.i > 0 else None
    return prev is not None and prev.pos_ == "PROPN" and first.pos_ == "PROPN" and first.head.i == prev.i \
        and first.dep_ in ("flat", "flat:name", "compound")


# The longest preposition before a time opening the claimed words ("on", "dans", "depuis").
TIME_PREPOSITION_CHARS = 7


def _without_leading_time(article: Article, content: tuple[int, int]) -> tuple[int, int]:
    """"a affirmé mardi avoir détruit...": the time word dates the statement, it is not claimed."""
    text = article.nlp_text
    for m in article.of_kind("time"):
        s, e = article.to_nlp(*m.span)
        # "said on Tuesday they had struck": the preposition of the time too
        opening = text[content[0]:s].strip()
        if (s == content[0] or (0 < s - content[0] <= TIME_PREPOSITION_CHARS and opening.isalpha()
                                and opening.islower())) and e < content[1]:
            rest = article.nlp_text[e:content[1]]
            if rest.startswith(("'s", "’s")):
                return content  # "Tuesday's attack": the day belongs to the words claimed
            return e + len(rest) - len(rest.lstrip(" ,-–—:")), content[1]  # "09:12 — Sirens ..."
    return content


def _quoted_content(quotes: list[Quote], content: tuple[int, int]) -> tuple[int, int] | None:
    """Reported words that are a quotation ("selon X, « ... »") are a direct quote."""
    length = max(1, content[1] - content[0])
    for q in quotes:
        if q.depth == 0 and q.open_mark >= content[0] - 1 and q.close_mark <= content[1] + 1 \
                and (q.end - q.start) >= QUOTED_SHARE * length and q.statement:
            return q.start, q.end
    return None


def _continued_speaker(drafts: list[Draft], att: Attribution, segs: list[tuple[int, int]]) -> Party | None:
    """A quote opening a sentence without a reporting clause: the previous speaker goes on."""
    if not drafts:
        return None
    last = drafts[-1]
    if att.segment - last.att.segment > CONTINUATION_SENTENCES:
        return None
    return last.speaker


# --- merging ------------------------------------------------------------------------------------
def _absorb(into: Draft, other: Draft) -> None:
    """Fold another draft of the same speaker into this one (spans kept, strongest stance)."""
    into.stance = stronger(into.stance, other.stance)
    if other.att.direct_quote and not into.att.direct_quote:
        into.extra.append(into.content)
        into.content = other.content
        into.att.direct_quote = True
        into.att.cue = other.att.cue
    else:
        into.extra.append(other.content)
    into.extra.extend(other.extra)
    into.merged += [other.att, *other.merged]
    into.words |= other.words
    into.relay = into.relay or other.relay
    into.emit = into.emit or other.emit


def _merge_sentence(drafts: list[Draft]) -> list[Draft]:
    """One claim per speaker per sentence: "il a été souligné que A et il a été demandé B"."""
    out: list[Draft] = []
    for d in drafts:
        same = next((o for o in out if o.speaker.name == d.speaker.name and o.att.segment == d.att.segment
                     and o.att.segment >= 0 and not (o.att.direct_quote and d.att.direct_quote)
                     and not (_statement_of_its_own(o) or _statement_of_its_own(d))
                     and not kept_apart(o, d)), None)
        if same is None:
            out.append(d)
            continue
        if d.emit and not same.emit:
            same.content = d.content
            same.stance = d.stance
            same.emit = True
            same.words |= d.words
            continue
        span = (min(same.content[0], d.content[0]), max(same.content[1], d.content[1]))
        stance = stronger(same.stance, d.stance)
        _absorb(same, d)
        if not same.att.direct_quote:
            same.content = span
            same.extra = [s for s in same.extra if not (span[0] <= s[0] and s[1] <= span[1])]
        same.stance = stance
    return out


def _statement_of_its_own(d: Draft) -> bool:
    """A participial clause is a claim of its own (", soutenant avoir", ", dénonçant", ", accusing
    X of") unless it only goes on with the same assertion (", ajoutant que", ", adding that")."""
    if d.att.own:
        # "condemned A and accused B of C" (clauses.own_coordinate), "le gouvernement, qui
        # réclame des sanctions, a accusé X": the relative clause is the subject's other statement
        return True
    if not d.att.participial or d.att.verb is None:
        return False
    return d.stance != "assert" or fold(d.att.verb.lemma_) not in d.lex_elaborating


def _merge_repeats(drafts: list[Draft], title_end: int = -1) -> list[Draft]:
    """A lede that restates a later quote of the same speaker is one claim, not two. A headline
    restated at more length in the body (``title_end``: where the first line ends) keeps the
    body's words, the statement whole ("le Hamas a rapporté une frappe de l'armée israélienne
    sur l'hôpital"), not the headline's clipped ones ("... dans une frappe israélienne sur un
    hôpital selon le Hamas")."""
    out: list[Draft] = []
    for d in drafts:
        restated = sorted(((_repeat_score(o, d), n) for n, o in enumerate(out)), reverse=True)
        restated = [(s, n) for s, n in restated if s > 0]
        if not restated:
            out.append(d)
            continue
        best = out[restated[0][1]]
        if 0 <= best.content[1] <= title_end < d.content[0] and best.att.direct_quote == d.att.direct_quote \
                and len(d.words) > len(best.words):
            best.content, d.content = d.content, best.content  # the body's fuller words are the claim's
        _absorb(best, d)
        # a headline and a lede that both restate the quote are that one statement too
        # ("X réclame l'accès aux données" / "X a réclamé mercredi l'accès ..." / « ... »)
        others = [out[n] for _, n in restated[1:] if d.att.direct_quote and not out[n].att.direct_quote]
        for o in others:
            _absorb(best, o)
        out = [o for o in out if not any(o is x for x in others)]
    return out


def _repeat_score(o: Draft, d: Draft) -> float:
    """How much a later draft restates an earlier one of the same speaker (0: it does not)."""
    if o.speaker.name != d.speaker.name or not (o.emit and d.emit):
        return 0.0
    if (o.stance == "deny") != (d.stance == "deny"):
        return 0.0  # "confirmed A but denied B" after a quote on A: a denial restates no assertion
    shared = len(o.words & d.words)
    score = shared / max(1, min(len(o.words), len(d.words)))
    whole = shared / max(1, len(o.words), len(d.words))
    if not (o.att.direct_quote or d.att.direct_quote):
        # two reported statements are two claims, unless one all but repeats the other (a lede
        # and the paragraph that details it: "font état de plusieurs morts dans une frappe de
        # missile dans le sud" / "au moins quatre personnes sont mortes dans une frappe ...")
        if o.stance != d.stance:
            return 0.0
        if shared >= REPORTED_REPEAT_MIN_SHARED and whole >= REPORTED_REPEAT_MIN_WHOLE:
            return score
        # a short restatement whose words all come in the other ("ont revendiqué l'attaque" after
        # "ont revendiqué une attaque de drone qui a fait un mort à Tel-Aviv") says nothing new
        return score if shared >= REPEAT_MIN_SHARED and shared == min(len(o.words), len(d.words)) else 0.0
    if o.att.direct_quote and d.att.direct_quote and shared < min(len(o.words), len(d.words)):
        # two quotations are two statements (« A », poursuit le texte. Selon la même source, « B »),
        # unless one is a fragment of the other's words (« crime odieux » ... « un crime odieux »)
        return 0.0
    if shared >= REPEAT_MIN_SHARED and score >= REPEAT_MIN_OVERLAP and whole >= REPEAT_MIN_WHOLE:
        return score
    return 0.0


def _merge_same_words(drafts: list[Draft]) -> list[Draft]:
    """The same words given to two speakers are one statement: "Moscou dément : « A », a déclaré
    le ministère" frames the ministry's quote; a quote that both the sentence before and the one
    after seem to report. The quote's own reporting clause names the speaker; else the first."""
    out: list[Draft] = []
    for d in drafts:
        # (a denial whose words hold what it denies is the other side's answer, not the same words)
        same = next((o for o in out if o.emit and d.emit and o.speaker.name != d.speaker.name
                     and not (o.att.answers or d.att.answers or o.att.held or d.att.held)
                     and _shared_share(o.content, d.content) >= SAME_WORDS_SHARE
                     and ((o.stance == "deny") == (d.stance == "deny")
                          or _shared_share(o.content, d.content, longer=True) >= SAME_WORDS_SHARE)), None)
        if same is None:
            out.append(d)
            continue
        keep, drop = (d, same) if _own_quote(d) and not _own_quote(same) else (same, d)
        keep.stance = stronger(keep.stance, drop.stance)
        keep.relay = keep.relay or drop.relay
        if keep is d:
            out[out.index(same)] = d
    return out


def _merge_short_quotes(article: Article, drafts: list[Draft]) -> list[Draft]:
    """A short quote ("« Il a évolué », a déclaré le ministre") opening what its speaker goes on
    to say in the next sentence ("« Il est fixé à 35 morts », a-t-il dit") is that statement's
    start, not a claim of its own; a quote with no reporting clause right after a quote of its
    speaker goes on with it."""
    out: list[Draft] = []
    for n, d in enumerate(drafts):
        nxt = drafts[n + 1] if n + 1 < len(drafts) else None
        words = len(article.nlp_text[d.content[0]:d.content[1]].split())
        if nxt is not None and d.att.direct_quote and nxt.att.direct_quote and d.emit and nxt.emit \
                and words < att_mod.QUOTE_MIN_WORDS and nxt.speaker.name == d.speaker.name \
                and 0 <= nxt.att.segment - d.att.segment <= CONTINUATION_SENTENCES:
            nxt.extra.append(d.content)
            nxt.stance = stronger(nxt.stance, d.stance)
            continue
        prev = out[-1] if out else None
        if prev is not None and d.att.inherit and prev.att.direct_quote and prev.emit and d.emit \
                and prev.speaker.name == d.speaker.name and prev.stance == d.stance and prev.words & d.words:
            # « A », a-t-il déclaré. « B ». — a quote with no reporting clause goes on with A on
            # the same matter (one with a stance of its own, "B is unacceptable", or on another
            # matter, "we need generators", is a statement of its own)
            _absorb(prev, d)
            continue
        out.append(d)
    return out


def _drop_pull_quotes(article: Article, drafts: list[Draft]) -> None:
    """A quote with no reporting clause of its own whose words come again inside another quote
    that names its speaker (an intertitle or pull quote: « Nous n'abandonnerons jamais l'atoll »
    over the paragraph where the spokesman says it) is that statement shown twice, not a
    statement of the speaker before it: not emitted."""
    def words(d: Draft) -> str:
        return " ".join(fold(article.nlp_text[d.content[0]:d.content[1]]).replace('"', " ").split())

    owned = [words(o) for o in drafts if o.emit and _own_quote(o)]
    for d in drafts:
        if d.emit and d.att.inherit and d.att.direct_quote:
            mine = words(d)
            if len(mine.split()) >= PULL_QUOTE_MIN_WORDS and any(mine in o and o != mine for o in owned):
                d.emit = False


def _shared_share(a: tuple[int, int], b: tuple[int, int], longer: bool = False) -> float:
    """The share of the shorter (or the longer) span that the two spans have in common."""
    common = min(a[1], b[1]) - max(a[0], b[0])
    pick = max if longer else min
    return max(0, common) / max(1, pick(a[1] - a[0], b[1] - b[0]))


def _own_quote(d: Draft) -> bool:
    """A direct quote whose reporting clause names its speaker (not a continued one)."""
    return d.att.direct_quote and d.att.kind == "quote" and not d.att.inherit


# --- records ------------------------------------------------------------------------------------
def _after_dateline(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """The claimed words without a dateline they start with (at the start of a line)."""
    start, end = span
    if start > 0 and text[start - 1] not in "\n":
        return span
    found = DATELINE.match(text, start, end)  # newsevents/read/datelines.py
    if found is None or not any(c.isupper() for c in found.group(0)[:3]):
        return span
    return found.end(), end


def _to_claim(article: Article, d: Draft) -> Claim:
    content_span = _after_dateline(article.text, article.to_original(*d.content))
    cue = article.to_original(*d.att.cue)
    spans = [content_span, cue] + [article.to_original(*s) for s in d.extra]
    if d.att.speaker is not None:
        spans.append(article.to_original(*d.att.speaker))
    return Claim(
        speaker=d.speaker,
        stance=d.stance,  # type: ignore[arg-type]
        content=article.text[content_span[0]:content_span[1]],
        content_span=content_span,
        direct_quote=d.att.direct_quote,
        date=next((w for w in (_date_of(article, a) for a in [d.att, *d.merged]) if w), None),
        relay=d.relay,
        cue=cue,
        spans=sorted(set(spans)),
        sentence=_sentence_index(article.doc, d.att.cue[0]),
    )


def _sentence_index(doc: Any, char: int) -> int:
    for n, sent in enumerate(doc.sents):
        if sent.start_char <= char < sent.end_char:
            return n
    return -1


def _date_of(article: Article, att: Attribution) -> When | None:
    """When the statement was made: a time expression governed by (or right by) the reporting
    verb and outside the claimed words ("a déclaré mardi", "said on Tuesday"), else one opening
    the reporting clause ("En novembre 2020, l'ancien chef ..., X a déclaré que")."""
    verb = att.verb
    if verb is None:
        return None
    doc = article.doc
    segs = segments(doc)
    seg = segs[att_mod.segment_of(segs, verb.i)]
    opening: tuple[int, When] | None = None
    for m in article.of_kind("time"):
        s, e = article.to_nlp(*m.span)
        if att.content[0] <= s < att.content[1] or not isinstance(m.value, When):
            continue
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is None:
            continue
        root = span.root
        if seg[0] <= span.start < seg[1] and (root.head.i == verb.i or abs(root.i - verb.i) <= DATE_WINDOW):
            return m.value
        later = opening is None or span.end > opening[0]
        if span.end <= verb.i and later and _opens_clause(doc, span.end, verb):
            opening = (span.end, m.value)
    return opening[1] if opening else None


def _opens_clause(doc: Any, start: int, verb: Any) -> bool:
    """Nothing but the speaker's noun phrase between a time expression and the reporting verb
    (no other verb, no sentence end), within DATE_LOOKBACK tokens."""
    if verb.i - start > DATE_LOOKBACK:
        return False
    between = doc[start:verb.i]
    aux = {c.i for c in verb.children if c.dep_.startswith("aux")}
    return not any(t.text in (".", "!", "?", ";") or "\n" in t.text
                   or (t.pos_ in ("VERB", "AUX") and t.i not in aux) for t in between)
