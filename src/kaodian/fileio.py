"""Writing outputs: all or nothing, and one rule for output folders.

Every output file is written to a temporary file in the same folder and renamed
into place, so a failure never leaves a half-written file and an existing
output stays intact until the new one is complete.

The rule for folders, the same for every command:

- an output FILE (``-o quiz.html``, ``-o decks/学习.apkg``) goes into a folder
  that must already exist (``check_parent``); kaodian never creates it;
- an output FOLDER (``paper -o DIR``, ``build -o DIR``) is created when it is
  missing, but only its last level: its parent must exist (``ensure_dir``).

Either way a problem is E301 naming the path, with the reason in Chinese.
"""

from __future__ import annotations

import errno
import os
import shlex
import tempfile
from pathlib import Path
from typing import Sequence

from .errors import KaodianError

# The reasons an OS error gives, as a user reads them.
REASONS = {
    errno.EISDIR: "这是一个文件夹",
    errno.ENOENT: "路径不存在",
    errno.EACCES: "没有写权限",
    errno.EPERM: "没有写权限",
    errno.EROFS: "只读文件系统",
    errno.ENOSPC: "磁盘已满",
    errno.ENOTDIR: "路径中有一段不是文件夹",
}


def os_reason(e: OSError) -> str:
    """The Chinese reason for an OS error; the system's own wording for an errno not listed."""
    return REASONS.get(e.errno, e.strerror or str(e))


# What E301 tells a user to do when the place cannot be written to for another reason than a missing folder
ELSEWHERE = "请换一个可写的输出位置。"


def make_it(folder: Path) -> str:
    """What E301 tells a user to do when ``folder`` is missing: the command that makes it, or another place."""
    return f"先建好它：mkdir -p {shlex.quote(str(folder))}，或换一个已有的文件夹。"


def check_parent(path: str | Path) -> Path:
    """The folder an output file goes into; raise E301 naming it when it is missing (with the mkdir -p that
    makes it) or not a folder."""
    p = Path(path)
    parent = p.parent
    if not parent.is_dir():
        if parent.exists():
            raise KaodianError("E301", path=p, reason=f"所在文件夹 {parent} 不是文件夹", fix=ELSEWHERE)
        raise KaodianError("E301", path=p, reason=f"所在文件夹 {parent} 不存在", fix=make_it(parent))
    return parent


# The suffixes of files kaodian writes or reads: an output FOLDER that does not exist yet and is
# named like one of them (paper -o 试卷.pdf) is a mistaken -o, not a folder the user wants made.
FILE_SUFFIXES = (".apkg", ".json", ".html", ".htm", ".pdf", ".docx", ".xlsx", ".csv", ".gift", ".txt", ".md",
                 ".yaml", ".yml", ".zip")


def _suffix_said(p: Path) -> str:
    return p.suffix or "（无扩展名）"


def check_suffix(path: str | Path, expected: Sequence[str], *, what: str, example: str) -> None:
    """Raise E310 unless an output FILE's name ends in one of ``expected`` (case aside), before any work
    is done; ``-`` (standard output) passes.  ``what`` and ``example`` go into the message."""
    p = Path(path)
    if str(path) == "-" or p.suffix.lower() in expected:
        return
    if p.is_dir():  # (-o ../试卷, an existing folder: its name has no suffix, but it wants a file name inside)
        raise KaodianError("E314", path=p, what=what, example=str(p / example))
    raise KaodianError("E310", path=p, what=what, expected=" 或 ".join(expected), suffix=_suffix_said(p),
                       example=example)


def check_folder_name(path: str | Path, *, what: str, example: str) -> None:
    """Raise E311 when an output FOLDER that does not exist yet is named like a file (``FILE_SUFFIXES``):
    ``-o 试卷.pdf`` for a command that writes a folder of papers.  An existing folder passes."""
    p = Path(path)
    if not p.exists() and p.suffix.lower() in FILE_SUFFIXES:
        raise KaodianError("E311", path=p, what=what, suffix=p.suffix, example=example)


