"""An act told only as what a source called it: "explosions shook the capital in what the Taliban
described as Pakistani airstrikes", "dans ce que les talibans ont présenté comme des frappes
pakistanaises". The article vouches for the explosions; the airstrikes, their doer and their kind,
are the source's words: an incident whose kind, doer or weapon lies in those words, told in no other
sentence, is ``alleged``, not ``reported``.

Why here, after the statuses are set: the frame is no reporting clause the claim finders read (its
verb is in a free relative on "what"/"ce que"), and the events stage reads the incident's kind off
the framed words like any other; only the status needs the frame. The words are the language's
``described_openers`` and ``described_verbs`` (claims.yaml)."""

from __future__ import annotations

from typing import Any

from newsevents.extract.stance import fold, folded_words
from newsevents.model import Article

# Most words between the opener and the framing verb ("in what the Taliban's spokesman described").
DESCRIBED_SPEAKER_WORDS = 8


def allege_described(article: Article) -> None:
    """Mark ``alleged`` each reported incident told only in a described-as frame (see the module)."""
    if article.doc is None or not article.language:
        return
    for start, end, sent in _frames(article):
        for e in article.events:
            if e.status != "reported" or e.trigger is None:
                continue
            spans = [e.trigger, *e.spans]
            if not all(sent[0] <= s and t <= sent[1] for s, t in spans):
                continue  # told in another sentence too
            # its kind, doer or weapon named in the framed words ("Turkish drone strikes")
            named = [*spans, *(p.span for p in e.actors if p.span is not None)]
            if any(start <= s and t <= end for s, t in named):
                e.status = "alleged"


def _frames(article: Article) -> list[tuple[int, int, tuple[int, int]]]:
    """(start, end, sentence) in the article's characters of each frame's described words."""
    doc, language = article.doc, article.language or ""
    openers = [tuple(fold(w) for w in o.replace("'", "' ").split())
               for o in folded_words(language, "claims", "described_openers")]
    verbs = folded_words(language, "claims", "described_verbs")
    out: list[tuple[int, int, tuple[int, int]]] = []
    for sent in doc.sents:
        words = [fold(t.text) for t in sent]
        for i in range(len(words)):
            opener = next((o for o in openers if tuple(words[i:i + len(o)]) == o), None)
            if opener is None:
                continue
            after = sent[i + len(opener):i + len(opener) + DESCRIBED_SPEAKER_WORDS]
            verb = next((t for t in after if t.pos_ in ("VERB", "AUX") and fold(t.lemma_) in verbs), None)
            if verb is None or verb.i + 1 >= sent.end:
                continue
            s = doc[verb.i + 1].idx
            e = sent[-1].idx + len(sent[-1].text)
            out.append((*_original(article, s, e), _original(article, sent.start_char, sent.end_char)))
    return out


def _original(article: Any, s: int, e: int) -> tuple[int, int]:
    return article.to_original(s, e)
