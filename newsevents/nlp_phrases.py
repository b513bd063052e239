"""Short phrases of the lexicons parsed once per model and pipeline, then kept: their tokens' text,
lower-case form and lemma.

Why: the events lexicon (extract/triggers.py) parses its ~1,500 trigger and cue phrases with the
model at every start (token vectors, tagger, lemmatizer: ~0.15 s CPU of the French start-up, a
tenth of it), and that start is the serial path of ``ingest --workers N``: the forkserver's
preload that every worker waits for (engine/preload.py), as well as a one-article ingest's. What
the parse gives depends only on the phrases, the model and the code that shapes our pipeline, so
it is kept in the cache folder under a name that digests all of these (``_kept_file``) and read
back with one ``marshal.loads``; any change to one of them (a phrase added to a YAML file, another
model version, another BLAS, an edit of ``nlp*.py``) names another file, parsed again once.

A folder that cannot be written, or a damaged copy, leaves the parse as it was: the phrases are
parsed with ``nlp.pipe`` here. tests/test_scale_r25.py checks that a kept parse gives the very
tokens and lemmas of a fresh one.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import marshal
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NamedTuple

from newsevents.datafiles import cache_dir, keep_copy, writable_folder

# bumped when what is kept changes shape
_FORMAT = 1
PREFIX = "phrases"
# Copies kept besides the current one, per language (worktrees sharing the cache folder, each with
# its own lexicon files)
KEEP_OTHER_PHRASES = 3
# our modules whose code shapes what the pipeline gives a phrase (components, tokenizer splits,
# model loading, gemm): an edit of any of them names another kept file
_SHAPING = ("nlp.py", "nlp_load.py", "nlp_match.py", "nlp_regex.py", "nlp_packed.py", "nlp_phrases.py",
            "read/datelines.py")


class PhraseToken(NamedTuple):
    """What the lexicons read of a phrase's token (the names of spaCy's Token attributes)."""

    text: str
    lower_: str
    lemma_: str


Parsed = dict[str, list[PhraseToken]]


def parse_phrases(nlp: Any, phrases: Sequence[str], disable: Sequence[str], batch_size: int) -> Parsed:
    """Every phrase's tokens as ``nlp`` with the components ``disable`` off parses it (in one
    ``nlp.pipe`` of ``batch_size``), from the copy kept for exactly these phrases and this pipeline
    when there is one; the parse is kept otherwise."""
    ordered = list(phrases)
    try:
        kept = _kept_file(nlp, ordered, disable)
    except Exception:  # an unexpected model or pipeline: parsed as before
        kept = None
    if kept is not None:
        with contextlib.suppress(Exception):  # missing, cut short, damaged: parsed again
            tokens = marshal.loads(kept.read_bytes())
            if len(tokens) == len(ordered):
                with contextlib.suppress(OSError):  # its time says it is in use (keep_copy drops the oldest)
                    os.utime(kept)
                return {p: [PhraseToken(*t) for t in ts] for p, ts in zip(ordered, tokens, strict=True)}
    with nlp.select_pipes(disable=list(disable)):
        parsed = {p: [PhraseToken(t.text, t.lower_, t.lemma_) for t in doc]
                  for p, doc in zip(ordered, nlp.pipe(ordered, batch_size=batch_size), strict=True)}
    if kept is not None and writable_folder(kept.parent):
        keep_copy(kept, marshal.dumps([[tuple(t) for t in parsed[p]] for p in ordered]), _prefix(nlp),
                  KEEP_OTHER_PHRASES)
    return parsed


def _prefix(nlp: Any) -> str:
    # one language's copies never evict the other's (keep_copy keeps a few per prefix)
    return f"{PREFIX}-{nlp.lang}"


def _kept_file(nlp: Any, phrases: list[str], disable: Sequence[str]) -> Path:
    """Where the parse of ``phrases`` is kept: named after the phrases, the model (its meta), the
    components run and the arithmetic of their layers, the tokenizer's special cases, the versions
    of spaCy, thinc, numpy and Python, and our code that builds the pipeline."""
    import numpy
    import spacy
    import thinc

    components = []
    for name, component in nlp.pipeline:
        if name in disable:
            continue
        ops = getattr(getattr(component, "model", None), "ops", None)
        components.append([name, type(component).__qualname__, type(ops).__qualname__,
                           repr(getattr(ops, "use_blis", None))])
    digest = hashlib.sha256(json.dumps([
        _FORMAT, nlp.meta, components, sorted(map(repr, nlp.tokenizer.rules.items())),
        spacy.__version__, thinc.__version__, numpy.__version__, list(sys.version_info[:3]),
    ], sort_keys=True, default=repr).encode())
    root = Path(__file__).resolve().parent
    for name in _SHAPING:
        with contextlib.suppress(OSError):
            digest.update(name.encode() + (root / name).read_bytes())
    digest.update("\x00".join(phrases).encode())
    return cache_dir() / f"{_prefix(nlp)}-{digest.hexdigest()[:20]}.marshal"
