"""Language data: one manifest per language (``lang/fr.yaml``) and one YAML file per stage.

Why split per stage: each extractor owns its vocabulary (``lang/fr/time.yaml``,
``lang/fr/events.yaml``...), so adding a language is a folder of data files plus a spaCy model
named in the manifest, and no extractor changes. Files are read once per process and cached.

Where languages are found: the folders listed in ``NEWSEVENTS_LANG_PATH`` (separated like
``PATH``: ``:`` on Unix), in order, then this package's folder. Each folder holds
``<code>.yaml`` manifests and ``<code>/<stage>.yaml`` data; the first folder with a manifest for a
code wins, so a folder may also replace a built-in language (to try a change without editing the
package). The manifest's ``spacy_model`` is an installed package name (``fr_core_news_md``) or a
path to a saved spaCy pipeline (``nlp.to_disk``), relative to the manifest's folder.
"""

from __future__ import annotations

import importlib
import os
import re
from functools import cache
from pathlib import Path
from typing import Any

from newsevents.datafiles import load_yaml
from newsevents.errors import ModelNotInstalled, UnsupportedLanguage
from newsevents.settings import ENV_LANG_PATH

__all__ = ["ENV_LANG_PATH", "LANG_DIR", "LangData", "language_dirs", "language_records", "load_language",
           "supported_languages"]

LANG_DIR = Path(__file__).parent

# a manifest's file name: an ISO 639 code (two letters, or three for languages without one)
_CODE = re.compile(r"^[a-z]{2,3}$")


def language_dirs() -> tuple[Path, ...]:
    """The folders searched for languages: ``NEWSEVENTS_LANG_PATH``'s, then the built-in one."""
    extra = [Path(p).expanduser() for p in os.environ.get(ENV_LANG_PATH, "").split(os.pathsep) if p.strip()]
    return (*extra, LANG_DIR)


@cache
def _manifests(dirs: tuple[Path, ...]) -> dict[str, Path]:
    """code -> its manifest, the first folder of ``dirs`` winning."""
    found: dict[str, Path] = {}
    for folder in dirs:
        for path in sorted(folder.glob("*.yaml")) if folder.is_dir() else []:
            if _CODE.match(path.stem):
                found.setdefault(path.stem, path)
    return found


def supported_languages() -> tuple[str, ...]:
    """ISO 639 codes that have a manifest in one of ``language_dirs()``."""
    return tuple(sorted(_manifests(language_dirs())))


class LangData:
    """The data of one language, a section per stage, loaded lazily."""

    def __init__(self, code: str, manifest_path: Path | None = None) -> None:
        manifest_path = manifest_path or _manifests(language_dirs()).get(code)
        if manifest_path is None or not manifest_path.exists():
            raise UnsupportedLanguage(code, supported_languages())
        self.code = code
        self.folder = manifest_path.parent
        self.manifest: dict[str, Any] = load_yaml(manifest_path) or {}
        self._sections: dict[str, dict[str, Any]] = {}

    @property
    def spacy_model(self) -> str:
        return str(self.manifest["spacy_model"])

    def model_path(self) -> Path | None:
        """The saved pipeline's folder when ``spacy_model`` is a path, else None (a package name)."""
        name = self.spacy_model
        if name.startswith((".", "/", "~")) or "/" in name or os.sep in name:
            path = Path(name).expanduser()
            return path if path.is_absolute() else (self.folder / path).resolve()
        return None

    def load_spacy(self, exclude: list[str]) -> Any:
        """The spaCy pipeline the manifest names, without the ``exclude``d components."""
        path = self.model_path()
        if path is not None:
            import spacy

            if not (path / "config.cfg").is_file():
                raise ModelNotInstalled(str(path))
            return spacy.load(path, exclude=exclude)
        try:
            module = importlib.import_module(self.spacy_model)
        except ImportError as exc:
            raise ModelNotInstalled(self.spacy_model) from exc
        return module.load(exclude=exclude)

    def model_installed(self) -> bool:
        """Whether the spaCy model can be loaded here (found, not loaded: that takes seconds)."""
        import importlib.util

        path = self.model_path()
        if path is not None:
            return (path / "config.cfg").is_file()
        return importlib.util.find_spec(self.spacy_model) is not None

    def stages(self) -> list[str]:
        """The stage files this language has (``time``, ``events``...)."""
        folder = self.folder / self.code
        return sorted(p.stem for p in folder.glob("*.yaml")) if folder.is_dir() else []

    def section(self, name: str) -> dict[str, Any]:
        """The stage file ``<code>/<name>.yaml`` beside the manifest (empty dict when absent)."""
        if name not in self._sections:
            path = self.folder / self.code / f"{name}.yaml"
            data = load_yaml(path) if path.exists() else None
            self._sections[name] = data or {}
        return self._sections[name]

    def __repr__(self) -> str:
        return f"LangData({self.code!r}, {str(self.folder)!r})"


@cache
def _load(code: str, dirs: tuple[Path, ...]) -> LangData:
    return LangData(code, _manifests(dirs).get(code))


def load_language(code: str) -> LangData:
    """The cached language data for an ISO 639 code; raises UnsupportedLanguage.

    Cached per search path, so a test or a program that sets ``NEWSEVENTS_LANG_PATH`` late still
    finds its languages (stage caches keyed by code alone keep what they compiled).
    """
    return _load(code, language_dirs())


@cache
def section_words(code: str, section: str, key: str) -> frozenset[str]:
    """A word list of a language's stage file (``<code>/<section>.yaml``, key ``key``; the keys of
    a table), lower case: the form every stage compares token lemmas and texts with. Cached per
    code like the stage caches (see load_language)."""
    raw = load_language(code).section(section).get(key) or []
    return frozenset(str(w).lower() for w in raw)


def language_records() -> list[dict[str, Any]]:
    """What ``newsevents languages`` lists: each language, where its data is, its model."""
    out = []
    for code in supported_languages():
        lang = load_language(code)
        out.append({"code": code, "name": lang.manifest.get("name") or code, "folder": str(lang.folder),
                    "builtin": lang.folder == LANG_DIR, "spacy_model": lang.spacy_model,
                    "model_installed": lang.model_installed(), "stages": lang.stages()})
    return out
