"""ACLED-style English event notes, generated, scored like issue 13's table (development figures).

    .venv/bin/python bench/acled_notes.py                 # 200 notes, seed 13
    .venv/bin/python bench/acled_notes.py --n 500 --seed 7 --show

Why generated: issue 13 measures English on 200 conflict-event notes nobody here has read ("On 15
March 2023, Russian forces shelled near Stepove, Zaporizhia region. Casualties unknown."). This
script writes notes of that shape from templates (``bench/acled_templates.yaml``: actors, incident
phrasings, toll phrasings, place phrasings), on towns drawn at random from the gazetteer's
small populated places (population under 20,000) of countries with conflict coding, with their
first-level division as the note gives it. The towns are chosen by the random generator, not by
anyone reading the output, so the location figure measures coverage and homonym resolution with a
division qualifier; the phrasings are ours, so the other figures are development figures.

Scores per note: the incident found (one event of a violent type), its date (the note's day inside
the event's interval), its place within 25 km of the town, its fatalities exactly as the note
states them (null when the note says unknown, 0 when none).
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from newsevents.datafiles import load_yaml  # noqa: E402
from newsevents.geo import haversine_km  # noqa: E402
from newsevents.geo.index import Gazetteer  # noqa: E402

TEMPLATES = HERE / "acled_templates.yaml"
MAX_POPULATION = 20_000  # villages and small towns: where notes place incidents
MAX_KM = 25.0
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


@dataclass(slots=True)
class Note:
    text: str
    day: date
    lat: float
    lon: float
    fatalities: int | None
    town: str


def _towns(gaz: Gazetteer, countries: list[str], rng: random.Random,
           n: int) -> list[tuple[str, str, float, float, str]]:
    """(town, admin1, lat, lon, country) of n random small populated places of the given countries, whose
    division is known and whose name is written in Latin letters."""
    cols = gaz.columns()
    wanted = {i for i, c in enumerate(cols["countries"]) if c in countries}
    kinds = cols["kind"]
    city_kind = np.bincount(kinds).argmax()  # populated places are by far the most entries
    mask = (kinds == city_kind) & (cols["pop"] < MAX_POPULATION) & (cols["admin1"] >= 0) \
        & np.isin(cols["cc"], list(wanted))
    entries = np.flatnonzero(mask).tolist()
    rng.shuffle(entries)
    out: list[tuple[str, str, float, float, str]] = []
    for e in entries:
        cand = gaz.candidate(int(e))
        if not cand.name.isascii() or not cand.admin1 or not cand.admin1.isascii():
            continue
        out.append((cand.name, cand.admin1, cand.lat, cand.lon, cand.country or ""))
        if len(out) == n:
            break
    return out


def generate(n: int, seed: int) -> list[Note]:
    data = load_yaml(TEMPLATES)
    rng = random.Random(seed)
    gaz = Gazetteer.load()
    towns = _towns(gaz, list(data["actors"]), rng, n)
    notes: list[Note] = []
    start = date(2022, 1, 1)
    for town, admin1, lat, lon, country in towns:
        day = start + timedelta(days=rng.randrange(4 * 365))
        incident = rng.choice(data["incidents"])
        actor = rng.choice(data["actors"][country])
        toll = rng.choice(data["tolls"])
        killed = rng.randint(1, 12)
        injured = rng.randint(1, 20)
        place = rng.choice(data["places"]).format(town=town, admin1=admin1)
        toll_text = toll["text"].format(k=killed, i=injured)
        fatalities = {"none": 0, "unknown": None, "k": killed}[str(toll["fatalities"])]
        head = f"On {day.day} {MONTHS[day.month - 1]} {day.year}, {actor} " \
               f"{incident.format(place=place)}"
        text = f"{head}{toll_text}" if toll_text.startswith(",") else f"{head}. {toll_text}"
        notes.append(Note(text, day, lat, lon, fatalities, town))
    return notes


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=200)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--show", action="store_true", help="print every note that misses")
    args = parser.parse_args()
    from newsevents.model import Article, Published
    from newsevents.pipeline import Pipeline

    notes = generate(args.n, args.seed)
    pipe = Pipeline()
    found = dated = placed = tolls = 0
    t0 = time.perf_counter()
    articles = [Article(text=n.text, id=f"note{i}", language="en",
                        published=Published(n.day + timedelta(days=7))) for i, n in enumerate(notes)]
    for note, art in zip(notes, pipe.process_many(articles), strict=True):
        events = [e for e in getattr(art, "events", []) or []]
        miss = []
        if len(events) != 1:
            miss.append(f"{len(events)} events")
        else:
            found += 1
            e = events[0]
            if e.date is not None and e.date.start <= note.day <= e.date.end:
                dated += 1
            else:
                miss.append(f"date {e.date and (e.date.start, e.date.end)}")
            if e.location is not None and e.location.lat is not None and \
                    haversine_km(e.location.lat, e.location.lon, note.lat, note.lon) <= MAX_KM:
                placed += 1
            else:
                miss.append(f"place {e.location and (e.location.name, e.location.admin1)}")
            if e.fatalities == note.fatalities:
                tolls += 1
            else:
                miss.append(f"fatalities {e.fatalities} (note {note.fatalities})")
        if args.show and miss:
            print(f"- {note.text}\n    {'; '.join(miss)}")
    n = len(notes)
    print(f"{n} generated notes (seed {args.seed}) in {time.perf_counter() - t0:.1f} s")
    print("| measure | value |\n| --- | --- |")
    print(f"| events found (exactly one) | {found / n:.3f} |")
    print(f"| date (of found) | {dated / max(found, 1):.3f} |")
    print(f"| location within {MAX_KM:.0f} km (of found) | {placed / max(found, 1):.3f} |")
    print(f"| fatalities exact (of found) | {tolls / max(found, 1):.3f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
