"""A medium named as where something was said is no party: "a dénoncé sur X une attaque", "said
on Telegram", "posted via Facebook".

Why a module of its own: the small models tag "X", "Telegram", "Facebook" ORG, and an ORG entity
becomes an organisation party (who._ner_organizations), so a platform the words were posted on was
read as the target of the attack they denounced ("sur X ... une attaque contre"). The channel words
are the claims stage's (``channels`` of lang/*/claims.yaml: one list for where, never who, speaks);
the prepositions that introduce a channel are ``channel_prepositions`` of lang/*/parties.yaml. A
platform named otherwise ("X a suspendu le compte", "Telegram blocked the channels") stays a party.
"""

from __future__ import annotations

from spacy.tokens import Span

from newsevents.extract.stance import fold, lexicon
from newsevents.lang import section_words


def said_on_channel(ent: Span, code: str) -> bool:
    """The entity is a channel (``channels``) right after a channel preposition, a determiner
    between allowed ("sur X", "on the Telegram")."""
    if " ".join(fold(ent.text).split()) not in lexicon(code).channels:
        return False
    i = ent.start - 1
    while i >= 0 and ent.doc[i].pos_ == "DET":
        i -= 1
    return i >= 0 and ent.doc[i].lower_ in section_words(code, "parties", "channel_prepositions")
