"""Reporting verbs and the bounds of the words they claim, shared by the attribution finders.

Why a module of its own: attribution.py finds the constructions (a quote, reported speech, a
source marker); this decides which token is a reporting verb and with what stance (the lemma,
a misread form, a particle), and where the claimed words start and end (after "que"/"that",
before a postposed reporting clause, at the end of a relative clause, before a coordinated verb
with another stance). Offsets are nlp_text character offsets.
"""

from __future__ import annotations

from typing import Any

from newsevents.extract.content_edges import (  # noqa: F401 (re-exported for the finders)
    CONTENT_MIN_WORDS,
    STANCE_CONTENT_MIN_WORDS,
    after_addressee,
    after_aside,
    before_channel,
    trim_content,
    without_channel,
)
from newsevents.extract.figures import states_figure
from newsevents.extract.quotes import MARKS as QUOTE_MARKS
from newsevents.extract.quotes import Quote
from newsevents.extract.stance import Lexicon, cue_stance, fold

# How far (tokens) after a verb its particle may stand ("a appelé les pays voisins à").
PARTICLE_WINDOW = 5
# How far (tokens) after a closing quote the reporting verb may stand when a subject with a
# name in apposition comes first
# ('," the foreign minister, Paul Kovac, said.' is 8 tokens): 10 covers a title of three words
# and a name of three; the search stops at the end of the clause anyway.
QUOTE_SUBJECT_WINDOW = 10
# When the subject right after the quote is parsed as the reporting verb's own, the verb may stand
# further: a name with a described apposition ('," John Miller, an analyst at the Brookings
# Institution, said' is 11 tokens; a title of six words and a name of three: 20).
QUOTE_APPOSED_SUBJECT_WINDOW = 20
# How far (tokens) after a reporting verb its complementiser may stand ("a rappelé à X que",
# "a déclaré dans une interview à la télévision locale que"): 14 found every "que" of the POPCORN
# reports' reporting verbs; further, a "que" belongs to another clause.
COMPLEMENTISER_WINDOW = 14
# How many tokens may separate a postposed reporting clause's comma from its verb (", a-t-il dit").
POSTPOSED_WINDOW = 6

SUBJECT_DEPS = ("nsubj", "nsubj:pass", "nsubjpass", "expl", "expl:subj", "expl:pass", "csubj")
_FINITE_TAGS = {"VBD", "VBZ", "VBP", "MD"}
_COMPLEMENT_DEPS = ("obj", "dobj", "ccomp", "xcomp", "obl", "obl:arg", "prep", "iobj")


# --- cue verbs ----------------------------------------------------------------------------------
def verb_stance(lex: Lexicon, tok: Any) -> str | None:
    """The default stance of a reporting verb token, None when the token is no reporting verb."""
    misread = lex.verb_forms.get(fold(tok.text))
    if misread is not None:
        lemma = misread
    elif tok.pos_ not in ("VERB", "AUX"):
        return None
    elif (lemma := fold(tok.lemma_)) not in lex.verbs:  # the lemma read of verbs only (every token is asked)
        # a verb the lemmatiser left as it stands ("indique" -> "indique"): only when tagged a
        # verb, since these forms are also nouns ("la demande")
        lemma = lex.verb_lemmas.get(fold(tok.text), lemma)
    if lemma not in lex.verbs and lemma in lex.figure_verbs:
        # "le maintenait à 15 morts", "put the toll at 12": a statement only when it sets a figure
        return "assert" if states_figure(lex, tok) else None
    if lemma not in lex.verbs:
        return None
    if any(c.dep_ == "mark" and fold(c.text) in lex.hypothetical_marks for c in tok.children) \
            or (tok.dep_ == "conj" and fold(tok.head.text) in lex.hypothetical_marks):
        return None  # "it was not clear if (and when) Iran would respond": no statement was made
    if lemma in lex.reflexive_only and not any("Yes" in c.morph.get("Reflex") for c in tok.children):
        return None
    needs = lex.particles.get(lemma)
    if needs:
        # the particle may follow an object: "a appelé les alliés à livrer", "called on"
        window = 1 if lemma in lex.particles_adjacent else PARTICLE_WINDOW
        after = " " + " ".join(fold(t.text) for t in tok.doc[tok.i + 1:tok.i + 1 + window]) + " "
        if not any(f" {p} " in after for p in needs):
            # "called the accusation unacceptable", "termed as false accusations by the UN": a
            # verdict on someone's claim is a statement without the particle; so is a verdict
            # naming what its object is ("called the attack a war crime")
            judged = judged_claim(lex, tok) is not None or verdict_predicate(lex, tok)
            return lex.verbs[lemma] if judged else None
        return lex.particle_stance.get(lemma, lex.verbs[lemma])
    if lemma in lex.telling_verbs and lex.verbs[lemma] == "assert" and tells_to_do(lex, tok):
        return "demand"
    return lex.verbs[lemma]


def tells_to_do(lex: Lexicon, verb: Any) -> bool:
    """A verb of telling with an infinitive complement after its mark tells someone what to do:
    "told Israel to stop the strikes", "warned both sides not to", "a dit à Israël de cesser" are
    demands, not statements ("told AFP that ..." and "a dit vouloir ..." stay statements). The
    infinitive hangs on the verb, or on whom it told ("dit aux rebelles de libérer": ``acl``)."""
    if is_passive(verb):
        return False  # "residents were told to leave": whoever told them is not the subject
    told = [c for c in verb.children if c.dep_ in ("obj", "dobj", "iobj", "obl", "obl:arg")]
    complements = [c for c in verb.children if c.dep_ in ("xcomp", "ccomp", "advcl")]
    complements += [g for c in told for g in c.children if g.dep_ == "acl"]
    return any(c.i > verb.i and ("Inf" in c.morph.get("VerbForm") or c.tag_ == "VB") and any(
        m.dep_ in ("aux", "mark") and m.i < c.i and fold(m.text) in lex.infinitive_marks for m in c.children)
        for c in complements)


