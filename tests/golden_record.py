"""Record the golden outputs that tests/test_golden.py compares against, byte for byte.

    uv run python tests/golden_record.py

Run it only on purpose: when a change is meant to alter the banks or papers, and
say so in the commit.  A refactoring must leave these files as they are.
"""

from __future__ import annotations

import contextlib
import gzip
import os
import shutil
import sys
import tempfile
from pathlib import Path

from typer.testing import CliRunner

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent
GOLDEN = TESTS / "golden"
SEED = "7"
TIMESTAMP = "1700000000"
# Each bank's input, named relative to the repository (a question's id holds the file name
# as given, so an absolute path would tie the recording to the folder of one clone): the
# corpus texts, the bundled sample (no file given) and a short lecture.
BANK_INPUTS = {p.stem: [f"tests/corpus/{p.name}"] for p in sorted((TESTS / "corpus").glob("*.txt"))}
BANK_INPUTS["sample"] = []
BANK_INPUTS["short_party_lecture"] = ["tests/data/short_party_lecture.txt"]
PAPER_INPUT = "tests/data/short_party_lecture.txt"
PAPER_FORMATS = "html,txt,gift,csv,docx,xlsx"


@contextlib.contextmanager
def _at_root():
    """Run in the repository's folder, where the inputs' relative names hold."""
    old = os.getcwd()
    os.chdir(ROOT)
    try:
        yield
    finally:
        os.chdir(old)


def _invoke(args: list[str]) -> None:
    from kaodian.cli import app

    with _at_root():
        r = CliRunner().invoke(app, args)
    if r.exit_code != 0:
        raise SystemExit(f"kaodian {' '.join(args)} failed:\n{r.output}")


def bank_bytes(name: str, out: Path) -> bytes:
    """The bank ``kaodian generate`` writes today for the named input."""
    path = out / f"{name}.json"
    _invoke(["generate", *BANK_INPUTS[name], "-o", str(path), "--seed", SEED])
    return path.read_bytes()


def paper_files(out: Path) -> dict[str, bytes]:
    """The paper files and the Anki deck made today from the short lecture."""
    _invoke(["paper", PAPER_INPUT, "-o", str(out / "paper"), "-f", PAPER_FORMATS, "--seed", SEED])
    _invoke(["anki", PAPER_INPUT, "-o", str(out / "paper" / "deck.apkg"), "--seed", SEED, "--timestamp", TIMESTAMP])
    return {p.name: p.read_bytes() for p in sorted((out / "paper").iterdir())}


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        shutil.rmtree(GOLDEN, ignore_errors=True)
        (GOLDEN / "banks").mkdir(parents=True)
        (GOLDEN / "paper").mkdir(parents=True)
        for name in BANK_INPUTS:
            data = bank_bytes(name, out)
            # mtime=0: the recorded file does not change when nothing in it does
            (GOLDEN / "banks" / f"{name}.json.gz").write_bytes(gzip.compress(data, 9, mtime=0))
        for name, data in paper_files(out).items():
            (GOLDEN / "paper" / name).write_bytes(data)
    print(f"recorded in {GOLDEN}", file=sys.stderr)


if __name__ == "__main__":
    main()
