"""An official document's attachments (附件) after its body: the list of them (附件：1．…) and an
attached form or table (附件一 / its title / the cells of a form) are apparatus, never body.  Moved out of
``normalize/__init__.py`` (session 27) when the form rule joined it; ``normalize`` calls ``mend_attachments``
after the roles are mended."""

from __future__ import annotations

import re

from .layout import load_layout
from .para import Para
from .roles import ITEM_START_RE, SOURCE, ends_terminal

# What ends a sentence: an attachment with none of these is a form or a table (label cells, lists of names),
# no prose to learn; an attached article or plan says something in sentences.
_SENTENCE_END = re.compile(r"[。！？!?]")


def mend_attachments(paras: list[Para]) -> None:
    """The items of a list of attachments (附件：1．…, then 2．… on lines of their own) are apparatus
    like the 附件 line: item-numbered lines that end no sentence.  So is every line of an attachment
    that holds no sentence (附件一 / 某某登记表 / the form's cells, up to the next 附件 line or the end)."""
    lay = load_layout()
    in_list = False
    for p in paras:
        if p.role == SOURCE and lay.attachments.match(p.text):
            in_list = True
        elif in_list and ITEM_START_RE.match(p.text) and not ends_terminal(p.text):
            p.role = SOURCE
        else:
            in_list = False
    heads = [k for k, p in enumerate(paras) if p.role == SOURCE and lay.attachments.fullmatch(p.text.strip())]
    for k, end in zip(heads, heads[1:] + [len(paras)]):
        if not any(_SENTENCE_END.search(q.text) for q in paras[k + 1:end]):
            for q in paras[k + 1:end]:
                q.role = SOURCE
