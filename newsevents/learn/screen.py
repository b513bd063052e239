"""Pipeline stage: drop an extracted incident that a trained classifier says is no event of the
register at all (an industrial explosion, a house fire, a road accident, a common theft read by
the rules as an explosion, an attack or a clash).

Why a classifier here: the rules type an incident from its trigger words and arguments ("explosion",
"attaque", "tués"), which accidents and common crime share with political violence; what tells
them apart is spread over the sentence (a gas leak, a factory, a driver, a burglar) and varies too
much for a word list. A bag-of-words ``textcat`` (``learn/textcat.py``) trained on human
annotation (POPCORN's event types, news-dev's gold; ``bench/train_screen.py``) reads the incident's
type and sentences (``learn/units.py``) and gives the probability that it is REAL.

It runs only where cross-validation showed that it adds (``bench/classifier_cv.py``,
bench/RESULTS.md "Statistical component"): per language in ``LANGUAGES``, behind the setting
``NEWSEVENTS_SCREEN`` (``settings.SCREEN_DEFAULT``), for the types in ``THRESHOLDS`` and only
below their threshold. The model is loaded once, lazily, on the first incident of a screened type
(not at import: a run with the setting off, or with no such incident, never pays for it).
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import Any

from newsevents import settings
from newsevents.learn import textcat
from newsevents.learn.units import context, sentence_bounds, unit_text
from newsevents.model import Article

STAGE = "screen"
MODEL_DIR = Path(__file__).resolve().parent.parent / "models" / "incident_screen"

# Languages whose held-out figures showed a gain (bench/classifier_cv.py): the negatives of the
# training units are French (POPCORN); for English the units hold one negative, so nothing was
# measured there and English incidents are never screened.
LANGUAGES = frozenset({"fr"})

# Per incident type, the probability of REAL under which an incident of that type is dropped;
# types absent are never screened. Chosen by nested cross-validation (bench/classifier_cv.py,
# "stable choice"): inside each training split, per type, the threshold with the best gain
# (+1 per NOT dropped, -3 per REAL lost, at least 5 dropped, REAL units of the type present);
# a type is shipped when chosen in more than half of the 5 outer folds, at the median of its
# thresholds there. Only `explosion` passes: the word is shared by accidents (gas, chemical
# plants, tankers) and by bombs, and its held-out units are 15 NOT / 3 REAL. `arrest` was chosen
# in one fold only (POPCORN's arrests are of common criminals, news-dev's of journalists: the
# words do not tell them apart) and is not screened.
THRESHOLDS: dict[str, float] = {"explosion": 0.175}


def enabled() -> bool:
    """The setting: ``NEWSEVENTS_SCREEN=1``/``0`` wins over ``settings.SCREEN_DEFAULT``."""
    value = os.environ.get(settings.ENV_SCREEN, "").strip().lower()
    if value in {"1", "true", "yes", "on"}:
        return True
    if value in {"0", "false", "no", "off"}:
        return False
    return settings.SCREEN_DEFAULT


@lru_cache(maxsize=1)
def model() -> Any:
    """The shipped classifier (loaded once per process)."""
    return textcat.load(MODEL_DIR)


def probabilities(article: Article) -> list[float]:
    """P(REAL) of each of the article's incidents, in order."""
    if not article.events:
        return []
    bounds = sentence_bounds(article.text)
    texts = [unit_text(e.type, context(article.text, sorted(set(e.spans or [e.trigger])), bounds))
             for e in article.events]
    return textcat.scores(model(), texts)


def run(article: Article) -> Article:
    if (not article.events or article.language not in LANGUAGES
            or not any(e.type in THRESHOLDS for e in article.events) or not enabled()):
        return article
    if not MODEL_DIR.exists():
        article.warnings.append(f"incident screen: no model at {MODEL_DIR} (run `make model`); not screened")
        return article
    article.events = [e for e, p in zip(article.events, probabilities(article), strict=True)
                      if p >= THRESHOLDS.get(e.type, 0.0)]
    return article
