"""Benchmark corpus: realistic French and English news articles generated from templates.

    .venv/bin/python bench/corpus.py OUT.jsonl [--n 1000] [--languages fr en] [--seed 1]
                                    [--min-words 200] [--max-words 3000]

Why generated: the speed and memory figures need thousands of articles of controlled sizes, in
both languages, that anyone can regenerate byte for byte (a seed), without shipping a corpus.
Each article is a headline, a lead paragraph reporting one incident (strike, shelling, summoned
ambassador, prisoner exchange, ceasefire, protest) with a date, a place, an actor and a toll, a
quote, a reaction (accusation or denial), background paragraphs with earlier dates, then
ordinary news sentences until the drawn length is reached. Lengths are drawn log-uniformly
between ``--min-words`` and ``--max-words`` (news wires are mostly short, features long), so
the corpus holds many short articles and a tail of long ones. The templates live in
``bench/corpus_templates.yaml``. The output is JSON Lines (id, language, published, title, text),
which ``newsevents ingest`` reads.
"""

from __future__ import annotations

import argparse
import json
import math
import random
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import yaml

TEMPLATES = Path(__file__).with_name("corpus_templates.yaml")
FIRST_DAY = date(2023, 1, 1)  # publication dates are drawn over two years from here
SPAN_DAYS = 730


def _load() -> dict[str, Any]:
    return yaml.safe_load(TEMPLATES.read_text(encoding="utf-8"))


def _date(data: dict[str, Any], day: date) -> str:
    return data["date_format"].format(d=day.day, month=data["months"][day.month - 1], y=day.year)


def _slots(data: dict[str, Any], rng: random.Random, published: date) -> dict[str, str]:
    place, country = rng.choice(data["places"])
    side, other = rng.sample(data["sides"], 2)
    incident_day = published - timedelta(days=rng.choice([0, 1, 1, 2]))
    return {
        "place": place, "country": country, "side": side, "other": other,
        "official": rng.choice(data["officials"]), "weapon": rng.choice(data["weapons"]),
        "target": rng.choice(data["targets"]), "day": data["days"][incident_day.weekday()],
        "time": rng.choice(data["times"]), "date": _date(data, incident_day),
        "date2": _date(data, incident_day - timedelta(days=rng.randint(7, 120))),
        "n": str(rng.randint(2, 40)), "m": str(rng.randint(1, 90)), "big": str(rng.randint(100, 5000)),
    }


def _fill(template: str, slots: dict[str, str]) -> str:
    text = template.format(**slots)
    return text[0].upper() + text[1:]


def article(language: str, rng: random.Random, words: int, data: dict[str, Any],
            number: int) -> dict[str, Any]:
    """One article of about ``words`` words (never fewer than its lead, quote and reaction)."""
    published = FIRST_DAY + timedelta(days=rng.randrange(SPAN_DAYS))
    slots = _slots(data, rng, published)
    title = _fill(rng.choice(data["headlines"]), slots)
    paragraphs = [_fill(rng.choice(data["incidents"]), slots),
                  _fill(rng.choice(data["quotes"]), {**slots, "official": rng.choice(data["officials"])}),
                  _fill(rng.choice(data["reactions"]), slots)]
    count = sum(len(p.split()) for p in paragraphs)
    while count < words:
        pool = data["background"] if rng.random() < 0.25 else data["filler"]
        sentences = [_fill(t, slots) for t in rng.sample(pool, min(len(pool), rng.randint(2, 4)))]
        paragraph = " ".join(sentences)
        paragraphs.append(paragraph)
        count += len(paragraph.split())
    return {"id": f"bench-{language}-{number:06d}", "language": language,
            "published": published.isoformat(), "title": title,
            "text": title + "\n\n" + "\n\n".join(paragraphs)}


def generate(n: int, languages: list[str], seed: int = 1, min_words: int = 200,
             max_words: int = 3000) -> list[dict[str, Any]]:
    """``n`` articles, languages in turn, sizes log-uniform in [min_words, max_words]."""
    data = _load()
    rng = random.Random(seed)
    out = []
    for i in range(n):
        language = languages[i % len(languages)]
        words = int(math.exp(rng.uniform(math.log(min_words), math.log(max_words))))
        out.append(article(language, rng, words, data[language], i))
    return out


def write(path: Path, items: list[dict[str, Any]]) -> Path:
    with path.open("w", encoding="utf-8") as out:
        for item in items:
            out.write(json.dumps(item, ensure_ascii=False) + "\n")
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", type=Path)
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--languages", nargs="+", default=["fr", "en"])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--min-words", type=int, default=200)
    parser.add_argument("--max-words", type=int, default=3000)
    args = parser.parse_args()
    items = generate(args.n, args.languages, args.seed, args.min_words, args.max_words)
    write(args.out, items)
    sizes = sorted(len(i["text"].split()) for i in items)
    print(f"{len(items)} articles -> {args.out}: words min {sizes[0]}, median {sizes[len(sizes) // 2]}, "
          f"max {sizes[-1]}")


if __name__ == "__main__":
    main()
