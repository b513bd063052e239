"""Stage `events`: a country-wide wave and the scenes it reached (see drafts.same_incident).

Why a module of its own: a night's barrage on a whole country ("la Russie a lancé des missiles, des
drones et des bombes guidées sur l'Ukraine") and the hits it made in towns ("un missile a touché
l'hôpital pour enfants de Kiev") are told together, often in either order; the news records both,
the wave with its actor, weapons and country, each scene with its town. drafts.py merges drafts of
one incident; this is what keeps these apart and gives a scene the wave's day.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsevents.extract.drafts_incursion import PRECISE

if TYPE_CHECKING:
    from newsevents.extract.drafts import Draft
    from newsevents.model import When


def undated(w: When | None) -> bool:
    """No day of its own: none, or one inferred (from the publication)."""
    return w is None or w.inferred


def wave_and_scene(wave: Draft, scene: Draft) -> bool:
    """A barrage on a whole country, of weapons of several families ("la Russie a lancé des
    missiles, des drones et des bombes guidées sur l'Ukraine"), and a hit on a town or a site of
    that night ("un missile a touché l'hôpital de Kiev") are two incidents: the country-wide wave
    (its actor, weapons, country) is coded beside each scene it reached, not folded into one. Only
    a wave told in a dated sentence (`barrage`): "les Houthis ont lancé des drones et des missiles
    vers Israël tout au long de la guerre" is a campaign recalled, no incident beside the strike it
    explains."""
    return wave.barrage and wave.place is not None and wave.place.precision == "country" \
        and scene.place is not None and scene.place.precision in PRECISE


def date_scenes(drafts: list[Draft]) -> list[Draft]:
    """A hit told beside a country-wide wave (wave_and_scene) with no day of its own ("A Odessa,
    un drone a touché un entrepôt") is of the wave's night, not of the publication's day."""
    for scene in drafts:
        if undated(scene.date):
            wave = next((w for w in drafts if wave_and_scene(w, scene) and not undated(w.date)), None)
            scene.date = wave.date if wave is not None else scene.date
    return drafts
