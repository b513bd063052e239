"""spaCy pipelines, one per language, loaded once per process with unused components disabled.

Why a ruler ahead of the NER: spaCy's French models label weapon names, ministries and facilities
inconsistently (a missile name as PER, LOC or MISC). Stages register entity-ruler patterns built from the
language data (``register_patterns``) and they run before the statistical NER.
This module imports no stage: ``newsevents.pipeline.parser`` loads them, then asks for the model.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from typing import Any

from newsevents.lang import load_language
from newsevents.nlp_load import SKIPPED_VOCAB_FIELDS, fast_model_load, long_lived_objects, numpy_gemm

# components none of our stages read; disabling them saves time and memory
UNUSED_COMPONENTS = ("textcat", "textcat_multilabel", "entity_linker", "trainable_lemmatizer")

# the token attribute the entity ruler's phrase patterns match on: set by the tokenizer alone
# (add_ruler_patterns relies on it)
RULER_MATCH_ATTR = "LOWER"

# lookup tables that spaCy's rule lemmatizers only test for membership ("form in index")
LEMMA_INDEX_TABLE = "lemma_index"

# pattern providers: callables (LangData) -> list of entity-ruler patterns, registered by stages
PatternProvider = Callable[[Any], list[dict[str, Any]]]
_PATTERN_PROVIDERS: list[PatternProvider] = []
# the pipelines built so far, by language: a provider registered later adds its patterns to them
_BUILT: dict[str, Any] = {}
RULER_NAME = "newsevents_ruler"


def register_patterns(provider: PatternProvider) -> PatternProvider:
    """Decorator: a stage contributes entity-ruler patterns for a language (used as a decorator).

    Why a registry filled by the stages rather than a list of stages here: the stages (extract/)
    sit above this module and import it; this module never imports them, so data flows one way.
    Whoever parses for the stages imports them first (``newsevents.pipeline.parser``); a stage
    imported after a pipeline was built still adds its patterns to it, so a pipeline never lacks
    the patterns of a stage that is loaded.
    """
    if provider not in _PATTERN_PROVIDERS:
        _PATTERN_PROVIDERS.append(provider)
        for language, nlp in _BUILT.items():
            _add_patterns(nlp, provider(load_language(language)))
    return provider


def _add_patterns(nlp: Any, patterns: list[dict[str, Any]]) -> None:
    """Add entity-ruler patterns, creating our ruler before the NER the first time."""
    if not patterns:
        return
    if RULER_NAME in nlp.pipe_names:
        ruler = nlp.get_pipe(RULER_NAME)
    else:
        where = {"before": "ner"} if "ner" in nlp.pipe_names else {}
        config = {"overwrite_ents": True, "phrase_matcher_attr": RULER_MATCH_ATTR}
        ruler = nlp.add_pipe("entity_ruler", name=RULER_NAME, config=config, **where)
        # its token patterns (one exact word each) run only on the Docs holding one of their words
        from newsevents.nlp_match import DocGate

        ruler.matcher = DocGate(ruler.matcher)
    add_ruler_patterns(nlp, ruler, patterns)


# where ``doc_text`` keeps a Doc's text once read
DOC_TEXT_KEY = "newsevents.doc_text"


def doc_text(doc: Any) -> str:
    """``doc.text``, built once per Doc and kept in its ``user_data``.

    Why: spaCy's ``Doc.text`` joins every token's text and trailing space again at each read
    (~280 ns a token), and the stages and our components read it ~13 times a document: 6,631
    reads on the 454 articles of bench/scale.py, each a walk over the whole Doc. A Doc's text
    never changes (the tokenizer loses no character and a retokenizer keeps them), so the first
    read serves the others. A Doc without ``user_data`` (a Span's doc is a Doc) is read directly.
    """
    data = getattr(doc, "user_data", None)
    if data is None:
        return str(doc.text)
    text = data.get(DOC_TEXT_KEY)
    if text is None:
        text = data[DOC_TEXT_KEY] = doc.text
    return str(text)


DATELINE_COMPONENT = "newsevents_datelines"
# what closes a written sentence at the end of a line: after anything else the line is a headline
# or a caption, which the parser would run on into the next line
LINE_END_MARKS = frozenset('.!?…:;»"”)')
# a line with no closing punctuation this long or shorter is a headline, a subhead or a caption; a
# longer one is a paragraph whose full stop was lost or a sentence cut by a line break, left to the
# parser. Tuned on news-dev: its headlines run up to 25 words, its cut paragraphs 26 to 90+ (forcing
# a break after those moved the dates of claims two sentences apart)
HEADLINE_MAX_WORDS = 25
# the last character of a line, the line break and the blanks up to the next line's first character
OPEN_LINE_BREAK = re.compile(r"(\S)[^\S\n]*(\n\s*)(?=\S)")


@cache
def pipeline(language: str) -> Any:
    """The spaCy `Language` for an ISO 639-1 code, with the registered patterns before the NER."""
    # imported here: this module must not import spaCy (the parent of --workers N imports it
    # for its names, and spaCy costs ~0.45 s CPU there for nothing)
    from newsevents.nlp_match import fast_attribute_ruler
    from newsevents.nlp_regex import keep_compiled_regexes

    keep_compiled_regexes()
    lang = load_language(language)
    with long_lived_objects():
        with fast_model_load():
            nlp = lang.load_spacy(exclude=[*UNUSED_COMPONENTS, *SKIPPED_VOCAB_FIELDS])
        numpy_gemm(nlp)
        index_lemma_tables(nlp)
        fast_attribute_ruler(nlp)
        add_token_splits(nlp, lang.manifest.get("token_splits") or {})
        add_dateline_boundaries(nlp)
        add_dateline_case(nlp)
        patterns: list[dict[str, Any]] = []
        for provider in _PATTERN_PROVIDERS:
            patterns.extend(provider(lang))
        _add_patterns(nlp, patterns)
    _BUILT[language] = nlp
    return nlp


def add_dateline_boundaries(nlp: Any) -> None:
    """A sentence starts after a wire dateline ("BAKU, Nov 14 (Reuters) - ") and after a line with
    no closing punctuation: set before the parser, which keeps preset boundaries, so the dateline's
    place is nobody's subject and a headline with no full stop ("Turkish drone strike kills three")
    is not parsed as one sentence with the lead under it, the lead's verb a conjunct of the
    headline's (the written sentences the stages read end at a line break too:
    extract/sentences.py). A line that ends on a full stop is left to the parser: forcing those
    too moved claims and incidents on news-dev for no gain."""
    from spacy.language import Language

    from newsevents.read.datelines import datelines

    if not Language.has_factory(DATELINE_COMPONENT):
        def mark(doc: Any) -> Any:
            text = doc_text(doc)
            for found in datelines(text):
                span = doc.char_span(found.end(), found.end() + 1, alignment_mode="expand")
                if span is not None and span.start > 0:
                    doc[span.start].is_sent_start = True
            for found in OPEN_LINE_BREAK.finditer(text):  # a line with no closing punctuation
                line = text[text.rfind("\n", 0, found.start(1)) + 1:found.end(1)]
                if found.group(1) not in LINE_END_MARKS and len(line.split()) <= HEADLINE_MAX_WORDS:
                    # on the line break's own token: set on the next word, the French parser cuts
                    # the words after it into one-word sentences ("Six | enfants | figurent ...")
                    span = doc.char_span(found.start(2), found.end(2), alignment_mode="expand")
                    if span is not None and span.start > 0 and doc[span.start].is_space:
                        doc[span.start].is_sent_start = True
            return doc

        Language.component(DATELINE_COMPONENT, func=mark)
    if "parser" in nlp.pipe_names and DATELINE_COMPONENT not in nlp.pipe_names:
        nlp.add_pipe(DATELINE_COMPONENT, before="parser")


DATELINE_CASE_COMPONENT = "newsevents_dateline_case"


class DatelineCase:
    """The word opening a story after a wire dateline is capitalised as any first word is, but the
    tagger, reading the dateline before it, takes a plural common noun for a name ("KYIV, Feb 4
    (Reuters) - Missiles fired by Russia hit ...": "Missiles" PROPN, lemma "Missiles"), so the
    weapon and trigger lexicons, read by lemma, miss it. When the lemmatizer's own noun rules turn
    its lower-case form into a noun of its index ("missile", "drone", "gunman") and the form itself
    is no entry (a name the index knows, "Wales", "Paris", stays) nor an entity, it is that noun."""

    def __init__(self, nlp: Any) -> None:
        lookups = nlp.get_pipe("lemmatizer").lookups if "lemmatizer" in nlp.pipe_names else None

        def nouns(table: str) -> Any:
            return lookups.get_table(table, {}).get("noun", {}) if lookups is not None else {}

        self.index, self.rules = nouns("lemma_index"), nouns("lemma_rules")
        self.exceptions = nouns("lemma_exc")

    def common_noun(self, word: str) -> str | None:
        """The noun lemma of a plural common noun, or None."""
        if not self.index or word in self.index:
            return None
        forms = list(self.exceptions.get(word, [])) + [word[:len(word) - len(old)] + new
                                                       for old, new in self.rules if word.endswith(old)]
        return next((f for f in forms if f and f != word and f in self.index), None)

    def __call__(self, doc: Any) -> Any:
        from newsevents.read.datelines import datelines

        for found in datelines(doc_text(doc)):
            span = doc.char_span(found.end(), found.end() + 1, alignment_mode="expand")
            if span is None:
                continue
            token = doc[span.start]
            if token.pos_ != "PROPN" or token.ent_type_ or not token.is_title or not token.is_alpha:
                continue
            lemma = self.common_noun(token.lower_)
            if lemma is not None:
                token.pos_, token.lemma_ = "NOUN", lemma
                if token.tag_ in ("NNP", "NNPS"):
                    token.tag_ = "NNS"
        return doc


def add_dateline_case(nlp: Any) -> None:
    """Register and add ``DatelineCase`` last (after the lemmatizer and the NER it reads)."""
    from spacy.language import Language

    if not Language.has_factory(DATELINE_CASE_COMPONENT):
        Language.factory(DATELINE_CASE_COMPONENT, func=lambda nlp, name: DatelineCase(nlp))
    if "lemmatizer" in nlp.pipe_names and DATELINE_CASE_COMPONENT not in nlp.pipe_names:
        nlp.add_pipe(DATELINE_CASE_COMPONENT, last=True)


def add_token_splits(nlp: Any, splits: dict[str, list[str]]) -> None:
    """Tokenizer special cases from the manifest's ``token_splits`` ("X." -> "X" "."): the
    tokenizer keeps a capital letter and its full stop together as an initial, so "a écrit sur X.
    Le ministère a confirmé" read as one sentence and the next subject became the speaker."""
    from spacy.symbols import ORTH

    for text, pieces in splits.items():
        if "".join(pieces) != text:
            raise ValueError(f"token_splits: {pieces!r} do not spell {text!r}")
        nlp.tokenizer.add_special_case(text, [{ORTH: piece} for piece in pieces])


def add_ruler_patterns(nlp: Any, ruler: Any, patterns: list[dict[str, Any]]) -> None:
    """Add the patterns with every other component switched off while they are read.

    Why: spaCy's entity ruler runs each phrase pattern through the components placed before it
    (for us tok2vec, morphologizer, parser, attribute ruler, lemmatizer) to build its phrase
    docs, which cost 0.9 s CPU of start-up for 1,385 patterns. Our phrase patterns match on
    ``LOWER`` (``RULER_MATCH_ATTR``), which the tokenizer alone sets, so the tokenizer-only docs
    match exactly the same spans.
    """
    others = [name for name in nlp.pipe_names if name != ruler.name]
    with nlp.select_pipes(disable=others):
        ruler.add_patterns(patterns)


def index_lemma_tables(nlp: Any) -> int:
    """Turn the rule lemmatizer's word lists into sets; returns the number of lists converted.

    Why: spaCy ships ``lemma_index`` as one list per part of speech (66,191 French nouns) and the
    rule lemmatizers test ``form in index`` on it, a linear scan for every word not yet in their
    cache: on 456 news articles that was 3.3 s of a 12 s ``nlp.pipe`` (bench/profile_ingest.py).
    The lemmatizers only test membership and truthiness on these lists, so a frozenset gives the
    same lemmas (checked on the bench corpus: identical lemma strings) in constant time.
    """
    converted = 0
    for _name, component in nlp.pipeline:
        lookups = getattr(component, "lookups", None)
        if lookups is None or not lookups.has_table(LEMMA_INDEX_TABLE):
            continue
        table = lookups.get_table(LEMMA_INDEX_TABLE)
        for key, words in list(table.items()):
            if isinstance(words, list):
                table[key] = frozenset(words)
                converted += 1
    return converted
