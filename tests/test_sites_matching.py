"""When an incident is near a protected site (issue 16), on incident records written by hand: by
location (the radius must cover the location's precision), by a target naming the site, by a
stated offset from it; names through the party normalisation; the place must allow the site."""

from __future__ import annotations

from typing import Any

import pytest

from newsevents.sites.matching import Alert, SiteSet, site_keys
from newsevents.sites.model import Site, SiteError, make_site

METRE_LAT = 1 / 111_195.0  # degrees of latitude per metre on the mean sphere

KYIV = (50.45466, 30.5238)
BAKU = (40.37767, 49.89201)


def site(name: str, at: tuple[float, float], radius_m: float = 1000.0, id: int = 1, **kw: Any) -> Site:
    s = make_site(name, at[0], at[1], radius_m, kw.get("kind"), kw.get("owner"))
    s.id = id
    return s


def incident(id: str = "ev_1", at: tuple[float, float] | None = KYIV, precision: str = "city",
             targets: list[dict[str, Any]] | None = None, near: dict[str, Any] | None = None,
             name: str = "Kyiv") -> dict[str, Any]:
    location = None
    if at is not None or near is not None:
        location = {"name": name, "country": "UA", "lat": at[0] if at else None, "lon": at[1] if at else None,
                    "precision": precision, "text": name, "near": near}
    return {"id": id, "type": "missile_strike", "location": location, "targets": targets or [],
            "sources": [{"document": "d1", "spans": [[0, 5]]}]}


def target(name: str, kind: str = "diplomatic_mission", text: str = "") -> dict[str, Any]:
    return {"name": name, "kind": kind, "country": None, "role": None, "text": text or name}


def north_of(at: tuple[float, float], metres: float) -> tuple[float, float]:
    return (at[0] + metres * METRE_LAT, at[1])


def alerts(sites: list[Site], records: list[dict[str, Any]]) -> list[Alert]:
    return SiteSet(sites).match(records)


# --- by location ------------------------------------------------------------------------------------
@pytest.mark.parametrize(("precision", "radius_m", "distance_m", "alerted"), [
    ("city", 1_000, 300, False),  # a city-level point is not "within 1 km": it is known to 15 km
    ("city", 20_000, 300, True),  # a watch radius the size of the city: yes
    ("city", 20_000, 25_000, False),  # beyond the radius
    ("admin1", 20_000, 300, False),  # a province is bigger than the radius
    ("admin1", 200_000, 120_000, True),
    ("country", 200_000, 0, False),
    ("site", 1_000, 300, False),  # a site's coordinates are its town's: same as a city
])
def test_location_alerts_need_a_radius_covering_the_precision(precision: str, radius_m: float,
                                                              distance_m: float, alerted: bool) -> None:
    found = alerts([site("Hospital No. 7", KYIV, radius_m)], [incident(at=north_of(KYIV, distance_m),
                                                                       precision=precision)])
    assert bool(found) is alerted
    if alerted:
        (a,) = found
        assert (a.basis, a.precision) == ("location", precision)
        assert a.distance_m == pytest.approx(distance_m, abs=1.0)
        assert a.uncertainty_m is not None and a.uncertainty_m <= radius_m


def test_an_incident_without_coordinates_has_no_location_alert() -> None:
    assert alerts([site("Hospital No. 7", KYIV, 50_000)], [incident(at=None)]) == []


# --- by name ----------------------------------------------------------------------------------------
@pytest.mark.parametrize(("registered", "owner", "named"), [
    ("Embassy of Azerbaijan", None, "Embassy of Azerbaijan in Kyiv"),  # the place tail is dropped
    ("Embassy of Azerbaijan", None, "Embassy of Azerbaijan in Ukraine"),
    ("Embassy of Azerbaijan in Kyiv", None, "Embassy of Azerbaijan"),
    ("Embassy", "Azerbaijan", "Embassy of Azerbaijan in Ukraine"),  # the owner completes the name
    ("Ambassade d'Azerbaïdjan", None, "Embassy of Azerbaijan in Kyiv"),  # registered in French
    ("Embassy of Azerbaijan", None, "Embassy of Azerbaidjan"),  # another romanisation
    ("Okhmatdyt children's hospital", None, "Okhmatdyt hospital"),  # a short form of the name
])
def test_a_target_naming_the_site_alerts_at_distance_zero(registered: str, owner: str | None,
                                                         named: str) -> None:
    found = alerts([site(registered, north_of(KYIV, 2_000), 300, owner=owner)],
                   [incident(precision="site", targets=[target(named)])])
    assert [(a.basis, a.distance_m, a.precision) for a in found] == [("target", 0.0, "site")]
    assert found[0].evidence["target"] == named


@pytest.mark.parametrize(("registered", "named"), [
    ("Embassy of Azerbaijan", "Embassy of Armenia in Kyiv"),  # another country's
    ("Embassy of Azerbaijan", "Embassy"),  # a generic noun names no site
    ("Embassy of Azerbaijan", "Consulate of Georgia"),
    ("Okhmatdyt children's hospital", "Kyiv hospital"),
])
def test_a_target_naming_something_else_does_not_alert(registered: str, named: str) -> None:
    assert alerts([site(registered, KYIV, 300)], [incident(precision="site", targets=[target(named)])]) == []


