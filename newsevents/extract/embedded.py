"""Statements embedded in a noun phrase or a passive: the speaker is an agent or a relative's subject.

Why: conflict news often gives a side's verdict inside the sentence that reports the other side's
accusation, not as a clause of its own: "une accusation qualifiée de « ridicule » par Kigali",
"Jugée délibérée par Varsovie, l'intrusion ...", "an accusation the UAE has denied", "la
mutilation est considérée par le ministre comme une « grave provocation »". Each is a claim of
the agent (or of the relative clause's subject) about the noun phrase it qualifies, and its
stance comes from the verb and the qualifying words ("ridicule" denies, "délibérée" asserts).

- ``passive_participles``: a past participle of a reporting verb without an auxiliary, with an
  agent ("qualifiée de X par Y", "jugée X par Y", "described as X by Y"), on a noun or opening
  the sentence: Y's claim; the words are the noun phrase and the participle's phrase.
- ``antecedent_content``: the claimed words of a relative clause on a speech noun ("an accusation
  the UAE has denied", "une accusation que Kigali a démentie"): what the noun stands for (the
  phrase it is in apposition to, else the clause before it).
- ``passive_content``: the claimed words of a finite passive with an agent ("est considérée par X
  comme ..."): the clause from its subject on.
Offsets are nlp_text character offsets, like attribution.py.
"""

from __future__ import annotations

from typing import Any

from newsevents.extract.attribution import (
    STANCE_CONTENT_MIN_WORDS,
    Attribution,
    np_span,
    trim_content,
    verb_stance,
)
from newsevents.extract.clauses import claimed_place
from newsevents.extract.quotes import Quote
from newsevents.extract.stance import Lexicon, fold, is_negated
from newsevents.extract.triggers import SUBJECT_DEPS

# How far (tokens) after a participle its agent's preposition may stand ("qualifiés d'actions
# « illégales » et « dangereuses » par les Philippines" is 9); further, "par"/"by" is another
# complement. The search stops at a comma or a verb anyway.
AGENT_WINDOW = 10
_RELATIVE_DEPS = ("relcl", "acl:relcl")


def participle_lemma(lex: Lexicon, tok: Any) -> str | None:
    """The infinitive of a participle the tagger read as an adjective ("qualifiée" -> "qualifier")."""
    word = fold(tok.text)
    for ending, infinitive in lex.participle_endings:
        if word.endswith(ending) and len(word) > len(ending) + 2:
            return word[:-len(ending)] + infinitive
    return None


def participle_stance(lex: Lexicon, tok: Any) -> str | None:
    """The stance of a past participle of a reporting verb, also of one the tagger read as an
    adjective ("qualifiée" ADJ -> "qualifier"); None when the token is none."""
    if tok.pos_ in ("VERB", "AUX"):  # the morphology read of verbs only: asked of every token
        forms = tok.morph.get("VerbForm")
        past = ("Part" in forms and "Pres" not in tok.morph.get("Tense")) or tok.tag_ == "VBN"
        return verb_stance(lex, tok) if past else None
    if tok.pos_ != "ADJ":
        return None
    lemma = participle_lemma(lex, tok)
    return lex.verbs[lemma] if lemma in lex.verbs and lemma not in lex.particles else None


def _clause(doc: Any, segs: list[tuple[int, int]], n: int) -> tuple[int, int]:
    """A segment joined to its neighbours where the parser cut the sentence at a comma
    ("« ... », une accusation qualifiée ...", "Jugée délibérée par X, l'intrusion ...")."""
    lo, hi = segs[n]
    if n > 0 and doc[lo].text == ",":
        lo = segs[n - 1][0]
    if n + 1 < len(segs) and (doc[hi - 1].text == "," or doc[hi].text == ","):
        hi = segs[n + 1][1] if n + 1 < len(segs) else hi
    return lo, hi


def agent_of(lex: Lexicon, verb: Any, stop: int) -> Any | None:
    """The agent of a passive reporting verb: "par X" / "by X" after it in the same clause (the
    parser often hangs it on the qualifying word: "qualifiés d'actions illégales par X")."""
    doc = verb.doc
    for t in doc[verb.i + 1:min(stop, verb.i + 1 + AGENT_WINDOW)]:
        if t.text in (",", ";", ":", ".") or (t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "acl")):
            return None
        if fold(t.text) in lex.agent_prepositions and t.pos_ == "ADP":
            for k in range(t.i + 1, min(stop, t.i + 4)):
                noun = doc[k]
                if noun.pos_ in ("NOUN", "PROPN"):
                    while noun.dep_ in ("compound", "flat", "flat:name") and noun.head.i > noun.i:
                        noun = noun.head
                    return noun
                if noun.pos_ not in ("DET", "ADJ"):
                    return None
            return None
    return None


