"""Personal work reports (述职报告, 个人总结): one writer's own year, told in the first person.

Blind teachers rejected every list question drawn from one (session 13): reciting a writer's
sub-headings or their list of shortcomings is rote memory of one person's wording.  Its lists are
not asked; its sentences still are.  The signal is general (policy.yaml ``personal_report``): a title
word of a personal report and a body in the first person singular (我, 本人, not 我们, 我省, 我校).
"""

from __future__ import annotations

import re

from ..model import Document
from .policy import POLICY

_P = POLICY["personal_report"]
_TITLE_WORDS = tuple(_P["title_words"])
_FIRST_PERSON = re.compile(_P["first_person"])
LIST_KINDS = frozenset(_P["list_kinds"])


def personal_reports(doc: Document) -> frozenset[str]:
    """The ids of the articles of ``doc`` that are personal work reports: titled with a title word
    (the article's title, else the document's name) and written in the first person singular at least
    ``first_person_min`` times per 1000 characters of body."""
    found = set()
    for a in doc.articles:
        title = a.title or doc.name
        if not any(w in title for w in _TITLE_WORDS):
            continue
        body = doc.text[a.start : a.end]
        if body and len(_FIRST_PERSON.findall(body)) * 1000 / len(body) >= _P["first_person_min"]:
            found.add(a.id)
    return frozenset(found)