def verdict_predicate(lex: Lexicon, verb: Any) -> bool:
    """A verdict verb with an object and a predicate that judges it ("called the attack a war
    crime": the parse's ``oprd``, holding a stance cue); a name given is no verdict ("call the
    drones \"flying tanks\"")."""
    lemma = lex.verb_forms.get(fold(verb.text)) or fold(verb.lemma_)
    if lemma not in lex.verdict_verbs:
        return False
    # the English parser may read the judging word as an adverb ("called the attack cowardly") or
    # make the object the predicate's subject ("called the death toll exaggerated")
    objects = any(c.dep_ in ("dobj", "obj") for c in verb.children)
    return any((c.dep_ == "oprd" or (c.dep_ == "advmod" and c.i > verb.i + 1)) and (
        objects or any(g.dep_ in SUBJECT_DEPS for g in c.children))
        and cue_stance(lex, c.doc[c.left_edge.i:c.right_edge.i + 1].text) for c in verb.children)


def judged_claim(lex: Lexicon, verb: Any) -> Any | None:
    """The speech noun a verdict verb passes judgement on, as its object or after its
    preposition ("called the accusation unacceptable", "termed as false accusations",
    "a qualifié de fausses les déclarations"), else None."""
    lemma = lex.verb_forms.get(fold(verb.text)) or fold(verb.lemma_)
    if lemma not in lex.verdict_verbs:
        return None
    for child in verb.children:
        nouns = [child] if child.dep_ in ("dobj", "obj", "oprd") else \
            [g for g in child.children if g.dep_ == "pobj"] if child.dep_ == "prep" else []
        for noun in nouns:
            if noun.pos_ == "NOUN" and fold(noun.lemma_) in lex.accusation_nouns:
                return noun
    return None


def is_finite_report(tok: Any) -> bool:
    """A reporting verb used as a statement: finite, or a participle with its auxiliary.
    Infinitives and present participles ("sans indiquer", "commentant") report nothing."""
    morph = tok.morph
    if tok.pos_ not in ("VERB", "AUX"):
        return True  # a finite form the tagger misread (lex.verb_forms)
    forms = morph.get("VerbForm")
    if "Inf" in forms or tok.tag_ == "VB":
        # "did not confirm", "will say": an infinitive under a finite auxiliary is finite
        return any(c.dep_.startswith("aux") and "Fin" in c.morph.get("VerbForm") for c in tok.children)
    if "Ger" in forms or tok.tag_ == "VBG":
        return False
    if "Part" in forms or tok.tag_ == "VBN":
        if "Pres" in morph.get("Tense"):
            return False
        has_aux = any(c.dep_.startswith("aux") for c in tok.children)
        if not has_aux and tok.dep_ == "conj":
            has_aux = any(c.dep_.startswith("aux") for c in tok.head.children)
        # "le ministre dit que", "she writes that": a present tense the tagger read as a
        # participle; a participle clause ("interrogé, il ...") never has a subject of its own
        return has_aux or any(c.dep_ in ("nsubj", "expl:subj") for c in tok.children)
    return bool(forms) or tok.tag_ in _FINITE_TAGS or tok.pos_ == "VERB"


# --- content ------------------------------------------------------------------------------------
def _before_next_report(lex: Lexicon, doc: Any, start: int, end: int, verb: Any = None) -> int:
    """Claimed words end at a semicolon that opens another report ("the military said the strike
    targeted a commander; Lebanese media said three civilians were killed": two speakers), and
    after a misread reporting verb at the conjunction before its coordinated reporting verb
    ("Kigali dément tout soutien et accuse Kinshasa de ...": misread_coordinate)."""
    for t in doc[start:end]:
        if t.text == ";" and any(verb_stance(lex, v) is not None for v in doc[t.i + 1:end]):
            return t.i
        if verb is not None and t.i + 1 < end and misread_coordinate(lex, verb, doc[t.i + 1]):
            return t.i
    return end


def misread_coordinate(lex: Lexicon, first: Any, verb: Any) -> bool:
    """`verb` is a finite reporting verb right after a conjunction that coordinates it with the
    reporting verb `first`, a form the tagger misread (lex.verb_forms: "dément" as an adverb, so
    the parse hangs the conjunct on a noun): "Kigali dément tout soutien au M23 et accuse Kinshasa
    de ...". One subject's two statements, each with its own words; no finite verb or clause
    mark lies between them (else the conjunct belongs to the claimed clause); an infinitive may
    ("dément avoir bombardé le marché et accuse ...": a finite verb cannot coordinate with it)."""
    if first.pos_ in ("VERB", "AUX") or fold(first.text) not in lex.verb_forms or verb.i <= first.i + 1:
        return False
    doc = verb.doc
    if doc[verb.i - 1].pos_ != "CCONJ" or verb.pos_ != "VERB" or verb_stance(lex, verb) is None \
            or not is_finite_report(verb) \
            or any(c.dep_ in SUBJECT_DEPS and c.i > first.i for c in verb.children):
        return False
    between = doc[first.i + 1:verb.i - 1]
    return not any((t.pos_ in ("VERB", "AUX") and not _non_finite(t)) or t.text in (",", ";", ":")
                   or t.is_sent_start or fold(t.text) in lex.complementisers for t in between)


def _non_finite(verb: Any) -> bool:
    """An infinitive, or a past participle under an infinitive auxiliary ("avoir bombardé")."""
    if "Inf" in verb.morph.get("VerbForm"):
        return True
    return "Part" in verb.morph.get("VerbForm") and any(
        a.dep_.startswith("aux") and "Inf" in a.morph.get("VerbForm") for a in verb.children)


