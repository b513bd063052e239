"""`newsevents sites add|import|list|remove` and `newsevents alerts` end to end (issue 16): files with
bad rows refused whole (or their good rows imported with --skip-invalid, the bad ones listed),
alerts as a table, JSON Lines and CSV."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsevents.cli import app

runner = CliRunner()

ARTICLES = [
    {"id": "kyiv-embassy", "language": "fr", "published": "2025-03-03",
     "text": "Kiev, 3 mars 2025 – Un drone russe a frappé l'ambassade d'Arménie à Kiev dans la nuit, "
             "brisant ses vitres, a indiqué Erevan."},
    {"id": "odesa-port", "language": "en", "published": "2025-04-10",
     "text": "Odesa, April 10, 2025 – A Russian missile strike hit Odesa overnight, killing two people, "
             "regional officials said."},
]


def run(db: Path, *args: str):  # type: ignore[no-untyped-def]
    return runner.invoke(app, ["--db", str(db), *args])


def lines(output: str) -> list[dict]:
    return [json.loads(x) for x in output.splitlines() if x.strip().startswith("{")]


@pytest.fixture(scope="module")
def ingested(tmp_path_factory: pytest.TempPathFactory, pipe) -> Path:  # type: ignore[no-untyped-def]
    """A database with two incidents (Kyiv: an embassy hit; Odesa: city-level)."""
    from newsevents.ingest import ingest
    from newsevents.store import Store

    folder = tmp_path_factory.mktemp("sites-cli")
    feed = folder / "feed.jsonl"
    feed.write_text("\n".join(json.dumps(a, ensure_ascii=False) for a in ARTICLES) + "\n", encoding="utf-8")
    db = folder / "base.db"
    with Store.open(str(db)) as store:
        assert ingest([feed], store, pipeline=pipe).ok
    return db


@pytest.fixture()
def db(ingested: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "copy.db"
    copy.write_bytes(ingested.read_bytes())
    return copy


@pytest.mark.parametrize("command", [["sites", "add"], ["sites", "import"], ["sites", "list"],
                                     ["sites", "remove"], ["alerts"]])
def test_every_help_ends_with_an_example(command: list[str]) -> None:
    result = runner.invoke(app, [*command, "--help"])
    assert result.exit_code == 0
    assert f"Example: newsevents {' '.join(command)}" in " ".join(result.output.split())


def test_add_list_alerts_remove(db: Path) -> None:
    added = run(db, "sites", "add", "Embassy of Armenia", "--lat", "50.4390", "--lon", "30.5300",
                "--radius-m", "300", "--kind", "embassy", "--owner", "Armenia", "--json")
    assert added.exit_code == 0, added.output
    assert lines(added.output)[0]["alerts"] == 1
    south = run(db, "sites", "add", "Odesa port watch", "--lat", "46.49", "--lon", "30.74",
                "--radius-m", "25000")
    assert south.exit_code == 0 and "1 alert(s)" in south.output
    listed = lines(run(db, "sites", "list", "--json").output)
    assert [(s["name"], s["alerts"]) for s in listed] == [("Embassy of Armenia", 1), ("Odesa port watch", 1)]
    table = run(db, "sites", "list")
    assert "Embassy of Armenia" in table.output and "300 m" in table.output

    found = lines(run(db, "alerts", "--format", "json").output)
    first = found[0]
    assert (first["site"]["name"], first["basis"], first["distance_m"]) == (
        "Embassy of Armenia", "target", 0.0)
    port = found[1]
    assert (port["basis"], port["precision"], port["uncertainty_m"]) == ("location", "city", 15000.0)
    assert port["sources"][0]["document"] == "odesa-port"

    text = run(db, "alerts", "--site", "Odesa port watch")
    assert text.exit_code == 0 and "city" in text.output and "15.0 km" in text.output

    as_csv = list(csv.DictReader(io.StringIO(run(db, "alerts", "--format", "csv").output)))
    assert [(r["site"], r["basis"], r["sources"]) for r in as_csv] == [
        ("Embassy of Armenia", "target", "kyiv-embassy"), ("Odesa port watch", "location", "odesa-port")]
    assert run(db, "alerts", "--since", "2025-04-01", "--format", "json").output.count('"incident"') == 1

    assert lines(run(db, "alerts", "--json").output) == found  # --json is --format json

    removed = run(db, "sites", "remove", "Embassy of Armenia")
    assert removed.exit_code == 0 and "removed site 1" in removed.output
    left = lines(run(db, "alerts", "--format", "json").output)
    assert [a["site"]["name"] for a in left] == ["Odesa port watch"]
    gone = lines(run(db, "sites", "remove", "Odesa port watch", "--json").output)
    assert [s["name"] for s in gone] == ["Odesa port watch"]
    assert lines(run(db, "sites", "list", "--json").output) == []


@pytest.mark.parametrize(("args", "message"), [
    (["sites", "add", "X", "--lat", "91", "--lon", "0"], "latitude 91.0 is outside -90..90"),
    (["sites", "add", "X", "--lat", "1", "--lon", "2", "--radius-m", "0"], "radius_m must be above 0"),
    (["sites", "remove", "Nowhere"], "no site 'Nowhere'"),
    (["alerts", "--format", "xml"], "unknown format 'xml'"),
    (["alerts", "--since", "yesterday"], "--since 'yesterday' is not a date"),
    (["alerts", "--site", "Nowhere"], "no site 'Nowhere'"),
])
def test_clear_errors(db: Path, args: list[str], message: str) -> None:
    result = run(db, *args)
    assert result.exit_code == 1
    assert message in " ".join(result.output.split())


CSV_GOOD = """name,lat,lon,radius_m,kind,owner
Embassy of Armenia,50.4390,30.5300,300,embassy,Armenia
Hospital No. 3,-33.86,151.2,,hospital,
"""

CSV_BAD = """Name;Latitude;Longitude;Radius_m
Embassy of Armenia;50,4390;30,5300;300
;10;10;100
Plant;95;10;100
Plant;10;10;-1
Depot;10;10;100
Depot;10;10;100
"""


def test_import_csv(db: Path, tmp_path: Path) -> None:
    path = tmp_path / "sites.csv"
    path.write_text(CSV_GOOD, encoding="utf-8")
    result = run(db, "sites", "import", str(path), "--json")
    assert result.exit_code == 0, result.output
    done = lines(result.output)[0]
    assert (done["added"], done["skipped"], done["alerts"]) == (2, 0, 1)
    again = lines(run(db, "sites", "import", str(path), "--json").output)[0]
    assert (again["added"], again["unchanged"]) == (0, 2)  # re-importing the file changes nothing
    hospital = next(s for s in lines(run(db, "sites", "list", "--json").output) if s["kind"] == "hospital")
    assert (hospital["lat"], hospital["lon"], hospital["radius_m"]) == (-33.86, 151.2, 1000.0)


def test_a_file_with_bad_rows_is_refused_whole_unless_told(db: Path, tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(CSV_BAD, encoding="utf-8")
    refused = run(db, "sites", "import", str(path))
    assert refused.exit_code == 1
    said = " ".join(refused.output.split())
    for problem in ("bad.csv line 3: a site needs a name", "bad.csv line 4: latitude 95.0 is outside",
                    "bad.csv line 5: radius_m must be above 0", "bad.csv line 7: 'Depot' at 10.0, 10.0 is "
                    "already on line 6", "4 bad row(s) in", "2 good: nothing imported"):
        assert problem in said, said
    assert lines(run(db, "sites", "list", "--json").output) == []
    skipped = run(db, "sites", "import", str(path), "--skip-invalid", "--json")
    assert skipped.exit_code == 1  # still says something was wrong
    done = lines(skipped.output)[-1]
    assert (done["added"], done["skipped"], len(done["problems"])) == (2, 4, 4)
    assert sorted(s["name"] for s in lines(run(db, "sites", "list", "--json").output)) == [
        "Depot", "Embassy of Armenia"]


def test_import_geojson(db: Path, tmp_path: Path) -> None:
    features = [
        {"type": "Feature", "geometry": {"type": "Point", "coordinates": [30.53, 50.439]},
         "properties": {"name": "Embassy of Armenia", "radius_m": 300, "kind": "embassy"}},
        {"type": "Feature", "geometry": {"type": "Point", "coordinates": [-179.9, -16.5]},
         "properties": {"name": "Island clinic"}},
        {"type": "Feature", "geometry": {"type": "Polygon", "coordinates": []},
         "properties": {"name": "Zone"}},
        {"type": "Feature", "geometry": {"type": "Point", "coordinates": [10]},
         "properties": {"name": "Half"}},
    ]
    path = tmp_path / "sites.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": features}), encoding="utf-8")
    refused = run(db, "sites", "import", str(path))
    said = " ".join(refused.output.split())
    assert refused.exit_code == 1
    assert "sites.geojson feature 3: the geometry is Polygon; a site is a Point" in said
    assert "sites.geojson feature 4: a Point needs [longitude, latitude]" in said
    run(db, "sites", "import", str(path), "--skip-invalid")
    listed = {s["name"]: (s["lat"], s["lon"]) for s in lines(run(db, "sites", "list", "--json").output)}
    assert listed == {"Embassy of Armenia": (50.439, 30.53), "Island clinic": (-16.5, -179.9)}


@pytest.mark.parametrize(("name", "content", "message"), [
    ("sites.kml", "<kml/>", "give a .csv or a .geojson file"),
    ("sites.csv", "", "empty; the first line must name the columns"),
    ("sites.csv", "name,lat,lon,radius_km\nA,1,2,3\n", "unknown column(s) 'radius_km'"),
    ("sites.csv", "name,lon\nA,2\n", "no lat column"),
    ("sites.geojson", "{not json", "not JSON"),
    ("sites.geojson", '{"type": "Point", "coordinates": [1, 2]}', "expected a GeoJSON FeatureCollection"),
])
def test_unusable_files(db: Path, tmp_path: Path, name: str, content: str, message: str) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    result = run(db, "sites", "import", str(path))
    assert result.exit_code == 1
    assert message in " ".join(result.output.split())


def test_a_missing_file(db: Path, tmp_path: Path) -> None:
    result = run(db, "sites", "import", str(tmp_path / "none.csv"))
    assert result.exit_code == 1 and "no such file" in result.output
