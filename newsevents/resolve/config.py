"""The merger's data (newsevents/data/resolve.yaml) and its tuned numbers.

Why one module: the matching rules (match.py) and the candidate index (blocks.py) must read the
same tolerances, or the index could miss a pair the rules accept. Party keys and their data
(aliases, transliteration, PARTY_FUZZ) are the parties package's (newsevents/parties/identity.py).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from newsevents.datafiles import load_yaml

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
RESOLVE_FILE = DATA_DIR / "resolve.yaml"

# Intervals longer than this (days) are too vague to merge on place ("in 2022" overlaps every
# incident of the year): such reports merge only on a shared specific target. Kept from the
# on-read resolver (tuned on the seeds: "Scuds were used in 2020" is no one strike).
VAGUE_DAYS = 100
# Intervals longer than this (days) merge on a shared specific name (target or weapon), not on
# place alone: "in March, strikes on Kharkiv" cannot say which strike of the month it is. 7 keeps
# "la semaine dernière", "fin mars" resolved to a few days and a night across two dates on place.
# A month did merge on place at first (31): at a million reports, month reports of a town and
# province reports of a day chained a country's whole year into one component of "may be the
# same incident" (bench/merge_scale.py), which every new report then had to re-cluster.
PLACE_MAX_DAYS = 7
# A report placed only by its province, region or country contains a city report only when both
# are dated this closely (days): a day, or a night across two dates. "In Ukraine, in March"
# contains every strike of the month; at scale, looser dates joined a country's consecutive days
# into one component (bench/merge_scale.py).
CONTAINS_MAX_DAYS = 2
# Reports with no place, or placed only by a province, region or country, merge on a shared weapon
# system only when dated this closely (days): "Kh-101 missiles were fired in March" or "Kh-101
# strikes on Ukraine in March" names no one strike, and such a report joined every Kh-101 strike
# of the month in its country into one component: at the density of 1,000,000 reports
# (bench/merge_scale.py) the components a new report touched held 21 reports on average instead
# of 3.5, and on that bench's made-up incidents pairwise precision was 0.55 instead of 0.73 for
# the same recall (0.686 / 0.684); news-dev unchanged.
UNPLACED_MAX_DAYS = 3
# An explicit range of at least this many days ("entre le 25 et le 27 juillet", "from 3 to 5
# May"), the same in two unplaced reports of one type, is one incident (match.py rule ``span``):
# relays copy such a range from one dispatch, and reports that lost their place keep it. A day is
# not a range: two unplaced reports of one day are any two strikes of that day. Ranges longer
# than PLACE_MAX_DAYS are campaigns ("between July 9 and 21"): rule ``group``. Unplaced on both
# sides: with an unplaced report joining a placed one of the same range, 40,000 made-up reports
# at the density of 1,000,000 (bench/merge_scale.py incidents) got 130 more merged pairs of which
# none right (pairwise precision 0.733 -> 0.730); both unplaced, 20 (0.733), news-dev the same.
SPAN_MIN_DAYS = 2
# Added to the date tolerance when either date was resolved from an inferred publication date:
# "hier" in a page without a date is off by a day when the inference is.
INFERRED_EXTRA_DAYS = 1
# The widest tolerance any precision can get: the candidate index looks this far around a date.
MAX_TOLERANCE_DAYS = 2
# Two reports placed at two differently named cities are one place only when this close (a
# suburb geocoded as a town of its own): Khan Younis and Gaza City are 23 km apart, inside the
# city tolerance, yet two incidents (tests/data/merge_corpus.jsonl).
NEIGHBOUR_KM = 5.0
# Two precisely placed reports farther apart than this are never in one incident, even through a
# third, imprecise report that contains both ("Kyiv" and "Lviv" joined through "Ukraine").
CLASH_KM = 60.0
EARTH_RADIUS_KM = 6371.0088
KM_PER_DEGREE = 111.32
# Blocking grid (degrees): about 55 km, twice the city tolerance, so a point's 25 km box touches
# at most 4 cells and two points 25 km apart always share one.
CELL_DEGREES = 0.5
# A cluster's members are alike: comparing a newcomer with the first few is enough. Chosen so a
# cluster spread over a city still has a member near any newcomer (tests/test_resolve.py) while
# 10,000 reports of one strike cluster in about a second (bench/resolve_scale.py).
ACTIVE_PER_CLUSTER = 8
# rapidfuzz token_set_ratio (0-100) above which two claims of one speaker, stance and incident in
# one language are the same statement relayed by two outlets. Relays cut and reorder quotes:
# 70 joins "no missile was fired at the city" / "Moscow said no missile was fired"; two different
# statements by one speaker on one incident score below 50 in tests/test_resolve_claims.py.
CLAIM_FUZZ = 70


@cache
def data() -> dict[str, Any]:
    """resolve.yaml, read once."""
    return load_yaml(RESOLVE_FILE) or {}


@cache
def group_sets() -> tuple[frozenset[str], ...]:
    return tuple(frozenset(v) for v in (data().get("compatible_types") or {}).values())


@cache
def type_groups(event_type: str) -> tuple[str, ...]:
    """The blocks an event type is compared in: the name of each group holding it, or the type."""
    groups = tuple(sorted(name for name, members in (data().get("compatible_types") or {}).items()
                          if event_type in members))
    return groups or (event_type,)


@cache
def member_groups(event_type: str) -> frozenset[str]:
    """The names of the compatibility groups holding a type (empty when none)."""
    return frozenset(name for name, members in (data().get("compatible_types") or {}).items()
                     if event_type in members)


def compatible(a: str, b: str) -> bool:
    """Types two reports of one incident may carry."""
    return a == b or any(a in g and b in g for g in group_sets())


@cache
def place_free_types() -> frozenset[str]:
    return frozenset(data().get("place_free_types") or [])


@cache
def generic_target_words() -> frozenset[str]:
    return frozenset(str(w) for w in data().get("generic_target_words") or [])


@cache
def platform_families() -> frozenset[str]:
    """Weapon families that carry others (an aircraft launches missiles): never a contradiction."""
    return frozenset(data().get("platform_families") or [])


@cache
def weapon_family() -> dict[str, str]:
    return {cat: fam for fam, cats in (data().get("weapon_families") or {}).items() for cat in cats}


@cache
def date_tolerance() -> dict[str, int]:
    return {str(k): int(v) for k, v in (data().get("date_tolerance_days") or {}).items()}


@cache
def place_tolerance() -> dict[str, float]:
    return {str(k): float(v) for k, v in (data().get("place_tolerance_km") or {}).items()}


@cache
def site_target_kinds() -> frozenset[str]:
    return frozenset(data().get("site_target_kinds") or [])


@cache
def described_target_kinds() -> frozenset[str]:
    """Target kinds a report describes (resolve.yaml ``described_target_kinds``): preferences only."""
    return frozenset(data().get("described_target_kinds") or [])


@cache
def mission_kinds() -> frozenset[str]:
    """Target kinds of a country's diplomatic missions (resolve.yaml ``mission_kinds``)."""
    return frozenset(data().get("mission_kinds") or [])


@cache
def group_actor_kinds() -> frozenset[str]:
    """Actor kinds of non-state armed groups (resolve.yaml ``group_actor_kinds``)."""
    return frozenset(data().get("group_actor_kinds") or [])
