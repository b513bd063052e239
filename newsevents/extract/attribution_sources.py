"""Source markers: "selon X, ...", "..., d'après X", "according to X, ...": X is checked to be a
source (not a rule or a place: "selon la loi", "selon la région") and the claim is the clause X
modifies. A module of its own beside attribution.py (quotes and reporting verbs): the marker's
phrase, its apposition and its clause are read differently from a reporting verb's."""

from __future__ import annotations

from typing import Any

from newsevents.extract.attribution import APPOSITION_MAX, Attribution, head_of
from newsevents.extract.clauses import (
    CONTENT_MIN_WORDS,
    claimed_clause,
    past_parenthesis,
    tops_segment,
    trim_content,
)
from newsevents.extract.speaker_names import named_by_complement
from newsevents.extract.stance import Lexicon, fold, folded_texts


def source_attributions(lex: Lexicon, doc: Any, segs: list[tuple[int, int]],
                        is_source: Any) -> list[Attribution]:
    """"selon X, ...", "..., d'après X", "according to X, ...": X must be a source (is_source
    decides from the party mentions and the lexicon), the claim is the clause X modifies."""
    out: list[Attribution] = []
    first = folded_texts(doc)  # the folded token texts, read once per Doc
    firsts = {p[0] for p in lex.source_markers if p}
    for n, seg in enumerate(segs):
        i = seg[0]
        while i < seg[1]:
            phrase = next((p for p in lex.source_markers if tuple(first[i:i + len(p)]) == p), None) \
                if first[i] in firsts or not all(lex.source_markers) else None
            if phrase is None:
                i += 1
                continue
            s = i + len(phrase)
            if s < seg[1] and _relative(doc[s]):
                i = s  # "des accusations selon lesquelles X aurait tiré": what the noun says, no source
                continue
            e = s
            while e < seg[1] and not _ends_source(lex, doc[e]):
                e += 1
            opening = phrase not in lex.opening_markers or (
                all(t.is_punct or t.pos_ in ("CCONJ", "ADV") for t in doc[seg[0]:i])
                and e < seg[1] and doc[e].text == ",")
            if e > s and opening and (is_source(doc[s:e]) or _named_body(lex, doc[s:e])):
                att = _source_claim(lex, doc, (i, s, e), seg, n)
                if att is not None:
                    out.append(att)
            i = max(e, i + 1)
    return out


def _named_body(lex: Lexicon, span: Any) -> bool:
    """"selon le Centre de médecine d'urgence": a capitalised noun named by its lower-case
    complement is a body, though the model reads no organisation there (or a place: "Centre");
    a rule so named stays none ("selon le Code de procédure pénale": lex.not_sources)."""
    root = span.root
    return fold(root.text) not in lex.not_sources and fold(root.lemma_) not in lex.not_sources \
        and named_by_complement(root, span.end_char)


def hedges(a: Attribution, outer: Attribution) -> bool:
    """The source marker ``a`` lies inside ``outer``'s claimed words as their own hedge ("X a
    déclaré que, selon lui, ..."): one statement, ``outer``'s. Not a toll another source gives in a
    relative clause on a noun of those words ("X a condamné les frappes, qui ont tué huit personnes
    selon l'OSDH", "which killed nine people according to the Observatory"): the speaker condemns,
    the monitor counts -- two statements."""
    return outer.content[0] <= a.cue[0] < outer.content[1] and not a.held


def _relative_toll(a: Attribution) -> bool:
    """The marker's source is named (no pronoun: "selon lui") and hangs on a relative clause's
    verb in the past ("qui ont tué", "which killed"), whose pronoun is its subject."""
    head = a.speaker_head
    if head is None or head.pos_ == "PRON":
        return False
    verb = head.head
    while a.cue[0] <= verb.idx < a.cue[1] and verb.head.i != verb.i:  # "according to": the marker's words
        verb = verb.head
    # (the parser may hang the relative clause on the main verb: its pronoun still tells it)
    relative = verb.dep_ in ("acl:relcl", "relcl") or any(
        _relative(c) and c.dep_.startswith("nsubj") for c in verb.children)
    return relative and verb.pos_ in ("VERB", "AUX") and _past(verb)


def _relative(tok: Any) -> bool:
    """A relative pronoun ("selon lesquelles", "according to which"): the marker links a noun to
    its content, it names no source."""
    return "Rel" in tok.morph.get("PronType") or tok.tag_ in ("WDT", "WP")


def _ends_source(lex: Lexicon, tok: Any) -> bool:
    """Where the source's noun phrase after "selon" stops: punctuation, a verb, a "que"."""
    participle = tok.dep_ == "acl" and "Part" in tok.morph.get("VerbForm")  # "du territoire contrôlé par"
    return tok.text in (",", ";", ":", ".", '"', "(") or (tok.pos_ in ("VERB", "AUX") and not participle) \
        or fold(tok.text) in lex.complementisers


