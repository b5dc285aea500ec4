"""Ordinary saved pages that the portal reading of session 23 must not break (review of issue 13): invented
pages in the genre's shape, one per regression the reviewer found."""

from __future__ import annotations

from pathlib import Path

import pytest

from kaodian.ingest import read_path
from kaodian.normalize import normalize

TITLE = "关于加强基层党建工作的几点思考"
BODY = "".join(f"<p>第{k}段，要把基层党组织建设成为坚强战斗堡垒，推动各项工作落地见效，切实发挥带头作用。</p>"
               for k in ("一", "二", "三", "四"))


def _read(tmp_path: Path, page: str):  # noqa: ANN202
    f = tmp_path / "page.html"
    f.write_text(page, encoding="utf-8")
    source = read_path(f)
    return source, normalize(source)


@pytest.mark.parametrize("info", [
    "发布时间：2023-05-01 来源：某某网",
    "<span>时间：2023-05-01</span> <span>作者：张三</span>",
    "<span>发布日期：2022-11-30</span><span>来源：某某县融媒体中心</span>",
])
def test_property_line_under_the_headline_is_not_glued_onto_the_title(tmp_path: Path, info: str) -> None:
    """The date and source line a portal sets under its <h1> stays out of the title."""
    page = (f"<html><head><title>{TITLE}_某某网</title></head><body><h1>{TITLE}</h1>"
            f"<div class=info>{info}</div><div class=content>{BODY}</div></body></html>")
    _, doc = _read(tmp_path, page)
    assert [a.title for a in doc.articles] == [TITLE]
