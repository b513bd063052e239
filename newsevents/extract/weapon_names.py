"""Which weapon names identify an incident: catalogue systems do, generic nouns do not.

"Kalibr" or "Shahed-136" names one kind of strike; "drone" or "missile" is shared by too many
incidents to tell two apart. Shared by the `link` stage (a generic weapon is no feature linking a
claim to an event) and by the merger (newsevents/resolve/: a shared weapon merges two reports only
when it is a system), so both read one list. Why in the extract layer: the merger sits above the
extractors and may import them; the extractors must not import the merger.

Data: ``generic_weapon_names`` of ``data/resolve.yaml``; the systems of ``data/weapons.yaml``.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from newsevents.datafiles import load_yaml

DATA_DIR = Path(__file__).resolve().parent.parent / "data"


@cache
def _resolve_data() -> dict[str, Any]:
    return load_yaml(DATA_DIR / "resolve.yaml") or {}


@cache
def generic_weapons() -> frozenset[str]:
    return frozenset(str(w).lower() for w in _resolve_data().get("generic_weapon_names") or [])


def is_generic_weapon(name: str) -> bool:
    """"drone", "missile": a weapon name shared by too many incidents to identify one."""
    return name.strip().lower() in generic_weapons()


@cache
def catalogue_systems() -> frozenset[str]:
    """Names of the weapon systems of the catalogue (newsevents/data/weapons.yaml), lower-cased:
    only these identify an incident ("Kalibr", "Shahed-136"); the generic nouns of each
    language's weapons.yaml ("kamikaze drone", "anti-aircraft missile") do not."""
    path = DATA_DIR / "weapons.yaml"
    if not path.exists():
        return frozenset()
    systems = (load_yaml(path) or {}).get("systems") or []
    names = {str(n).strip().lower() for s in systems for n in [s.get("name"), *(s.get("aliases") or [])] if n}
    return frozenset(names)


def is_specific_weapon(name: str) -> bool:
    """A named system of the catalogue, not a generic noun."""
    low = name.strip().lower()
    return bool(low) and low not in generic_weapons() and low in catalogue_systems()
