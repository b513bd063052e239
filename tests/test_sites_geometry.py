"""Distances and the spatial index of protected sites (issue 16): known distances, the antimeridian,
the poles, and the index against a brute-force comparison of every pair."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsevents.sites.geometry import (
    EARTH_RADIUS_M,
    SiteIndex,
    arc_m,
    chord,
    haversine_m,
    haversine_many,
    uncertainty_m,
    valid_point,
)

ONE_DEGREE_M = EARTH_RADIUS_M * math.pi / 180  # 111,195 m on this sphere


@pytest.mark.parametrize(("a", "b", "expected_m", "tolerance_m"), [
    ((0.0, 0.0), (1.0, 0.0), ONE_DEGREE_M, 0.01),  # a degree along a meridian
    ((0.0, 0.0), (0.0, 1.0), ONE_DEGREE_M, 0.01),  # a degree along the equator
    ((60.0, 10.0), (60.0, 11.0), ONE_DEGREE_M * 0.5, 1.0),  # at 60° a degree of longitude is half
    # the antimeridian: 179.9995°E and 179.9995°W are 0.001° apart, not 359.999°
    ((0.0, 179.9995), (0.0, -179.9995), ONE_DEGREE_M * 0.001, 0.01),
    ((-17.0, 180.0), (-17.0, -180.0), 0.0, 1e-6),  # the same meridian written two ways
    # the poles: every longitude meets there; across the pole is twice the distance to it
    ((89.9999, 0.0), (89.9999, 180.0), ONE_DEGREE_M * 0.0002, 0.01),
    ((-89.9999, 45.0), (-89.9999, -135.0), ONE_DEGREE_M * 0.0002, 0.01),
    ((90.0, 10.0), (90.0, -170.0), 0.0, 1e-6),
    ((90.0, 0.0), (-90.0, 0.0), math.pi * EARTH_RADIUS_M, 1.0),  # pole to pole
    ((0.0, 0.0), (0.0, 180.0), math.pi * EARTH_RADIUS_M, 1.0),  # antipodes on the equator
    ((50.4501, 30.5234), (50.4501, 30.5234), 0.0, 1e-9),
])
def test_haversine_known_distances(a: tuple[float, float], b: tuple[float, float], expected_m: float,
                                   tolerance_m: float) -> None:
    assert haversine_m(*a, *b) == pytest.approx(expected_m, abs=tolerance_m)
    assert haversine_m(*b, *a) == pytest.approx(expected_m, abs=tolerance_m)  # symmetric
    arr = haversine_many(np.array([a[0]]), np.array([a[1]]), np.array([b[0]]), np.array([b[1]]))
    assert arr[0] == pytest.approx(expected_m, abs=tolerance_m)


@pytest.mark.parametrize("metres", [0.0, 1.0, 50.0, 1000.0, 15_000.0, 2.5e6, 1.9e7])
def test_chord_and_arc_are_inverse(metres: float) -> None:
    assert float(arc_m(np.array([chord(metres)]))[0]) == pytest.approx(metres, abs=1e-3)


def test_chord_beyond_half_the_globe_is_the_antipodes() -> None:
    assert chord(5e7) == pytest.approx(2.0)


@pytest.mark.parametrize(("lat", "lon", "problem"), [
    (91.0, 0.0, "latitude"), (-90.5, 0.0, "latitude"), (0.0, 180.5, "longitude"),
    (0.0, -181.0, "longitude"), (float("nan"), 0.0, "numbers"),
])
def test_points_off_the_globe_are_refused(lat: float, lon: float, problem: str) -> None:
    assert problem in (valid_point(lat, lon) or "")


@pytest.mark.parametrize("point", [(90.0, 0.0), (-90.0, 180.0), (0.0, -180.0), (12.5, 180.0)])
def test_the_edges_of_the_globe_are_points(point: tuple[float, float]) -> None:
    assert valid_point(*point) is None


def test_uncertainty_grows_with_the_precision() -> None:
    sizes = [uncertainty_m(p) for p in ("city", "admin1", "region", "country")]
    assert sizes == sorted(sizes) and len(set(sizes)) == 4
    assert uncertainty_m("site") == uncertainty_m("city")  # a site has its town's coordinates
    assert uncertainty_m(None) == uncertainty_m("country")  # unknown: the loosest


def _pairs(index: SiteIndex, points: list[tuple[float, float]],
           uncertainty: list[float] | None = None) -> dict[tuple[int, int], float]:
    found = index.pairs([p[0] for p in points], [p[1] for p in points], uncertainty)
    return {(s, p): d for s, p, d in zip(found.site.tolist(), found.point.tolist(), found.distance_m.tolist(),
                                         strict=True)}


def test_index_across_the_antimeridian() -> None:
    index = SiteIndex([10.0], [179.999], [500.0])
    # 0.002° of longitude at 10°N is 219 m; 0.009° is 985 m
    found = _pairs(index, [(10.0, -179.999), (10.0, 179.99), (10.0, -179.99)])
    assert set(found) == {(0, 0)}
    assert found[(0, 0)] == pytest.approx(0.002 * ONE_DEGREE_M * math.cos(math.radians(10)), rel=1e-3)


def test_index_at_the_poles() -> None:
    index = SiteIndex([89.999, -90.0], [45.0, 0.0], [300.0, 2000.0])
    points = [(89.999, -135.0),  # across the North Pole: 0.002° = 222 m
              (89.99, 45.0),  # 0.009° south of the site: 1 km
              (-89.99, 77.0),  # 1.1 km from the South Pole, whatever the longitude
              (-89.9, 77.0)]  # 11 km from it
    found = _pairs(index, points)
    assert set(found) == {(0, 0), (1, 2)}
    assert found[(0, 0)] == pytest.approx(0.002 * ONE_DEGREE_M, rel=1e-3)
    assert found[(1, 2)] == pytest.approx(0.01 * ONE_DEGREE_M, rel=1e-3)


def test_a_point_matches_only_a_radius_that_covers_its_uncertainty() -> None:
    """A city-level point (15 km) 200 m from two sites: the 1 km one is not alerted, the 20 km one is."""
    index = SiteIndex([50.45, 50.45], [30.52, 30.52], [1000.0, 20_000.0])
    point = [(50.45 + 200 / ONE_DEGREE_M, 30.52)]
    assert set(_pairs(index, point, [uncertainty_m("city")])) == {(1, 0)}
    assert set(_pairs(index, point, [0.0])) == {(0, 0), (1, 0)}  # an exact point: both
    assert set(_pairs(index, point, [uncertainty_m("country")])) == set()


def test_an_empty_index_and_no_points() -> None:
    assert len(SiteIndex([], [], []).pairs([1.0], [2.0])) == 0
    assert len(SiteIndex([1.0], [2.0], [100.0]).pairs([], [])) == 0


_lat = st.floats(-90, 90, allow_nan=False)
_lon = st.floats(-180, 180, allow_nan=False)
_radius = st.sampled_from([50.0, 800.0, 5_000.0, 40_000.0, 300_000.0, 2_000_000.0])


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(_lat, _lon, _radius), min_size=1, max_size=25),
       st.lists(st.tuples(_lat, _lon), min_size=1, max_size=40), st.data())
def test_index_equals_comparing_every_pair(sites: list[tuple[float, float, float]],
                                          points: list[tuple[float, float]], data: st.DataObject) -> None:
    """The bands and the trees change nothing: same pairs as the quadratic loop (points drawn near
    the sites too, so that matches happen)."""
    near = [(max(-90.0, min(90.0, la + data.draw(st.floats(-0.5, 0.5)))),
             ((lo + data.draw(st.floats(-0.5, 0.5)) + 180) % 360) - 180) for la, lo, _ in sites]
    points = points + near
    index = SiteIndex([s[0] for s in sites], [s[1] for s in sites], [s[2] for s in sites])
    found = _pairs(index, points)
    margin = 1e-6  # metres: the chord test and the haversine may differ in the last bits
    for i, (la, lo, r) in enumerate(sites):
        for j, (pla, plo) in enumerate(points):
            d = haversine_m(la, lo, pla, plo)
            if d <= r - margin:
                assert (i, j) in found, (i, j, d, r)
                assert found[(i, j)] == pytest.approx(d, abs=1e-3)
            elif d > r + margin:
                assert (i, j) not in found, (i, j, d, r)