def infinitive_report(lex: Lexicon, verb: Any) -> bool:
    """A bare infinitive complements the verb (", soutenant avoir touché", "a rappelé avoir
    frappé"): the speaker's statement of its own act, as good as a clause for the verbs that
    report only with one (lex.clause_only); "a suggéré de", "continued to strike" (a mark) are no
    statements."""
    return any(c.dep_ in ("xcomp", "ccomp") and c.i > verb.i and not any(
        m.dep_ == "mark" or fold(m.text) in lex.infinitive_marks for m in c.children if m.i < c.i)
               and ("Inf" in c.morph.get("VerbForm") or any(  # "avoir touché": the auxiliary's form
                   a.dep_.startswith("aux") and "Inf" in a.morph.get("VerbForm") for a in c.children))
               for c in verb.children)


def content_after(lex: Lexicon, verb: Any, seg_end: int, skip_until: int,
                  min_words: int = CONTENT_MIN_WORDS) -> tuple[int, int] | None:
    """The claimed words after a reporting verb: after its "que"/"that"/":" when there is one
    within reach, else from the verb's complement on, to the end of the sentence."""
    doc = verb.doc
    start = max(verb.i + 1, skip_until)
    seg_end = before_channel(lex, doc, verb.i + 1, _before_next_report(lex, doc, verb.i + 1, seg_end, verb))
    for t in doc[verb.i + 1:min(seg_end, verb.i + 1 + COMPLEMENTISER_WINDOW)]:
        opener = t.pos_ not in ("DET", "PRON") or _opens_clause(t, verb)
        if (fold(t.text) in lex.complementisers and opener) or t.text == ":":
            # "reported four dead in that strike": a determiner "that" opens nothing; nor does a
            # relative pronoun ("a déclaré avoir pris des mesures contre des bateaux qu'elle
            # accuse de ...": the claim is the infinitive's, the relative clause is inside it)
            return trim_content(doc, t.i + 1, seg_end)
        if t.pos_ in ("VERB",) and t.i > verb.i + 2 and not (
                t.dep_ in ("amod", "acl") and "Part" in t.morph.get("VerbForm") and prepositional(t.head)):
            break  # not a participle on a noun ("in a televised statement that", "a post put on X that")
    while start < seg_end and doc[start].pos_ in ("ADV", "PUNCT") and not (
            doc[start].pos_ == "ADV" and doc[start].head.i > start and doc[start].head.pos_ == "ADJ") \
            and fold(doc[start].text) not in lex.negation_particles:  # "affirme ne pas avoir": claimed
        start += 1  # "a également noté", "said, however," (not "s'est dite profondément préoccupée")
    start = after_aside(lex, doc, start, seg_end)  # "a affirmé de son côté avoir frappé"
    if _addressee_only(lex, verb, start, seg_end):
        return None
    if fold(verb.lemma_) in lex.addressee_verbs:
        start = after_addressee(verb, start, seg_end)
    return trim_content(doc, start, seg_end, min_words)


def _opens_clause(t: Any, verb: Any) -> bool:
    """A "that" the tagger took for a pronoun that opens the verb's reported clause ("telling
    state media that reports of the strike were fake": "that" read as the clause's subject): it
    is the first word of a clause complementing the verb, not a relative pronoun inside a noun
    phrase ("the boats that it accuses")."""
    clause = t.head
    return clause.dep_ == "ccomp" and clause.head.i == verb.i and clause.left_edge.i == t.i


# How far above its preposition the phrase of an addressee hangs on the verb ("auprès de Moscou":
# "de" -> "Moscou" -> "auprès" -> verb).
ADDRESSEE_DEPTH = 3
# How such a phrase hangs on the verb: a prepositional or oblique complement, or an adverb
# ("auprès"); never its object ("qualifiant de « fausses » les déclarations ...": claimed).
ADDRESSEE_DEPS = frozenset({"prep", "obl", "obl:arg", "obl:mod", "advmod", "dative"})


def _addressee_only(lex: Lexicon, verb: Any, start: int, end: int) -> bool:
    """The words after the verb are only a phrase of whom or where it addressed ("Vilnius
    protested to Minsk, the ministry said", "Bucarest a protesté auprès de Moscou, a indiqué le
    ministère", "protested to Moscow, said a statement"), then nothing or the report of it:
    nothing claimed."""
    doc = verb.doc
    if start >= end or doc[start].pos_ != "ADP":
        return False
    # the phrase hangs on the verb by its preposition ("protested to Minsk"), its noun ("a
    # protesté à Moscou") or an adverb ("auprès de Moscou")
    phrase = doc[start]
    for _ in range(ADDRESSEE_DEPTH):
        if phrase.head.i == verb.i or phrase.head.i == phrase.i:
            break
        phrase = phrase.head
    if phrase.head.i != verb.i or phrase.i == verb.i or phrase.dep_ not in ADDRESSEE_DEPS \
            or any(t.pos_ in ("VERB", "AUX", "NOUN") for t in phrase.subtree):
        return False  # an addressee is a name ("à Moscou"), no thing ("a appelé à l'arrêt des combats")
    after = max(t.i for t in phrase.subtree if not t.is_punct) + 1
    if after >= end:
        return True
    return doc[after].text == "," and any(verb_stance(lex, v) is not None for v in doc[after + 1:end])


