"""Stage `events`: forces that killed or wounded the attackers of an attack told before ended that
attack; they did not start an incident of their own.

"Al Shabaab militants detonated a car bomb at the gate of a hotel ... and then stormed the building.
... the siege lasted more than six hours before security forces killed all the attackers. At least
25 people were wounded", "Des hommes armés ont attaqué le poste ... Les militaires ont neutralisé
les assaillants": the second act's only targets are the first one's doers, named by what they did
(``toll_attacker_nouns`` of lang/<code>/claims.yaml: attackers, assailants, gunmen...). Kept as an
incident, it had no place or day of its own (the attack's) and took the toll told after it (the
wounded of the attack). An act against the attackers with a place of its own or a day the attack's
does not meet ("troops killed 15 attackers near Gao", "on Sunday" after a Friday attack) stays an
incident.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsevents.extract.drafts import dates_compatible
from newsevents.extract.stance import fold, folded_words

if TYPE_CHECKING:
    from newsevents.extract.drafts import Draft
    from newsevents.extract.events import Context


def ends_attack(ctx: Context, d: Draft, drafts: list[Draft]) -> bool:
    """The draft only fights back the doers of a violent act told in an earlier sentence, with no
    place of its own and no date apart from that act's."""
    if not d.violent or not d.targets or d.places:
        return False
    # parties carry English canonical names ("les assaillants": 'assailants'); the text's own words too
    attackers = folded_words("en", "claims", "toll_attacker_nouns") | folded_words(ctx.lang, "claims",
                                                                                 "toll_attacker_nouns") \
        | folded_words("en", "arguments", "attacker_epithets") | folded_words(ctx.lang, "arguments",
                                                                              "attacker_epithets")
    if not attackers or not all(fold(p.name.split()[-1].lower()) in attackers for p in d.targets):
        return False
    return any(o is not d and o.violent and o.actors and max(o.sents) < d.sent
               and dates_compatible(o.date, d.date) for o in drafts)