def test_a_stated_offset_from_the_named_site_gives_its_distance() -> None:
    """ "à 50 mètres de l'ambassade d'Azerbaïdjan à Kiev" -> the registered embassy, 50 m."""
    near = {"what": "embassy", "distance_m": 50.0, "text": "à 50 mètres"}
    record = incident(precision="site", near=near,
                      targets=[target("Embassy of Azerbaijan in Kyiv", text="l'ambassade d'Azerbaïdjan")])
    (a,) = alerts([site("Embassy of Azerbaijan", north_of(KYIV, 3_000), 500, kind="embassy")], [record])
    assert (a.basis, a.distance_m, a.precision, a.uncertainty_m) == ("near", 50.0, "site", None)
    assert a.evidence["near"] == "à 50 mètres"


def test_an_offset_from_another_facility_is_not_the_sites_distance() -> None:
    """The strike was 40 m from a bridge; the embassy is named elsewhere as hit: distance 0, not 40."""
    near = {"what": "bridge", "distance_m": 40.0, "text": "40 metres from"}
    record = incident(precision="site", near=near, targets=[target("Embassy of Azerbaijan in Kyiv")])
    (a,) = alerts([site("Embassy of Azerbaijan", KYIV, 500)], [record])
    assert (a.basis, a.distance_m) == ("target", 0.0)


def test_the_same_name_in_another_capital_is_another_site() -> None:
    """One country's embassies in two capitals: a strike in Kyiv alerts the Kyiv one only."""
    kyiv = site("Embassy of Azerbaijan", KYIV, 500, id=1)
    baku = site("Embassy of Azerbaijan", BAKU, 500, id=2)
    record = incident(precision="site", targets=[target("Embassy of Azerbaijan in Kyiv")])
    found = alerts([kyiv, baku], [record])
    assert [a.site for a in found] == [1]


def test_without_coordinates_a_name_alerts_only_when_one_site_has_it() -> None:
    record = incident(at=None, targets=[target("Embassy of Azerbaijan")])
    assert [a.site for a in alerts([site("Embassy of Azerbaijan", KYIV, 500)], [record])] == [1]
    two = [site("Embassy of Azerbaijan", KYIV, 500, id=1), site("Embassy of Azerbaijan", BAKU, 500, id=2)]
    assert alerts(two, [record]) == []


def test_a_named_alert_wins_over_a_location_alert() -> None:
    record = incident(precision="city", targets=[target("Okhmatdyt hospital", kind="facility")])
    (a,) = alerts([site("Okhmatdyt hospital", north_of(KYIV, 800), 30_000)], [record])
    assert (a.basis, a.distance_m) == ("target", 0.0)


def test_alerts_are_per_site_nearest_first() -> None:
    sites = [site("Plant A", KYIV, 40_000, id=1), site("Plant B", north_of(KYIV, 10_000), 40_000, id=2)]
    records = [incident(id=f"ev_{d}", at=north_of(KYIV, d)) for d in (9_000, 1_000, 5_000)]
    found = alerts(sites, records)
    assert [(a.site, a.incident) for a in found] == [
        (1, "ev_1000"), (1, "ev_5000"), (1, "ev_9000"), (2, "ev_9000"), (2, "ev_5000"), (2, "ev_1000")]


def test_only_keeps_the_asked_sites() -> None:
    sites = [site("Plant A", KYIV, 40_000, id=1), site("Plant B", KYIV, 40_000, id=2)]
    assert {a.site for a in SiteSet(sites).match([incident()], only={2})} == {2}


# --- the site record --------------------------------------------------------------------------------
@pytest.mark.parametrize(("args", "problem"), [
    (("", 1, 2), "name"), (("x", 91, 2), "latitude"), (("x", 1, 200), "longitude"),
    (("x", "north", 2), "latitude must be a number"), (("x", 1, 2, 0), "radius_m"),
    (("x", 1, 2, -5), "radius_m"), (("x", 1, 2, "1 km"), "radius_m must be a number"),
    (("x" * 301, 1, 2), "at most 300"),
])
def test_bad_sites_are_refused_with_the_reason(args: tuple[Any, ...], problem: str) -> None:
    with pytest.raises(SiteError, match=problem):
        make_site(*args)


def test_site_values_are_cleaned() -> None:
    s = make_site("  Embassy   of  Azerbaijan ", "50,4547", " 30.517 ", "", " embassy ", None)
    assert (s.name, s.lat, s.lon, s.radius_m, s.kind, s.owner) == (
        "Embassy of Azerbaijan", 50.4547, 30.517, 1000.0, "embassy", None)


def test_generic_names_give_no_key() -> None:
    assert site_keys(make_site("Embassy", 1, 2)) == []
    assert site_keys(make_site("Embassy", 1, 2, owner="Azerbaijan")) != []