def postposed_content(lex: Lexicon, verb: Any, seg: tuple[int, int],
                      subject: Any | None) -> tuple[int, int] | None:
    """", a déclaré X." / ", X said.": the claimed words are the clause before the comma. Not
    when the verb has its own object ("X, la représentante, a démenti ces accusations") or its
    subject stands before that comma."""
    doc = verb.doc
    # the reporting clause runs to the next comma ("..., Kyiv announced on Thursday, in what it
    # said was ..."): what follows it is another clause
    stop = next((t.i for t in doc[verb.i + 1:seg[1]] if t.text == ","), seg[1])
    rest = [t for t in doc[verb.i + 1:stop] if not t.is_punct]
    # (an acronym the tagger took for a verb is a name: "l'agence de sécurité maritime UKMTO")
    if any(fold(t.text) in lex.complementisers or (t.pos_ == "VERB" and not t.text.isupper()) for t in rest):
        return None
    inverted = subject is not None and subject.i > verb.i
    needs = lex.particles.get(fold(verb.lemma_), ())
    if any(t.pos_ == "ADP" and fold(t.text) in needs
           for t in doc[verb.i + 1:min(stop, verb.i + PARTICLE_WINDOW)]):
        return None  # "..., le Hamas a parlé de centaines de morts": the particle's object is claimed
    # the parser often takes an inverted subject for an object (", a déclaré le gouverneur"), and
    # its name in apposition after the next comma for another (", le gouverneur, Oleh X.")
    addressee = fold(verb.lemma_) in lex.addressee_verbs  # "..., a resident told Reuters": whom, not what
    if any(c.dep_ in ("obj", "dobj", "ccomp", "xcomp") and verb.i < c.i and (c.i < stop or not inverted)
           and not (addressee and c.dep_ in ("obj", "dobj"))
           and not (inverted and c.left_edge.i <= subject.i <= c.right_edge.i) for c in verb.children):
        return None
    # its own object the parser hung elsewhere ("Des obus tombent sur Goma, Kinshasa dément la
    # perte de l'aéroport": the tagger reads "dément" as an adverb, "perte" as the object of the
    # verb before the comma): a noun phrase opening right after a verb whose subject stands before
    # it (after an inverted verb, that noun phrase is the subject: ", a déclaré le gouverneur")
    opening = next((t for t in rest if t.pos_ != "DET"), None)
    if not inverted and subject is not None and opening is not None and opening.pos_ == "NOUN" \
            and opening.dep_ in ("obj", "dobj") and opening.head.i != verb.i:
        return None
    apposed = subject is not None and any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in subject.children)
    window = QUOTE_APPOSED_SUBJECT_WINDOW if apposed else QUOTE_SUBJECT_WINDOW  # a title and its name
    if subject is not None and subject.i < verb.i and verb.i - subject.left_edge.i <= window:
        # "..., the regional governor, Anton Petrenko, said": the commas inside the subject's
        # words (a name in apposition) are not the one that ends the claimed clause
        left = subject.left_edge.i
        if left - 1 > seg[0] and doc[left - 1].text == "," \
                and not any(t.pos_ in ("VERB", "AUX") for t in doc[left:verb.i]):
            return trim_content(doc, seg[0], left - 1)
    for i in range(verb.i - 1, max(seg[0], verb.i - POSTPOSED_WINDOW) - 1, -1):
        if doc[i].text == ",":
            if subject is not None and subject.i < i:
                return None
            return trim_content(doc, seg[0], i)
        if fold(doc[i].text) in lex.complementisers:
            return None
    return None


def covering(quotes: list[Quote], start: int, end: int) -> tuple[int, int]:
    """Extend a span to the end of any top-level quote it opens but does not close."""
    for q in quotes:
        if q.depth == 0 and start <= q.open_mark < end < q.close_mark:
            end = q.close_mark
    return start, end


def relative_end(doc: Any, verb: Any, content: tuple[int, int], seg: tuple[int, int],
                  shortest: int) -> tuple[int, int]:
    """A relative clause's claimed words end with it ("Comme le gouvernement, qui réclame des
    sanctions, les Etats-Unis ont accusé"): at its last word, or at the comma after it when the
    sentence's main verb comes later (the parser often runs the clause on into the main one)."""
    first = doc.char_span(*content, alignment_mode="expand")
    if first is None:
        return content
    end = verb.right_edge.i + 1
    root = verb.sent.root
    if root.i > verb.i:
        comma = next((t.i for t in doc[verb.i + 1:root.i] if t.text == ","), None)
        if comma is not None:
            end = min(end, comma)
    if end >= seg[1]:
        return content
    # a short label ("people it described as 'drug smugglers', X said") is still the clause's own
    # words: never run on into the main clause and its postposed reporting verb
    return trim_content(doc, first.start, end, shortest) or trim_content(doc, first.start, end, 1) or content


def before_postposed(lex: Lexicon, doc: Any, verb: Any, content: tuple[int, int],
                      shortest: int) -> tuple[int, int]:
    """"Les rebelles ont nié avoir attaqué le camp, a affirmé le porte-parole": the claimed words
    end before the reporting clause that governs this one (which relays it, see claims._relays)."""
    gov = next((a for a in verb.ancestors if a.i > verb.i and verb_stance(lex, a) is not None), None)
    if gov is None:  # the parser may hang the postposed clause on this verb instead
        gov = next((c for c in verb.children if c.i > verb.i and c.dep_ in ("advcl", "parataxis", "conj")
                    and verb_stance(lex, c) is not None
                    and any(g.dep_ in SUBJECT_DEPS and g.i > c.i for g in c.children)), None)
    first = doc.char_span(*content, alignment_mode="expand")
    if gov is None or first is None or not first.start <= gov.i < first.end:
        return content
    comma = next((t.i for t in reversed(doc[verb.i + 1:gov.i]) if t.text == ","), None)
    if comma is None:
        return content
    return trim_content(doc, first.start, comma, shortest) or content


