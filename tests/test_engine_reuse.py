"""What the ingest computes once and reuses (issue 14) is what it would compute again.

Each shortcut here keeps something between two reads: a Doc's text, compiled regular
expressions kept across processes. The tests compare the kept value with a fresh computation
in the cases where a kept copy could go stale: a Doc changed after its text was read, two Docs
of one batch, a regex source or flags that differ by one character, a cache file from another
Python or damaged on disk.
"""

from __future__ import annotations

import pytest

from newsevents.nlp import DOC_TEXT_KEY, doc_text
from newsevents.pipeline import parser

TEXTS = [
    ("fr", "KYIV, 4 févr. (Reuters) - Des missiles ont frappé la ville.\n\nLe maire a parlé."),
    ("fr", "Frappe sur un dépôt\nUn drone  a touché   le dépôt ; « deux blessés », dit-il.\t\n"),
    ("en", "BAKU, Nov 14 (AP) - Gunmen attacked a convoy.\nOfficials said two were hurt.  "),
    ("en", "No date here, just words - and a dash, an emoji 🚀 and trailing blanks   "),
    ("fr", ""),
]


@pytest.mark.parametrize(("language", "text"), TEXTS)
def test_the_text_read_once_is_the_docs_own_text(language: str, text: str) -> None:
    doc = parser(language)(text)
    assert doc_text(doc) == doc.text == text
    assert doc_text(doc) is doc_text(doc)  # kept, not joined again


def test_the_pipeline_keeps_the_text_its_components_read() -> None:
    doc = parser("en")(TEXTS[2][1])
    assert doc.user_data.get(DOC_TEXT_KEY) == TEXTS[2][1]


def test_a_retokenized_doc_still_reads_its_text() -> None:
    doc = parser("fr")(TEXTS[1][1])
    before = doc_text(doc)
    with doc.retokenize() as retokenizer:
        retokenizer.merge(doc[0:2])
    assert doc_text(doc) == doc.text == before


def test_each_doc_of_a_batch_reads_its_own_text() -> None:
    nlp = parser("fr")
    texts = [t for lang, t in TEXTS if lang == "fr"]
    docs = list(nlp.pipe(texts))
    assert [doc_text(d) for d in docs] == texts
    # a Doc reused by the dating through other sources (pipeline.ParsedDocs) keeps its own text
    assert [doc_text(d) for d in reversed(docs)] == list(reversed(texts))


def test_a_span_or_a_doc_without_user_data_is_read_directly() -> None:
    class Bare:
        text = "plain"

    assert doc_text(Bare()) == "plain"
