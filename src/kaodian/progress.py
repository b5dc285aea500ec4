"""Progress of a long command on a terminal: which step runs, how far it is, how long it has run.

``TerminalProgress`` draws one line on stderr, redrawn in place, and only when
stderr is a terminal: piped or redirected output gets nothing.  A step's share
done is shown where it is known (inputs extracted, by their characters; points
asked); a step that is one call (a big file's extraction, writing the deck,
printing the paper) shows its running time, redrawn by a ticker thread, so the
line never stands still at 100% while work goes on.
"""

from __future__ import annotations

import sys
import threading
import time
from typing import TextIO

# Nothing is drawn for the first half second: a command that is done by then
# (most runs on a single article) prints no line that flashes and goes.
DELAY = 0.5
# how often the running time is redrawn
TICK = 0.25
BAR = 20  # cells in the bar


class TerminalProgress:
    """Steps and their progress on ``stream`` (stderr) when it is a terminal; silent otherwise.

    ``step(label, total)`` starts a step (total 0: its share is unknown),
    ``advance(done)`` moves it on; calling the object as ``(done, total, label)``
    is the extraction callback of ``pipeline.extract_paths``.  ``close`` clears
    the line.  Use it as a context manager.
    """

    def __init__(self, stream: TextIO | None = None, *, enabled: bool | None = None, delay: float = DELAY) -> None:
        self.stream = stream if stream is not None else sys.stderr
        if enabled is None:
            isatty = getattr(self.stream, "isatty", None)
            enabled = bool(isatty and isatty())
        self.enabled = enabled
        self.delay = delay
        self.label, self.done, self.total = "", 0, 0
        self.started = self.step_started = time.monotonic()
        self.drawn = False
        self._last = ""  # the line on screen: redrawn only when it changes
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        if enabled:
            self._thread = threading.Thread(target=self._tick, name="kaodian-progress", daemon=True)
            self._thread.start()

    def __enter__(self) -> "TerminalProgress":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def step(self, label: str, total: int = 0) -> None:
        """Start a step: ``label`` names it, ``total`` is its amount of work (0 when unknown)."""
        with self._lock:
            self.label, self.done, self.total = label, 0, total
            self.step_started = time.monotonic()
            self._draw()

    def advance(self, done: int, total: int | None = None) -> None:
        """The current step has done ``done`` of its total (which ``total`` may update)."""
        with self._lock:
            self.done = done
            if total is not None:
                self.total = total
            self._draw()

    def __call__(self, done: int, total: int, label: str) -> None:
        """``pipeline.extract_paths``'s callback: characters of input extracted so far."""
        if self.label != "抽取考点":
            self.step("抽取考点", total)
        self.advance(done, total)

    def close(self) -> None:
        """Stop redrawing and clear the line."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join()
            self._thread = None
        with self._lock:
            if self.drawn:
                self.stream.write("\r\x1b[K")
                self.stream.flush()
                self.drawn, self._last = False, ""

    def line(self) -> str:
        """The line as drawn now: step, share done (when known), running time of the step."""
        seconds = int(time.monotonic() - self.step_started)
        text = f"{self.label}…"
        if self.total:
            share = min(self.done / self.total, 1.0)
            filled = int(share * BAR)
            text += f" {share:4.0%} [{'#' * filled}{'.' * (BAR - filled)}]"
        if seconds:
            text += f" {seconds} 秒"
        return text

    def _draw(self) -> None:
        if not self.enabled or not self.label or time.monotonic() - self.started < self.delay:
            return
        line = self.line()
        if line == self._last:
            return
        self.stream.write("\r\x1b[K" + line)
        self.stream.flush()
        self.drawn, self._last = True, line

    def _tick(self) -> None:
        while not self._stop.wait(TICK):
            with self._lock:
                self._draw()
