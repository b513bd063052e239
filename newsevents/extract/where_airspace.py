"""An airspace owned by "the country", for the `where` stage: "l'espace aérien du pays", "the
country's airspace" is the airspace of the country named last before it in the sentence
("Romania summoned the ambassador after a drone breached the country's airspace": Romania). The
owner said by a name ("l'espace aérien de la Pologne", "Romania's airspace") is a place mention
already (the country spot); "the country" is no place name, so without this such an incursion has
no place of its own, or takes another place of its sentence (where the drone was flying to).
The same for "the country" after a preposition of entry ("a drone flew into the country", "dans
le pays": ``country_noun_preps``; not "in"/"en", which as often set a background: "the worst
attack in the country since 2020").

Not made (tried on news-dev, 2026-12-06): a demonym ("l'espace aérien polonais") and a possessive
("its airspace") as places. Both are right, and both split one incident told twice in a story
(the second telling then took another place from a neighbouring sentence, or a relative clause
"drones that had entered its airspace" stood alone): one more incident than the gold in each
language. Which event a place belongs to is not settled here: ``arguments.best_place`` ranks
first, for an incursion, the owner of the airspace its trigger names. A demonym is made a place
only where its sentence names another country as a place ("l'espace aérien moldave lors d'une
attaque contre l'Ukraine voisine": the incursion was placed in Ukraine): _rivalled; news-dev
unchanged with that limit (2026-12-07).

The words are language data (lang/<code>/places.yaml): ``airspace_nouns`` (the airspace only, not
"territoire"/"territory", which a ministry or an army owns as often as an incursion enters) and
``country_nouns``.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from newsevents.extract.where_spots import Spot
from newsevents.geo import Candidate, Gazetteer
from newsevents.lang import load_language
from newsevents.model import Article, Mention, Place
from newsevents.parties.countries import country_from_adjective

# a country noun completing the airspace noun: "de l'espace aérien du pays" (nmod), "the
# country's airspace" (poss)
OWNER_DEPS = frozenset({"nmod", "poss", "nmod:poss"})
QUALIFIER_DEPS = frozenset({"nmod", "acl", "relcl", "acl:relcl", "prep"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "nsubj:pass"})
# steps up the parse from "the country" to the verb whose subject tells of it ("a signalé une
# violation de l'espace aérien du pays": pays -> espace -> violation -> signalé)
REPORT_CLIMB = 6


@cache
def _airspace_phrases(language: str) -> dict[str, tuple[frozenset[str], ...]]:
    """``airspace_nouns`` of lang/<code>/places.yaml by head lemma: the words each phrase wants on
    its head ("espace" -> {"aérien"})."""
    words = load_language(language).section("places").get("airspace_nouns") or ()
    out: dict[str, list[frozenset[str]]] = {}
    for w in words:
        parts = str(w).lower().split()
        if parts:
            out.setdefault(parts[0], []).append(frozenset(parts[1:]))
    return {head: tuple(rest) for head, rest in out.items()}


def is_airspace(tok: Any, language: str | None = None) -> bool:
    """The noun names an airspace: its lemma is the head of an ``airspace_nouns`` phrase and its
    children carry the other words ("espace" with "aérien"). ``language`` spares a caller walking
    every token of a Doc the Doc's language lookup per token."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    wanted = _airspace_phrases(language or tok.doc.lang_).get(tok.lemma_.lower())
    if not wanted:
        return False
    children = {c.lower_ for c in tok.children}
    return any(rest <= children for rest in wanted)


def with_airspaces(article: Article, doc: Any, gaz: Gazetteer, sentence_of: dict[int, int],
                   mentions: list[Mention], spots: list[Spot], data: dict[str, Any]) -> list[Mention]:
    """`mentions` and a country mention for each country noun owning an airspace ("du pays" of
    "l'espace aérien du pays") or after a preposition of entry ("into the country"): the country
    of the nearest place name before it in its sentence, metonymic ones included ("Romania
    summoned ..."). The mention spans the country noun alone; none is made where a place mention
    covers it."""
    standing = {str(w).lower() for w in data.get("country_nouns") or ()}
    if not standing:
        return mentions
    preps = {str(w).lower() for w in data.get("country_noun_preps") or ()}
    out = list(mentions)
    language = doc.lang_
    for tok in doc:
        if is_airspace(tok, language):
            owners = [c for c in tok.children if c.dep_ in OWNER_DEPS or _demonym(c)]
        elif tok.pos_ == "NOUN" and _after_prep(tok, preps):  # "a drone flew into the country"
            owners = [tok]
        else:
            continue
        for owner in owners:
            iso = _demonym(owner)
            country = gaz.country(iso) if iso else _owner_country(owner, spots, standing, gaz) \
                or _reporting_state(owner, standing, data, gaz)
            if country is None or country.lat is None:
                continue
            span = article.to_original(owner.idx, owner.idx + len(owner))
            if any(m.span[0] < span[1] and span[0] < m.span[1] for m in out):
                continue
            if iso and not _rivalled(out, sentence_of.get(owner.i, -1), iso):
                continue
            place = Place(name=country.name, country=country.country, lat=round(country.lat, 5),
                          lon=round(country.lon, 5), precision="country", geonameid=country.geonameid,
                          text=article.words(span), span=span)
            out.append(Mention("place", span, article.words(span), place, sentence_of.get(owner.i, -1)))
    return sorted(out, key=lambda m: m.span)


