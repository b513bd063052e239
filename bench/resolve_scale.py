"""Cross-document merging at scale: many reports of one strike, and two incidents per article.

    .venv/bin/python bench/resolve_scale.py

Synthetic per-document event records (one strike in one city reported by N articles, points
scattered within ~5 km); prints the number of merged records and the seconds `merge_events` took
(after a warm-up that loads the country and alias tables once).
Expected: one record for the first case, two for the second.
"""

from __future__ import annotations

import random
import time

from newsevents.resolve import merge_events


def ev(i: int, doc: str, lat: float, lon: float) -> dict:
    return {"id": f"ev_{i:08d}", "type": "missile_strike",
            "date": {"start": "2025-11-14", "end": "2025-11-14", "precision": "day"},
            "location": {"name": "Kyiv", "country": "UA", "lat": lat, "lon": lon, "precision": "city"},
            "actors": [], "targets": [{"name": "Embassy"}],
            "weapons": [{"name": "Iskander", "category": "ballistic_missile"}],
            "fatalities": None, "injured": None, "status": "reported",
            "sources": [{"document": doc, "spans": [[0, 5]]}]}


def main() -> None:
    random.seed(1)
    merge_events([ev(0, "d0", 50.45, 30.52), ev(1, "d1", 50.45, 30.52)])  # one-time loads: country tables
    for n, per_doc in ((10_000, 1), (4_000, 2)):
        events = [ev(i, f"d{i // per_doc}", 50.45 + random.uniform(-0.05, 0.05), 30.52) for i in range(n)]
        started = time.perf_counter()
        merged, _ = merge_events(events)
        print(f"{n} reports, {per_doc} per article: {len(merged)} merged record(s) "
              f"in {time.perf_counter() - started:.2f} s")


if __name__ == "__main__":
    main()
