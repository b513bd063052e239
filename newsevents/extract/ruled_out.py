"""Stage `events`: a violent act ruled out in so many words is no incident, nor its denial.

"There is no question of bombing the dam", "we have no intention of attacking the plant", "il n'est
pas question de frapper l'Iran", "Israël n'a pas l'intention de frapper la centrale": the speaker
refuses or excludes an intention. Nothing happened that the words tell or deny: read as an incident
the act came out "denied", with the words' place and no day, a rival of the incidents the article
does tell. The claim itself stays (a denial, stance.claim_stance with the `deny` cues "no question
of", "pas question de"), about no incident of its own.

The act completes a noun of intention (claims lexicon ``ruled_out_nouns``: "question", "intention",
"plans") that is denied: under a negative determiner ("no question", "aucune intention") or
negated itself or through its verb ("n'est pas question", "n'a pas l'intention").

Why a module of its own: qualifiers.py and events.py are at their size limit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsevents.extract.stance import fold, is_negated, lexicon, negative_determiner

if TYPE_CHECKING:
    from newsevents.extract.triggers import Trigger


def ruled_out(trig: Trigger) -> bool:
    """The trigger is an act a denied noun of intention names ("no question of bombing")."""
    root = trig.root
    lex = lexicon(root.doc.lang_)
    if not lex.ruled_out_nouns:
        return False
    noun = root.head.head if root.head.pos_ == "ADP" else root.head
    if noun.i == root.i or noun.pos_ != "NOUN" or fold(noun.lemma_) not in lex.ruled_out_nouns:
        return False
    verb = noun.head
    return negative_determiner(lex, noun) or is_negated(lex, noun) or (
        verb.i != noun.i and verb.pos_ in ("VERB", "AUX") and is_negated(lex, verb))
