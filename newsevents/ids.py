"""Content-addressed ids: the same input gives the same ids on every run and machine.

Like sqlite-utils' ``hash_id``: an id is a short hash of what identifies the record, never a
counter or a random UUID, so re-ingesting a document updates rather than duplicates.
"""

from __future__ import annotations

import hashlib

ID_HEX_LENGTH = 16


def digest(*parts: object) -> str:
    """A short stable hex digest of the parts' text forms."""
    h = hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8"))
    return h.hexdigest()[:ID_HEX_LENGTH]


def document_id(sha256: str) -> str:
    """A document's id when the input gives none: derived from the text's sha256."""
    return sha256[:ID_HEX_LENGTH]


def event_id(document: str, type_: str, trigger: tuple[int, int], *extra: object) -> str:
    """An event's id; `extra` tells apart events named by one trigger (their dates)."""
    return "ev_" + digest(document, type_, trigger[0], trigger[1], *extra)


def claim_id(document: str, content_span: tuple[int, int], speaker: str) -> str:
    return "cl_" + digest(document, content_span[0], content_span[1], speaker)
