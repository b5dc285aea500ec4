"""A content-addressed cache of per-text results: one file per key, written atomically, checked on read.

A library build (``kaodian.library``) keeps what each text gave (its drafted
questions with their points) under a key made of the text's bytes, its name,
the rules, templates, lexicon and code it was made with (``fingerprint``).  A
text that did not change is read back instead of extracted again.

- Where: ``$XDG_CACHE_HOME/kaodian/texts`` (``~/.cache/kaodian/texts``), or
  ``KAODIAN_CACHE_DIR`` when set (tests, a shared build machine).
- An entry is ``MAGIC``, a SHA-256 of the payload, then the payload (a pickle):
  a torn or corrupt file fails the check and is rebuilt, never trusted.
- Writes go to a temporary file in the same folder and are renamed into place,
  so a crash mid-write leaves the old entry or none, never half of one.
- A cache that cannot be written (read-only home, full disk) is skipped: the
  build goes on without it.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from pathlib import Path
from typing import Iterable

# Bump when the stored result's shape changes: older entries then miss and are rebuilt.
FORMAT = b"kaodian-text-cache/1\n"
MAGIC = FORMAT


def cache_dir() -> Path:
    """The folder of cached per-text results (XDG convention; ``KAODIAN_CACHE_DIR`` overrides)."""
    own = os.environ.get("KAODIAN_CACHE_DIR")
    if own:
        return Path(own)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "kaodian" / "texts"


def digest(parts: Iterable[bytes]) -> str:
    """The SHA-256 (hex) of the parts, each length-prefixed so that no two lists of parts collide."""
    h = hashlib.sha256(FORMAT)
    for p in parts:
        h.update(len(p).to_bytes(8, "big"))
        h.update(p)
    return h.hexdigest()


def tree_digest(roots: Iterable[Path], suffixes: tuple[str, ...] = (".py", ".yaml", ".yml", ".json", ".txt")) -> str:
    """The digest of every file under ``roots`` with one of ``suffixes`` (names and bytes, sorted):
    the code, rules, templates and lexicon a result was made with."""
    parts: list[bytes] = []
    for root in roots:
        files = [root] if root.is_file() else sorted(p for p in root.rglob("*") if p.suffix in suffixes)
        for f in files:
            if "__pycache__" in f.parts:
                continue
            parts += [str(f.relative_to(root) if f != root else f.name).encode(), f.read_bytes()]
    return digest(parts)


class Cache:
    """Per-text results on disk by key; ``Cache(None)`` is the ``--no-cache`` cache that keeps nothing."""

    def __init__(self, folder: Path | None) -> None:
        self.folder = folder

    def _path(self, key: str) -> Path:
        assert self.folder is not None
        return self.folder / key[:2] / key

    def get(self, key: str) -> object | None:
        """The result stored under ``key``, or None when there is none or it fails its check."""
        if self.folder is None:
            return None
        try:
            data = self._path(key).read_bytes()
        except OSError:
            return None
        head, payload = data[: len(MAGIC) + 32], data[len(MAGIC) + 32:]
        if head[: len(MAGIC)] != MAGIC or hashlib.sha256(payload).digest() != head[len(MAGIC):]:
            return None  # torn, corrupt or of another format: rebuilt by the caller
        try:
            return pickle.loads(payload)
        except Exception:  # noqa: BLE001 — a payload that passed the check but does not load is rebuilt too
            return None

    def put(self, key: str, value: object) -> bool:
        """Store ``value`` under ``key`` atomically; False when it was not stored (no folder, or a folder
        that cannot be written: the caller goes on without it)."""
        if self.folder is None:
            return False
        payload = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
        path = self._path(key)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=f".{key[:8]}.", suffix=".tmp", dir=path.parent)
        except OSError:
            return False
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(MAGIC + hashlib.sha256(payload).digest() + payload)
            os.replace(tmp, path)
        except OSError:
            Path(tmp).unlink(missing_ok=True)
            return False
        return True
