"""What a newcomer met (session 16's tester, fixed in session 17): extract on a folder stopped at the first
file it could not read, where generate, build and the rest skip such a file, say so and go on."""

from __future__ import annotations

import pytest

from kaodian.cli import main
from kaodian.errors import EXIT_SKIPPED

TEXT = "某某学习材料\n我们要坚持和发展某某理论，推进某某事业取得新的成就，这是全党的共同任务。\n"


def test_extract_on_a_folder_skips_an_unreadable_file_and_says_so(tmp_path, capsys):
    (tmp_path / "a.txt").write_bytes(b"")  # empty: sorted first, so it used to stop the run
    (tmp_path / "b.txt").write_text(TEXT, encoding="utf-8")
    with pytest.raises(SystemExit) as e:
        main(["extract", str(tmp_path)])
    out, err = capsys.readouterr()
    assert e.value.code == EXIT_SKIPPED
    assert "b.txt" in out and "a.txt" not in out  # the readable file's outline is printed
    assert f"错误 [E102] {tmp_path / 'a.txt'}" in err and "其余 1 个文件照常抽取" in err


def test_extract_on_a_folder_of_an_english_file_and_an_empty_one_names_both(tmp_path, capsys):
    """The review of session 17: E312 (no Chinese) hid the file the folder skipped."""
    (tmp_path / "a.txt").write_bytes(b"")
    (tmp_path / "b.txt").write_text("An English text only.\n", encoding="utf-8")
    with pytest.raises(SystemExit) as e:
        main(["extract", str(tmp_path)])
    _, err = capsys.readouterr()
    assert e.value.code == 1
    assert f"错误 [E102] {tmp_path / 'a.txt'}" in err and "[E312]" in err
