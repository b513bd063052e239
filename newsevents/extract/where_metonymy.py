"""Metonymy of place names: a name that stands for its government or people is a party.

Why a module of its own: `where` reads every name, and this one job -- "Bakou a envoyé une lettre",
"selon Moscou", "warned Tehran", "l'ambassade d'Azerbaïdjan", "a strike blamed on Israel" -- is a
set of parse tests on the name's governor that the `who` stage also asks (``attributed_name``).
A metonymic name is not emitted as a place; its country still counts as the document's context.
"""

from __future__ import annotations

from typing import Any

from newsevents.extract.where_parts import before_misread_verb as _misread_verb_after
from newsevents.extract.where_spots import Spot
from newsevents.geo import Gazetteer
from newsevents.lang import load_language, section_words
from newsevents.parties.vocabulary import sealed_at

# words allowed between an owner noun and "de <name>" ("ambassadeur extraordinaire et plénipotentiaire de")
OWNER_WINDOW = 4
# heads climbed from "par X"/"by X" to the participle it is the agent of ("tirés sur le pays par X")
AGENT_PARTICIPLE_HOPS = 2
ADDRESSEE_PHRASE_WORDS = 4  # longest `addressee_phrases` entry, in words ("lancer un appel à")
PASSIVE_SUBJECT_DEPS = frozenset({"nsubj:pass", "nsubjpass"})
PASSIVE_AUX_DEPS = frozenset({"aux:pass", "auxpass"})