def has_clause(lex: Lexicon, verb: Any, seg_end: int) -> bool:
    """A "que"/"that" or a colon after the verb before any other verb (its reported clause)."""
    for t in verb.doc[verb.i + 1:min(seg_end, verb.i + 1 + COMPLEMENTISER_WINDOW)]:
        if (fold(t.text) in lex.complementisers and t.pos_ != "DET") or t.text == ":":
            return True
        if t.pos_ in ("VERB", "AUX"):
            return False
    return False


def own_coordinate(lex: Lexicon, first: Any, verb: Any) -> bool:
    """A reporting verb coordinated with `first` is a statement of its own when it
    carries another stance and has its own complement after it ("a dénoncé A et accusé B de",
    "confirmed A but denied B"). "condemned A and said that B" stays one statement (the gold's
    convention: a condemnation and the point it makes), so does "said and added", and so does a
    second clause with its own subject ("a souligné que A et il a demandé B")."""
    stance = verb_stance(lex, verb)
    if stance is None or first is None:
        return False
    first_stance = _verdict_stance(lex, first, verb)
    if stance == first_stance:
        return False
    if any(c.dep_ in SUBJECT_DEPS and c.i < verb.i for c in verb.children):
        # "a souligné que A et il a demandé B": one speaker's sentence, one claim (a "subject"
        # after the verb is its object misread: "et appelle l'Iran à cesser")
        return False
    if stance == "assert" and has_clause(lex, verb, len(verb.doc)) and first_stance != "deny":
        # "a dénoncé A et a déclaré que B": one statement, its grounds and its point; not after a
        # denial ("a qualifié ces informations de « mensongères » et affirmé que l'armée avait
        # visé des positions": what is denied, then the speaker's own version, two claims)
        return False
    # a particle holding an object is a preposition the parser misread ("called on all parties")
    return any(c.i > verb.i and (c.dep_ in _COMPLEMENT_DEPS or (
        c.dep_ == "prt" and any(g.dep_ == "pobj" for g in c.children))) for c in verb.children)


def _verdict_stance(lex: Lexicon, first: Any, verb: Any) -> str | None:
    """The stance of `first` as said before its conjunct `verb`: a verdict verb takes it from
    the verdict it passes ("a qualifié ces informations de « mensongères »", "called the reports
    baseless" deny what they judge, whatever the verb's own stance), any other verb from itself."""
    own = verb_stance(lex, first)
    lemma = lex.verb_forms.get(fold(first.text)) or fold(first.lemma_)
    if lemma not in lex.verdict_verbs or not first.i < verb.i:
        return own
    judged = first.doc[first.i + 1:verb.i].text
    return "deny" if cue_stance(lex, judged) == "deny" else own


_COMPLEMENT_CLAUSES = ("xcomp", "ccomp")


def coordinated_with(lex: Lexicon, first: Any, verb: Any) -> bool:
    """`verb` is a reporting verb coordinated with the reporting verb `first` as a statement of
    its own (own_coordinate): a conjunct of `first` itself, or one the parser hung on the verb of
    `first`'s complement ("a affirmé avoir frappé A et démenti B", "said it had struck A and
    denied B": "démenti"/"denied" are parsed as conjuncts of "frappé"/"struck"). The complement's
    conjunct is the speaker's own verb when the complement is an infinitive (it has no subject to
    share), when the conjunct has the reporting verb's tense form and not the complement's ("had
    struck ... and denied", "a démenti que X se trouvaient ... et a qualifié"), or when the
    complement is a copula ("denied that its members were there and called the strike").
    "said the rebels attacked A and denied B" (one form for all three) is left as one claim."""
    if first is not None and misread_coordinate(lex, first, verb):
        return True
    if verb.dep_ != "conj" or first is None:
        return False
    head = verb.head
    if head.i == first.i:
        return own_coordinate(lex, first, verb)
    if head.dep_ not in _COMPLEMENT_CLAUSES or head.head.i != first.i:
        return False
    if head.dep_ == "ccomp" and not (_form(verb) == _form(first) != _form(head) or (
            head.pos_ == "AUX" and "Fin" in verb.morph.get("VerbForm"))):
        return False
    return own_coordinate(lex, first, verb)


def _form(verb: Any) -> tuple[Any, ...]:
    """A verb's tense form: its own form and tense and its auxiliaries' lemmas ("a démenti" and
    "a qualifié" share one; "se trouvaient" has another): a conjunct in the reporting verb's form
    rather than the complement's goes on with the reporting verb."""
    morph = verb.morph
    auxes = tuple(sorted(c.lemma_ for c in verb.children if c.dep_.startswith("aux")))
    return (tuple(morph.get("VerbForm")), tuple(morph.get("Tense")), auxes)


def clause_head(tok: Any) -> bool:
    """A verb heading a clause of its own: it has a subject, or is finite ("qui ont tué")."""
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    return any(c.dep_ in SUBJECT_DEPS for c in tok.children) or "Fin" in tok.morph.get("VerbForm")


def claimed_clause(gov: Any, seg: tuple[int, int]) -> Any:
    """The clause a source marker vouches for: from the word it hangs on up to the first verb
    heading a clause. "Deux conseillers figurent parmi les personnes tuées, selon l'OSDH": the
    marker hangs on "personnes" (or the participle "tuées"), but the claim is the whole clause,
    subject included, not the noun's phrase."""
    while not clause_head(gov) and gov.head.i != gov.i and seg[0] <= gov.head.i < seg[1]:
        gov = gov.head
    return gov


def tops_segment(gov: Any, seg: tuple[int, int]) -> bool:
    """The clause is the segment's own top (the sentence root, or its head lies beyond a line
    break the parse ran over): its subject may hang outside its subtree, so the whole segment is
    the claim ("Titre\\n\\nSix enfants figurent parmi ..., selon X": "enfants" misattached)."""
    return gov.head.i == gov.i or not (seg[0] <= gov.head.i < seg[1])


