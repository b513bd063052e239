"""The ``sites`` and ``alerts`` commands (issue 16): a watchlist of protected places and the
incidents near them. Registered on the main Typer app by newsevents/cli.py (``register``); kept
in a module of their own so cli.py stays a list of the register's commands.

Like cli.py, no logic here: options are parsed, one library call is made (newsevents.sites,
Store's site methods), and the result is printed as a table, JSON or CSV.
"""

from __future__ import annotations

import csv
import json
import sys
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from newsevents.cli_common import clean_errors, database_of, err, option_date, out, print_json
from newsevents.errors import NewsEventsError
from newsevents.sites.model import DEFAULT_RADIUS_M

Record = dict[str, Any]
ALERT_FORMATS = ("table", "json", "csv")
CSV_COLUMNS = ("site_id", "site", "kind", "owner", "incident", "date_start", "date_end", "type", "basis",
               "distance_m", "precision", "uncertainty_m", "place", "country", "lat", "lon", "evidence",
               "sources")
SHOWN_PROBLEMS = 50  # problems of a sites file printed before "... and N more"

sites_app = typer.Typer(
    name="sites", no_args_is_help=True, rich_markup_mode="rich",
    help="Protected sites (embassies, hospitals, plants): the places `newsevents alerts` watches.\n\n"
         "Example: [bold]newsevents sites add \"Embassy of Azerbaijan\" --lat 50.4547 --lon 30.517 "
         "--radius-m 500 --kind embassy --owner Azerbaijan[/bold]")


def register(app: typer.Typer) -> None:
    """Add ``sites`` (a group) and ``alerts`` to the main application."""
    app.add_typer(sites_app, name="sites")
    app.command(name="alerts")(alerts)


def _open(ctx: typer.Context, must_exist: bool = True) -> Any:
    from newsevents.ingest import open_store

    return open_store(database_of(ctx), must_exist=must_exist)


def _distance(metres: float | None) -> str:
    if metres is None:
        return "?"
    return f"{metres:.0f} m" if metres < 1000 else f"{metres / 1000:.1f} km"


def how_sure(alert: Record) -> str:
    """The basis of an alert in words: what the text states, or the location's precision."""
    evidence = alert.get("evidence") or {}
    named = evidence.get("text") or evidence.get("target") or ""
    if alert.get("basis") == "near":
        return f"stated: {evidence.get('near') or ''} ({named})"
    if alert.get("basis") == "target":
        return f"named as target: {named}"
    place = evidence.get("place") or "?"
    return f"location {place} ({alert.get('precision') or '?'}, ±{_distance(alert.get('uncertainty_m'))})"


# --- sites ---------------------------------------------------------------------------------------
@sites_app.command("add")
@clean_errors
def add(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(help="The site's name, e.g. \"Embassy of Azerbaijan\".",
                                        show_default=False)],
    lat: Annotated[float, typer.Option("--lat", help="Latitude in degrees (-90..90).", show_default=False)],
    lon: Annotated[float, typer.Option("--lon", help="Longitude in degrees (-180..180).",
                                       show_default=False)],
    radius_m: Annotated[float, typer.Option("--radius-m", help="Alert on incidents within this many metres.")]
    = DEFAULT_RADIUS_M,
    kind: Annotated[str | None, typer.Option(help="What it is: embassy, hospital, plant...")] = None,
    owner: Annotated[str | None, typer.Option(help="Whose it is, e.g. Azerbaijan.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the result as JSON.")] = False,
) -> None:
    """Register a protected site and compute its alerts over the stored incidents.

    The same name at the same point again updates its radius, kind and owner. Incidents match by
    their location (within the radius, when the radius covers their precision: a city-level
    point needs a city-sized radius) or when their text names the site (as a target, or "50 m
    from" it). Negative coordinates: --lat=-33.86.

    Example: [bold]newsevents sites add "Embassy of Azerbaijan" --lat 50.4547 --lon 30.517 --radius-m 500
    --kind embassy --owner Azerbaijan[/bold]
    """
    from newsevents.sites.model import make_site

    site = make_site(name, lat, lon, radius_m, kind, owner)
    with _open(ctx, must_exist=False) as store:
        done = store.add_sites([site])
    if as_json:
        print_json(done)
        return
    status = done["sites"][0]["status"]
    out.print(Text(f"{status} site {done['sites'][0]['id']} {site.name!r} ({site.lat}, {site.lon}, "
                   f"radius {_distance(site.radius_m)}): {done['alerts']} alert(s)"))


