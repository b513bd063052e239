"""The subject of a reporting verb, as the parser gives it or as a misparse hides it.

Why a module of its own beside attribution.py: the parser's subject is often wrong around a
report (a conjunct's object read as its subject, a live blog's time as a second subject, an
inverted pronoun on the auxiliary, a title and its name in apposition hung on the reported verb:
", the city's mayor, Vitali Klitschko, said"); each repair is a small reading of one shape, and
the claim finders (attribution, hypotheses, reasons) share them.
"""

from __future__ import annotations

from typing import Any

from newsevents.extract.clauses import SUBJECT_DEPS as _SUBJECT_DEPS
from newsevents.extract.clauses import is_passive, stray_relative, verb_stance
from newsevents.extract.headline_verbs import headline_passive
from newsevents.extract.stance import Lexicon, bare_pronoun, fold


def subject_of(lex: Lexicon, verb: Any) -> Any | None:
    """The verb's subject; a misread verb form's subject is the noun phrase right before it; a
    relative pronoun of a relative clause the parser hung on the verb before is its antecedent
    (see relative_antecedent; attribution reads a well-parsed one's itself)."""
    subj = _subject_of(lex, verb)
    # a denial in a relative clause misread as adverbial, or in an English one (its pronoun has no
    # PronType=Rel for attribution's own reading): "the rebels, who denied any role", the reply of
    # the accused named before (claim_replies); not "The army, which accused X, said": one claim
    if subj is not None and subj.i < verb.i and relative_pronoun(subj) and verb_stance(lex, verb) == "deny" \
            and (verb.dep_ == "advcl" or "Rel" not in subj.morph.get("PronType")):
        return relative_antecedent(verb, subj) or subj
    return subj


def relative_pronoun(tok: Any) -> bool:
    """"qui", "which", "who": the French tagger marks it PronType=Rel, the English one tags it."""
    return "Rel" in tok.morph.get("PronType") or tok.tag_ in ("WDT", "WP")


def relative_antecedent(verb: Any, rel: Any) -> Any | None:
    """The noun a relative clause's pronoun stands for: the noun the clause hangs on, or, when the
    parser hung the clause on the verb before as an adverbial one ("a accusé les FDS, qui ont
    démenti"), the noun right before the pronoun, over its punctuation ("(FDS), qui")."""
    if verb.dep_ in ("relcl", "acl:relcl"):
        return verb.head if verb.head.pos_ in ("NOUN", "PROPN") else None
    if verb.dep_ != "advcl":
        return None
    doc, before = verb.doc, rel.i - 1
    while before >= 0 and (doc[before].is_punct or doc[before].is_space):
        before -= 1
    return doc[before] if before >= 0 and doc[before].pos_ in ("NOUN", "PROPN") else None