def coordinated_speaker(verb: Any) -> Any | None:
    """The conjunction opening a coordinated clause with a named subject of its own ("A a appelé
    à X, et le ministère qatari a dénoncé un massacre"; "A called for X, and Qatar condemned
    Y"): that clause is another speaker's statement, not part of the claim before it. None when
    the clause is the claim's own ("que ...", a pronoun subject)."""
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN") or subject.i > verb.i \
            or any(c.dep_ == "mark" for c in verb.children):
        return None
    i = subject.left_edge.i - 1
    doc = verb.doc
    while i > 0 and doc[i].text == ",":
        i -= 1
    # the conjunction hangs on either conjunct depending on the parser's scheme
    return doc[i] if i > 0 and doc[i].pos_ == "CCONJ" else None


def verdict_content(lex: Lexicon, verb: Any, seg: tuple[int, int]) -> tuple[int, int] | None:
    """"termed as false accusations by the UN that ...": the verdict and the claim judged, not
    the "that" clause of the claim (the judged side's words, see accusations.py)."""
    if judged_claim(lex, verb) is None:
        return None
    return trim_content(verb.doc, verb.i + 1, seg[1], STANCE_CONTENT_MIN_WORDS)


def past_parenthesis(doc: Any, e: int, stop: int) -> int:
    """After a source's noun phrase, a parenthesis says who the sources are ("selon des sources
    concordantes (des séparatistes, un élu local et une ONG), ..."): the index after it, else e.
    The source is the noun before it; the people it lists are not one more speaker."""
    if e >= stop or doc[e].text != "(":
        return e
    close = next((t.i for t in doc[e + 1:stop] if t.text == ")"), None)
    return e if close is None else close + 1


def on_inverted_name(verb: Any, prev: Any) -> bool:
    """A participle right after the name of a speaker ("a déclaré le ministre X accusant Y de",
    'said X accusing Y of'), with no comma: hung on the name, or -- parsed as a complement -- on
    the reporting verb whose inverted subject (or object, by a misparse) the name is, or having
    the name as its own subject."""
    if prev.pos_ != "PROPN":
        return False
    if verb.head.pos_ in ("PROPN", "NOUN") and verb.dep_ == "acl":
        return True
    return prev.dep_ in ("nsubj", "obj", "dobj") and verb.head.i < prev.i \
        and prev.head.i in (verb.head.i, verb.i)


# --- speakers the parse misplaces -------------------------------------------------------------
def prepositional(t: Any) -> bool:
    """A noun governed by a preposition is a complement of the verb, never its inverted subject:
    "a déclaré sur Telegram le gouverneur", "a dit à la presse à Goma le ministre", "said on X"."""
    return t.dep_ == "pobj" or any(c.dep_ == "case" for c in t.children)

def named_before_apposition(doc: Any, seg: tuple[int, int], subj: Any) -> Any:
    """"Les Houthis, un mouvement soutenu par l'Iran, ont revendiqué": the parser may take the
    indefinite description for the subject; the name before its comma is the speaker."""
    first = subj.left_edge.i
    while first < subj.i and doc[first].is_punct:
        first += 1  # the parser may hang the comma before the description on it
    # the parser sometimes ends the sentence at that comma: the name is then the one before it
    lo = doc[first - 2].sent.start if first - 1 == seg[0] and first >= 2 else seg[0]
    dets = [c for c in subj.children if c.dep_ == "det"]
    # an indefinite description, or a bare one ("Madrid, deuxième contributeur de la mission, a")
    if subj.pos_ != "NOUN" or first - 1 <= lo or doc[first - 1].text != "," or not (
            not dets or any("Ind" in c.morph.get("Definite") for c in dets)):
        return subj
    chunk = doc[lo:first - 1]
    if any("\n" in t.text or t.text in (".", "!", "?", ";") for t in chunk):
        return subj
    heads = [t for t in chunk if t.pos_ in ("NOUN", "PROPN")
             and (t.head.i == t.i or not lo <= t.head.i < first - 1)]
    # not a place or time told before it ("À Ségou, des habitants ont raconté"): a preposition's object
    if len(heads) == 1 and not any(t.pos_ in ("VERB", "AUX") for t in chunk) and not prepositional(heads[0]):
        return heads[0]
    return subj

def opening_noun(doc: Any, seg: tuple[int, int], verb: Any, apposed: bool = False) -> Any | None:
    """The noun opening the sentence when only its own words, auxiliaries and adverbs separate it
    from the verb ("L'armée malienne a annoncé", parsed across a headline's line break).
    ``apposed``: its words may hold an apposition set off by commas and a participle ("Rome,
    premier contributeur de la force, avec 900 soldats déployés, a dénoncé"), when the noun is
    the sentence's first word, no preposition's object."""
    lo = seg[0]
    if apposed and 0 < lo < len(doc) and doc[lo].text == "," and "\n" not in doc[lo - 1].text:
        lo = doc[lo - 1].sent.start  # no sentence opens with a comma: the parser cut this one
    noun = next((t for t in doc[lo:verb.i] if t.pos_ in ("NOUN", "PROPN")), None)
    if noun is None:
        return None
    while noun.dep_ in ("compound", "flat", "flat:name", "amod") and lo <= noun.head.i < verb.i \
            and noun.head.i > noun.i:
        noun = noun.head  # "The Sudanese Armed Forces (SAF) have accused": the name's head
    if apposed:
        if prepositional(noun) or noun.ent_type_ in ("DATE", "TIME") \
                or any(t.pos_ not in ("DET", "PROPN", "NOUN", "ADJ") for t in doc[lo:noun.i]) \
                or doc[verb.i - 1 - sum(c.dep_.startswith("aux") for c in verb.children)].text != ",":
            return None
        end = verb.i - sum(c.dep_.startswith("aux") for c in verb.children) - 1
        first = noun.i + 1
        while first < end and doc[first].text != "," and (
                doc[first].pos_ in ("ADP", "DET", "NOUN", "PROPN", "ADJ")
                or (doc[first].pos_ == "VERB" and "Part" in doc[first].morph.get("VerbForm"))):
            first += 1  # its complement ("Un responsable de l'hôpital,", "Un élu joint par téléphone,")
        words = doc[first:end]
        # its own words: an apposition after a comma, no finite verb (but in a relative clause on
        # the noun: ", qui a requis l'anonymat,"), no quote
        relative = len(words) > 1 and "Rel" in words[1].morph.get("PronType")
        if not words or words[0].text != "," or any(
                ("Fin" in t.morph.get("VerbForm") and not relative) or t.text in QUOTE_MARKS for t in words):
            return None
        return noun
    end = min(noun.right_edge.i, verb.i - 1) + 1
    if any(t.pos_ not in ("AUX", "ADV", "PART") for t in doc[end:verb.i]) \
            or any(t.pos_ in ("VERB", "AUX") for t in doc[noun.i:end]):
        return None
    return noun

