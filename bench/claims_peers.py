"""Direct quotes, side by side: textacy's ``direct_quotations`` vs newsevents' claims stage.

Usage: .venv/bin/python bench/claims_peers.py [--out bench/results/claims.md]

The table below is written from the patterns of each language (speaker before or after the quote,
inverted subject, time word between verb and speaker, quote inside a quote, unbalanced marks,
a quote continuing the previous speaker, scare quotes and titles that are no statement). A quote
is right when the speaker alias is in the extracted speaker and the keyword in the extracted
words. textacy raises on an odd number of quote marks: every quote of that text counts as missed.
Speaker and content are scored separately (precision over quotes returned, recall over gold).
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from newsevents.extract.stance import fold  # noqa: E402
from newsevents.model import Article, Published  # noqa: E402
from newsevents.pipeline import Pipeline  # noqa: E402
from newsevents.pipeline import parser as spacy_pipeline  # noqa: E402
from newsevents.read.normalize import normalize_text  # noqa: E402

# the stages direct quotes depend on (places, events and links do not change them)
STAGES = ("when", "who", "weapons", "numbers", "claims")

# (language, text, [(speaker alias, content keyword), ...])
CASES: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "fr",
        "« Nous ne laisserons pas ces attaques impunies », a déclaré mardi le porte-parole Marc Lefèvre.",
        [("Lefèvre", "impunies")],
    ),
    (
        "fr",
        "Le président Paul Martin a affirmé : « Nos forces n'ont jamais frappé de civils dans "
        "cette région. »",
        [("Martin", "civils")],
    ),
    (
        "fr",
        "« La situation reste très tendue sur toute la ligne de front », a indiqué le général Alain Roux.",
        [("Roux", "tendue")],
    ),
    (
        "fr",
        "« Les secours sont arrivés trop tard pour sauver les blessés », a raconté une habitante, "
        "Marie Colin.",
        [("Colin", "secours")],
    ),
    (
        "fr",
        "La ministre Claire Dubois a déclaré : « Nous exigeons une enquête indépendante et rapide. »",
        [("Dubois", "enquête")],
    ),
    (
        "fr",
        "« Quand le général m'a dit « nous tirerons demain », j'ai compris que la guerre reprenait », "
        "a raconté l'officier Pierre Roux.",
        [("Roux", "guerre")],
    ),
    (
        "fr",
        "Le général Paul Henri a déclaré : « Nous tiendrons la ville coûte que coûte.\n"
        "La bataille continue au nord.",
        [("Henri", "tiendrons")],
    ),
    (
        "fr",
        "« Les frappes ont touché un hôpital », a dit le maire Jean Valjean. "
        "« Nous avons besoin d'aide médicale immédiatement. »",
        [("Valjean", "hôpital"), ("Valjean", "aide médicale")],
    ),
    ("fr", "Le film « La Guerre des mondes » a été projeté hier soir devant une salle comble.", []),
    ("fr", "Les habitants parlent d'une « zone grise » où plus personne ne circule la nuit.", []),
    (
        "fr",
        "« Aucun de nos drones n'a survolé cette zone », a démenti le ministère de la Défense.",
        [("ministère", "drones")],
    ),
    (
        "fr",
        "« Nous attendons des explications officielles sur ces tirs », a souligné le diplomate Éric Vidal.",
        [("Vidal", "explications")],
    ),
    (
        "fr",
        "Selon le maire, « la moitié des maisons du quartier ont été détruites par les bombardements ».",
        [("maire", "maisons")],
    ),
    (
        "en",
        '"We will not let these attacks go unpunished," spokesman Mark Lewis said on Tuesday.',
        [("Lewis", "unpunished")],
    ),
    (
        "en",
        '"Our forces never targeted civilians in that area," said General Paul Martin.',
        [("Martin", "civilians")],
    ),
    (
        "en",
        'President Paul Walker told reporters: "The army did not use cluster munitions in the city."',
        [("Walker", "cluster")],
    ),
    (
        "en",
        '"The situation on the front line remains extremely tense," General Alan Rowe said.',
        [("Rowe", "tense")],
    ),
    (
        "en",
        "\u201cWhen the general told me \u2018we fire tomorrow\u2019, I knew the war was back,\u201d "
        "officer Peter Rowe said.",
        [("Rowe", "war")],
    ),
    (
        "en",
        'General Paul Henry said: "We will hold the city whatever it costs.\n'
        "Fighting continued in the north.",
        [("Henry", "hold the city")],
    ),
    (
        "en",
        '"The strikes hit a hospital," Mayor John Vale said. "We need medical help right now."',
        [("Vale", "hospital"), ("Vale", "medical help")],
    ),
    ("en", 'The film "War of the Worlds" was shown last night to a full house.', []),
    (
        "en",
        '"None of our drones flew over that area," the defence ministry said in a statement.',
        [("ministry", "drones")],
    ),
    # pronoun and title-only speakers: the resolver must link them back to the named person
    (
        "fr",
        "Le ministre Jacques Lambert a reçu l'ambassadeur Pierre Novak. « Les pourparlers sont "
        "suspendus jusqu'à nouvel ordre », a-t-il déclaré.",
        [("Lambert", "pourparlers")],
    ),
    (
        "fr",
        "Le président français Emmanuel Macron a visité l'hôpital. « Cette attaque ne restera pas "
        "sans réponse », a déclaré le président français.",
        [("Macron", "sans réponse")],
    ),
    (
        "en",
        'Minister Claire Dobson met General Paul Rowe on Monday. "The evacuation will start at '
        'dawn," she said.',
        [("Dobson", "evacuation")],
    ),
    (
        "en",
        "French President Emmanuel Macron visited the hospital. \"This attack will not go "
        "unanswered,\" the French president said.",
        [("Macron", "unanswered")],
    ),
    ("en", 'Residents call the district a "grey zone" where nobody goes out at night.', []),
    # short quotes set off by a reporting clause, with an inverted or pronoun speaker
    (
        "fr",
        "La ministre Anne Berger a visité le quartier. « L'État paiera tout », a-t-elle ajouté.",
        [("Berger", "paiera")],
    ),
    (
        "en",
        'Mayor Daniel Brooks toured the shelters. "We will rebuild," he said.',
        [("Brooks", "rebuild")],
    ),
]


def _hit(alias: str, keyword: str, speaker: str, content: str) -> tuple[bool, bool]:
    return fold(alias) in fold(speaker), fold(keyword) in fold(content)


def _score(found: list[tuple[str, str]], gold: list[tuple[str, str]]) -> dict[str, int]:
    """Greedy one-to-one: each gold quote takes the first found quote with its keyword."""
    s = {"found": len(found), "gold": len(gold), "content_ok": 0, "speaker_ok": 0}
    used: set[int] = set()
    for alias, kw in gold:
        for i, (spk, content) in enumerate(found):
            if i in used:
                continue
            sp_ok, ct_ok = _hit(alias, kw, spk, content)
            if ct_ok:
                used.add(i)
                s["content_ok"] += 1
                s["speaker_ok"] += sp_ok
                break
    return s


def run_textacy(lang: str, text: str) -> tuple[list[tuple[str, str]], str | None]:
    from textacy.extract.triples import direct_quotations

    doc = spacy_pipeline(lang)(normalize_text(text)[0])
    try:
        return [
            (" ".join(t.text for t in q.speaker), " ".join(t.text for t in q.content))
            for q in direct_quotations(doc)
        ], None
    except ValueError as exc:
        return [], str(exc).split(";")[0]


def run_newsevents(pipe: Pipeline, lang: str, text: str) -> list[tuple[str, str]]:
    art = pipe.process(Article(text=text, id="bench", language=lang, published=Published(date(2025, 11, 15))))
    return [(f"{c.speaker.name} {c.speaker.text or ''}", c.content) for c in art.claims if c.direct_quote]


def _ratios(total: dict[str, int]) -> dict[str, float]:
    def r(a: int, b: int) -> float:
        return a / b if b else 0.0

    return {
        "speaker P": r(total["speaker_ok"], total["found"]),
        "speaker R": r(total["speaker_ok"], total["gold"]),
        "content P": r(total["content_ok"], total["found"]),
        "content R": r(total["content_ok"], total["gold"]),
    }


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=str(ROOT / "bench" / "results" / "claims.md"))
    args = ap.parse_args()
    pipe = Pipeline(STAGES)
    totals = {
        name: {"found": 0, "gold": 0, "content_ok": 0, "speaker_ok": 0} for name in ("textacy", "newsevents")
    }
    rows = []
    seconds = {"textacy": 0.0, "newsevents": 0.0}
    for lang, text, gold in CASES:
        t0 = time.perf_counter()
        tx, err = run_textacy(lang, text)
        seconds["textacy"] += time.perf_counter() - t0
        t0 = time.perf_counter()
        ne = run_newsevents(pipe, lang, text)
        seconds["newsevents"] += time.perf_counter() - t0
        for name, found in (("textacy", tx), ("newsevents", ne)):
            for k, v in _score(found, gold).items():
                totals[name][k] += v
        rows.append((lang, text, gold, tx, err, ne))
    lines = [
        "# Direct quotes: textacy `direct_quotations` vs newsevents",
        "",
        f"Command: `.venv/bin/python bench/claims_peers.py` — {len(CASES)} texts "
        f"({sum(len(g) for _, _, g in CASES)} gold quotes), French and English, written from patterns "
        "(bench/claims_peers.py CASES). textacy 0.13 on the same spaCy parse (fr_core_news_md, "
        "en_core_web_sm); newsevents runs the stages quotes depend on (when, who, weapons, numbers, "
        "claims; time includes them).",
        "",
        "| system | speaker P | speaker R | content P | content R | quotes returned | time (s) |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    for name in ("textacy", "newsevents"):
        r = _ratios(totals[name])
        lines.append(
            f"| {name} | {r['speaker P']:.2f} | {r['speaker R']:.2f} | {r['content P']:.2f} | "
            f"{r['content R']:.2f} | {totals[name]['found']} | {seconds[name]:.1f} |"
        )
    lines += [
        "",
        "## Per text",
        "",
        "| lang | text | gold | textacy | newsevents |",
        "| --- | --- | --- | --- | --- |",
    ]
    for lang, text, gold, tx, err, ne in rows:

        def cell(found: list[tuple[str, str]]) -> str:
            return "; ".join(f"{s.strip()[:25]} / {c[:30]}" for s, c in found) or "—"

        short = text.replace("\n", " ").replace("|", "/")[:70]
        lines.append(
            f"| {lang} | {short} | {'; '.join(a for a, _ in gold) or '—'} | "
            f"{('raised: ' + err[:40]) if err else cell(tx)} | {cell(ne)} |"
        )
    Path(args.out).write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines[:9]))


if __name__ == "__main__":
    main()
