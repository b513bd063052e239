"""Language data: one manifest per language (``lang/fr.yaml``) and one YAML file per stage.

Why split per stage: each extractor owns its vocabulary (``lang/fr/time.yaml``,
``lang/fr/events.yaml``...), so adding a language is a folder of data files plus a spaCy model
named in the manifest, and no extractor changes. Files are read once per process and cached.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from newsevents.datafiles import load_yaml
from newsevents.errors import UnsupportedLanguage

LANG_DIR = Path(__file__).parent


@cache
def supported_languages() -> tuple[str, ...]:
    """ISO 639-1 codes that have a manifest here."""
    return tuple(sorted(p.stem for p in LANG_DIR.glob("*.yaml")))


class LangData:
    """The data of one language, a section per stage, loaded lazily."""

    def __init__(self, code: str) -> None:
        manifest_path = LANG_DIR / f"{code}.yaml"
        if not manifest_path.exists():
            raise UnsupportedLanguage(code, supported_languages())
        self.code = code
        self.manifest: dict[str, Any] = load_yaml(manifest_path) or {}
        self._sections: dict[str, dict[str, Any]] = {}

    @property
    def spacy_model(self) -> str:
        return str(self.manifest["spacy_model"])

    def section(self, name: str) -> dict[str, Any]:
        """The stage file ``lang/<code>/<name>.yaml`` (empty dict when the language has none)."""
        if name not in self._sections:
            path = LANG_DIR / self.code / f"{name}.yaml"
            data = load_yaml(path) if path.exists() else None
            self._sections[name] = data or {}
        return self._sections[name]

    def __repr__(self) -> str:
        return f"LangData({self.code!r})"


@cache
def load_language(code: str) -> LangData:
    """The cached language data for an ISO 639-1 code; raises UnsupportedLanguage."""
    return LangData(code)
