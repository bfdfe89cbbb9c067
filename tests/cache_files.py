"""Editing a signed cache file in tests (the layout of ``conflict_events._cache``): its data,
re-signed so that only the reader's content checks can refuse it, or a byte flipped so that
the signature does."""

from __future__ import annotations

import marshal
from pathlib import Path
from typing import Any

from conflict_events import _cache


def stored_data(path: Path) -> Any:
    """The data section of the cache file at ``path``."""
    return marshal.loads(marshal.loads(path.read_bytes())["sections"]["data"])


def store_signed(path: Path, data: object) -> None:
    """Replace the stored data, with a valid digest."""
    document = marshal.loads(path.read_bytes())
    sections = {"data": marshal.dumps(data)}
    document["sections"] = sections
    document["digest"] = _cache._digest(document["key"], sections)
    path.write_bytes(marshal.dumps(document))


def flip_a_byte(path: Path) -> None:
    """Change one byte of the stored data, leaving the digest as it was."""
    document = marshal.loads(path.read_bytes())
    data = bytearray(document["sections"]["data"])
    data[len(data) // 2] ^= 0x01
    document["sections"]["data"] = bytes(data)
    path.write_bytes(marshal.dumps(document))
