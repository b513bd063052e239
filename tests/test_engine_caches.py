"""Copies kept in the shared cache folder are named after what they were made from, not where the
source is installed: several environments of one machine share them instead of evicting each
other's (newsevents/geo/admin2.py; the model's tables: tests/test_nlp_load.py)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from newsevents.geo import admin2, build

HEADER = "lat,lon,name,admin1,admin2,cc\n"


def csv_copy(folder: Path, last_row: str = "45.0,4.9,Valence,Auvergne,Drome,FR\n") -> Path:
    folder.mkdir(parents=True)
    path = folder / "rg_cities1000.csv"
    path.write_text(HEADER + "48.8,2.3,Paris,Ile-de-France,Paris,FR\n" * 5000 + last_row, encoding="utf-8")
    return path


def test_the_admin2_table_copy_is_shared_by_every_install(tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(build, "cache_dir", lambda: tmp_path / "cache")
    one, two = csv_copy(tmp_path / "venv1"), csv_copy(tmp_path / "venv2")
    os.utime(two, (1_000_000, 1_000_000))
    assert admin2._cache_file(one) == admin2._cache_file(two)
    # another content of the same size (its last row changed) is another table
    other = csv_copy(tmp_path / "venv3", last_row="45.0,4.9,Valence,Auvergne,Isere,FR\n")
    assert other.stat().st_size == one.stat().st_size
    assert admin2._cache_file(other) != admin2._cache_file(one)