@sites_app.command("import")
@clean_errors
def import_(
    ctx: typer.Context,
    path: Annotated[str, typer.Argument(metavar="FILE.csv|FILE.geojson", show_default=False,
                                        help="CSV with name, lat, lon[, radius_m, kind, owner] or GeoJSON "
                                             "Points with those properties.")],
    skip_invalid: Annotated[bool, typer.Option(
        "--skip-invalid", help="Import the valid rows even when others are bad (they are listed).")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the result as JSON.")] = False,
) -> None:
    """Import sites from a CSV or GeoJSON file, all in one transaction.

    A bad row (no name, a latitude off the globe, a radius of 0, a line repeated) is reported with
    its line or feature number, and then nothing is imported unless --skip-invalid. Rows naming a
    site already stored (same name, same point) update it. Exit code 1 when a row was bad.

    Example: [bold]newsevents sites import embassies.csv[/bold]
    """
    from newsevents.sites.importing import read_sites

    found = read_sites(path)
    problems = [str(p) for p in found.problems]
    for line in problems[:SHOWN_PROBLEMS]:
        err.print(Text.assemble(("bad row", "red"), f" {line}"))
    if len(problems) > SHOWN_PROBLEMS:
        err.print(f"... and {len(problems) - SHOWN_PROBLEMS} more bad rows")
    if problems and not skip_invalid:
        raise NewsEventsError(f"{len(problems)} bad row(s) in {path}, {len(found.sites)} good: nothing "
                              "imported (fix them, or import the good ones with --skip-invalid)")
    done: Record = {"added": 0, "updated": 0, "unchanged": 0, "alerts": 0, "sites": []}
    if found.sites:
        with _open(ctx, must_exist=False) as store:
            done = store.add_sites(found.sites)
    done["skipped"] = len(problems)
    if as_json:
        print_json({**done, "problems": problems})
    else:
        err.print(f"{done['added']} added, {done['updated']} updated, {done['unchanged']} unchanged, "
                  f"{done['skipped']} skipped; {done['alerts']} alert(s)")
    if problems:
        raise typer.Exit(1)


@sites_app.command("list")
@clean_errors
def list_(
    ctx: typer.Context,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per site.")] = False,
) -> None:
    """List the protected sites with their number of alerts and the nearest incident's distance.

    Example: [bold]newsevents sites list --json[/bold]
    """
    with _open(ctx) as store:
        found = store.sites()
    if as_json:
        for record in found:
            print_json(record)
        return
    sites_table(out, found)


@sites_app.command("remove")
@clean_errors
def remove(
    ctx: typer.Context,
    site: Annotated[str, typer.Argument(metavar="NAME|ID", show_default=False,
                                        help="The site's id (from `sites list`) or its name.")],
    every: Annotated[bool, typer.Option("--all", help="Remove every site of that name.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the removed sites as JSON lines.")] = False,
) -> None:
    """Remove a protected site and its alerts.

    Example: [bold]newsevents sites remove "Embassy of Azerbaijan"[/bold]
    """
    with _open(ctx) as store:
        removed = store.remove_site(site, every=every)
    for s in removed:
        if as_json:
            print_json(s)
        else:
            out.print(Text(f"removed site {s['id']} {s['name']!r}"))


def sites_table(console: Console, sites: list[Record]) -> None:
    table = Table(title=f"sites: {len(sites)}")
    for name in ("id", "name", "kind", "owner", "lat", "lon", "radius", "alerts", "nearest"):
        table.add_column(name, no_wrap=name in ("id", "lat", "lon", "radius", "alerts", "nearest"))
    for s in sites:
        table.add_row(*(Text(str(c)) for c in (
            s["id"], s["name"], s.get("kind") or "", s.get("owner") or "", f"{s['lat']:.5f}",
            f"{s['lon']:.5f}", _distance(s["radius_m"]), s["alerts"],
            _distance(s["nearest_m"]) if s["alerts"] else "")))
    console.print(table)


# --- alerts --------------------------------------------------------------------------------------
@clean_errors
def alerts(
    ctx: typer.Context,
    since: Annotated[str | None, typer.Option(metavar="DATE", help="Incidents on or after DATE.")] = None,
    site: Annotated[str | None, typer.Option(metavar="NAME|ID", help="Only this site.")] = None,
    format: Annotated[str, typer.Option("--format", "-f", help="table, json (one object per line) or csv.")]
    = "table",
    as_json: Annotated[bool, typer.Option("--json", help="Same as --format json.")] = False,
) -> None:
    """Incidents near each protected site, nearest first, with distance, precision and sources.

    "near" alerts come from a stated distance ("à 50 mètres de l'ambassade"), "target" ones from
    the text naming the site as hit, "location" ones from the incident's coordinates with their
    precision (a city-level point is known to about 15 km).

    Example: [bold]newsevents alerts --since 2025-01-01 --site "Embassy of Azerbaijan" --format csv[/bold]
    """
    format = "json" if as_json else format
    if format not in ALERT_FORMATS:
        raise NewsEventsError(f"unknown format {format!r}; choose one of {', '.join(ALERT_FORMATS)}")
    with _open(ctx) as store:
        found = store.alerts(since=option_date(since, "--since"), site=site)
    if format == "json":
        for record in found:
            print_json(record)
    elif format == "csv":
        write_csv(found, sys.stdout)
    else:
        alerts_table(out, found)


def alerts_table(console: Console, alerts: list[Record]) -> None:
    table = Table(title=f"alerts: {len(alerts)}")
    for name in ("site", "distance", "how", "incident", "date", "type", "place", "sources"):
        table.add_column(name, no_wrap=name in ("distance", "incident", "date", "type"), overflow="fold")
    for a in alerts:
        when = a.get("date") or {}
        loc = a.get("location") or {}
        table.add_row(*(Text(str(c)) for c in (
            a["site"]["name"], _distance(a.get("distance_m")), how_sure(a), a["incident"],
            when.get("start") or "", a.get("type") or "",
            ", ".join(x for x in (loc.get("name"), loc.get("country")) if x),
            "\n".join(s.get("title") or s["document"] for s in a.get("sources") or []))))
    console.print(table)


def csv_row(a: Record) -> dict[str, Any]:
    when, loc = a.get("date") or {}, a.get("location") or {}
    return {"site_id": a["site"]["id"], "site": a["site"]["name"], "kind": a["site"].get("kind") or "",
            "owner": a["site"].get("owner") or "", "incident": a["incident"],
            "date_start": when.get("start") or "", "date_end": when.get("end") or "",
            "type": a.get("type") or "",
            "basis": a["basis"], "distance_m": "" if a.get("distance_m") is None else a["distance_m"],
            "precision": a.get("precision") or "",
            "uncertainty_m": "" if a.get("uncertainty_m") is None else a["uncertainty_m"],
            "place": loc.get("name") or "", "country": loc.get("country") or "",
            "lat": "" if loc.get("lat") is None else loc["lat"],
            "lon": "" if loc.get("lon") is None else loc["lon"],
            "evidence": json.dumps(a.get("evidence") or {}, ensure_ascii=False),
            "sources": ";".join(s["document"] for s in a.get("sources") or [])}


def write_csv(alerts: list[Record], stream: Any) -> None:
    writer = csv.DictWriter(stream, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for a in alerts:
        writer.writerow(csv_row(a))