def ensure_dir(path: str | Path) -> Path:
    """An output folder, created when only its last level is missing.

    Raises E504 when the path is a file, E301 when its parent is missing or
    the folder cannot be created or written to.
    """
    d = Path(path)
    if d.exists() and not d.is_dir():
        raise KaodianError("E504", path=d)
    if not d.exists():
        if not d.parent.is_dir():
            if d.parent.exists():
                raise KaodianError("E301", path=d, reason=f"上一级文件夹 {d.parent} 不是文件夹", fix=ELSEWHERE)
            raise KaodianError("E301", path=d, reason=f"上一级文件夹 {d.parent} 不存在", fix=make_it(d))
        try:
            d.mkdir()
        except FileExistsError:
            pass  # made by someone else in the meantime
        except OSError as e:
            raise KaodianError("E301", path=d, reason=os_reason(e), fix=ELSEWHERE) from None
    if not os.access(d, os.W_OK | os.X_OK):
        raise KaodianError("E301", path=d, reason=REASONS[errno.EACCES], fix=ELSEWHERE)
    return d


def write_atomic(path: str | Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` atomically; raise KaodianError E301 when it cannot be written."""
    p = Path(path)
    check_parent(p)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{p.name}.", suffix=".tmp", dir=p.parent)
    except OSError as e:
        raise KaodianError("E301", path=p, reason=os_reason(e), fix=ELSEWHERE) from None
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.chmod(tmp, 0o644)
        os.replace(tmp, p)
    except OSError as e:
        Path(tmp).unlink(missing_ok=True)
        raise KaodianError("E301", path=p, reason=os_reason(e), fix=ELSEWHERE) from None
    return p


# The list of files kaodian wrote into a folder it owns (build's paper folder), one "sha256 name" a line:
# a rebuild removes what the last one wrote and this one does not, and nothing else.
MANIFEST = ".kaodian-files"


def write_owned(outdir: str | Path, outputs: Sequence[tuple[str, bytes]]) -> tuple[tuple[Path, ...], tuple[str, ...]]:
    """Write ``outputs`` (name, bytes) into ``outdir`` atomically, then remove the files the previous
    run listed in ``MANIFEST`` and this one did not write, so the folder holds what this run describes.

    Only a file named in the manifest is removed, and only while it still holds the bytes kaodian wrote:
    a user's own file, or a paper edited since, stays.  Returns the paths written and the names removed.
    Raises E504 / E301 as ``ensure_dir`` and ``write_atomic`` do."""
    import hashlib

    out = ensure_dir(outdir)
    before = _manifest(out / MANIFEST)
    paths = tuple(write_atomic(out / name, data) for name, data in outputs)
    written = {name for name, _ in outputs}
    removed = []
    for name, digest in before.items():
        p = out / name
        if name in written or not p.is_file() or p.is_symlink():
            continue
        try:
            if hashlib.sha256(p.read_bytes()).hexdigest() == digest:
                p.unlink()
                removed.append(name)
        except OSError:
            continue  # a file that cannot be read or removed stays: a stale paper is no reason to fail
    listing = "".join(f"{hashlib.sha256(data).hexdigest()} {name}\n" for name, data in outputs)
    if listing:
        write_atomic(out / MANIFEST, listing.encode("utf-8"))
    else:  # nothing of kaodian's is left: the folder goes too when it is empty
        (out / MANIFEST).unlink(missing_ok=True)
        if not any(out.iterdir()):
            out.rmdir()
    return paths, tuple(sorted(removed))


def _manifest(path: Path) -> dict[str, str]:
    """name -> sha256 of what a previous run wrote; names with a folder part are not kaodian's and skipped."""
    if not path.is_file():
        return {}
    entries = {}
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        digest, _, name = line.partition(" ")
        if name and "/" not in name and "\\" not in name and name not in (".", "..", MANIFEST):
            entries[name] = digest
    return entries
