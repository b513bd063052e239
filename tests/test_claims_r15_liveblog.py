"""Round 15: a live blog's time opening an entry ("14h32", "9h05 :", "15:25 -") is neither the
speaker's name nor the claimed words: the entry's speaker is named without it, and a source
marker right after it ("16h40 Selon l'agence X, ...", "16:40 According to X, ...") still opens
the entry (attribution.after_clock). Entries written here from the general pattern of live
blogs."""

from __future__ import annotations

from datetime import date

import pytest

from newsevents.model import Article, Published

PUBLISHED = Published(date(2026, 3, 4))


@pytest.mark.parametrize(("language", "entry", "speaker_words", "claimed"), [
    ("en", "15:25 Japan's chief cabinet secretary condemned the shelling as a grave provocation.",
     "secretary", "provocation"),
    ("en", "09:05 - The Red Cross said two of its volunteers were wounded near the border.",
     "Red Cross", "volunteers"),
    ("en", "16:40 According to the health ministry, 14 people were killed in the shelling.",
     "health", "14 people"),
    ("fr", "16h40 Selon le ministère de la Santé, quatorze personnes ont été tuées dans les bombardements.",
     "Santé", "quatorze personnes"),
    ("fr", "9h05 : Le porte-parole de la Croix-Rouge a déclaré que deux volontaires avaient été blessés.",
     "Croix-Rouge", "volontaires"),
])
def test_a_live_blog_time_is_neither_speaker_nor_words(pipe, language, entry, speaker_words, claimed):
    text = "LIVE\n\n" + entry if language == "en" else "EN DIRECT\n\n" + entry
    claims = pipe.process(Article(text=text, id="t", language=language, published=PUBLISHED)).claims
    got = [(c.speaker.name, c.speaker.text, c.content) for c in claims]
    claim = next((c for c in claims if claimed in c.content), None)
    assert claim is not None, got
    clock = entry.split()[0]
    assert clock not in (claim.speaker.text or "") and clock not in claim.speaker.name, got
    assert clock not in claim.content and not claim.content.lower().startswith(("selon", "according")), got
    assert speaker_words.lower() in ((claim.speaker.text or "") + " " + claim.speaker.name).lower(), got
