"""A date on the toll's verb dates the act whose toll it tells (events_dates, the clause rules).

"A drone strike on a camp killed seven people, including three children, and wounded 15 on
Tuesday": the parser hangs "on Tuesday" on "wounded", the second verb of one coordinated clause,
and the trigger ("drone strike") sits under the first. A date at the end of a clause of two verbs
with one subject is the whole clause's; "une frappe a tué sept personnes et en a blessé quinze
mardi" too.

Why only a verb of casualties: the rule of events_dates takes the verb above a subjectless
conjunct only when the conjunct comes before the triggers, so that a verb coordinated after the
act ("the strike killed three and was condemned on Sunday by the UN") does not date the act. A
verb that counts the act's wounded or dead (`casualty_words` of lang/<code>/numbers.yaml) tells
the same act, so its date is the act's.
"""

from __future__ import annotations

from typing import Any

from newsevents.extract.numbers_lexicon import numbers_lexicon


def toll_conjunct(verb: Any, language: str) -> bool:
    """True when a subjectless verb coordinated after another is a verb of casualties ("and
    wounded 15", "et en a blessé quinze"): its date is the whole clause's."""
    words = numbers_lexicon(language).casualty_words
    return verb.pos_ == "VERB" and (verb.lower_ in words or verb.lemma_.lower() in words)
