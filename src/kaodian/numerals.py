"""Chinese numerals, in one place: the characters, a number written with them, the next one.

Used for heading numbers (一、), counts of list items (三个方面) and what a list's
lead says its count is (以下三点), paper section numbers and ordinals changed in a
false statement (第三届 -> 第四届).
"""

from __future__ import annotations

DIGITS = "零一二三四五六七八九"  # 0 to 9
NUMERALS = "一二三四五六七八九十"  # 1 to 10: the characters an ordinal or a heading number uses


def numeral(n: int) -> str:
    """``n`` (0 to 99) in Chinese numerals: 3 -> 三, 12 -> 十二, 23 -> 二十三; digits from 100 on."""
    if not 0 <= n < 100:
        return str(n)
    if n < 10:
        return DIGITS[n]
    tens, ones = divmod(n, 10)
    return (DIGITS[tens] if tens > 1 else "") + "十" + (DIGITS[ones] if ones else "")


def is_numeral(c: str) -> bool:
    """Whether ``c`` is one of 一 to 十."""
    return len(c) == 1 and c in NUMERALS


def next_numeral(c: str) -> str | None:
    """The numeral after ``c`` (三 -> 四), or None when ``c`` is 十 or no numeral."""
    i = NUMERALS.find(c) if len(c) == 1 else -1
    return NUMERALS[i + 1] if 0 <= i < len(NUMERALS) - 1 else None


def value_of(word: str) -> int:
    """The number a Chinese numeral says (三 3, 十二 12, 二十 20, 两 2; digits as they are); 0 when it is
    none (几, 百, 一二).  The inverse of ``numeral`` for 1 to 99."""
    if word.isdigit():
        return int(word)
    word = word.replace("两", "二")
    if not word or any(c not in NUMERALS for c in word):
        return 0
    if "十" not in word:
        return NUMERALS.index(word) + 1 if len(word) == 1 else 0
    tens, _, ones = word.partition("十")
    value = (NUMERALS.index(tens) + 1 if tens else 1) * 10 + (NUMERALS.index(ones) + 1 if ones else 0)
    return value if len(tens) <= 1 and len(ones) <= 1 and "十" not in tens + ones else 0
