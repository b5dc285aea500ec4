"""The banks, papers and deck made today equal, byte for byte, those recorded in tests/golden/.

A refactoring must not change what users get; a change that means to alter them
records them again with ``uv run python tests/golden_record.py`` and says why in its commit.
"""

from __future__ import annotations

import difflib
import gzip

import pytest

from golden_record import BANK_INPUTS, GOLDEN, bank_bytes, paper_files


def _first_difference(want: bytes, got: bytes) -> str:
    diff = difflib.unified_diff(
        want.decode("utf-8").splitlines(), got.decode("utf-8").splitlines(), "recorded", "now", lineterm="", n=2
    )
    return "\n".join(list(diff)[:40])


@pytest.mark.parametrize("name", sorted(BANK_INPUTS))
def test_bank_is_as_recorded(name, tmp_path):
    want = gzip.decompress((GOLDEN / "banks" / f"{name}.json.gz").read_bytes())
    got = bank_bytes(name, tmp_path)
    assert got == want, _first_difference(want, got)


def test_paper_and_deck_are_as_recorded(tmp_path):
    got = paper_files(tmp_path)
    want = {p.name: p.read_bytes() for p in sorted((GOLDEN / "paper").iterdir())}
    assert sorted(got) == sorted(want)
    changed = [name for name in want if got[name] != want[name]]
    assert not changed, changed