def passive_participles(lex: Lexicon, doc: Any, quotes: list[Quote], segs: list[tuple[int, int]],
                        used: set[int]) -> list[Attribution]:
    """Claims of the agent of a passive reporting verb the other constructions left (see the
    module): a bare participle on a noun or opening the sentence, or a finite passive whose
    agent the parser hung elsewhere."""
    out: list[Attribution] = []
    for n, seg in enumerate(segs):
        for verb in doc[seg[0]:seg[1]]:
            if verb.i in used or _inside_quote(quotes, verb.idx):
                continue
            stance = participle_stance(lex, verb)
            if stance is None or claimed_place(lex, verb):  # "le Cachemire est revendiqué par"
                continue
            finite = any(c.dep_.startswith("aux") for c in verb.children)
            if not finite and stance == "assert" and fold(verb.lemma_) not in lex.verdict_verbs \
                    and (participle_lemma(lex, verb) or "") not in lex.verdict_verbs:
                continue  # "un bilan communiqué par les secours", "soutenu par X": a source, no verdict
            if finite and is_negated(lex, verb):
                stance = lex.negated_stance.get(stance)
                if fold(verb.lemma_) in lex.negated_to_deny:
                    stance = "deny"
                if stance is None:
                    continue
            agent = agent_of(lex, verb, seg[1])
            if agent is None:
                continue
            content = _participle_content(lex, doc, verb, agent, _clause(doc, segs, n))
            if content is None:
                continue
            out.append(Attribution("reported", (verb.idx, verb.idx + len(verb.text)), content, stance,
                                   verb=verb, speaker=np_span(agent), speaker_head=agent, segment=n))
    return out


def _participle_content(lex: Lexicon, doc: Any, verb: Any, agent: Any,
                        seg: tuple[int, int]) -> tuple[int, int] | None:
    """What the passive qualifies, with the qualification (the claimed words must hold it:
    "ridicule", "délibérée"), up to the agent's words."""
    end = agent.i + 1
    for t in doc[agent.i + 1:agent.right_edge.i + 1]:  # the agent's words, not a clause hung on it
        if t.text in (",", ";", ":") or t.pos_ in ("VERB", "AUX"):
            break
        end = t.i + 1
    if any(c.dep_.startswith("aux") for c in verb.children):  # "ont été qualifiés de ... par X"
        subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
        start = subject.left_edge.i if subject is not None else seg[0]
        return trim_content(doc, max(seg[0], start), min(seg[1], end), STANCE_CONTENT_MIN_WORDS)
    if verb.i == seg[0] or (verb.i > seg[0] and doc[verb.i - 1].is_punct and verb.i - 1 == seg[0]):
        # "Jugée délibérée par Varsovie, l'intrusion ... a provoqué": the subject after the comma
        comma = next((t.i for t in doc[end:seg[1]] if t.text == ","), None)
        if comma is None or comma > end + 1:
            return None
        subject = next((t for t in doc[comma + 1:seg[1]] if t.dep_ in SUBJECT_DEPS), None)
        if subject is not None:
            stop = subject.right_edge.i + 1
        else:  # the parser lost the subject: the words after the comma up to the main verb
            stop = next((t.i for t in doc[comma + 1:seg[1]] if t.pos_ in ("VERB", "AUX")), seg[1])
        return trim_content(doc, verb.i, min(seg[1], stop), STANCE_CONTENT_MIN_WORDS)
    head = verb.head
    noun = head if head.pos_ in ("NOUN", "PROPN") and head.i < verb.i else None
    if noun is None and verb.i > seg[0] and doc[verb.i - 1].pos_ in ("NOUN", "PROPN"):
        noun = doc[verb.i - 1]
    if noun is None:
        return None
    start = _own_start(noun)
    if fold(noun.lemma_) in lex.accusation_nouns:
        antecedent = _antecedent(lex, doc, noun, seg)
        if antecedent is not None:
            start = antecedent
    return trim_content(doc, max(seg[0], start), min(seg[1], end), STANCE_CONTENT_MIN_WORDS)


