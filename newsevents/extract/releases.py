"""Press releases and statements published as such: their sentences are the issuer's claims.

    Communiqué du ministère des Affaires étrangères
    Paris, le 12 mars 2025 – Le ministère a convoqué l'ambassadeur de Russie. [...]
    Les éléments recueillis établissent l'implication de services de renseignement russes.

Why: a ministry's or an army's release states its version with no reporting verb at all (the
whole text is the attribution), so sentence by sentence nothing says who speaks and the issuer's
assertions were lost. A text whose first lines open with a release heading (claims.yaml
``release_markers``: "Communiqué", "Press release", "Statement by") is read as the issuer's:
every sentence of its body that no other attribution covers, that has a finite verb and whose
subject is no party (the release reports "Moscow promised a response": Moscow's act, told by the
issuer, is not the issuer's claim; "the Ministry summoned the ambassador": its own act, the
incident's) is an assertion of the issuer (its words may still set
another stance: "La France condamne"). The issuer is the party named in the heading, else the
first institution the body names. News articles never open with such a heading, so they are
left as they are.
"""

from __future__ import annotations

import re
from typing import Any

from newsevents.extract.attribution import Attribution
from newsevents.extract.clauses import CONTENT_MIN_WORDS, SUBJECT_DEPS
from newsevents.extract.stance import Lexicon, fold
from newsevents.model import Article, Party
from newsevents.read.datelines import datelines

# How many lines from the top may hold the release heading (a title, then the heading).
RELEASE_HEAD_LINES = 3
# The longest heading, in words ("Joint statement by the foreign ministers of France, Germany and
# Poland on the strike on Odesa"): longer, the line is a sentence that happens to open so.
RELEASE_HEAD_MAX_WORDS = 18
# Kinds of party that issue releases.
ISSUER_KINDS = frozenset({"government", "organization", "state", "military", "diplomatic_mission", "group",
                          "person"})


def release_attributions(lex: Lexicon, article: Article, segs: list[tuple[int, int]],
                         found: list[Attribution]) -> list[Attribution]:
    """The issuer's attributions for the unattributed sentences of a press release (nlp offsets)."""
    doc = article.doc
    if doc is None or not lex.release_markers:
        return []
    head = _heading(lex, article.nlp_text)
    if head is None:
        return []
    issuer = _issuer(lex, article, head)
    if issuer is None:
        return []
    (s, e), issuer_party = issuer
    words = doc.char_span(s, e, alignment_mode="expand")
    if words is None:
        return []
    taken = [(a.content[0], a.content[1]) for a in found] + [a.cue for a in found]
    out = []
    for n, (first, last) in enumerate(segs):
        if doc[first].idx < head[1]:
            continue
        start = _after_dateline(article.nlp_text, doc[first].idx, doc[last - 1].idx + len(doc[last - 1].text))
        end = doc[last - 1].idx + len(doc[last - 1].text)
        sent = [t for t in doc[first:last] if start <= t.idx]
        if any(a < end and start < b for a, b in taken) or not _statement(sent) \
                or _subject_side(article, sent, issuer_party) is not None:
            continue
        while end > start and article.nlp_text[end - 1] in ".;: ":
            end -= 1
        att = Attribution("release", head, (start, end), "assert", speaker=(s, e), speaker_head=words.root,
                          segment=n)
        out.append(att)
    return out


def _heading(lex: Lexicon, text: str) -> tuple[int, int] | None:
    """The span of a release heading among the first lines, else None."""
    pos = 0
    for _ in range(RELEASE_HEAD_LINES):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        line = text[pos:end].strip()
        words = " ".join(fold(line).replace("'", "' ").split())
        if line and len(line.split()) <= RELEASE_HEAD_MAX_WORDS \
                and any(words == m or words.startswith(m + " ") for m in lex.release_markers):
            return pos, end
        if end >= len(text):
            return None
        pos = end + 1
    return None


def _issuer(lex: Lexicon, article: Article, head: tuple[int, int]) -> tuple[tuple[int, int], Party] | None:
    """The words (nlp offsets) and party of the issuer: named in the heading, else the first
    institution the body names (never the heading's own word the who stage may take for a name,
    "Communiqué")."""
    mentions = sorted(((article.to_nlp(*m.span), m.value) for m in article.of_kind("party")
                       if isinstance(m.value, Party) and m.value.kind in ISSUER_KINDS
                       and fold(m.value.name) not in lex.release_markers
                       and fold(m.value.name) not in lex.channels),
                      key=lambda x: x[0])
    named = [(span, p) for span, p in mentions if head[0] <= span[0] and span[1] <= head[1]]
    if named:
        return named[0]
    return next(((span, p) for span, p in mentions if span[0] >= head[1] and p.kind != "person"), None)


# A release's own dateline: a place, a comma, a day, a month and a year, a dash ("Paris, le 12
# mars 2025 – ", "MOGADISHU, 2 May 2025 - "), which wire datelines (read/datelines.py) do not cover.
RELEASE_DATELINE = re.compile(r"^[^\W\d][\w'’ .-]{0,40}, (?:\w{1,3} )?\d{1,2}(?:er|st|nd|rd|th)? \w+ \d{4}"
                              r"\s*[-–—:]\s*")


def _after_dateline(text: str, start: int, end: int) -> int:
    """The sentence's words after a dateline opening it ("Paris, le 12 mars 2025 – ")."""
    for found in datelines(text[start:end]):
        if found.start() == 0:
            start += found.end()
            break
    own = RELEASE_DATELINE.match(text[start:end])
    if own is not None:
        start += own.end()
    while start < end and text[start] in " -–—:":
        start += 1
    return start


def _statement(sent: list[Any]) -> bool:
    """A declarative sentence with a finite verb and a few words (no heading, no question)."""
    if not sent or sent[-1].text == "?" or sum(t.is_alpha for t in sent) < CONTENT_MIN_WORDS:
        return False
    return any("Fin" in t.morph.get("VerbForm") for t in sent)


def _subject_side(article: Article, sent: list[Any], issuer: Party) -> str | None:
    """"other" when the sentence's main subject is another party than the issuer (of another
    country, or of none and another name): the release tells that party's act or words, not its
    own claim; "issuer" when it is the issuer itself ("Le ministère a convoqué l'ambassadeur"):
    its own act, which the incident records (a claim on it would let the other side's denial of
    the accusations dispute the summons); else None."""
    root = next((t for t in sent if t.dep_ == "ROOT"), None)
    if root is None:
        return None
    subject = next((c for c in root.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None:
        return None
    span = (subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge.text))
    for m in article.of_kind("party"):
        s, e = article.to_nlp(*m.span)
        if not (s < span[1] and span[0] < e) or not isinstance(m.value, Party):
            continue
        party = m.value
        if party.name == issuer.name:
            return "issuer"
        if party.country and issuer.country:
            return "other" if party.country != issuer.country else None
        if party.country:
            return "other"  # a state named by its capital ("Moscou a promis"): its act, not the issuer's
        # of no known country: another name is another party, unless both are a government's
        # ("Le ministère de l'Europe et des Affaires étrangères" under a foreign ministry's heading)
        return "issuer" if party.kind == issuer.kind == "government" else "other"
    return None
