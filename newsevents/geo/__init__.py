"""Offline gazetteer: GeoNames places, admin1 units, countries and regions, by name.

Public API::

    from newsevents.geo import gazetteer
    gaz = gazetteer()                      # loads (building once if needed) the cached index
    gaz.lookup("Odessa")                   # candidates, best static prior first
    gaz.best("Odessa", Context({"UA"}, []))  # with the document's context
    gaz.capital_of("UA"), gaz.country("AZ"), gaz.admin1_of(candidate)

The index lives in ``platformdirs.user_cache_dir("newsevents")`` (or ``$NEWSEVENTS_CACHE``) and is
rebuilt when a source package version, ``data/regions.yaml`` or the builder changes (build.py).
Spelling variants GeoNames lacks (``variants:`` in ``lang/<code>/places.yaml``) are added at load.
"""

from __future__ import annotations

from functools import cache

from newsevents.geo.index import Candidate, Context, Gazetteer, haversine_km, hyphen_articles, spelled_alike
from newsevents.geo.names import normalize

__all__ = ["Candidate", "Context", "Gazetteer", "gazetteer", "haversine_km", "hyphen_articles", "normalize",
           "spelled_alike"]


@cache
def gazetteer() -> Gazetteer:
    """The process-wide gazetteer, with every language's spelling variants added."""
    from newsevents.lang import load_language, supported_languages

    gaz = Gazetteer.load()
    for code in supported_languages():
        places = load_language(code).section("places")
        for alias, target in (places.get("variants") or {}).items():
            name, _, country = str(target).partition("@")
            gaz.add_alias(str(alias), name, country or None)
        for iso2, names in (places.get("country_names") or {}).items():
            country = gaz.country(str(iso2))
            if country is not None:
                for name in names:
                    gaz.add_alias_entry(str(name), country.entry)
    return gaz