def _apposition_end(lex: Lexicon, doc: Any, e: int, stop: int) -> int:
    """After a source's noun phrase, ", M. X," or ", la responsable du syndicat," describes the
    source: the index after its closing comma, else e. A verbless chunk between commas that opens
    with a name or with a determiner and a source noun ("le porte-parole") is such a description."""
    if e + 1 >= stop or doc[e].text != ",":
        return e
    first = doc[e + 1]
    for t in doc[e + 1:min(stop, e + 1 + APPOSITION_MAX)]:
        if t.pos_ in ("VERB", "AUX"):
            return e
        if t.text == ",":
            chunk = doc[e + 1:t.i]
            named = first.pos_ == "PROPN" or (first.is_title and first.is_alpha)
            # "le porte-parole de l'armée", or with no determiner "membre du syndicat"
            described = (first.pos_ == "DET" and any(_source_noun(lex, x) for x in chunk)) \
                or _source_noun(lex, first)
            return t.i + 1 if (named or described) and t.i + 1 < stop and not _clause_subject(chunk) else e
    return e


def _clause_subject(chunk: Any) -> bool:
    """The chunk between commas is the subject of the clause after it, not a description of the
    source: "Selon la télévision d'État, le gouverneur de la province, Ali X, a été tué" (the
    governor, named in apposition, is who was killed; the television speaks). Its head is the
    subject of a verb after it that has no other subject after the chunk."""
    head = next((t for t in chunk if not (chunk.start <= t.head.i < chunk.end)), None)
    if head is None or not head.dep_.startswith("nsubj") or head.head.i < chunk.end:
        return False
    return not any(c.dep_.startswith("nsubj") and c.i >= chunk.end for c in head.head.children)


def _name_to_end(doc: Any, e: int, stop: int) -> int:
    """After a source's noun phrase closing the clause, its name in apposition (", Andreï X."):
    the index where that name ends; else e."""
    if e + 1 >= stop or doc[e].text != "," or not (doc[e + 1].pos_ == "PROPN" or doc[e + 1].is_title):
        return e
    words = [t for t in doc[e + 1:stop] if not (t.is_punct or t.is_space)]
    if len(words) > APPOSITION_MAX or any(t.pos_ in ("VERB", "AUX") for t in words):
        return e
    return words[-1].i + 1 if words else e


def _source_noun(lex: Lexicon, tok: Any) -> bool:
    return fold(tok.text) in lex.source_nouns or fold(tok.lemma_) in lex.source_nouns


def _source_claim(lex: Lexicon, doc: Any, marker: tuple[int, int, int], seg: tuple[int, int],
                  n: int) -> Attribution | None:
    at, s, e = marker
    if _describing_aside(lex, doc, at, e, seg) or _motive_aside(lex, doc, at) \
            or _background_tally(lex, doc, seg):
        return None
    # the source's name stops at a participle on it ("du territoire contrôlé par le Hamas")
    named = next((t.i for t in doc[s:e] if t.dep_ == "acl" and t.pos_ == "VERB"), e)
    head = head_of(doc, s, named, lex.agent_prepositions)
    gov = head.head
    while at <= gov.i < s and gov.head.i != gov.i:
        gov = gov.head  # "according to X": the marker's words govern nothing claimed
    gov = claimed_clause(gov, seg)
    past = past_parenthesis(doc, e, seg[1])
    if gov.i != head.i and seg[0] <= gov.i < seg[1] and _closes_clause(doc, at, past, seg):
        gov = _clause_top(gov, seg)  # "..., selon un porte-parole.": the whole clause it closes
    if gov.i == head.i or not (seg[0] <= gov.i < seg[1]) or tops_segment(gov, seg):
        cs, ce = seg
    else:
        base = gov.head if gov.dep_ in ("acl:relcl", "relcl") and gov.head.pos_ in ("NOUN", "PROPN") else gov
        cs, ce = base.left_edge.i, base.right_edge.i + 1
        if ce - cs < CONTENT_MIN_WORDS + (e - at):
            cs, ce = seg
    # the source phrase at an edge of the clause is not part of the claimed words
    cs, ce = max(cs, seg[0]), min(ce, seg[1])
    after = _apposition_end(lex, doc, past, seg[1])
    if cs <= after and all(t.is_punct or t.pos_ in ("CCONJ", "ADV") for t in doc[cs:at]):
        cs = after
    if ce >= at and all(t.is_punct or t.is_space for t in doc[_name_to_end(doc, past, ce):ce]):
        ce = at  # "..., selon le gouverneur" / "..., selon le gouverneur, Andreï X." closing the clause
    content = trim_content(doc, max(cs, seg[0]), min(ce, seg[1]))
    if content is None:
        return None
    last = doc[after - 2] if after > past else doc[named - 1]
    att = Attribution("source", (doc[at].idx, doc[s - 1].idx + len(doc[s - 1].text)), content, "assert",
                      speaker=(doc[s].idx, last.idx + len(last.text)), speaker_head=head, segment=n)
    att.held = _relative_toll(att)  # told inside another's words, a statement of its own
    return att


