"""POPCORN loading and reading conventions shared by bench/popcorn_events.py and popcorn_numbers.py.

Both scripts read the same file, take the same options and read a count's value the same way, so
that the two benches cannot drift apart in how they score a gold quantity.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
POPCORN = ROOT.parent / "shared" / "data" / "popcorn" / "train.json"
CASUALTY_RELATIONS = {"DEATHS_NUMBER": "killed", "INJURED_NUMBER": "injured"}
FUZZY_SOME = 2  # POPCORN's value for an uncounted plural (we write 1, "at least one")


def command_line(description: str | None, errors_help: str) -> argparse.Namespace:
    """The options both benches take: ``--limit N`` documents and ``--errors`` to list misses."""
    parser = argparse.ArgumentParser(description=description,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--errors", action="store_true", help=errors_help)
    return parser.parse_args()


def load(limit: int | None) -> tuple[dict[str, dict], list[str]]:
    """The POPCORN train documents by id, and the first `limit` ids in sorted order (all if None)."""
    data = json.loads(POPCORN.read_text(encoding="utf-8"))
    keys = sorted(data)[:limit] if limit else sorted(data)
    return data, keys


def quantity_value(entity: dict) -> int | None:
    """The count of a quantity entity, from its ``value`` (its mention offsets are unreliable)."""
    try:
        return int(float(str(entity.get("value", "")).replace(",", ".")))
    except ValueError:
        return None


def is_fuzzy_some(entity: dict, value: int | None) -> bool:
    """True for POPCORN's way of writing an uncounted plural ("plusieurs blessés")."""
    return entity["type"] == "QUANTITY_FUZZY" and value == FUZZY_SOME