# Longest aside (tokens) between a relative pronoun and its verb ("qui, sous couvert d'anonymat,
# le maintenait"): a prepositional phrase of a few words, as in the French and English wire copy.
RELATIVE_ASIDE_MAX = 8


def stray_relative(verb: Any) -> Any | None:
    """The antecedent of a relative pronoun the parser hung on an aside instead of on the verb
    ("un responsable du camp qui, sous couvert d'anonymat, le maintenait à 15 morts": "qui" made
    the subject of "couvert"): the verb's subject; None when the verb follows no such aside."""
    doc, first = verb.doc, verb.sent.start
    i = verb.i - 1
    while i > first and doc[i].head.i == verb.i and doc[i].pos_ in ("PRON", "AUX", "ADV", "PART"):
        i -= 1  # its clitics, auxiliaries and negation ("le", "ne ... pas")
    if doc[i].text != ",":
        return None
    j = i - 1
    while j > first and doc[j].text != "," and doc[j].pos_ not in ("VERB", "AUX") \
            and i - j <= RELATIVE_ASIDE_MAX:
        j -= 1
    if j - 2 < first or doc[j].text != ",":
        return None
    rel = doc[j - 1]
    if rel.pos_ != "PRON" or "Rel" not in rel.morph.get("PronType") or rel.dep_ in ("obj", "dobj"):
        return None
    noun = doc[j - 2]
    while noun.dep_ in ("nmod", "amod", "flat", "flat:name") and noun.head.i < noun.i \
            and noun.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head  # "un responsable du camp qui", "un élu local qui": the official
    return noun if noun.pos_ in ("NOUN", "PROPN") else None


def own_relative(lex: Lexicon, verb: Any, att: Any) -> bool:
    """A figure stated in a relative clause on the speaker of a claim whose words hold it ("Ce
    bilan n'a pas été confirmé par un élu local qui le maintenait à 15 morts": the passive's
    words run over the agent): the speaker's own further statement, a toll of its own. The
    claim's words are cut before the relative clause; True when that was done. (Other
    reporting verbs there go on with the frame's words: "denied by residents, who insist that
    there were only houses" is one denial.)"""
    head = att.speaker_head
    if head is None or verb.dep_ not in _RELATIVE_DEPS or verb.head.i != head.i \
            or fold(verb.lemma_) not in lex.figure_verbs or not states_figure(lex, verb):
        return False
    doc = verb.doc
    span = doc.char_span(*att.content, alignment_mode="expand")
    if span is None or not span.start <= head.i < span.end:
        return False
    end = head.i + 1
    while end < verb.i and doc[end].head.i == head.i \
            and doc[end].dep_ in ("amod", "flat", "flat:name", "compound"):
        end += 1  # "un élu local"
    cut = trim_content(doc, span.start, end, STANCE_CONTENT_MIN_WORDS)
    if cut is None:
        return False
    att.content = cut
    return True


def described_speaker(verb: Any) -> Any | None:
    """The noun a present participle describes, with no comma between ("a cité un responsable
    affirmant que", "citing officials saying that"): the noun's words are the claim's speaker."""
    forms = verb.morph.get("VerbForm")
    if not (("Part" in forms and "Pres" in verb.morph.get("Tense")) or "Ger" in forms or verb.tag_ == "VBG"):
        return None
    if verb.dep_ not in ("acl", "advcl") or verb.i == 0:
        return None
    # the noun phrase right before it (the parser may hang the participle on the verb whose
    # object the noun is: "a cité un responsable affirmant que")
    head = verb.doc[verb.i - 1]
    if head.pos_ == "PRON" and head.head.i == verb.i and verb.i > 1:
        head = verb.doc[verb.i - 2]  # its object pronoun between ("un responsable l'établissant à 15")
    if head.pos_ not in ("NOUN", "PROPN"):
        return None
    while head.head.i < head.i:
        up = head.head
        if head.dep_ == "pobj" and up.pos_ == "ADP" and up.head.i < up.i \
                and up.head.pos_ in ("NOUN", "PROPN"):
            up = up.head  # "an official in the prime minister's office": the official
        elif up.pos_ not in ("NOUN", "PROPN") or head.dep_ not in ("flat", "flat:name", "nmod", "appos",
                                                                    "compound", "amod"):
            break
        head = up  # "un responsable du bureau du Premier ministre X": the official
    if head.dep_ in ("pobj", "ROOT"):
        return None  # the participle follows a complement of the verb ("said in a statement saying")
    if verb.dep_ == "acl" and verb.head.i != head.i and not head.i <= verb.head.i < verb.i:
        return None
    return head


