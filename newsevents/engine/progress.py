"""The ingest progress bar: documents done (of how many, when known), articles/s and failures.

Why a rate and a failure count on the bar: on a long run (a crawl, a cluster) the two things a
user watches are whether it is going as fast as it should and whether documents are failing,
without waiting for the summary. The rate is rich's moving estimate over the last
``RATE_WINDOW_S`` seconds, so it follows a change of speed (a slow stretch of long articles, a
worker lost) instead of averaging the whole run. A web archive's pages cannot be counted
without reading it, so with one the total is unknown and the bar only counts.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from newsevents import settings

# seconds of recent progress the articles/s figure is computed over (rich's speed estimate)
RATE_WINDOW_S = 30.0


class _Outcome(Protocol):
    status: str


class ProgressBar:
    """A rich progress bar on stderr; ``with ProgressBar(total, enabled) as advance:`` gives the
    callback to call with each document's outcome, or None when no bar is shown (disabled, or
    ``total`` at most ``settings.PROGRESS_MIN_DOCUMENTS``). ``total`` None: unknown."""

    def __init__(self, total: int | None, enabled: bool) -> None:
        self.total = total
        self.enabled = enabled and (total is None or total > settings.PROGRESS_MIN_DOCUMENTS)
        self.bar: Any = None
        self.failed = 0

    def __enter__(self) -> Callable[[_Outcome], None] | None:
        if not self.enabled:
            return None
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            ProgressColumn,
            TextColumn,
            TimeRemainingColumn,
        )
        from rich.text import Text

        class Rate(ProgressColumn):
            def render(self, task: Any) -> Text:
                speed = task.finished_speed or task.speed
                return Text(f"{speed:.1f} articles/s" if speed else "… articles/s", style="cyan")

        class Failed(ProgressColumn):
            def render(self, task: Any) -> Text:
                failed = task.fields.get("failed", 0)
                return Text(f"{failed} failed", style="red" if failed else "dim")

        self.bar = Progress(TextColumn("ingesting"), BarColumn(), MofNCompleteColumn(), Rate(), Failed(),
                            TimeRemainingColumn(), console=Console(stderr=True), transient=True,
                            speed_estimate_period=RATE_WINDOW_S)
        self.bar.start()
        task = self.bar.add_task("ingest", total=self.total, failed=0)

        def advance(outcome: _Outcome) -> None:
            if outcome.status == "failed":
                self.failed += 1
            self.bar.update(task, advance=1, failed=self.failed)

        return advance

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.stop()