def _closes_clause(doc: Any, at: int, past: int, seg: tuple[int, int]) -> bool:
    """The marker follows a comma and its source runs to the sentence's end ("La police a ouvert
    le feu sur des étudiants qui tentaient d'entrer, selon un porte-parole."): it closes the clause
    before it, whatever word deep in it the parser hung it on."""
    return at > seg[0] and doc[at - 1].text == "," \
        and all(t.is_punct or t.is_space for t in doc[_name_to_end(doc, past, seg[1]):seg[1]])


# English relative pronouns ("who", "which", "that" as WDT / WP)
REL_TAGS = frozenset({"WDT", "WP", "WP$"})


def _clause_top(gov: Any, seg: tuple[int, int]) -> Any:
    """The top verb of the clause holding `gov`, inside the segment: out of relative clauses and
    complements about a noun of the clause ("qui tentaient d'entrer" -> "a ouvert"), not out of a
    clause with a subject of its own, which tells its own act or toll ("l'attaque d'un poste, au
    cours de laquelle 40 soldats ont été tués, selon des sources sécuritaires": the sources give
    the toll, not the sentence)."""
    while gov.head.i != gov.i and seg[0] <= gov.head.i < seg[1] and gov.dep_ not in ("conj", "parataxis"):
        if gov.pos_ in ("VERB", "AUX") and _own_subject(gov):
            break
        gov = gov.head
    return gov


def _own_subject(verb: Any) -> bool:
    """The verb has a subject that is no relative pronoun ("40 soldats ont été tués", not "qui")."""
    return any(c.dep_.startswith("nsubj") and "Rel" not in c.morph.get("PronType") and c.tag_ not in REL_TAGS
               for c in verb.children)


def _describing_aside(lex: Lexicon, doc: Any, at: int, e: int, seg: tuple[int, int]) -> bool:
    """The marker stands in a relative clause set off by a comma whose verbs are in the present
    or the conditional: "le camp, qui abrite selon l'ONU 500 000 personnes", "the missile, whose
    speed according to Moscow could reach Mach 10". The source vouches for a description of the
    noun, which the narration gives in passing: no statement on an incident. A clause in the past
    reports what happened ("les frappes, qui ont tué huit personnes selon l'OSDH": a toll) and
    stays a claim."""
    rel = None
    # (the parser may open a sentence at the pronoun: "..., dont la vitesse selon les Russes")
    for i in range(at - 1, max(seg[0] - 1, 0), -1):
        t = doc[i]
        if fold(t.text) in lex.relative_pronouns and doc[i - 1].text == ",":
            rel = i
            break
        if t.text in (",", ";", ":") and i != at - 1:  # "qui, selon l'OMS, a causé": the clause goes on
            return False
    if rel is None:
        return False
    words = list(doc[rel + 1:at])
    if not any(t.pos_ in ("VERB", "AUX") for t in words):  # the clause's verb comes after the source
        start = e + 1 if e < seg[1] and doc[e].text == "," else e
        end = next((t.i for t in doc[start:seg[1]] if t.text in (",", ";", ":")), seg[1])
        words = list(doc[start:end])
    verbs = [t for t in words if t.pos_ in ("VERB", "AUX")]
    if any(_past(t) for t in verbs):
        return False
    return any(_present(t) for t in verbs)


def _motive_aside(lex: Lexicon, doc: Any, at: int) -> bool:
    """The marker right after a purpose mark ("intervient en dehors de ses frontières pour, selon
    Téhéran, protéger ses alliés"): the source is cited for the motive of an act the narration
    tells in its own voice, no statement on an incident."""
    first = folded_texts(doc)
    end = at - 1 if at > 0 and doc[at - 1].text == "," else at
    return any(end >= len(p) and tuple(first[end - len(p):end]) == p for p in lex.purpose_marks)


def _background_tally(lex: Lexicon, doc: Any, seg: tuple[int, int]) -> bool:
    """The sentence opens on the story's background ("Depuis le début de la guerre à Gaza,
    plusieurs responsables ont été tués, selon les médias", "Since the war began, ..."): a running
    tally the article recalls, cited for the reader, not a source's statement on the incident."""
    first = folded_texts(doc)
    return any(tuple(first[seg[0]:seg[0] + len(p)]) == p for p in lex.background_openers)


def _past(tok: Any) -> bool:
    """A past participle or a simple past ("tué", "killed", "a causé", "has killed")."""
    tense = tok.morph.get("Tense")
    return tok.tag_ in ("VBD", "VBN") or ("Past" in tense and tok.tag_ not in ("VBZ", "VBP", "MD"))


def _present(tok: Any) -> bool:
    """A finite verb of the present, the imperfect or the conditional ("abrite", "pourrait",
    "houses", "could")."""
    morph = tok.morph
    return tok.tag_ in ("VBZ", "VBP", "MD") or ("Fin" in morph.get("VerbForm") and (
        bool({"Pres", "Imp"} & set(morph.get("Tense"))) or "Cnd" in morph.get("Mood")))
