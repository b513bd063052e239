"""Statements of a figure: "un responsable du camp le maintenait à 15 morts", "a hospital official
put the toll at 12", "la Croix-Rouge a fixé le nombre de blessés à 30".

Why a reading of its own: the verbs that state a toll ("chiffrer", "établir", "maintenir",
"put", "place", "keep") are no reporting verbs in general ("maintenir la pression", "put the
blame on", "keep the troops at the border"); they report only when what they set is a figure (a
toll, a number, or a pronoun standing for one) and they set it to a number ("à 15 morts", "at
12"). Toll figures are what sources most often disagree on in conflict news (a ministry's 35 dead
against a camp official's 15), so an unread one is a lost contradiction (link.py). The words are
the language's (claims.yaml ``figure_verbs``, ``figure_nouns``, ``figure_prepositions``); the
shape is the parse's: the verb's object and a prepositional phrase holding a number.
"""

from __future__ import annotations

from typing import Any

from newsevents.extract.stance import Lexicon, fold

# How far after the verb (tokens) the phrase of the figure may start: an object of a few words
# ("le nombre de blessés parmi les civils") and a comma ("a revu le bilan, à 40 morts"). Set from
# French and English wire phrasings of tolls: the figure follows within 8 tokens.
FIGURE_WINDOW = 10
# How many tokens before the verb a figure noun must stand for a pronoun object to stand for it
# ("Ce bilan n'était pas confirmé par un responsable du camp qui, sous couvert d'anonymat, le
# maintenait à 15 morts": 17 tokens; the sentence before it too, at most about 40).
ANTECEDENT_WINDOW = 40

_OBJECT_DEPS = ("obj", "dobj")
_STOPS = frozenset({".", ";", ":", "!", "?"})


def is_figure_verb(lex: Lexicon, lemma: str) -> bool:
    return lemma in lex.figure_verbs


def _is_figure_noun(lex: Lexicon, tok: Any) -> bool:
    return fold(tok.lemma_) in lex.figure_nouns or fold(tok.text) in lex.figure_nouns


def _set_figure(lex: Lexicon, verb: Any) -> Any | None:
    """The object the verb sets: a figure noun ("le bilan", "the death toll"), or a pronoun
    ("le", "it") with a figure noun shortly before it; None otherwise."""
    doc = verb.doc
    objects = [c for c in verb.children if c.dep_ in _OBJECT_DEPS]
    # "a porté jeudi le bilan à 20": the parser may hang the object on the day before it
    objects += [g for c in verb.children if c.i > verb.i and c.dep_ not in _OBJECT_DEPS
                for g in c.children if g.dep_ in _OBJECT_DEPS and g.i > c.i]
    before = doc[verb.i - 1] if verb.i > 0 else None
    if before is not None and before.pos_ == "PRON" and before.head.i == verb.i and before not in objects \
            and not before.dep_.startswith("nsubj"):
        objects.append(before)  # a clitic object the parser labelled otherwise ("l’établissant": det)
    if verb.pos_ not in ("VERB", "AUX"):
        # a verb form the tagger read as a noun ("chiffre le bilan"): the parse gives it no
        # object; the figure noun shortly after it is the one, past an aside ("chiffre pour sa
        # part le bilan"), else the first noun after it
        after = [t for t in doc[verb.i + 1:verb.i + 1 + FIGURE_WINDOW // 2] if t.pos_ in ("NOUN", "PRON")]
        objects += ([t for t in after if _is_figure_noun(lex, t)] or after)[:1]
    for obj in objects:
        if _is_figure_noun(lex, obj):
            return obj
        if obj.pos_ == "PRON" and any(_is_figure_noun(lex, t) and t.pos_ == "NOUN"
                                      for t in doc[max(0, verb.i - ANTECEDENT_WINDOW):verb.i]):
            return obj
    return None


def _figure_phrase(lex: Lexicon, verb: Any, obj: Any) -> tuple[int, int] | None:
    """The token range of the figure ("à 15 morts", "at 12 dead"): a figure preposition after
    the verb, hanging on the verb or on its object, whose phrase holds a number."""
    doc = verb.doc
    for t in doc[verb.i + 1:min(len(doc), verb.i + 1 + FIGURE_WINDOW)]:
        if t.text in _STOPS or (t.pos_ in ("VERB", "AUX") and not obj.left_edge.i <= t.i <= obj.right_edge.i):
            return None  # another clause ("the number of injured" keeps its participle)
        if fold(t.text) not in lex.figure_prepositions:
            continue
        # English hangs the phrase on the preposition ("at" -> "12"), French on the noun ("à" is
        # the case of "morts")
        phrase = t if any(True for _ in t.children) else (t.head if t.head.i > t.i else t)
        anchor = t.head if phrase.i == t.i else phrase.head
        if anchor.i not in (verb.i, obj.i) and anchor.head.i not in (verb.i, obj.i):
            continue
        end = phrase.right_edge.i + 1
        # a conjunct with no number is another phrase ("à 15 tués et un ministre ayant évoqué"),
        # one with its number goes on with the figure ("à 35 morts et 37 blessés")
        end = next((c.left_edge.i for c in doc[t.i + 1:end] if c.dep_ == "conj" and not c.like_num
                    and not any(g.pos_ == "NUM" or g.dep_ == "nummod" for g in c.children)), end)
        while end > t.i + 1 and doc[end - 1].pos_ in ("CCONJ", "PUNCT"):
            end -= 1
        if any(w.like_num or w.pos_ == "NUM" for w in doc[t.i + 1:end]):
            return t.i, end
    return None


def states_figure(lex: Lexicon, verb: Any) -> bool:
    """The verb sets a figure to a number ("le maintenait à 15 morts", "put the toll at 12")."""
    obj = _set_figure(lex, verb)
    return obj is not None and _figure_phrase(lex, verb, obj) is not None


def figure_content(lex: Lexicon, verb: Any) -> tuple[int, int] | None:
    """The claimed words of a figure verb (char offsets): the figure set and its number ("le
    bilan à 12 morts", "the death toll at 20"); a pronoun before the verb takes the verb with it
    ("le maintenait à 15 morts"). None for other verbs."""
    lemma = lex.verb_forms.get(fold(verb.text)) or fold(verb.lemma_)
    if lemma not in lex.figure_verbs:
        return None
    obj = _set_figure(lex, verb)
    if obj is None:
        return None
    found = _figure_phrase(lex, verb, obj)
    if found is None:
        return None
    doc = verb.doc
    start = obj.left_edge.i if obj.pos_ != "PRON" or obj.i > verb.i else obj.i
    start = min(start, found[0])
    end = found[1] if obj.pos_ == "PRON" else max(found[1], obj.right_edge.i + 1)  # "à 40 le nombre"
    while end > start and doc[end - 1].is_punct:
        end -= 1
    return doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)
