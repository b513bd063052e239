"""A toll told of another act in a clause of concurrency: "Thai jets strike targets in Cambodia as
border clashes kill 12", "Des drones frappent une ville alors que des affrontements font 9 morts".
The twelve are the clashes' dead, not the air strike's: the count is the object of a verb whose
subject names another act, and that verb heads an adverbial clause opened by a marker of
concurrency (`concurrent_marks` in lang/<code>/numbers.yaml: "as", "while", "alors que").

Why the parse: the subject is what the headline says did the killing; when it is no trigger of the
incident (and no resumption of it: "as the attack killed 12", ``anaphoric_determiners``), that act
owns the toll, and is another incident than the main clause's (events_effects marks it
`distinct`). "Strikes on Gaza kill 20 as talks stall" keeps its toll: the count's verb is the
strike's own.
"""

from __future__ import annotations

from typing import Any

from newsevents.lang import section_words

SUBJECT_DEPS = frozenset({"nsubj"})
OBJECT_DEPS = frozenset({"dobj", "obj"})


def _mark(verb: Any) -> str:
    """The verb's subordinating marker with its fixed words ("alors que"), lower-cased."""
    for c in verb.children:
        if c.dep_ == "mark":
            return " ".join([c.lower_] + [f.lower_ for f in c.children if f.dep_ == "fixed"])
    return ""


def concurrent_subject(doc: Any, start: int, end: int, language: str, definite: frozenset[str]) -> Any | None:
    """The subject naming the act whose toll the count at tokens [start, end) is, when the count is
    the object of a concurrent clause's verb (see the module's docstring); None otherwise. A subject
    that resumes an act ("as the attack killed 12", `definite`) names the main clause's own."""
    marks = section_words(language, "numbers", "concurrent_marks")
    if not marks:
        return None
    span = doc[start:end]
    # the verb is in the count's phrase ("kill 9": a headline's number may hang on the next line's
    # noun) or governs its object ("font 9 morts")
    verbs = [t for t in span if t.pos_ == "VERB"] + [t.head.head if t.dep_ not in OBJECT_DEPS else t.head
                                                     for t in span if t.like_num]
    for verb in verbs:
        if verb.dep_ != "advcl" or _mark(verb) not in marks or verb.i >= end:
            continue
        # a noun, or a gerund ("as fighting kills 15"); a pronoun is the main clause's act again
        subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.pos_ != "PRON"), None)
        if subject is None or any(c.dep_ == "det" and c.lower_ in definite for c in subject.children):
            return None
        return subject
    return None


def _counted(verb: Any) -> bool:
    """The verb's object tells a count ("font 15 morts", "kill 12", "killed twelve civilians")."""
    return any(t.like_num for c in verb.children if c.dep_ in OBJECT_DEPS for t in c.subtree)


def concurrent_act(ctx: Any, trig: Any) -> bool:
    """The trigger is the subject of a concurrent clause telling a toll ("des drones frappent Nyala
    alors que des bombardements font 15 morts à El Fasher"): another act than the main clause's,
    kept apart from it from the start, before the triggers of one sentence and one family are
    grouped into one incident; its toll is then its own (concurrent_subject). A resumption ("as the
    strikes killed 20") stays the main clause's act."""
    root = trig.root
    verb = root.head
    if root.dep_ not in SUBJECT_DEPS or verb.dep_ != "advcl" or verb.i == root.i:
        return False
    if _mark(verb) not in section_words(ctx.lang, "numbers", "concurrent_marks"):
        return False
    definite = ctx.words("anaphoric_determiners")
    return _counted(verb) and not any(c.dep_ == "det" and c.lower_ in definite for c in root.children)
