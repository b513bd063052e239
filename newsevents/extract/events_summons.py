"""Stage `events` (see extract/events.py): the country a summons told in a fronted scene is made by.

Why a module of its own: in a round-up of summonses ("Berlin a convoqué l'ambassadeur ... En
Finlande, l'ambassadeur a également été convoqué par le ministère des Affaires étrangères"), the
bare ministry names no country, and the one named before it is another's; the sentence's fronted
country ("En Finlande,", "In Finland,") says who summoned. Without it, that summons takes the
earlier summoner and joins its act.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsevents.extract import arguments as args
from newsevents.extract.targets import country_of
from newsevents.extract.triggers import participle_subjects
from newsevents.model import Party, Place
from newsevents.parties.countries import country_name

if TYPE_CHECKING:
    from spacy.tokens import Token

    from newsevents.extract.arguments import Ref
    from newsevents.extract.drafts import Draft
    from newsevents.extract.events import Context

# the places a summons is told at that are its summoner's (a town, its ministry)
TOWN_PRECISIONS = frozenset({"city", "site"})
# words between the preposition and the comma that closes a fronted country ("En Finlande,")
FRONTED_WORDS = 4
# the auxiliary of a passive ("ayant été convoqué", "having been summoned")
PASSIVE_AUX_DEPS = frozenset({"aux:pass", "auxpass"})


def fronted_summoner(ctx: Context, d: Draft) -> Party | None:
    """The country the summons' sentence opens on after a host preposition, closed by a comma
    ("En Finlande, frontalière de la Russie, ...", "In Finland, ..."), when none of the draft's
    actors is of that country; else, for a summons with no summoner at all, the country of the
    town or ministry it was placed at (_town_summoner)."""
    sent = ctx.sentence(d.sent)
    if len(sent) < 3 or sent[0].lower_ not in ctx.words("host_prepositions"):
        return _town_summoner(d)
    place = next((r for r in ctx.places if sent.start < r.start <= sent.start + 2
                  and getattr(r.value, "precision", None) == "country"), None)
    if place is None or place.end >= sent.end or ctx.doc[place.end].text != "," \
            or place.end - sent.start > FRONTED_WORDS:
        return _town_summoner(d)
    text = ctx.doc[place.start:place.end].text
    found = country_of(text, ctx.lang)
    if found is None or any(a.country == found[1] for a in d.actors):
        return None
    return Party(found[0], "state", found[1], None, text, ctx.original(ctx.doc[place.start:place.end]))


def host_summoner(post: Place) -> list[Party]:
    """One of several envoys summoned, each at his post, with no summoner of its own ("tout comme
    son homologue à Paris"): the country of the post summoned him."""
    name = country_name(post.country) if post.country else None
    return [Party(name, "state", post.country)] if name else []


def fronted_patients(verb: Token) -> list[Token]:
    """Who a participle of the passive tells the act was done to: the subject of the clause it
    hangs from ("Convoqué mercredi ..., l'ambassadeur russe a eu la mauvaise surprise", "Summoned
    on Monday, the envoy declined", "Ayant été convoqué, ..."). He was summoned, he did not summon;
    a participle of the active ("Ayant convoqué l'ambassadeur, Vilnius a ...") or of the present
    has its doer there instead."""
    auxes = [c.dep_ for c in verb.children if c.dep_.startswith("aux")]
    if "Pres" in verb.morph.get("Tense") or (auxes and not any(a in PASSIVE_AUX_DEPS for a in auxes)):
        return []
    return participle_subjects(verb)


def fronted_patient_refs(parties: list[Ref], verb: Token) -> list[Ref]:
    """The party mentions of the participle's patients (fronted_patients), not counting the
    participle's own words when the parser hung it from the noun ("Convoqué après l'intrusion
    dans l'espace aérien estonien, le chargé d'affaires": Estonia is not summoned)."""
    return [r for t in fronted_patients(verb) for r in args.parties_at(parties, t)
            if not verb.left_edge.i <= r.start <= verb.right_edge.i]


def _town_summoner(d: Draft) -> Party | None:
    """A summons with no summoner named, placed at a town or a ministry of another country than
    its envoys' ("Convoquée mardi ..., la chargée d'affaires arménienne a été reçue au ministère
    des Affaires étrangères à Bakou"): a summons happens at the summoning state's ministry, so
    that state summoned."""
    place = d.place
    if d.actors or place is None or place.precision not in TOWN_PRECISIONS or not place.country \
            or not d.targets or any(t.country in (None, place.country) for t in d.targets):
        return None
    found = host_summoner(place)
    return found[0] if found else None
