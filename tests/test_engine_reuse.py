"""What the ingest computes once and reuses (issue 14) is what it would compute again.

Each shortcut here keeps something between two reads: a Doc's text, compiled regular
expressions kept across processes. The tests compare the kept value with a fresh computation
in the cases where a kept copy could go stale: a Doc changed after its text was read, two Docs
of one batch, a regex source or flags that differ by one character, a cache file from another
Python or damaged on disk.
"""

from __future__ import annotations

import json
import re
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from newsevents import export, nlp_regex
from newsevents import ingest as ingest_module
from newsevents.model import Article, Published
from newsevents.nlp import DOC_TEXT_KEY, doc_text
from newsevents.pipeline import parser
from newsevents.store import Store

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


# --- the stored documents a transaction meets, read once (store._Stored) -----------------------

STORIES = [("fr", "Un drone a frappé un dépôt de carburant près de Belgorod lundi, blessant deux "
                  "employés, a indiqué le gouverneur de la région."),
           ("en", "Gunmen attacked a police post near Kano on Sunday, killing three officers, "
                  "a police spokesman said."),
           ("fr", "Une frappe aérienne a tué quatre civils mardi dans un village du nord du pays, "
                  "selon des habitants joints par téléphone.")]


def _story(pipe: Any, index: int, doc_id: str) -> Article:
    language, text = STORIES[index]
    published = Published(date(2024, 3, 5))
    return pipe.process(Article(text=text, id=doc_id, language=language, published=published))


def _register(store: Store) -> list[str]:
    lines = []
    for record in export.records(store):
        record.pop("ingested_at", None)
        lines.append(export.jsonl_line(record))
    return lines


def test_a_text_freed_by_a_replacement_in_the_same_transaction_is_stored(tmp_path: Path, pipe: Any) -> None:
    """Stored: id "x" with text B. One transaction: a new text A under "x" (which deletes B),
    then text B under "y". Saved one by one, B is no longer stored when "y" comes, so it is
    saved; read before the deletion, B looked stored and "y" was dropped."""
    old_x, new_x, y = _story(pipe, 1, "x"), _story(pipe, 0, "x"), _story(pipe, 1, "y")
    with Store.open(str(tmp_path / "one.db")) as store:
        assert store.save(old_x)
        assert [store.save(new_x), store.save(y)] == [True, True]
        expected = _register(store)
    with Store.open(str(tmp_path / "many.db")) as store:
        assert store.save(old_x)
        assert store.save_many([new_x, y]) == [True, True]
        assert _register(store) == expected
        assert store.documents_with_texts([new_x.sha256, y.sha256]) == {new_x.sha256: "x", y.sha256: "y"}


def test_a_replaced_text_and_an_older_version_in_one_transaction(tmp_path: Path, pipe: Any) -> None:
    """Reprocessing a stored text under its id, and a new text under a stored id, together."""
    a, b, c, c_as_b = _story(pipe, 0, "a"), _story(pipe, 1, "b"), _story(pipe, 2, "c"), _story(pipe, 2, "b")
    with Store.open(str(tmp_path / "one.db")) as store:
        assert store.save(a) and store.save(b)
        assert [store.save(a, replace=True), store.save(c_as_b)] == [True, True]
        expected = _register(store)
    with Store.open(str(tmp_path / "many.db")) as store:
        assert store.save(a) and store.save(b)
        assert store.save_many([a, c_as_b], replace=[True, False]) == [True, True]
        assert _register(store) == expected
        assert store.save_many([a, c]) == [False, False]  # both texts stored now


def test_the_ingest_looks_texts_up_by_batch_with_the_same_outcomes(tmp_path: Path) -> None:
    """More inputs than one look-up batch: stored texts, the same text twice in a run (in one
    batch and across two), new texts; the outcomes are those of one look-up per document."""
    texts = [f"Le {d} mars, des tirs ont visé le poste {d} près de la frontière, selon l'armée."
             for d in range(1, 1 + ingest_module.LOOKUP_BATCH + 4)]
    first = tmp_path / "first.jsonl"
    first.write_text("".join(json.dumps({"id": f"a{i}", "text": t}) + "\n" for i, t in enumerate(texts[::3])),
                     encoding="utf-8")
    repeated = [*texts, texts[1], texts[-1]]
    second = tmp_path / "second.jsonl"
    second.write_text("".join(json.dumps({"id": f"b{i}", "text": t}) + "\n" for i, t in enumerate(repeated)),
                      encoding="utf-8")
    with Store.open(str(tmp_path / "x.db")) as store:
        ingest_module.ingest([first], store, language="fr", published=Published(date(2024, 3, 5)))
        summary = ingest_module.ingest([second], store, language="fr", published=Published(date(2024, 3, 5)))
    statuses = [(o.status, o.document) for o in summary.outcomes]
    stored = {t: f"a{i}" for i, t in enumerate(texts[::3])}
    expected = [("unchanged", stored[t]) if t in stored else ("new", f"b{i}") for i, t in enumerate(texts)]
    expected += [("unchanged", "b1"), ("unchanged", stored.get(texts[-1], f"b{len(texts) - 1}"))]
    assert statuses == expected


