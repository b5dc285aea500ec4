"""Label lines inside a body: a run of label lines (标题：…, 正文：…) is body, and bare short lines that read as
bylines only by their length inside a begun body are a flattened chart's or outline's labels, not the byline of a
new article.  Moved out of ``normalize/__init__.py`` (session 25) when it passed 500 lines; ``normalize`` calls
both after the roles are mended."""

from __future__ import annotations

import re

from .layout import load_layout
from .para import Para
from .roles import BODY, BYLINE, TITLE, char_width, ends_terminal, is_group, names_person


def mend_chart_labels(paras: list[Para]) -> None:
    """Bare short lines that read as bylines only by their length, standing inside a body that has
    begun (after a paragraph that ends a sentence, with body after them), are no bylines: the labels of a
    chart or an outline flattened into lines (抓手 / 根基 / 某某建设), which read as bylines opened an
    article of their own (``byline.unnamed_label``).  A name (a surname opens it) or a signing body
    stays a byline, and so does every line of the title block before the first sentence."""
    lay = load_layout()
    start = next((i for i, p in enumerate(paras) if p.role == BODY and ends_terminal(p.text)), len(paras))
    last = max((i for i, p in enumerate(paras) if p.role == BODY), default=-1)
    for i in range(start + 1, last):
        p = paras[i]
        bare = re.sub(r"\s*[（(][^（）()]*[)）]$", "", p.text)  # (李明（女）: a name's note, 某某建设（放在前面）: a label's)
        if p.role == BYLINE and lay.unnamed_label.match(p.text) and not names_person(bare) and not is_group(bare) \
                and not _signs_next_article(paras, i):
            p.role = TITLE  # (a short line between paragraphs: body, or a subheading, by the mending below)


def _signs_next_article(paras: list[Para], i: int) -> bool:
    """Whether the byline at ``i`` (not first nor last) stands as a page's next article's does: under a title
    line of a headline's length (``byline.next_title_min_chars``) that follows a finished sentence, over a
    finished sentence of body (以…引领… / 某石 / 正文。), so a pen name with no surname keeps its article; a
    chart's labels stand under a label, a short word or a finished line."""
    above, title, below = paras[i - 2] if i >= 2 else None, paras[i - 1], paras[i + 1]
    return bool(above and above.role == BODY and ends_terminal(above.text) and title.role == TITLE
                and char_width(title.text) >= load_layout().next_title_min_chars
                and below.role == BODY and ends_terminal(below.text))


def mend_labels(paras: list[Para]) -> None:
    """A run of label lines (标题：…, 正文：…, 图片：…) is body, whatever their width."""
    lay = load_layout()
    run: list[Para] = []
    for p in paras + [Para("", BODY)]:
        if p.text and lay.label.match(p.text) and p.role in (TITLE, BODY):
            run.append(p)
            continue
        if len(run) >= lay.label_run:
            for q in run:
                q.role = BODY
        run = []
