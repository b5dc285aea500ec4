"""Writing outputs: all or nothing.

Every output file is written to a temporary file in the same folder and renamed
into place, so a failure never leaves a half-written file and an existing
output stays intact until the new one is complete.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from .errors import KaodianError


def write_atomic(path: str | Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` atomically; raise KaodianError E301 when it cannot be written."""
    p = Path(path)
    try:
        if not p.parent.is_dir():
            raise KaodianError("E301", path=p, reason="所在文件夹不存在")
        fd, tmp = tempfile.mkstemp(prefix=f".{p.name}.", suffix=".tmp", dir=p.parent)
    except PermissionError:
        raise KaodianError("E301", path=p, reason="没有写权限") from None
    except OSError as e:
        raise KaodianError("E301", path=p, reason=e.strerror or str(e)) from None
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.chmod(tmp, 0o644)
        os.replace(tmp, p)
    except OSError as e:
        Path(tmp).unlink(missing_ok=True)
        raise KaodianError("E301", path=p, reason=e.strerror or str(e)) from None
    return p
