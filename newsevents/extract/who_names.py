"""Name boundaries for the `who` stage: where a country word is part of a longer proper name.

Why a module of its own: a country word is the strongest cue of the stage ("Russian", "Turk",
"Jordan", "U.S."), so it is read before persons and organisations; these checks say when the
word belongs to something else, from the tokens around it, with no list of names:

- a surname: "Volker Turk", "Jim Jordan" (after a capitalised word inside a person entity, or
  after a known first name of data/first_names.yaml) is a person, not Turkey or Jordan;
- a longer institution name: "the U.S. National Security Council" is not the UN Security Council
  its last words spell (newsevents/data/organizations.yaml aliases "Security Council"), nor is
  "the Russian Security Council".
"""

from __future__ import annotations

import re
from typing import Any

from spacy.tokens import Span

from newsevents.extract.where import first_names
from newsevents.extract.where_spots import weekdays
from newsevents.geo.names import normalize
from newsevents.lang import section_words
from newsevents.nlp import doc_text
from newsevents.parties import country_of_adjective, country_of_name, fold, starts_sentence

# parts of speech of the capitalised words a proper name is made of ("National", "U.S.")
_NAME_POS = frozenset({"PROPN", "X"})


def country_word(word: str, code: str) -> str | None:
    """ISO2 of a country adjective, demonym or name ("Turk", "Russian", "U.S."), else None."""
    return country_of_adjective(word, code) or country_of_name(word, code)


def _capitalised(tok: Any) -> bool:
    return bool(tok.text[:1].isupper()) and any(ch.isalpha() for ch in tok.text)


def surnames_of_countries(doc: Any, person_labels: frozenset[str], code: str) -> set[str]:
    """Folded country words that are a person's surname in this document: inside a person
    entity after a capitalised word that is no country word itself, or right after a known first
    name. Folded, so that a later bare "Turk" is the same person, not Turkey. A leading country
    word stays a country ("Russian Vladimir Putin")."""
    words: set[str] = set()
    given = first_names()
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if not (tok.is_alpha and tok.is_title and prev.is_alpha and prev.is_title) \
                or starts_sentence(tok):
            continue
        in_person = tok.ent_type_ in person_labels and tok.ent_iob_ == "I"
        if ((in_person and not country_word(prev.text, code)) or normalize(prev.text) in given) \
                and country_word(tok.text, code):
            words.add(fold(tok.text))
    return words


def first_names_of_countries(doc: Any, person_labels: frozenset[str], code: str) -> set[int]:
    """Tokens where a country's name opens a person's name before a word that is no country word
    ("Israël Katz", "Jordan Bardella"): a first name there, the country elsewhere in the text. A
    demonym there stays a country ("Russian Vladimir Putin"). When the model swallows title and
    name into one other entity ("ministre de la Défense Israël Katz" read as ORG), a country name
    that is a known first name (data/first_names.yaml) inside it, before a proper noun, is one too."""
    out: set[int] = set()
    given = first_names()
    for tok in doc[:-1]:
        nxt = doc[tok.i + 1]
        opens = (tok.ent_type_ in person_labels and tok.ent_iob_ == "B") or (
            tok.ent_iob_ == "I" and nxt.pos_ == "PROPN" and normalize(tok.text) in given)
        if opens and nxt.ent_type_ == tok.ent_type_ \
                and nxt.ent_iob_ == "I" and nxt.is_title and country_of_name(tok.text, code) \
                and not country_of_adjective(tok.text, code) and not country_word(nxt.text, code):
            out.add(tok.i)
    return out


def name_run_before(doc: Any, start: int, code: str) -> tuple[int, str | None, bool]:
    """The capitalised name words right before character `start` (a known organisation's
    alias): (their start, the ISO2 of a country word among them, whether some word is no
    country word). "the U.S. National | Security Council" -> (start of "U.S.", "US", True);
    "the Russian | Security Council" -> (start of "Russian", "RU", False)."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None:
        return start, None, False
    i, iso, other = span.start, None, False
    hedges = section_words(code, "parties", "hedge_words")
    while i > 0:
        tok = doc[i - 1]
        if not _capitalised(tok):
            break
        country = country_word(tok.text, code)
        if country is None and tok.pos_ not in _NAME_POS:
            break
        if country is None and (starts_sentence(tok) or tok.lower_ in hedges):
            # "Then Security Council members": the sentence's first word is no name; nor a word of
            # doubt after a dateline ("- Suspected Boko Haram militants": `hedge_words`)
            break
        i -= 1
        iso, other = iso or country, other or country is None
        if starts_sentence(tok):
            break
    return (doc[i].idx if i < span.start else start), iso, other


def owner_in_name(span: Any, code: str) -> str | None:
    """ISO2 of the country an organisation's own name holds: its first word ("U.S. National
    Security Council") or its last words after a link word ("Conseil de sécurité nationale des
    États-Unis", "National Security Council of Ukraine"), else None."""
    if len(span) < 2:
        return None
    if (iso := country_word(span[0].text, code)) is not None:
        return iso
    for tok in span[1:]:
        if _capitalised(tok) and not _capitalised(span.doc[tok.i - 1]) \
                and (iso := country_of_name(doc_text(span.doc)[tok.idx:span.end_char], code)):
            return iso
    return None


