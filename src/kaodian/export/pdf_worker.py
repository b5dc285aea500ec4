"""Typeset PDF papers in a second process that starts before the bank is made.

A run's first typst compile pays for scanning the system's fonts and parsing
the CJK faces: about 130 ms of the sample's 220 ms of PDF typesetting, on the
critical path of ``kaodian build``.  ``build`` starts this worker first, so the
scan and a warm-up compile run on another core while the text is read and
asked; the papers, once made, go to the worker over a pipe and come back as
PDF bytes from a warm compiler.  The bytes are the same as those typeset
in-process (``paper_typst.render_pdf``), which is what is used when the worker
cannot start or dies.

The pipe carries pickled messages, each preceded by its length: the worker is
this package run by the same interpreter, never anything else.
"""

from __future__ import annotations

import pickle
import struct
import subprocess
import sys
from pathlib import Path
from typing import BinaryIO

from ..errors import KaodianError
from .paper_model import Paper

_LENGTH = struct.Struct(">Q")


def _send(stream: BinaryIO, message: object) -> None:
    data = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(_LENGTH.pack(len(data)) + data)
    stream.flush()


def _receive(stream: BinaryIO) -> object:
    head = stream.read(_LENGTH.size)
    if len(head) < _LENGTH.size:
        raise EOFError("pdf worker closed its pipe")
    (n,) = _LENGTH.unpack(head)
    return pickle.loads(stream.read(n))


class PdfWorker:
    """A typesetting process for the papers of one run: ``render`` as ``paper_typst.render_pdf``."""

    def __init__(self, font: Path | None = None) -> None:
        self.font = font
        try:
            self._proc: subprocess.Popen | None = subprocess.Popen(
                [sys.executable, "-m", "kaodian.export.pdf_worker"],
                stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
            )
            _send(self._proc.stdin, ("warm", font))
        except OSError:
            self._proc = None

    def render(self, paper: Paper, key: bool = False) -> bytes:
        """The paper (or its key) as PDF bytes.  Raises what ``render_pdf`` raises (E601/E602/E608)."""
        if self._proc is not None:
            try:
                _send(self._proc.stdin, ("pdf", paper, key))
                status, payload = _receive(self._proc.stdout)
            except (OSError, EOFError, pickle.PickleError):
                self.close()  # the worker is gone: typeset here
            else:
                if status == "ok":
                    return payload
                code, fields = payload
                raise KaodianError(code, **fields)
        from .paper_typst import render_pdf

        return render_pdf(paper, key=key, font=self.font)

    def close(self) -> None:
        """End the worker (it exits when its input closes)."""
        proc, self._proc = self._proc, None
        if proc is not None:
            try:
                proc.stdin.close()
                proc.wait(timeout=5)
            except (OSError, subprocess.TimeoutExpired):
                proc.kill()

    def __enter__(self) -> "PdfWorker":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _warm(font: Path | None) -> None:
    """Scan the fonts and typeset a one-line paper, so the compiler is warm when the papers come."""
    from .paper_typst import render_pdf, warm_up_paper

    render_pdf(warm_up_paper(), font=font)
    render_pdf(warm_up_paper(), key=True, font=font)


def serve(stdin: BinaryIO, stdout: BinaryIO) -> None:
    """Answer ``("warm", font)`` and ``("pdf", paper, key)`` messages until the input closes."""
    from .paper_typst import render_pdf

    font = None
    while True:
        try:
            message = _receive(stdin)
        except EOFError:
            return
        if message[0] == "warm":
            font = message[1]
            try:
                _warm(font)
            except KaodianError:
                pass  # a paper asked for will raise it again, and say so
            continue
        _, paper, key = message
        try:
            _send(stdout, ("ok", render_pdf(paper, key=key, font=font)))
        except KaodianError as e:
            _send(stdout, ("error", (e.code, e.fields)))


if __name__ == "__main__":
    serve(sys.stdin.buffer, sys.stdout.buffer)
