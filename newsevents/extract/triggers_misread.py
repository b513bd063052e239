"""Trigger words the parser misreads: a French headline's verb read as a pronoun or a noun; a
word of an organisation's name read as an act.

"L'Algérie expulse douze agents de l'ambassade de France": the small French model tags the present
"expulse" as a pronoun hanging from the country, yet lemmatises it as the verb it is ("expulser").
A verb entry of the trigger lexicon needs a clause (triggers.is_clause), so the headline's incident
was lost. Headlines drop articles and auxiliaries; the headline's present is its main verb. The
English misreading (a plural noun) is headline_verbs.headline_verb's. "L'Armée de libération du
Baloutchistan a pris des passagers en otage": "libération" is a word of the group's name, not the
release of the hostages its clause names (in_a_name).
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Span, Token

from newsevents.extract.headline_verbs import HEADLINE_CHARS, TERMINAL_MARKS
from newsevents.lang import load_language, section_words
from newsevents.nlp import doc_text

# what the tagger may make of a headline's verb
MISREAD_POS = frozenset({"PRON", "NOUN", "ADJ", "PROPN"})
# the headline's subject before its verb
SUBJECT_POS = frozenset({"PROPN", "NOUN"})


def relemmatise_headline(doc: Doc, verbs: frozenset[str]) -> None:
    """Give a misread headline verb the lemma of the trigger verb its form is a present of, so that
    the lexicon's verb entry (matched by lemma) finds it: "Le Soudan bombarde un marché" tags
    "bombarde" as a noun of lemma "bombarde"; `headline_verb_endings` (lang/<code>/events.yaml)
    turns the form's ending into an infinitive's ("e" -> "er": "bombarder"), kept only when it is
    one of `verbs`, the lexicon's one-word verb triggers."""
    endings: dict[str, Any] = load_language(doc.lang_).section("events").get("headline_verb_endings") or {}
    if not endings or not verbs:
        return
    for token in _headline_slots(doc, lemma_kept=True):
        for form_end, infinitive_end in endings.items():
            if token.lower_.endswith(str(form_end)):
                lemma = token.lower_[:len(token.lower_) - len(str(form_end))] + str(infinitive_end)
                if lemma in verbs:
                    token.lemma_ = lemma
                    break


def _headline_slots(doc: Doc, lemma_kept: bool = False) -> list[Token]:
    """The headline's words at a verb's slot that the tagger read as something else: after a name
    or a noun (the subject), before another word of the headline (the object). With `lemma_kept`,
    also a verb the tagger saw but left with its own form as lemma ("Le Hezbollah tire des
    roquettes": "tire" -> "tire")."""
    text = doc_text(doc)
    end = text.find("\n")
    if end < 0 or end > HEADLINE_CHARS or text[:end].rstrip().endswith(TERMINAL_MARKS):
        return []
    return [t for t in doc[1:-1] if t.idx < end
            and (t.pos_ in MISREAD_POS or (lemma_kept and t.pos_ == "VERB" and t.lemma_.lower() == t.lower_))
            and t.nbor(-1).pos_ in SUBJECT_POS and t.nbor(1).idx < end
            and (t.nbor(1).is_alpha or t.nbor(1).like_num)]


def misread_headline_verb(token: Token) -> bool:
    """A word of the headline (the first line, short, no closing full stop) tagged as a pronoun or
    a noun, whose lemma is an infinitive (`infinitive_endings` in lang/<code>/events.yaml: the
    lemmatiser read a verb) other than its own form, right after a name or a noun (its subject)
    and followed by a word of the headline (its object)."""
    endings = section_words(token.lang_, "events", "infinitive_endings")
    lemma = token.lemma_.lower()
    if not endings or lemma == token.lower_ or not any(lemma.endswith(e) for e in endings):
        return False
    return token.i > 0 and any(t.i == token.i for t in _headline_slots(token.doc))


# a name long enough to hold a word of an act inside it ("Armée de libération du Baloutchistan")
NAME_TOKENS = 3


def in_a_name(span: Span) -> bool:
    """A lower-case trigger noun inside an organisation's name the parser found ("l'Armée de
    libération du Baloutchistan", "le Front de libération du peuple du Tigré"): a word of the name,
    no release. The name starts with a capital after the sentence's first word (a headline opening
    on "Frappe de drone sur ..." may be read as a name) and runs over NAME_TOKENS words or more."""
    if span.root.pos_ not in ("NOUN", "PROPN") or not span.root.is_lower:
        return False
    return any(e.label_ == "ORG" and len(e) >= NAME_TOKENS and e.start < span.start and span.end <= e.end
               and e.start > e.sent.start and e[0].is_title for e in span.doc.ents)
