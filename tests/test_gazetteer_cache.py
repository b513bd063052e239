"""The gazetteer index cache is shared by every install on the machine: building one version's
index keeps the most recent indexes of the other versions (no rebuild ping-pong) and drops the
rest."""

from __future__ import annotations

import os

from newsevents.geo import build


def test_pruning_keeps_the_newest_other_indexes(tmp_path):
    current = tmp_path / "gazetteer-current.pkl"
    current.write_bytes(b"x")
    others = []
    for n in range(6):
        p = tmp_path / f"gazetteer-{n}.pkl"
        p.write_bytes(b"x")
        os.utime(p, (1_000_000 + n, 1_000_000 + n))
        others.append(p)
    (tmp_path / "unrelated.txt").write_text("keep")
    build._prune(current)
    kept = sorted(p.name for p in tmp_path.glob("gazetteer-*.pkl"))
    newest = sorted(p.name for p in others[-build.KEEP_OTHER_INDEXES:])
    assert kept == sorted([current.name, *newest])
    assert (tmp_path / "unrelated.txt").exists()