def _subject_of(lex: Lexicon, verb: Any) -> Any | None:
    found = [c for c in verb.children if c.dep_ in _SUBJECT_DEPS and fold(c.text) not in lex.pronoun_prefixes]
    if found and verb.dep_ == "conj" and all(c.i > verb.i for c in found) \
            and any(c.dep_ == "cc" and c.i < verb.i for c in verb.children) \
            and any(c.dep_ in _SUBJECT_DEPS and c.i < verb.head.i for c in verb.head.children):
        # "Le Pentagone dénonce A et appelle l'Iran à cesser": the object after a verb coordinated
        # by a conjunction the parser took for its subject; the first verb's subject is this one's
        # too (not a postposed reporting clause the parser made a conjunct: ", a indiqué X")
        return _subject_of(lex, verb.head)
    if len(found) > 1:
        # "09:40 - Hezbollah said": a live blog's time the parser took for a second subject;
        # "Q: The Taliban say": a transcript's label
        doc = verb.doc
        found = [c for c in found if c.like_num is False and c.pos_ != "NUM"
                 and not (c.i + 1 < len(doc) and doc[c.i + 1].text == ":")] or found
    if found:
        # two subjects is a misparse: "Comme le gouvernement, qui réclame ..., les Etats-Unis ont
        # accusé" (a clause between them: the nearer one is the verb's own), "Le Corps des
        # Gardiens, l'armée idéologique de l'Iran, a annoncé" (an apposition: the first)
        before = [c for c in found if c.i < verb.i]
        if len(before) > 1 and any(t.pos_ in ("VERB", "AUX") or _dateline_dash(t)
                                   for t in verb.doc[before[0].i:before[-1].i]):
            # ... or a dateline ends between them ("BEIRUT/JERUSALEM, March 3 (Reuters) - Lebanon's
            # Hezbollah said": the datelined cities are no subject)
            return before[-1]
        return found[0]
    pronouns = lex.singular_pronouns | lex.plural_pronouns
    for aux in verb.children:  # "a-t-elle dit": the inverted pronoun hangs on the auxiliary,
        # or on the "-t" the parser took for the subject
        prefix = aux.dep_ in _SUBJECT_DEPS and fold(aux.text) in lex.pronoun_prefixes
        if aux.dep_.startswith("aux") or prefix:
            for g in aux.children:
                if g.pos_ == "PRON" and bare_pronoun(lex, g.text) in pronouns:
                    return g
    stray = stray_relative(verb)  # "un élu qui, sous couvert d'anonymat, le maintenait"
    if stray is not None:
        return stray
    apposed = _apposed_before(verb)
    if apposed is not None and not any(c.dep_ == "cc" for c in verb.children):
        return apposed  # not "X pulled bodies out and said": a conjunct without "and"
    inverted = _inverted_object(lex, verb)
    if inverted is not None:
        return inverted
    if verb.dep_ == "conj":
        return _subject_of(lex, verb.head)
    if verb.pos_ not in ("VERB", "AUX") and verb.i > 0:
        prev = verb.doc[verb.i - 1]
        if prev.pos_ == "ADJ" and prev.dep_ == "amod" and prev.head.i < prev.i:
            prev = prev.head  # "Le gouvernement malien dément": the noun the adjective qualifies
        if prev.pos_ in ("PROPN", "NOUN", "PRON"):
            return prev
    return perfect_on_noun(verb)


# How an inverted subject and its title's complement hang on a reporting verb the parser misread.
_TITLE_DEPS = ("obj", "dobj", "obl:mod", "obl", "nmod", "appos", "flat:name")


def _inverted_object(lex: Lexicon, verb: Any) -> Any | None:
    """The postposed subject of a reporting clause closing the sentence, which the parser read as
    the verb's object ("L'armée a frappé une embarcation, a annoncé le secrétaire à la Défense Pete
    Hegseth."): the verb follows a comma right before it (or its auxiliary), has no subject and no
    conjunction, and its object runs to the sentence's end. A reporting verb's own object there
    ("..., a annoncé la mort de X") is a noun the speaker nouns or a name do not make a speaker of."""
    if verb.i < 2 or verb_stance(lex, verb) is None or any(c.dep_ == "cc" for c in verb.children):
        return None
    first = min([verb, *(c for c in verb.children if c.dep_.startswith("aux") and c.i < verb.i)],
                key=lambda t: t.i)
    if first.i == 0 or verb.doc[first.i - 1].text != ",":
        return None
    obj = next((c for c in verb.children if c.dep_ in ("obj", "dobj") and c.i > verb.i), None)
    if obj is None or obj.i > verb.i + 2 or obj.pos_ not in ("NOUN", "PROPN") \
            or (obj.pos_ == "NOUN" and fold(obj.lemma_) not in lex.source_nouns):
        return None
    # nothing after the verb but the object and its title's complement ("à la Défense Pete Hegseth",
    # which the parser may hang on the verb), up to the sentence's end: no clause reported after it
    later = [c for c in verb.children if c.i > verb.i and not c.is_punct]
    ends = max(t.i for t in verb.subtree)
    if not all(c.dep_ in _TITLE_DEPS for c in later) \
            or not all(t.is_punct for t in verb.doc[ends + 1:verb.sent.end]):
        return None
    # the title's holder named at its end ("... à la Défense Pete Hegseth"): else the parse may be
    # right, or the words a channel ("a annoncé le gouverneur sur Telegram"), read as before
    return obj if _holder_named(verb, obj) else None