def postposed_after_clause(verb: Any, seg: tuple[int, int]) -> bool:
    """A reporting verb set off by a comma after a clause of its own ("Le bilan est passé à 35
    morts, dont deux enfants, a annoncé lundi le gouverneur"): whatever the parser made its subject
    before that comma ("enfants"), its subject follows it. Not after a subject with an apposition
    ("X, la représentante, a démenti"): no verb comes before the comma there."""
    doc = verb.doc
    first = min([verb.i] + [c.i for c in verb.children if c.dep_.startswith("aux") and c.i < verb.i])
    if first <= seg[0] or doc[first - 1].text != ",":
        return False
    # the reporting clause is short and ends the sentence or its clause: "a annoncé lundi le
    # gouverneur." (not "a revendiqué la responsabilité de l'attaque qui a tué ...")
    stop = next((t.i for t in doc[verb.i + 1:seg[1]] if t.text == ","), seg[1])
    after = [t for t in doc[verb.i + 1:stop] if not t.is_punct]
    if len(after) > POSTPOSED_CLAUSE_WORDS or any(t.pos_ in ("VERB", "AUX", "ADP") and t.dep_ != "case"
                                                  for t in after):
        return False
    return any(_main_finite(t) for t in doc[seg[0]:first - 1])


_RELATIVE_DEPS = frozenset({"acl:relcl", "relcl", "acl"})


def _main_finite(t: Any) -> bool:
    """A finite verb of a clause of its own, not of a relative clause on a noun ("le gouvernement,
    qui réclame des sanctions, ...") nor a participle ("les jihadistes, liés à al-Qaïda, ...")."""
    verb = t.head if t.pos_ == "AUX" else t
    return t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") \
        and verb.dep_ not in _RELATIVE_DEPS


# words of a postposed reporting clause after its verb ("a annoncé lundi le gouverneur régional
# par intérim"): a day, a title, a name
POSTPOSED_CLAUSE_WORDS = 8


def is_passive(verb: Any) -> bool:
    """A passive: a passive auxiliary, or a passive form with no tense auxiliary (the tagger marks
    "a-t-il précisé" Voice=Pass at times; its "a" makes it an active perfect)."""
    if any(c.dep_ in ("aux:pass", "auxpass") for c in verb.children):
        return True
    return "Pass" in verb.morph.get("Voice") and not any(c.dep_ == "aux:tense" for c in verb.children)


def is_expletive(lex: Lexicon, subj: Any, verb: Any) -> bool:
    """"il a été souligné que" / "it was stressed that": a subject that names nobody."""
    if subj.dep_.startswith("expl"):
        return fold(subj.text) in lex.expletives
    return fold(subj.text) in lex.expletives and is_passive(verb)


def absolute_report(verb: Any) -> bool:
    """A reporting gerund with a subject of its own after "with" ("..., with the global body
    calling for those responsible to be brought to justice"): another speaker's statement, not
    the words of the clause it hangs on."""
    return (verb.tag_ == "VBG" or "Ger" in verb.morph.get("VerbForm")) and verb.dep_ in ("pcomp", "advcl") \
        and any(c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") for c in verb.children)


def after_noun_particle(lex: Lexicon, verb: Any, seg: tuple[int, int]) -> tuple[int, int] | None:
    """"a fait état d'aucune victime, bien qu'...": the claim is the particle's object, not a
    "que" further on; None for other verbs and for a particle followed by "que" ("fait savoir que")."""
    lemma = fold(verb.lemma_)
    if lemma not in lex.particles_adjacent or verb.i + 2 >= seg[1]:
        return None
    nxt = verb.doc[verb.i + 2]
    if fold(nxt.text) in lex.complementisers or nxt.pos_ != "ADP":
        return None
    return trim_content(verb.doc, verb.i + 3, seg[1], STANCE_CONTENT_MIN_WORDS)


_PLACE_ENTS = ("GPE", "LOC", "FAC")


def claimed_place(lex: Lexicon, verb: Any) -> bool:
    """"Le Cachemire est revendiqué par l'Inde et le Pakistan", "Kenya claims the Ilemi Triangle":
    a responsibility verb whose object is a place is a claim to territory, a standing position
    the page explains, no statement on an incident."""
    if fold(verb.lemma_) not in lex.responsibility_verbs:
        return False
    for c in verb.children:
        if c.dep_ not in ("obj", "dobj", "nsubj:pass", "nsubjpass") \
                or any(fold(t.lemma_) in lex.act_nouns for t in c.subtree):
            continue  # "la responsabilité d'une frappe sur Tel-Aviv": an act claimed
        if c.ent_type_ in _PLACE_ENTS or (c.pos_ == "PROPN" and not c.ent_type_):
            return True
        if any(g.dep_ in ("nmod", "compound") and g.ent_type_ in _PLACE_ENTS for g in c.children):
            return True  # "le triangle d'Ilemi"
    return False


def act_claimed(lex: Lexicon, verb: Any, seg: tuple[int, int]) -> tuple[int, int] | None:
    """"Les Houthis ont revendiqué une attaque de drone ...", "claimed responsibility for ...":
    the act claimed, from the verb on (the claim is the claiming); None for other verbs and for
    "claimed that ..."."""
    if fold(verb.lemma_) not in lex.responsibility_verbs:
        return None
    doc = verb.doc
    # "claiming the Gulf nation was behind ...": an object followed by a verb is a clause's subject
    if not any(c.dep_ in ("obj", "dobj") and c.pos_ in ("NOUN", "PROPN") and not (
            c.right_edge.i + 1 < len(doc) and doc[c.right_edge.i + 1].pos_ in ("VERB", "AUX"))
            for c in verb.children):
        return None
    stop = next((t.i for t in doc[verb.i + 1:seg[1]] if t.text in (";", ":")), seg[1])
    return trim_content(doc, verb.i, stop, STANCE_CONTENT_MIN_WORDS)
