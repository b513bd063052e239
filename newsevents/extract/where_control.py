"""Who holds a place is no evidence of which country's homonym it is.

"the Russian-controlled city of Donetsk", "la ville de Donetsk, contrôlée par la Russie",
"Horlivka, sous contrôle russe", "the Moscow-installed mayor": a qualifier naming who controls,
occupies, holds or installed something says the place is disputed or occupied -- most often that
it lies *outside* the controller's own territory. Counting the controller as a country the
document is about (where.document_context) picks the controller's homonym (Donetsk in Rostov
oblast, pop. 50,000, over Ukraine's Donetsk, pop. 900,000).

So the words naming the controller are kept out of the document's context, and the place the
qualifier hangs on is ranked without the controller's bonus.

Vocabulary (``lang/<code>/places.yaml``): ``control_verbs`` (lemmas of the participles: control,
occupy, hold; contrôler, occuper, tenir), ``control_nouns`` ("sous contrôle russe", "under
Russian occupation") with ``control_noun_preps`` ("sous", "under"); the agent dependencies and
prepositions are the ones the place stage already reads (``agent_phrase_deps``, ``agent_preps``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from newsevents.extract.where_spots import Spot
from newsevents.geo import Context
from newsevents.parties.countries import capital_country, country_from_adjective, country_from_name

# tokens looked at before a participle for a hyphenated controller ("Russian-controlled",
# "Moscow-installed": the name, the hyphen): the name is at most this many tokens before it
HYPHEN_LOOKBACK = 2
# heads climbed from a controlled noun to the place name it belongs to ("the Russian-controlled
# city of Donetsk": city <- of <- Donetsk is two hops down; a name is its own head at zero)
NAME_HOPS = 2


@dataclass(slots=True)
class Control:
    """One control qualifier: the tokens naming the controller, its countries, and the token the
    qualifier describes (the noun or name the participle or "sous contrôle" hangs on)."""

    tokens: set[int] = field(default_factory=set)
    countries: set[str] = field(default_factory=set)
    head: int = -1


def _countries_in(tokens: list[Any], language: str) -> set[str]:
    """Countries a run of words names: demonyms, country names, capitals."""
    found: set[str] = set()
    words = [t for t in tokens if t.is_alpha]
    for tok in words:
        iso = country_from_adjective(tok.text, language)
        if iso is None and tok.text[:1].isupper():
            iso = country_from_name(tok.text, language) or capital_country(tok.text, language)
        if iso:
            found.add(iso)
    if not found and words:
        text = " ".join(t.text for t in words)
        iso = country_from_name(text, language)
        if iso:
            found.add(iso)
    return found


def _agent_tokens(part: Any, data: dict[str, Any]) -> list[Any]:
    """The passive agent of a participle ("contrôlée par la Russie", "held by Russian forces")."""
    deps = {str(d) for d in data.get("agent_phrase_deps") or []}
    preps = {str(p).lower() for p in data.get("agent_preps") or []}
    out: list[Any] = []
    for child in part.children:
        if child.dep_ in deps:
            out.extend(child.subtree)
        elif child.lower_ in preps:  # English: "by" is the child, its object below it
            out.extend(t for t in child.subtree if t.i != child.i)
    return out


def find_controls(doc: Any, data: dict[str, Any], language: str) -> list[Control]:
    """Every control qualifier of the document with a country as controller."""
    verbs = {str(v).lower() for v in data.get("control_verbs") or []}
    nouns = {str(v).lower() for v in data.get("control_nouns") or []}
    noun_preps = {str(v).lower() for v in data.get("control_noun_preps") or []}
    out: list[Control] = []
    for tok in doc:
        lemma = tok.lemma_.lower()
        if lemma in verbs and tok.pos_ in ("VERB", "ADJ") and tok.dep_ in ("amod", "acl", "acl:relcl"):
            who: list[Any] = []
            if tok.i >= HYPHEN_LOOKBACK and doc[tok.i - 1].text == "-":
                who = [doc[tok.i - HYPHEN_LOOKBACK]]
            who = who or _agent_tokens(tok, data)
            head = tok.head.i
        elif lemma in nouns and (tok.head.lower_ in noun_preps or any(
                c.lower_ in noun_preps and c.dep_ in ("case", "prep") for c in tok.children)):
            who = [t for t in tok.subtree if t.i != tok.i and t.lower_ not in noun_preps]
            head = tok.head.head.i if tok.head.lower_ in noun_preps else tok.head.i
        else:
            continue
        countries = _countries_in(who, language)
        if countries:
            out.append(Control({t.i for t in who}, countries, head))
    return out


def controlled_spot(doc: Any, spots: list[Spot], control: Control) -> Spot | None:
    """The place the qualifier describes: a name at the head, a name hanging on the head ("city
    of Donetsk", "ville de Donetsk"), or a name right before the head's apposition ("Horlivka,
    ville sous contrôle russe")."""
    head = doc[control.head]
    for spot in spots:
        if spot.name_start <= head.i < spot.name_end:
            return spot
    for spot in spots:
        tok = doc[spot.name_end - 1]
        for _ in range(NAME_HOPS):
            tok = tok.head
            if tok.i == head.i:
                return spot
    first = head.left_edge.i
    for spot in spots:
        if spot.name_end < len(doc) and doc[spot.name_end].text == "," and spot.name_end + 1 == first:
            return spot
    return None


def without(context: Context, countries: set[str]) -> Context:
    """The context less some countries (the controllers of the place being ranked)."""
    kept = context.countries - countries
    return Context(set(kept), list(context.points), {k: v for k, v in context.weights.items() if k in kept},
                   list(context.point_countries))
