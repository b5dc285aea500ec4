"""What the wrong options of a single choice on a list must share with its key (issue 12, task single):

- the list's frame: when every item of the list opens or ends alike (坚持…; …体系; …有新提升), a wrong
  option must too, else the frame alone picks the key (a teacher: 只有正确项以“体系”结尾，形式泄题);
- the key's standing: a line of its own in the text (a heading: 4、新民主主义革命的总路线。38) is a title,
  not a point, and is no wrong option beside a key said inside a paragraph (一眼可排除);
- the list's place: a list under an exam question of study notes (### 3. 某文…结合自身实际，谈谈如何…) is
  one answer's points, and a single choice on it can only draw its wrong options from other answers,
  true of the subject and off the question (the stem quotes the question's first clause, so lint's
  single_shapes.question_anchor cannot see it);
- the key's sentence: a blank in the title of its article leaves a stem with no statement around it
  (2026年（　　）…宣讲提纲: a teacher: 题干只是一行标题，缺少语境), and the body says the title's term
  where it is worth asking.

Thresholds are policy (single_shapes.yaml).
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import yaml

from ..model import Document
from ..text import common_prefix, common_suffix

_POLICY = yaml.safe_load(Path(__file__).with_name("single_shapes.yaml").read_text(encoding="utf-8"))
FRAME_MIN: int = _POLICY["list_frame_min"]
_QUESTION = re.compile(_POLICY["question_place"])
QUESTION_LOOKBACK: int = _POLICY["question_lookback"]
ITEM_LINE_MAX: int = _POLICY["item_line_max"]
_REVIEW_LEAD = re.compile(_POLICY["review_lead"])
_ABOUT = re.compile(_POLICY["about_question"])
# A heading line: a marker (4、 1. （一） 第三章), the text, then nothing but punctuation, page numbers,
# stars and remarks in brackets (（选择、简答）（P3）).
_MARKER = r"(?:第[一二三四五六七八九十百\d]+[章节编讲]|[（(【]?[一二三四五六七八九十\d]+[）)】、.．]?)?[ \t\u3000]*"
_LEAD = re.compile(rf"[ \t\u3000]*{_MARKER}")
_TAIL = re.compile(r"^(?:[。.:：；;，,\s\d*※]|[（(][^（）()\n]*[）)])*$")


def list_frame(items: list[str]) -> tuple[str, str]:
    """The head and the tail every item of a list shares (FRAME_MIN characters or more, and no item
    is the frame alone), "" where there is none."""
    if len(items) < 2:
        return "", ""
    head, tail = common_prefix(items), common_suffix(items)
    whole = lambda f: any(len(i) <= len(f) for i in items)  # noqa: E731
    return (head if len(head) >= FRAME_MIN and not whole(head) else "",
            tail if len(tail) >= FRAME_MIN and not whole(tail) else "")


def in_frame(option: str, frame: tuple[str, str]) -> bool:
    """Whether ``option`` opens with the frame's head and ends with its tail."""
    head, tail = frame
    return option.startswith(head) and option.endswith(tail)


@lru_cache(maxsize=4096)
def heading_line(text: str, phrase: str) -> bool:
    """Whether ``phrase`` stands on a line of its own in ``text``, after at most a marker and before
    at most punctuation, page numbers and bracketed remarks: a title, not a point said in a paragraph."""
    # each place the phrase stands (a substring search: a pattern built per phrase was compiled anew
    # for each of thousands of options), with only a marker before it on its line and a tail after
    i = text.find(phrase) if phrase else -1
    while i >= 0:
        start = text.rfind("\n", 0, i) + 1
        end = text.find("\n", i)
        end = len(text) if end < 0 else end
        if _LEAD.fullmatch(text, start, i) and _TAIL.match(text[i + len(phrase) : end]):
            return True
        i = text.find(phrase, i + 1)
    return False


def under_question(text: str, start: int) -> bool:
    """Whether the list whose first item opens at ``start`` in ``text`` stands under an exam question of
    study notes (single_shapes.yaml question_place: 简述…, …如何…, …？): see ``question_line``."""
    return question_line(text, start) is not None


def question_line(text: str, start: int) -> str | None:
    """The exam question of study notes that the list whose first item opens at ``start`` in ``text`` stands
    under (its marker dropped), or None: read back line by line over at most QUESTION_LOOKBACK short lines
    (items of this list, its parent's or the answer before), the first line that asks, or the first long
    one, decides."""
    end = text.rfind("\n", 0, start)
    for _ in range(QUESTION_LOOKBACK):
        if end < 0:
            return None
        begin = text.rfind("\n", 0, end) + 1
        line = _LEAD.sub("", text[begin:end].strip().lstrip("#").strip(), count=1).strip()
        if _QUESTION.search(line):
            return line
        if len(line) > ITEM_LINE_MAX:
            return None  # (a paragraph or a heading that asks nothing)
        end = begin - 1
    return None


def asked_about(question: str) -> str:
    """What an exam question that asks what a thing is names (毛泽东思想的活的灵魂及其内涵是什么 ->
    毛泽东思想的活的灵魂; single_shapes.yaml about_question), else ""."""
    m = _ABOUT.match(question.strip())
    return m.group("about") if m else ""


def review_list(heading: str | None, lead: str) -> bool:
    """Whether a list with level-one ``heading`` and lead sentence ``lead`` tells the work a report reviews
    (single_shapes.yaml review_lead; a heading that reviews, timeframe.reviews): no choice question asks it."""
    from .timeframe import reviews

    return bool(_REVIEW_LEAD.search(lead)) or (heading is not None and reviews(heading))


def title_sentence(doc: Document, article: str, sentence: str) -> bool:
    """Whether ``sentence`` is nothing but the title of ``article`` (an id) of ``doc``: a name, not a
    statement a stem could stand on."""
    title = next((a.title for a in doc.articles if a.id == article), None)
    strip = "*#　 。"
    return bool(title) and sentence.strip(strip) == title.strip(strip)
