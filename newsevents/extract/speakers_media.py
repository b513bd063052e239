"""State media named with no country ("according to state media", "selon les médias d'État"):
whose they are, read from the story.

The who stage names "Iranian state media" from its demonym; a bare "state media" (SCHEMA speaker
with no country) is one side's voice all the same, and the contradiction rules compare speakers'
countries (a state's media and its army are one side). A story that names one country only,
places and parties alike ("the chief of staff was killed in a strike on Tehran", "North Korea
fired two missiles, state media said"), gives it that country. A story naming several leaves it
bare: state media tell of foreign places and foes too ("according to state media, Israel struck",
"the president arrived in Moscow"), so the claim's own words do not say whose media speak.

Why a module of its own: one job after the speakers are read (claims.run), and speakers.py is at
its size limit.
"""

from __future__ import annotations

from dataclasses import replace

from newsevents.lang import section_words
from newsevents.model import Article, Claim, Party, Place
from newsevents.parties import english_demonym


def media_countries(article: Article, claims: list[Claim]) -> None:
    """Give each claim of bare state media (``state_media_names`` of lang/*/claims.yaml) the
    country of its one-country story, and the name with its demonym (also when the who stage
    gave the country from a capital's possessive, "Pyongyang's state media")."""
    language = article.language
    names = section_words(language, "claims", "state_media_names") if language else frozenset()
    bare = [c for c in claims if c.speaker.name.lower() in names]
    for claim in [c for c in bare if c.speaker.country]:  # "Pyongyang's state media": named by its own
        claim.speaker = _named(claim.speaker, claim.speaker.country)
    bare = [c for c in bare if not c.speaker.country]
    if not bare:
        return
    story = {m.value.country for m in article.mentions
             if isinstance(m.value, (Place, Party)) and m.value.country}
    if len(story) != 1:
        return
    iso = next(iter(story))
    for claim in bare:
        claim.speaker = _named(claim.speaker, iso)


def _named(speaker: Party, iso: str) -> Party:
    """The media of that country, named with its demonym ("Iranian state media")."""
    demonym = english_demonym(iso)
    name = f"{demonym} {speaker.name.lower()}" if demonym else speaker.name
    return replace(speaker, country=iso, name=name)