def _governor(tok: Any) -> Any:
    """The word a name depends on, looking through prepositions and conjunctions."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    head = tok.head
    if head.pos_ == "ADP" and head.head.i != head.i:  # English "letter to Moscow", "according to"
        head = head.head
    for _ in range(3):  # "l'ambassadeur extraordinaire et plénipotentiaire de X": up to the noun
        if head.pos_ != "ADJ" or head.head.i == head.i:
            break
        head = head.head
    return tok, head


def is_metonymic(doc: Any, spot: Spot, data: dict[str, Any], gaz: Gazetteer) -> bool:
    """True when the place name stands for its government or people (a party, not a place)."""
    if apposed_to_place_noun(doc, spot.name_start):
        return False  # "In the capital, Kathmandu, rioters looted shops, police said": a misread subject
    root = doc[spot.name_start:spot.name_end].root
    tok, gov = _governor(root)
    lemma, dep = gov.lemma_.lower(), tok.dep_
    if dep in PASSIVE_SUBJECT_DEPS and not any(c.dep_ in PASSIVE_AUX_DEPS for c in gov.children):
        dep = "nsubj"  # a parse error: no passive auxiliary ("Moscou n'a pas commenté": nsubj:pass)
    cases = {c.lower_ for c in tok.children if c.dep_ in ("case", "mark")} | {tok.head.lower_}
    if _misread_verb_after(doc, spot) or set(data.get("source_markers") or []) & (
            cases | {gov.lower_, gov.head.lower_}):
        return True
    if dep in set(data.get("agent_deps") or []) and lemma in set(data.get("agent_verbs") or []) \
            and not _parenthetical_speaker(tok, gov):
        return True
    if _coordinated_modifier_of_doers(tok, data):
        return True
    if _addressed(doc, spot, tok, gov, data) or attributed(tok, gov, data):
        return True
    if lemma in set(data.get("speech_nouns") or []) and gov.pos_ in ("NOUN", "PROPN") \
            and not sealed_at(gov, doc.lang_):
        return True  # "les déclarations d'Erevan", not "une déclaration signée à Doha"
    if gov.pos_ == "VERB" and _to_recipient(tok, gov, data):
        return True
    if _capitals_as_sides(tok, gaz, data):
        return True
    return _is_owner(tok, gov, spot, data, gaz)


def apposed_to_place_noun(doc: Any, start: int) -> bool:
    """The name starting at token `start` follows a comma after a location preposition and a place
    noun ("In the capital, Kathmandu, ...", "Dans la capitale népalaise, Katmandou, ...", "in the
    town, Goma, ..."): it says which place the phrase is, whatever the parser made of it (the
    subject of the reporting verb at the sentence's end)."""
    return apposition_start(doc, start) is not None


def apposition_start(doc: Any, start: int) -> int | None:
    """The token of the location preposition that opens the place noun a name starting at `start`
    is apposed to (see apposed_to_place_noun), else None. Nouns: ``capital_nouns`` and
    ``settlement_nouns``; prepositions: ``location_preps`` (lang/<code>/places.yaml)."""
    code = doc.lang_
    nouns = section_words(code, "places", "capital_nouns") | section_words(code, "places", "settlement_nouns")
    preps = section_words(code, "places", "location_preps")
    j = start - 1
    if j < 2 or doc[j].text != ",":
        return None
    j -= 1
    while j > 0 and doc[j].pos_ == "ADJ":  # "la capitale népalaise"
        j -= 1
    if doc[j].lower_ not in nouns:
        return None
    j -= 1
    while j >= 0 and doc[j].pos_ == "DET":
        j -= 1
    return j if j >= 0 and doc[j].lower_ in preps else None


def _capitals_as_sides(first: Any, gaz: Gazetteer, data: dict[str, Any]) -> bool:
    """"Kiev et Moscou ont procédé à un échange de prisonniers", "Kyiv and Moscow swapped 150
    prisoners", "l'échange entre Kiev et Moscou": capitals of two countries coordinated as the
    subject of an active verb, or after "between" (``border_between``), are the two governments,
    the sides of the act, not where it happened. `first` is the first conjunct; the
    subject by the parse, or (a parse error making the first capital the root) by its place right
    before the clause's verb. A single capital as subject may be the scene ("Kyiv came under
    attack") and is left to the other tests."""
    members = [first, *(c for c in first.children if c.dep_ == "conj")]
    if len(members) < 2:
        return False
    countries = set()
    for m in members:
        lo = m.i
        while lo > 0 and m.doc[lo - 1].pos_ == "PROPN" and m.doc[lo - 1].head.i == m.i:
            lo -= 1  # "Addis Ababa": the name's words before its head
        best = gaz.best(m.doc[lo:m.i + 1].text)
        if best is None or best.kind != "city" or not best.capital:
            return False
        countries.add(best.country)
    if len(countries) < 2:
        return False
    between = {str(w).lower() for w in data.get("border_between") or ()}
    if first.head.lower_ in between or any(c.dep_ == "case" and c.lower_ in between for c in first.children):
        return True
    if first.dep_ in ("nsubj",):
        verb = first.head
    elif first.dep_ == "ROOT":
        last = max(t.i for t in first.subtree)
        verb = next((t for t in first.doc[last + 1:last + 4] if t.pos_ in ("AUX", "VERB")), None)
        if verb is None:
            return False
        verb = verb if verb.pos_ == "VERB" else verb.head
    else:
        return False
    return not any(c.dep_ in PASSIVE_AUX_DEPS for c in verb.children)


def _coordinated_modifier_of_doers(tok: Any, data: dict[str, Any]) -> bool:
    """"Kinshasa and M23 rebels signed a declaration": the parser reads the two coordinated names as
    modifiers of the subject noun of an agent verb; they name the doers' sides (a government and
    a group), not where it happened."""
    subject = tok.head
    return tok.dep_ in ("nmod", "compound") and any(c.dep_ == "conj" for c in tok.children) \
        and subject.pos_ == "NOUN" and subject.dep_ in set(data.get("agent_deps") or []) \
        and subject.head.lemma_.lower() in set(data.get("agent_verbs") or [])


def _addressed(doc: Any, spot: Spot, tok: Any, gov: Any, data: dict[str, Any]) -> bool:
    """"warned Tehran", "a exhorté Kinshasa à": the direct object of a verb of speech is addressed
    as a state. By the parse, or (parse errors: "Kinshasa" as xcomp) right after such a verb.
    `tok` is the first conjunct: "called on Turkey and Qatar to press donors" addresses both, so the
    words before the first name are read for the second too."""
    verbs = set(data.get("addressee_verbs") or [])
    if tok.dep_ in ("dobj", "obj") and gov.lemma_.lower() in verbs:
        return True
    j = spot.name_start - 1
    if tok.i < spot.name_start:  # the first conjunct's words: "called on South Korea and Japan"
        j = tok.i - 1
        while j >= 0 and doc[j].head.i == tok.i and doc[j].pos_ == "PROPN":
            j -= 1
    while j >= 0 and doc[j].pos_ == "DET":
        j -= 1
    if j >= 0 and doc[j].pos_ == "VERB" and doc[j].lemma_.lower() in verbs:
        return True
    lemmas = [t.lemma_.lower() for t in doc[max(0, j - ADDRESSEE_PHRASE_WORDS + 1):j + 1]]
    return any(lemmas[-len(words):] == words for words in
               (str(ph).lower().split() for ph in data.get("addressee_phrases") or []) if words)


def attributed_name(tok: Any, language: str) -> bool:
    """`attributed` for a name at spaCy token `tok` (the `who` stage makes such a country a party
    even after "à": "imputée à Israël")."""
    name, gov = _governor(tok)
    return attributed(name, gov, load_language(language).section("places"))


def attributed(tok: Any, gov: Any, data: dict[str, Any]) -> bool:
    """"a strike blamed on Israel", "imputée à Israël", "carried out by Russia", "menée par
    l'Iran": who an act is laid on, or its passive agent, is a doer (a party), not where it
    happened. The agent by its dependency (English "by" is an `agent` preposition), the complement
    of an attribution participle by its preposition."""
    agent = set(data.get("agent_phrase_deps") or [])
    way = {str(w).lower() for w in data.get("way_verbs") or []}
    if gov.lemma_.lower() not in way and (
            tok.dep_ in agent or (tok.head.pos_ == "ADP" and tok.head.dep_ in agent)
            or _agent_by_preposition(tok, data)):
        return True
    if gov.lemma_.lower() not in set(data.get("attribution_verbs") or []):
        return False
    preps = {str(p).lower() for p in data.get("attribution_preps") or []}
    return tok.head.lower_ in preps or any(c.dep_ == "case" and c.lower_ in preps for c in tok.children)


def _agent_by_preposition(tok: Any, data: dict[str, Any]) -> bool:
    """The parser may hang "par X" on a noun ("missiles tirés sur le pays par l'Iran": "par l'Iran"
    under "pays"): the agent preposition with a participle among the next heads up is an agent
    all the same (``agent_preps``; AGENT_PARTICIPLE_HOPS heads)."""
    preps = {str(p).lower() for p in data.get("agent_preps") or []}
    marked = tok.head.lower_ in preps if tok.head.pos_ == "ADP" else \
        any(c.dep_ == "case" and c.lower_ in preps for c in tok.children)
    if not marked:
        return False
    head = tok.head.head if tok.head.pos_ == "ADP" else tok.head
    for _ in range(AGENT_PARTICIPLE_HOPS):
        if head.pos_ in ("VERB", "AUX"):
            return "Part" in head.morph.get("VerbForm") and _passive(head)
        if head.head.i == head.i:
            return False
        head = head.head
    return False


def _passive(verb: Any) -> bool:
    """A participle on a noun ("missiles tirés", "drones launched") or with a passive auxiliary:
    not "il est passé par Kiev", where "par" says the way."""
    return verb.dep_ in ("acl", "acl:relcl", "relcl") or \
        any(c.dep_ in ("aux:pass", "auxpass") for c in verb.children)


def _parenthetical_speaker(tok: Any, verb: Any) -> bool:
    """"Kherson, the regional governor said, was ...": the parser makes the place the subject and
    the speaker its apposition; the apposition right before the verb (no comma) is who speaks."""
    for app in (c for c in tok.children if c.dep_ == "appos"):
        last = max(t.i for t in app.subtree)
        if last + 1 == verb.i and tok.i + 1 < app.i and tok.doc[tok.i + 1].text == ",":
            return True
    return False


def _to_recipient(tok: Any, verb: Any, data: dict[str, Any]) -> bool:
    """"remis les districts à X", "sent a letter to X": X receives, as a state."""
    preps = {p.lower() for p in data.get("recipient_preps") or []}
    marked = tok.head.lower_ in preps or any(c.lower_ in preps for c in tok.children if c.dep_ == "case")
    if not marked:
        return False
    if verb.lemma_.lower() in set(data.get("transfer_verbs") or []):
        return True
    if sealed_at(verb, verb.doc.lang_):
        return False  # "signé une déclaration à Doha": where it was signed
    objs = {c.lemma_.lower() for c in verb.children if c.dep_ in ("obj", "dobj")}
    return bool(objs & set(data.get("speech_nouns") or []))


def _is_owner(tok: Any, gov: Any, spot: Spot, data: dict[str, Any], gaz: Gazetteer) -> bool:
    """"l'ambassade d'Azerbaïdjan", "the army of Russia": a country (or capital) that owns."""
    owners = {w.lower() for w in data.get("owner_nouns") or []}
    by_tree = gov.lemma_.lower() in owners or gov.lower_ in owners
    if not (by_tree or _owner_before(spot.doc_tokens_before, owners, data)):
        return False
    preps = set(data.get("location_preps") or [])
    if any(c.lower_ in preps for c in tok.children if c.dep_ == "case") or (
            tok.head.pos_ == "ADP" and tok.head.lower_ in preps):
        return False  # "l'ambassade ... en Ukraine": the location of the owner
    best = gaz.best(spot.name)
    return best is not None and (best.kind != "city" or best.capital)


def _owner_before(before: list[Any], owners: set[str], data: dict[str, Any]) -> bool:
    """Text fallback for parse errors: "<owner noun> [adjectives] de <name>" just before the name."""
    links = {w.strip().lower() for w in [*(data.get("distance_links") or []), *(data.get("of_words") or [])]}
    words = [t for t in before if t.pos_ != "DET"]
    if not words or words[-1].lower_ not in links:
        return False
    for t in reversed(words[:-1][-OWNER_WINDOW:]):
        if t.is_punct or t.pos_ in ("VERB", "AUX", "ADP") or t.lower_ in links:
            return False  # "frappes dans le nord de X": X is no complement of the owner noun
        if t.lemma_.lower() in owners or t.lower_ in owners:
            return True
    return False