def _owner_country(owner: Any, spots: list[Spot], standing: set[str], gaz: Gazetteer) -> Candidate | None:
    """The country a country noun completing an airspace noun stands for: the country of the
    nearest place named before it in its sentence. Not for a qualified or indefinite noun ("du
    pays voisin", "d'un pays de l'Otan"): that is not the country named before."""
    if owner.pos_ != "NOUN" or owner.lemma_.lower() not in standing or not plain_country_noun(owner):
        return None
    sent_start = owner.sent.start
    before = [s for s in spots if sent_start <= s.start and s.end <= owner.i and s.candidate is not None
              and s.candidate.country]
    if not before:
        return None
    return gaz.country(before[-1].candidate.country)  # type: ignore[union-attr]


def _reporting_state(owner: Any, standing: set[str], data: dict[str, Any],
                     gaz: Gazetteer) -> Candidate | None:
    """The country of the state body that tells of the airspace, named by its nationality and no
    place ("l'armée polonaise a signalé une violation de l'espace aérien du pays", "Moldova's
    defence ministry said" is a place already): a subject of a verb above the country noun whose
    head is one of ``state_body_nouns`` and which a demonym qualifies. Never the nationality of what
    crossed ("des drones russes ont violé l'espace aérien du pays"): drones are no state body."""
    if owner.pos_ != "NOUN" or owner.lemma_.lower() not in standing or not plain_country_noun(owner):
        return None
    bodies = {str(w).lower() for w in data.get("state_body_nouns") or ()}
    t = owner
    for _ in range(REPORT_CLIMB):
        if t.head.i == t.i:
            break
        t = t.head
        for subject in (c for c in t.children if c.dep_ in SUBJECT_DEPS and c.lemma_.lower() in bodies):
            for adjective in (c for c in subject.children if c.dep_ == "amod"):
                iso2 = country_from_adjective(adjective.text, owner.doc.lang_)
                if iso2:
                    return gaz.country(iso2)
    return None


def _rivalled(mentions: list[Mention], sentence: int, iso: str) -> bool:
    """A nationality's airspace is made a place only where its sentence names another country (or a
    region of one) as a place and not that one: "a pénétré dans l'espace aérien moldave lors d'une
    attaque contre l'Ukraine voisine" would else place the incursion at the attack's country. Not
    elsewhere: a story telling an incursion twice then splits it (see the module's note), and "tombé
    en Pologne après avoir violé l'espace aérien polonais" is placed already."""
    countries = {m.value.country for m in mentions if m.sentence == sentence and isinstance(m.value, Place)
                 and m.value.precision in ("country", "region", "admin1")}
    return iso not in countries and bool(countries - {None})


def _demonym(word: Any) -> str | None:
    """The country a nationality adjective on the airspace noun names ("l'espace aérien moldave",
    "Moldovan airspace"), else None."""
    if word.dep_ not in ("amod", "compound", "nmod") or not word.text[:1].isalpha():
        return None
    return country_from_adjective(word.text, word.doc.lang_)


def plain_country_noun(noun: Any) -> bool:
    """"the country", not qualified nor indefinite ("du pays voisin", "d'un pays de l'Otan"):
    it stands for the country named before."""
    return not any(_qualifies(c) or "Ind" in c.morph.get("Definite") for c in noun.children)


def _after_prep(noun: Any, preps: set[str]) -> bool:
    """The noun is the complement of one of `preps` ("dans le pays", "into the country"): the
    preposition hangs under it (UD) or it under the preposition (English)."""
    if any(c.dep_ == "case" and c.lower_ in preps for c in noun.children):
        return True
    return noun.dep_ == "pobj" and noun.head.lower_ in preps


def _qualifies(word: Any) -> bool:
    """A word on the country noun that says which country ("voisin", "de l'Otan", "that borders
    Ukraine"); not a day the parser hung there ("du pays dimanche")."""
    if word.dep_ == "amod":
        return word.pos_ == "ADJ"
    if word.dep_ == "nmod":  # a complement has its preposition ("de l'Otan"); a bare day has none
        return any(c.dep_ == "case" for c in word.children)
    return word.dep_ in QUALIFIER_DEPS and word.ent_type_ not in ("DATE", "TIME")


def owned_airspace(tok: Any) -> Any | None:
    """The airspace noun a place word completes ("Pologne" of "l'espace aérien de la Pologne",
    "Romania" of "Romania's airspace", "pays" of "l'espace aérien du pays"), else None."""
    head = tok.head.head if tok.head.pos_ == "ADP" else tok.head
    return head if head.i != tok.i and is_airspace(head) else None