def _own_start(noun: Any) -> int:
    """The first word of a noun with its determiner and adjectives before it (its left edge may
    run back over the clause when the parser made it a root)."""
    before = [c.i for c in noun.children if c.i < noun.i and c.dep_ in ("det", "amod", "nummod", "compound")]
    return min(before, default=noun.i)


def _phrase_start(lex: Lexicon, target: Any) -> int:
    """The first word of the proposition a speech noun in apposition sums up: the whole noun
    phrase ("its support for the RSF through the supply of weaponry — an accusation"), or, when it
    is the object of what a reporting verb says, all the verb's words ("accused X of arming the
    militia, an accusation"). Never climbs over another finite verb."""
    while target.head.i < target.i:
        head = target.head
        if head.pos_ in ("VERB", "AUX") and verb_stance(lex, head) is not None:
            return int(head.i + 1)
        if head.pos_ in ("NOUN", "PROPN", "ADP"):
            target = head
            continue
        forms = head.morph.get("VerbForm")
        if head.pos_ == "VERB" and ("Ger" in forms or "Inf" in forms or head.tag_ in ("VBG", "VB")) \
                and head.head.pos_ == "ADP":
            target = head  # "of arming the militia": on to the verb that governs it
            continue
        break
    return int(target.left_edge.i)


def _antecedent(lex: Lexicon, doc: Any, noun: Any, seg: tuple[int, int]) -> int | None:
    """Where the words a speech noun stands for begin: the phrase it is in apposition to
    ("its support for the RSF — an accusation ..."), else the clause before its comma."""
    if noun.dep_ == "appos" and noun.head.i < noun.i:
        return _phrase_start(lex, noun.head)
    first = _own_start(noun)
    if first > seg[0] and doc[first - 1].text in (",", "—", "–", "-", ";"):
        return seg[0]
    return None


def antecedent_content(lex: Lexicon, verb: Any, seg: tuple[int, int]) -> tuple[int, int] | None:
    """Claimed words of a relative clause on a speech noun ("an accusation the UAE has denied"):
    the words the noun stands for, with the noun and its clause; None when the verb is no such
    clause."""
    head = verb.head
    if verb.dep_ not in _RELATIVE_DEPS or head.pos_ != "NOUN" \
            or fold(head.lemma_) not in lex.accusation_nouns:
        return None
    start = _antecedent(lex, verb.doc, head, seg)
    if start is None:
        return None
    # the noun and its clause stay in the words: what the speaker calls it is part of the claim
    return trim_content(verb.doc, start, min(seg[1], verb.right_edge.i + 1), STANCE_CONTENT_MIN_WORDS)


def blamed_antecedent(lex: Lexicon, verb: Any, seg: tuple[int, int]) -> tuple[int, int] | None:
    """A relative clause laying the noun it hangs on at someone's door ("an airstrike that Syrian
    media blamed on Israel", "une frappe que les médias ont imputée à Israël"): its speaker claims
    the act and its author, so the noun phrase with its clause is the claimed words; None for any
    other verb (lex.blame_verbs)."""
    head = verb.head
    if verb.dep_ not in (*_RELATIVE_DEPS, "acl") or head.pos_ != "NOUN" \
            or fold(verb.lemma_) not in lex.blame_verbs \
            or not any(c.dep_.startswith("nsubj") and c.i < verb.i for c in verb.children) \
            or not any(c.i > verb.i and c.dep_ in ("prep", "obl:arg", "obl") for c in verb.children):
        return None
    start = max(seg[0], head.left_edge.i)
    while start < head.i and verb.doc[start].pos_ == "ADP":
        start += 1  # "dans une frappe que ...": the preposition is the sentence's, not the claim's
    return trim_content(verb.doc, start, min(seg[1], verb.right_edge.i + 1), STANCE_CONTENT_MIN_WORDS)


def passive_content(verb: Any, topic: int, seg: tuple[int, int],
                    min_words: int) -> tuple[int, int] | None:
    """A finite passive with an agent ("la mutilation est considérée par le ministre comme une
    provocation"): the clause from its subject on, agent included (what it is called is the claim)."""
    return trim_content(verb.doc, max(seg[0], min(topic, verb.i)), seg[1], min_words)


def _inside_quote(quotes: list[Quote], pos: int) -> bool:
    return any(q.depth == 0 and q.open_mark < pos < q.close_mark and q.statement for q in quotes)