def _holder_named(verb: Any, obj: Any) -> bool:
    """A complement hung on the verb right after the object holds a name in apposition."""
    title = next((c for c in verb.children if c.left_edge.i == obj.right_edge.i + 1
                  and c.dep_ in ("obl:mod", "obl", "nmod")), None)
    return title is not None and any(t.dep_ == "appos" and t.pos_ == "PROPN" for t in title.subtree)


def perfect_on_noun(verb: Any) -> Any | None:
    """A past participle with its tense auxiliary that the parser hung on a noun before it as a
    modifier (a quote mark between them misleads it: "Le secrétaire général de l'ONU, X, a
    « condamné fermement » l'attaque"): a participle that qualifies a noun never has "a" / "has";
    the clause is finite and the noun is its subject."""
    head = verb.head
    if verb.dep_ != "acl" or head.i >= verb.i or head.pos_ not in ("NOUN", "PROPN"):
        return None
    tense = any(c.dep_ in ("aux", "aux:tense") and head.i < c.i < verb.i and "Fin" in c.morph.get("VerbForm")
                for c in verb.children)  # finite: "ayant évoqué" is a participle clause on its noun
    return head if tense else None


# How an apposed name hangs on the title it names ("the city's mayor, Vitali Klitschko").
_APPOSED_DEPS = frozenset({"appos", "compound", "flat", "flat:name"})


def _apposed_before(verb: Any) -> Any | None:
    """", the city's mayor, Vitali Klitschko, said.": a title and its name in apposition closed by
    a comma right before a subjectless reporting verb are its subject, whatever the parser hung
    them on (the English model makes "mayor" an adverbial of the reported verb). The title is
    returned: the name apposed to it resolves it (speakers)."""
    doc = verb.doc
    j = verb.i - 1
    if verb.pos_ != "VERB" or j < 1 or doc[j].text != "," or doc[j - 1].pos_ != "PROPN":
        return None
    tok = doc[j - 1]
    for _ in range(4):  # from the name up to its title, no further ("the rubble, the governor, X")
        if tok.pos_ != "PROPN" or tok.dep_ not in _APPOSED_DEPS or tok.head.i >= tok.i \
                or tok.head.pos_ not in ("NOUN", "PROPN"):
            break
        tok = tok.head
    return tok if tok.pos_ == "NOUN" and tok.dep_ not in _SUBJECT_DEPS else None


def finite_on_name(verb: Any) -> Any | None:
    """A finite verb the parser hung on the noun right before it as a clause on that noun
    ("Burkina Faso : le JNIM revendique une attaque", "Mali : l'armée revendique la mort d'un
    chef", a headline read as one noun phrase): the noun is its subject, a name or a noun with
    its article (a finite verb never qualifies a noun without "qui"; a participle there does:
    "l'attaque revendiquée")."""
    head = verb.head
    if verb.dep_ != "acl" or head.i != verb.i - 1 or "Fin" not in verb.morph.get("VerbForm"):
        return None
    determined = head.pos_ == "NOUN" and any(c.dep_ == "det" and c.i < head.i for c in head.children)
    return head if head.ent_type_ or head.is_title or head.is_upper or determined else None


# the dash closing a dateline after its agency's bracket ("(Reuters) - ", "(AFP) — ")
_DASHES = frozenset("-–—")


def _dateline_dash(tok: Any) -> bool:
    """The dash that ends a dateline: right after the closing bracket of the agency's name."""
    return tok.text in _DASHES and tok.i > 0 and tok.doc[tok.i - 1].text == ")"


