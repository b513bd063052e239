"""The house rule "modules under 800 lines" (DEVELOPERS.md): a module that grows past it is split
by job before it takes more. Checked here because merges of parallel branches each under the
bound can add up past it (round 30: extract/events.py 810, qualifiers.py 879, drafts.py 806)."""

from pathlib import Path

MAX_LINES = 800
PACKAGE = Path(__file__).resolve().parent.parent / "newsevents"


def test_no_module_is_longer_than_the_bound():
    long = {str(p.relative_to(PACKAGE)): n for p in PACKAGE.rglob("*.py")
            if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_LINES}
    assert long == {}
