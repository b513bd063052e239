"""Sites of one kind listed by their owners: "the embassies of India and Pakistan", "plusieurs
ambassades à Kinshasa, dont celles de France et de Belgique" name one site per owner, each a target
of its own ('Embassy of India', 'Embassy of Pakistan'), where targets._resolve reads only the first
owner, or none when a pronoun after "including"/"dont" stands for the sites.

Read on the surface (the parsers hang "dont celles de X" on the reporting verb): after a plural
facility noun, an optional host ("in Dhaka", "à Kinshasa"), an opener (``listing_openers`` of
lang/<code>/targets.yaml) and a pronoun (``owner_pronouns``), then countries each after "of"/"de",
joined by "and"/"et" or commas.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from newsevents.lang import load_language

if TYPE_CHECKING:
    from newsevents.extract.arguments import Ref
    from newsevents.extract.targets import Facility

OWNER_PREPS = frozenset({"de", "d'", "du", "des", "of"})
# words joining two owners ("of India and Pakistan", "de France et de Belgique")
JOINERS = frozenset({",", "and", "et"})
# words passed over between the sites (and their host) and the opener of the list of owners
SKIPPED = 5


@cache
def _phrases(language: str, key: str) -> tuple[tuple[str, ...], ...]:
    """Word sequences of a list of targets.yaml, longest first."""
    words = load_language(language).section("targets").get(key) or []
    return tuple(sorted((tuple(str(w).lower().split()) for w in words), key=len, reverse=True))


def _at(doc: Doc, i: int, end: int, phrases: tuple[tuple[str, ...], ...]) -> int:
    """The index after the phrase of `phrases` found at token i, else i."""
    for p in phrases:
        if i + len(p) <= end and tuple(t.lower_ for t in doc[i:i + len(p)]) == p:
            return i + len(p)
    return i


def listed_owners(fac: Facility, places: list[Ref], parties: list[Ref], host_preps: frozenset[str],
                  language: str) -> list[Facility]:
    """The sites after the first of the owners listed for a plural facility noun (the facility
    itself takes the first owner, and the host skipped before the list); [] when none is listed."""
    from newsevents.extract.targets import Facility, country_of  # targets.py calls this module

    span, doc = fac.span, fac.span.doc
    if "Plur" not in span.root.morph.get("Number"):
        return []
    end = span.sent.end
    # a country, as the gazetteer places it or as a party names it (English parses take "India" for one)
    countries: dict[int, tuple[int, tuple[str, str]]] = {}
    for r in places + parties:
        named = country_of(doc[r.start:r.end].text, language)
        if named is not None and (r in parties or r.value.precision == "country"):
            countries.setdefault(r.start, (r.end, named))
    towns = {r.start: r for r in places if r.value.precision != "country"}
    i, host = span.end, None
    if i + 1 < end and doc[i].lower_ in host_preps and i + 1 in towns:  # "in Dhaka", "à Kinshasa"
        host = towns[i + 1].value.name
        i = towns[i + 1].end
    opened = False
    openers = _phrases(language, "listing_openers")
    k = i  # a time or a place may come before the list ("in Dhaka on Tuesday, including those of")
    while k < min(end, i + SKIPPED) and doc[k].pos_ not in ("VERB", "AUX") \
            and (doc[k].text == "," or not doc[k].is_punct) and _at(doc, k, end, openers) == k:
        k += 1
    j = _at(doc, k, end, openers)
    if j != k and j < end and doc[j].lower_ in {p[0] for p in _phrases(language, "owner_pronouns")}:
        i, opened = j + 1, True
    owners: list[tuple[str, str]] = []
    while i < end:
        if doc[i].lower_ in OWNER_PREPS:
            i += 1
            i += 1 if i < end and doc[i].pos_ == "DET" else 0  # "et de l'Argentine"
        elif not owners:  # the first owner after "of"/"de"; the next ones may go without
            break
        if i not in countries:
            break
        i, named = countries[i]
        owners.append(named)
        if i >= end or doc[i].lower_ not in JOINERS:
            break
        i += 1
    if len(owners) < (1 if opened else 2):
        return []
    fac.owner, fac.owner_country = owners[0]
    fac.host = fac.host or host
    return [Facility(span, fac.name, fac.kind, owner=name, owner_country=iso2, host=fac.host)
            for name, iso2 in owners[1:]]