def passive_report(lex: Lexicon, verb: Any) -> bool:
    """The reporting verb is a passive, its subject what is reported or whom it is about, its
    speaker only an agent ("X est considérée par Y"). A headline's passive drops its auxiliary:
    "Sudan's RSF accused of drone attack on airport", a bare past participle (tag VBN) with a
    subject and no object, names the accused, not an accuser -- in the headline only: in the body
    the tagger reads many an active past as VBN ("The UN Secretary-General on Friday called on
    both sides to halt the fighting")."""
    if fold(verb.lemma_) in lex.perfect_with_be:
        return False
    return is_passive(verb) or (verb.tag_ == "VBN" and headline_passive(verb))


def np_chars(head: Any, start: int, end: int) -> tuple[int, int]:
    """The character offsets of a speaker's noun phrase, tokens ``start`` to ``end`` (exclusive),
    over an adjective right after it that the parser hung on the reporting verb instead: in "a
    indiqué l'état-major interarmées sud-coréen", "sud-coréen" (a modifier of the verb, as
    parsed) qualifies the noun -- an adjective qualifies no verb -- and it is what tells whose
    command speaks."""
    doc = head.doc
    while end < len(doc) and doc[end].pos_ == "ADJ" and doc[end].head.i == head.head.i != head.i \
            and head.dep_ in _SUBJECT_DEPS and doc[end].dep_ not in ("xcomp", "acomp", "conj") \
            and not doc[end - 1].is_punct:
        end += 1
    # an inverted subject read as the object (_inverted_object): its title's complement and holder,
    # hung on the verb ("a annoncé le secrétaire à la Défense Pete Hegseth")
    while head.dep_ in ("obj", "dobj") and head.head.i < head.i:
        title = next((c for c in head.head.children if c.left_edge.i == end
                      and c.dep_ in ("obl:mod", "obl", "nmod")), None)
        if title is None or not _holder_named(head.head, head):
            break
        end = title.right_edge.i + 1
    return doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)


def listed_before(verb: Any) -> Any | None:
    """Speakers listed right before a final reporting verb that the parser ran on as more items of
    the clause's last object ("..., killing 20 people, witnesses and doctors said": "witnesses" and
    "doctors" conjuncts of "people", "said" with no subject): the first of them, after the comma,
    speaks. Only a list of two or more ("X and Y") so read: a lone noun after a comma is the
    object's apposition as often as a speaker."""
    doc = verb.doc
    last = doc[verb.i - 1] if verb.i > 0 else None
    if last is None or last.pos_ not in ("NOUN", "PROPN") or last.dep_ != "conj":
        return None
    first = last.head
    while first.dep_ == "conj" and first.left_edge.i > 0 and doc[first.left_edge.i - 1].text != ",":
        first = first.head
    if first.i >= last.i or first.dep_ not in ("conj", "appos") or first.head.i >= first.i \
            or doc[first.left_edge.i - 1].text != "," or first.pos_ not in ("NOUN", "PROPN"):
        return None
    return first if any(c.dep_ == "cc" for c in doc[first.i:last.i]) else None


# Most words of a rubric before a headline's colon ("Mali", "Burkina Faso", "RD Congo", "Sudan war").
RUBRIC_MAX_WORDS = 4


def after_rubric(seg: tuple[int, int], verb: Any) -> tuple[int, int]:
    """The segment from the words after a rubric's colon ("Mali : le JNIM revendique ...",
    "Somalia: Al-Shabaab claims ..."): the country or topic a headline opens with is no speaker,
    the noun phrase after the colon is the verb's subject (the parser hangs the line on the
    rubric's name). A rubric is a few words with no verb, the colon the only one before the verb."""
    doc = verb.doc
    colons = [t.i for t in doc[seg[0]:verb.i] if t.text == ":"]
    if len(colons) != 1 or not 0 < colons[0] - seg[0] <= RUBRIC_MAX_WORDS or colons[0] + 1 >= verb.i:
        return seg
    if any(t.pos_ in ("VERB", "AUX") or not (t.is_alpha or t.text in "-'’") for t in doc[seg[0]:colons[0]]):
        return seg
    return colons[0] + 1, seg[1]
