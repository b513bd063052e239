"""Joint statements: coordinated speakers make the claim together.

Why: "France, Germany and Britain condemned the strike", "the foreign ministers of France,
Germany, Poland and the United Kingdom said in a joint statement", "la France, l'Allemagne et le
Royaume-Uni ont condamné" are one statement of several parties. An analyst records who condemned
or asserted what per party (a register of claims is searched by speaker, and a state's claim may
contradict another's), so the claim's speaker names every party of the coordinated subject. It stays
one claim (a party made of the parties, `joint_party`): one statement, as the gold files record it
("the attack was condemned by the US, France, the EU and the AU": one claim whose speaker is any
of them), so a search by any of its parties finds it and no copy counts as a second statement.
The parties are the who stage's mentions inside the speaker's words, so the parse's reading of
the coordination (which often hangs the later conjuncts on the wrong word) does not matter; a
coordinating conjunction between two of them is required, so "the foreign minister of France"
or "le porte-parole du gouvernement malien" (one party, or a party and its state) stays one.
"""

from __future__ import annotations

from typing import Any

from newsevents.model import Article, Party

# Kinds of party that speak for themselves in a joint statement (a person too: "Macron and Scholz
# said"); a place or a weapon named in the speaker's words is none.
JOINT_KINDS = frozenset({"person", "organization", "government", "state", "military",
                         "diplomatic_mission", "group"})


# Dependencies that leave the subject's noun phrase for a clause of its own ("the army, which said
# Russia and Belarus ...": those parties are no speakers).
# An apposition describes the speaker ("Emmanuel Véron, géographe et spécialiste de la Chine à
# l'Inalco"): the parties in it are not speakers either.
CLAUSE_DEPS = frozenset({"relcl", "acl", "acl:relcl", "advcl", "ccomp", "xcomp", "parataxis", "csubj",
                         "appos"})


def co_speakers(article: Article, head: Any, main: Party, resolve: Any) -> list[Party]:
    """The parties of the coordinated subject headed by `head` whose resolved speaker is `main`, in
    reading order (none when it names one party); `resolve(start, end, head)` turns a mention into
    a speaker (speakers.SpeakerResolver)."""
    phrase = _phrase(head)
    if head.dep_.startswith("nsubj"):
        # "Le Kenya et l'Ouganda ont dénoncé": the parser may give the verb two subjects, the
        # conjunction hung on the verb between them
        others = [c for c in head.head.children if c.i != head.i and c.dep_ == head.dep_]
        if others:
            lo, hi = min(head.i, *(c.i for c in others)), max(head.i, *(c.i for c in others))
            phrase += [t for c in others for t in _phrase(c)]
            phrase += [c for c in head.head.children if c.dep_ == "cc" and lo < c.i < hi]
    if not any(t.pos_ == "CCONJ" for t in phrase):
        return []
    # a conjunct opening on a preposition is one more owner the parser hung on the head ("le
    # porte-parole du ministère et de l'armée"), no second speaker
    if head.pos_ == "NOUN" and "Sing" in head.morph.get("Number") and not any(
            c.dep_ == "conj" and not any(g.dep_ == "case" for g in c.children) for c in head.children):
        return []  # one speaker of several owners ("le porte-parole du ministère et de l'armée")
    doc = head.doc
    chars = {(t.idx, t.idx + len(t.text)) for t in phrase}
    starts, ends = {s for s, _ in chars}, {e for _, e in chars}
    mentions = []
    for m in article.of_kind("party"):
        s, e = article.to_nlp(*m.span)
        if s in starts and e in ends and getattr(m.value, "kind", "") in JOINT_KINDS:
            mentions.append((s, e))
    # a name inside another ("Ministry of Foreign Affairs and International Cooperation") is none
    mentions = [(s, e) for s, e in mentions
                if not any(o != (s, e) and o[0] <= s and e <= o[1] for o in mentions)]
    if len(mentions) < 2:
        return []
    first, last = min(s for s, _ in mentions), max(e for _, e in mentions)
    if not any(t.pos_ == "CCONJ" and first <= t.idx < last and t.head.pos_ != "ADJ" for t in phrase):
        # the conjunction joins no two of them ("X and Y's envoy to Z"), or only two adjectives
        # of one noun ("Iranian and Syrian media": one speaker the lexicon names by the last)
        return []
    out: list[Party] = []
    for s, e in sorted(mentions):
        words = doc.char_span(s, e, alignment_mode="expand")
        party = resolve(s, e, words.root if words is not None else None)
        if party is not None and all(p.name != party.name for p in out):
            out.append(main if party.name == main.name else party)
    if len(out) < 2:
        return []
    return out if any(p is main for p in out) else [main, *out]


def _phrase(head: Any) -> list[Any]:
    """The tokens of the noun phrase headed by `head`, without the clauses hung on it."""
    out, todo = [], [head]
    while todo:
        t = todo.pop()
        out.append(t)
        todo.extend(c for c in t.children if c.dep_ not in CLAUSE_DEPS)
    return sorted(out, key=lambda t: t.i)


def joint_party(parties: list[Party], main: Party) -> Party:
    """One speaker made of the `parties` of a coordinated subject (English canonical names joined
    as a list is: "France, Germany and United Kingdom"); the kind and country shared by all of
    them, else "group" and none; the words and place of `main`, the speaker resolution gave."""
    names = [p.name for p in parties]
    name = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    kinds = {p.kind for p in parties}
    countries = {p.country for p in parties}
    return Party(name=name, kind=kinds.pop() if len(kinds) == 1 else "group",
                 country=countries.pop() if len(countries) == 1 else None, text=main.text,
                 span=main.span)