# words an acronym skips ("Force intérimaire des Nations unies au Liban" = FINUL, "Rapid Support
# Forces" = RSF): short lower-case link words; any longer lower-case word may give a letter or not
ACRONYM_LINK_CHARS = 3
# longest phrase read back from an acronym in brackets ("Forces paramilitaires de soutien rapide")
ACRONYM_PHRASE_TOKENS = 10


def _spells(acronym: str, words: list[Any]) -> bool:
    """The acronym's letters are the initials of the phrase's words, in order, from the first
    word; link words ("de", "of") and adjectives inserted by the writer ("paramilitaires") may
    give no letter, capitalised words must."""
    letters = [ch for ch in acronym.upper() if ch.isalpha()]
    if not letters or not words or words[0].text[:1].upper() != letters[0]:
        return False
    k = 0
    for w in words:
        initial = w.text[:1].upper()
        if k < len(letters) and initial == letters[k]:
            k += 1
        elif _capitalised(w) or k == len(letters):
            return False
    return k == len(letters)


def acronym_phrase(doc: Any, open_char: int, acronym: str) -> int | None:
    """Character start of the name an acronym in brackets abbreviates, written right before the
    bracket ("les Forces paramilitaires de soutien rapide (FSR)"): the longest run of words
    ending there, starting with a capital, whose initials spell the acronym (`_spells`), else
    None. Why: the writer defines the acronym there, so the whole phrase is that organisation
    even when an adjective ("paramilitaires") keeps it from matching any listed alias."""
    span = doc.char_span(open_char, open_char + 1, alignment_mode="expand")
    if span is None or span.start == 0:
        return None
    end = span.start
    best: int | None = None
    for start in range(end - 1, max(doc[end - 1].sent.start, end - ACRONYM_PHRASE_TOKENS) - 1, -1):
        tok = doc[start]
        if not tok.is_alpha and tok.text not in ("d'", "d’", "l'", "l’"):
            break
        if tok.pos_ in ("VERB", "AUX"):
            break
        words = [t for t in doc[start:end]
                 if t.is_alpha and not (t.is_lower and len(t) <= ACRONYM_LINK_CHARS)]
        if _capitalised(tok) and _spells(acronym, words):
            best = tok.idx
    return best


# characters between a name and the place that qualifies it (", dans le sud du ", " in ")
QUALIFIER_GAP_CHARS = 16


def placed_name(text: str, words: str, places: list[tuple[int, int, str]], lex: Any,
                look_back: int) -> bool:
    """Somewhere in the text the name sits after a locative preposition and before a place that
    qualifies it ("à Zibqin, dans le sud du Liban", "in Zibqin in southern Lebanon"): a village the
    gazetteer lacks, whatever the tagger says, here and at its other mentions (a headline's "tue
    deux personnes à Zibqin"). `places`: (start, end, name) of the place mentions, by start. One
    word only, so that "à Emmanuel Macron, en France" stays a person."""
    if " " in words.strip():
        return False
    starts = [ps for ps, _, _ in places]
    for m in re.finditer(rf"(?<!\w){re.escape(words)}(?!\w)", text):
        before = text[max(0, m.start() - look_back):m.start()]
        if not lex.locative.search(before):  # "à" is also a recipient's ("une lettre à X"), but
            continue                           # no recipient is qualified by a place after it
        nxt = next((ps for ps in starts if m.end() <= ps <= m.end() + QUALIFIER_GAP_CHARS), None)
        if nxt is None:
            continue
        gap = text[m.end():nxt]
        prep = lex.locative.search(gap)
        if prep is not None and re.fullmatch(r"\s*,?\s*", gap[:prep.start()]):
            return True
    return False


NISBA_LABELS = frozenset({"PER", "PERSON"})


def nisba(doc: Any, i: int, particles: frozenset[str]) -> bool:
    """The word ends a person's name after a particle and a hyphen ("Abu Omar al-Somali", "el-Masri"):
    the name tells where a family came from (``name_particles``), not a state of the story."""
    return i >= 2 and doc[i - 1].text == "-" and doc[i - 2].lower_ in particles \
        and doc[i].ent_type_ in NISBA_LABELS


# words that never end a name: the NER sometimes runs an entity on into the phrase after it
# ("the cargo ship Eternity C west of Hodeidah" -> "Eternity C west of")
_TAIL_POS = frozenset({"ADP", "ADV", "DET", "CCONJ", "SCONJ", "PART", "PUNCT", "PRON"})


def trim_tail(ent: Any) -> Any:
    """The entity without the weekday it ends with ("au-dessus de Tulcea mardi" -> "Tulcea", a place
    the tables name, no organisation), and without the lower-case function words it ends with (its
    label kept) and then, as it ran on, the lower-case words before them ("Eternity C west of" ->
    "Eternity C")."""
    doc, end = ent.doc, ent.end
    days = weekdays(doc.lang_)
    while end > ent.start and doc[end - 1].lower_ in days:  # the day the act was: no part of a name
        end -= 1
    dated = end
    while end > ent.start and doc[end - 1].pos_ in _TAIL_POS and not doc[end - 1].text[:1].isupper():
        end -= 1
    if end < dated:
        while end > ent.start and doc[end - 1].is_lower:
            end -= 1
    return ent if end == ent.end else Span(ent.doc, ent.start, end, label=ent.label_)
