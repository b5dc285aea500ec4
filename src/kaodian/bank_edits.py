"""A bank corrected by hand, read as the teacher meant it: an answer typed over a cloze's answer moves its
blank, a choice answer typed in lower case is read in capitals.  Each change is said (``follow_edits``)."""

from __future__ import annotations

from dataclasses import replace

from .model import BLANK, OPTION_LETTERS, Blank, Question

# The kinds whose answers are option letters.
LETTERED = ("single", "multiple", "ordering")


def follow_edits(q: Question) -> tuple[Question, list[str]]:
    """The question with its hand edits followed, and one note per change (empty when nothing changed).

    A cloze whose ``answer`` no longer equals its blank's ``text`` gets its blank (text, start, end, and the
    blank in the stem) moved to the answer when the answer occurs exactly once in the cited sentence and once
    in the stem; otherwise it is left as it is, and ``lint`` says what to change (``edit_hint``).  Lower-case
    option letters (b, ad) are read as capitals, as ``quiz`` reads them.
    """
    notes: list[str] = []
    # (one letter per answer: "ab" typed as one answer is the two answers A and B, not the substring "AB")
    letters = tuple(c.upper() for a in q.answer for c in a)
    if q.kind in LETTERED and any(a.islower() for a in q.answer) and letters \
            and all(c in OPTION_LETTERS for c in letters):
        q = replace(q, answer=letters)
        notes.append(f"{q.id}: 答案按大写字母 {''.join(q.answer)} 读入")
    if q.kind != "cloze" or len(q.answer) != len(q.blanks):
        return q, notes
    for i, (answer, blank) in enumerate(zip(q.answer, q.blanks)):
        if answer == blank.text or not answer.strip():
            continue
        moved = _moved(q, i, answer)
        if moved is None:
            continue
        q = moved
        notes.append(f"{q.id}: 第 {i + 1} 空按改过的答案“{answer}”重新挖空（原为“{blank.text}”）")
    return q, notes


def _moved(q: Question, i: int, answer: str) -> Question | None:
    """The cloze with its i-th blank on ``answer``, or None when the answer is not found exactly once in the
    sentence and in the stem (with the i-th blank filled in again)."""
    sentence = q.source.sentence
    if sentence.count(answer) != 1:
        return None
    parts = q.stem.split(BLANK)
    if len(parts) != len(q.blanks) + 1:
        return None
    # the stem with the old blank filled back in: the edited answer must stand in it once, outside other blanks
    before = BLANK.join(parts[: i + 1]) + q.blanks[i].text
    filled = before + BLANK.join(parts[i + 1:])
    at = filled.find(answer)
    if at < 0 or filled.count(answer) != 1:
        return None
    stem = filled[:at] + BLANK + filled[at + len(answer):]
    start = sentence.index(answer)
    blanks = list(q.blanks)
    blanks[i] = Blank(text=answer, start=start, end=start + len(answer))
    order = sorted(range(len(blanks)), key=lambda j: blanks[j].start)
    if order != list(range(len(blanks))):  # (the stem's blanks stand in sentence order: a move past another is not ours)
        return None
    return replace(q, stem=stem, blanks=tuple(blanks))


def edit_hint(q: Question, i: int) -> str:
    """What to change when the i-th answer of a cloze no longer matches its blank and could not be followed."""
    answer, sentence = q.answer[i], q.source.sentence
    n = sentence.count(answer)
    if not n:
        return f"答案“{answer}”不在出处句中：改回原来的答案“{q.blanks[i].text}”，或删去这道题"
    starts = [j for j in range(len(sentence)) if sentence.startswith(answer, j)]
    if n > 1:
        where = "、".join(f"start {s}、end {s + len(answer)}" for s in starts)
        return (f"答案“{answer}”在出处句中出现 {n} 次：请把 blanks 第 {i + 1} 项改为 \"text\": \"{answer}\"，"
                f"start 和 end 写所要的那一处（{where}），并把题干里对应的字换成 {BLANK}")
    s = starts[0]
    return (f"请把 blanks 第 {i + 1} 项改为 \"text\": \"{answer}\", \"start\": {s}, \"end\": {s + len(answer)}，"
            f"并把题干里的“{answer}”换成 {BLANK}")
