"""Headless Chromium for the browser tests, the page-load benchmark and the README screenshot.

Why Debian's chromium through Playwright's ``executable_path``: Playwright's own browser builds
are downloaded from outside the package registries, which this project never does; the system
package is installed by ``.ci/run`` (apt) like PostgreSQL. The flags keep the browser from
reaching the network on its own (updates, sync, field trials).
"""

from __future__ import annotations

import os
from typing import Any

CHROMIUM = os.environ.get("NEWSEVENTS_CHROMIUM", "/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]


def unavailable() -> str | None:
    """Why headless Chromium cannot run here, or None when it can."""
    if not os.access(CHROMIUM, os.X_OK):
        return f"no chromium at {CHROMIUM}: install Debian's package (apt-get install chromium)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "the playwright package is not installed (pip install -e '.[dev]')"
    return None


def launch(playwright: Any) -> Any:
    """A headless Chromium browser from a ``sync_playwright()`` context."""
    return playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