# --- compiled patterns kept across processes (nlp_regex._KeptRegexes) --------------------------

LONG = [
    (r"(?<![\w])(?P<day>\d{1,2})\s+(?P<month>" + "|".join(
        ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
         "octobre", "novembre", "décembre"] * 3) + r")(?:\s+(?P<year>\d{4}))?(?![\w])", re.IGNORECASE),
    (r"(?m)^(?:" + "|".join(f"word{i}" for i in range(60)) + r")[ \t]+(\S+)$", 0),
    ("(?:" + "|".join(f"(?P<g{i}>x{i}y)" for i in range(40)) + ")", re.VERBOSE),
]
SAMPLES = ["Le 3 mars 2024 et le 14 Juillet, puis 1er mai.", "word7 alpha\nword59\tbeta\nword60 x",
           "x3y x12y x39y x40y", ""]


def _behaviour(rx: re.Pattern[str]) -> tuple[Any, ...]:
    return (rx.pattern, rx.flags, rx.groups, dict(rx.groupindex),
            [[m.span() + m.groups() for m in rx.finditer(s)] for s in SAMPLES])


def test_a_pattern_from_its_kept_code_is_the_pattern_compiled_from_source(tmp_path: Path) -> None:
    from re import _compiler

    path = tmp_path / "regex.marshal"
    first = nlp_regex._KeptRegexes(_compiler.compile, path)
    fresh = [first(p, f) for p, f in LONG]
    assert first.save() == len(LONG) and path.exists()
    second = nlp_regex._KeptRegexes(_compiler.compile, path)
    kept = [second(p, f) for p, f in LONG]
    assert not second.new and second.used == {(p, int(f)) for p, f in LONG}  # none compiled again
    assert [_behaviour(k) for k in kept] == [_behaviour(f) for f in fresh] \
        == [_behaviour(_compiler.compile(p, f)) for p, f in LONG]


def test_a_pattern_changed_by_one_character_or_one_flag_is_compiled_from_its_source(tmp_path: Path) -> None:
    from re import _compiler

    path = tmp_path / "regex.marshal"
    first = nlp_regex._KeptRegexes(_compiler.compile, path)
    first(*LONG[0])
    first.save()
    second = nlp_regex._KeptRegexes(_compiler.compile, path)
    edited = LONG[0][0].replace("mars", "marz")
    assert second(edited, LONG[0][1]).search("le 3 mars") is None
    assert second(LONG[0][0], 0).search("le 3 MARS") is None  # the kept one ignores case
    assert second(LONG[0][0], LONG[0][1]).search("le 3 MARS") is not None
    assert set(second.new) == {(edited, int(LONG[0][1])), (LONG[0][0], 0)}


def test_a_damaged_kept_file_or_code_costs_only_the_compilation(tmp_path: Path) -> None:
    import marshal
    from re import _compiler

    path = tmp_path / "regex.marshal"
    path.write_bytes(b"not marshal data at all")
    damaged = nlp_regex._KeptRegexes(_compiler.compile, path)
    assert _behaviour(damaged(*LONG[1])) == _behaviour(_compiler.compile(*LONG[1]))
    key = (LONG[1][0], int(LONG[1][1]))
    flags, code, groups, groupindex, indexgroup = damaged.new[key]
    path.write_bytes(marshal.dumps({key: (flags, code[: len(code) // 2], groups, groupindex, indexgroup)}))
    cut = nlp_regex._KeptRegexes(_compiler.compile, path)
    assert _behaviour(cut(*LONG[1])) == _behaviour(_compiler.compile(*LONG[1]))
    assert key in cut.new  # compiled from source, and kept again whole at the next save


def test_the_kept_file_is_named_after_the_interpreter(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("NEWSEVENTS_CACHE", str(tmp_path))
    here = nlp_regex._kept_file()
    monkeypatch.setattr(sys, "version", sys.version + " (another build)")
    assert nlp_regex._kept_file() != here and here.parent == tmp_path


LEXICON_PATTERNS = """
import hashlib, importlib
from newsevents.temporal.lexicon import lexicon
from newsevents.parties.vocabulary import known_organizations, lexicon as parties
digest = hashlib.sha256()
for language in ("fr", "en"):
    for p in lexicon(language).patterns:
        digest.update(p.regex.pattern.encode())
    digest.update(parties(language).place_complement.pattern.encode())
digest.update(known_organizations()[0].pattern.encode())
print(digest.hexdigest())
"""


def test_the_lexicons_build_the_same_patterns_in_every_process() -> None:
    """Kept code is found by the pattern's source: a pattern that changed with the string hash
    seed (alternatives of one length in set order) was compiled again in every process."""
    import os
    import subprocess

    root = Path(__file__).resolve().parent.parent
    digests = set()
    for seed in ("1", "2", "3"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run([sys.executable, "-c", LEXICON_PATTERNS], cwd=root, env=env,
                              capture_output=True, text=True, check=True)
        digests.add(done.stdout.strip())
    assert len(digests) == 1
