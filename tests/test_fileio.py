"""fileio: one rule for output files and folders, and Chinese reasons for OS errors."""

from __future__ import annotations

import errno
import os

import pytest

from kaodian.errors import KaodianError
from kaodian.fileio import ensure_dir, os_reason, write_atomic


@pytest.mark.parametrize("code, reason", [
    (errno.EISDIR, "这是一个文件夹"),
    (errno.ENOENT, "路径不存在"),
    (errno.EACCES, "没有写权限"),
    (errno.EPERM, "没有写权限"),
    (errno.EROFS, "只读文件系统"),
    (errno.ENOSPC, "磁盘已满"),
    (errno.ENOTDIR, "路径中有一段不是文件夹"),
    (errno.EIO, os.strerror(errno.EIO)),
])
def test_os_reasons_are_chinese(code, reason):
    assert os_reason(OSError(code, os.strerror(code))) == reason


def test_an_output_file_needs_its_folder(tmp_path):
    with pytest.raises(KaodianError) as e:
        write_atomic(tmp_path / "nodir" / "q.html", b"x")
    assert str(e.value) == f"[E301] {tmp_path / 'nodir' / 'q.html'}: 无法写入：所在文件夹 {tmp_path / 'nodir'} 不存在。先建好它：mkdir -p {tmp_path / 'nodir'}，或换一个已有的文件夹。"
    assert list(tmp_path.iterdir()) == []


def test_an_output_file_that_is_a_folder(tmp_path):
    (tmp_path / "d").mkdir()
    with pytest.raises(KaodianError) as e:
        write_atomic(tmp_path / "d", b"x")
    assert "无法写入：这是一个文件夹" in str(e.value)
    assert [p.name for p in tmp_path.iterdir()] == ["d"]


def test_an_output_folder_is_created_one_level_deep(tmp_path):
    assert ensure_dir(tmp_path / "out") == tmp_path / "out" and (tmp_path / "out").is_dir()
    assert ensure_dir(tmp_path / "out") == tmp_path / "out"  # already there
    with pytest.raises(KaodianError) as e:
        ensure_dir(tmp_path / "nodir" / "sub")
    assert e.value.code == "E301" and f"上一级文件夹 {tmp_path / 'nodir'} 不存在" in str(e.value)
    assert not (tmp_path / "nodir").exists()
    (tmp_path / "f").write_text("x")
    with pytest.raises(KaodianError) as e:
        ensure_dir(tmp_path / "f")
    assert e.value.code == "E504"


def test_an_output_folder_whose_parent_is_missing_says_how_to_make_it(tmp_path):
    with pytest.raises(KaodianError) as e:
        ensure_dir(tmp_path / "a" / "试卷")
    import shlex

    assert e.value.code == "E301" and f"mkdir -p {shlex.quote(str(tmp_path / 'a' / '试卷'))}" in str(e.value)
