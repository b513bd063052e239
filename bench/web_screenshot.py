"""The README's picture of the page: a database served on a free loopback port, shot in headless
Chromium with one incident open (map, timeline, list behind it, highlighted source words).

    .venv/bin/python bench/web_screenshot.py --db newsevents.db --out docs/web.png   # `make screenshot`
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from newsevents.web import headless

VIEWPORT = {"width": 1440, "height": 900}


def shoot(db: str, out: Path, event: str | None = None, disputes: bool = False) -> None:
    from playwright.sync_api import sync_playwright

    from newsevents.ingest import open_store
    from newsevents.web.app import create_app
    from newsevents.web.server import running

    with open_store(db, must_exist=True) as store, running(create_app(store)) as url, \
            sync_playwright() as p:
        if event is None:  # the most recent incident that is not a recalled one, else the latest
            found = [e for e in store.events() if not e.get("background")] or store.events()
            event = found[-1]["id"] if found else None
        browser = headless.launch(p)
        page = browser.new_page(viewport=VIEWPORT)
        page.goto(url + "/")
        page.wait_for_selector("body[data-ready=true]")
        page.wait_for_selector("body[data-countries]")
        if disputes:
            page.click("#tab-disputes")
            page.wait_for_selector(".dispute")
        elif event:
            page.click(f"#list tbody tr[data-id={event}]")
            page.wait_for_selector("#detail:not([hidden]) .source mark")
        page.wait_for_timeout(300)  # let the map settle after panning to the incident
        out.parent.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(out))
        browser.close()
    print(f"wrote {out}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", default="newsevents.db")
    parser.add_argument("--out", type=Path, default=Path("docs/web.png"))
    parser.add_argument("--event", help="the incident to open (default: the latest current one)")
    parser.add_argument("--disputes", action="store_true", help="show the disputes view instead")
    args = parser.parse_args()
    why = headless.unavailable()
    if why:
        sys.exit(f"cannot take the screenshot: {why}")
    shoot(args.db, args.out, args.event, args.disputes)


if __name__ == "__main__":
    main()
