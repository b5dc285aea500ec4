"""Character-level repair of text as PDF extractors, browsers and editors hand it over.

- PDF text layers often carry Kangxi radicals (⼀ U+2F00 for 一), compatibility
  ideographs and ligatures (ﬁ) that look right and compare wrong: they are
  folded to the characters they stand for (NFKC, on those ranges only: NFKC on
  everything would turn full-width punctuation half-width).
- Text typed or pasted with half-width punctuation ("两个结合", 如下:) gets the
  full-width marks Chinese text uses, where a Chinese character stands next to them.
- Markdown's heading, emphasis and quote marks are dropped.
- The space some extractors put around full-width punctuation goes.
- Typeset PDFs: punctuation a font gives as GB2312 codes read as Unicode (Yi syllables: ꎬ for ，)
  is decoded, « » glued to Chinese are 《 》, and a letter-spaced text's runs are closed up
  (``close_letter_spacing``, decided for the whole text).
"""

from __future__ import annotations

import re
import unicodedata

# Ranges whose characters are look-alikes of common ones: Kangxi radicals and
# the CJK radicals supplement, compatibility ideographs, Latin ligatures.
LOOKALIKE_RE = re.compile("[\u2e80-\u2eff\u2f00-\u2fdf\uf900-\ufaff\ufb00-\ufb06\U0002f800-\U0002fa1f]")
# Radicals of the CJK Radicals Supplement that fonts also use as the glyph of a
# whole simplified character; Unicode gives them no decomposition, so NFKC
# leaves them as they are (Unicode's EquivalentUnifiedIdeograph data).
RADICAL_CHARS = str.maketrans({
    "⺠": "民", "⻄": "西", "⻅": "见", "⻆": "角", "⻉": "贝", "⻋": "车", "⻓": "长", "⻔": "门",
    "⻘": "青", "⻙": "韦", "⻚": "页", "⻛": "风", "⻜": "飞", "⻢": "马", "⻣": "骨", "⻤": "鬼", "⻥": "鱼",
    "⻦": "鸟", "⻧": "卤", "⻨": "麦", "⻩": "黄", "⻪": "黾", "⻬": "齐", "⻮": "齿", "⻰": "龙",
})
HAN = "\u4e00-\u9fff"
FULLWIDTH_PUNCT = "，。、；：！？“”‘’（）《》【】"
# Half-width marks beside a Chinese character (or full-width mark) -> full-width.
HALF_TO_FULL = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）", ".": "。"}
HALF_PUNCT_RE = re.compile(
    rf"(?<=[{HAN}{FULLWIDTH_PUNCT}])[,;:?!()]|[,;:?!()](?=[{HAN}{FULLWIDTH_PUNCT}])"
    # a full stop after Chinese (or 5.2%.), never in 5.2 or example.org, nor after the Chinese numeral a line
    # opens with (一.思想政治方面: a part's marker, as 一、)
    rf"|(?<!^[一二三四五六七八九十])(?<!^[一二三四五六七八九十]{{2}})(?<!^[一二三四五六七八九十]{{3}})(?<=[{HAN}”’）%])\.(?![A-Za-z0-9_.])"
    # after a digit too, but not at a line's end (a wrap may cut 1.|90) nor after the item
    # number a line opens with (1. 2. of an outline: the item marker, not a full stop), or a colon or a
    # sentence's end before it (答：1. …: the item opens the answer; …方向：1.要…。2.要…: the next item)
    # (a PDF extractor's space after the mark: 。 2.要; a page reference of study notes before it: 。（P5）2.要)
    # or right after Chinese or a closing quote (…加工环节2.销售渠道…, 2.“自愿参加”3.公开…: a student's outline runs its
    # points together on one line)
    r"|(?<!^\d)(?<!^\d\d)(?<![：。；！？）]\d)(?<![：。；！？）]\d\d)(?<![：。；！？）] \d)(?<![：。；！？）] \d\d)"
    rf"(?<![{HAN}”’]\d)(?<![{HAN}”’]\d\d)"
    r"(?<=\d)\.(?![A-Za-z0-9_.]|$)"
)
# A half-width comma, semicolon, colon, question or exclamation mark or bracket beside a Chinese character, the full stop
# left out (1.中国 keeps its item number): what a gold string that stands as in the source has where the text
# kaodian reads has full-width marks (evaluate.extraction.norm).
HALF_MARK_BESIDE_HAN_RE = re.compile(rf"(?<=[{HAN}])[,;:?!()]|[,;:?!()](?=[{HAN}])")
# Spaces a PDF extractor puts around full-width marks and between Chinese and digits
# (增强 “ 四个意识 ” 、 2022 年, 〔 责任单位), and before a full-width digit, which only typeset text uses
# (正常运营 ６个月; an app's 某某学习 2023年5月1日 is a line of fields); a space between two Chinese
# characters is the business of SPACED_RUN_RE.
SPACE_AROUND_PUNCT_RE = re.compile(
    rf"(?<=[{FULLWIDTH_PUNCT}])[ \t\u3000]+|[ \t\u3000]+(?=[，。、；：！？”’）》】])"
    rf"|(?<=[{HAN}{FULLWIDTH_PUNCT}])[ \t\u3000]+(?=[“‘《（【〔])|(?<=\d)[ \t\u3000]+(?=[{HAN}])"
    rf"|(?<=[{HAN}])[ \t\u3000]+(?=[０-９])|(?<=〔)[ \t\u3000]+|[ \t\u3000]+(?=〕)"
)
# Some PDF fonts (typeset government documents) map their punctuation to its GB2312 code read as a
# Unicode code point: pdftotext and pypdf give Yi syllables, ꎬ (U+A3AC) for ， and ꎮ (U+A3AE) for ．.
# The GB2312 symbol rows A1-A3 (、。“” ， ； ： and the full-width forms) land in the Yi block, which a
# Chinese line never otherwise holds beside Chinese characters: those code points are decoded.
FONT_CODE_RE = re.compile("[\ua1a1-\ua1fe\ua2a1-\ua2fe\ua3a1-\ua3fe]")
# ... where ． (the full-width full stop of row A3) after Chinese ends a sentence: 。; between digits it stays
FULL_STOP_AFTER_HAN_RE = re.compile(f"(?<=[{HAN}”’）》％%])．")
# « and » glued to Chinese text on their outer side (or « opening a line that closes it) are a font's
# 《 and 》 (a space may stand inside: 关于印发« 支持…» 的通知); a spaced one is a web page's arrow
# (首页 » 理论, 查看更多 », « 上一篇)
GUILLEMET_RE = re.compile(f"(?<=[{HAN}])«[ \t]*(?=[{HAN}“])|^«[ \t]*(?=[{HAN}“][^«»]*»)|(?<=[{HAN}”）])»")
# A letter-spaced line (加 大 创 业 信 贷 支 持 力 度, 由 ３０ 万元提高 至 ５０ 万 元: a justified PDF line) is a
# run of words set apart by single spaces, most of them one character long.  A line of padded names
# (本报记者 张 伟 李 明) looks the same: so a text is taken as letter-spaced only when many of its lines
# are (``close_letter_spacing``, for the whole text); a space between two numbers stays (a table's row).
# ... and a space such a line puts inside half-width brackets around Chinese (( 一), 各市( 州)): it goes, so
# the brackets become full-width ones
PAREN_SPACE_RE = re.compile(f"(?<=\\()[ \\t]+(?=[{HAN}\\d])|(?<=[{HAN}\\d])[ \\t]+(?=\\))")
SPACED_RUN_RE = re.compile(f"[{HAN}〇\\d]+(?: [{HAN}〇\\d]+)+")  # (〇 of 二〇二四年 is no CJK ideograph)
# a line with a run of this many spaced single characters is letter-spaced; a text with this many such
# lines is set that way (a byline or a list of names is one line)
SPACED_SINGLES = 4
SPACED_LINES = 3
MARKDOWN_LINE_RE = re.compile(r"^(?:#{1,6}|>|[-*+](?=\s))\s*")  # heading, quote, bullet
MARKDOWN_EMPHASIS_RE = re.compile(r"\*\*|__")
# a whole line in single-mark emphasis (_开栏的话：_, *点击观看视频*): the marks go; inside a line a
# single _ is too often a separator (…活动_央广网) to be taken for one
MARKDOWN_LINE_EMPHASIS_RE = re.compile(r"^([_*])(?=[^\s_*])(.*[^\s_*])\1$")
# an emphasis over several lines leaves its opening mark at the start of its first line and its
# closing one at the end of its last: a lone _ or * beside Chinese text there is markup
MARKDOWN_EMPHASIS_EDGE_RE = re.compile(r"^[_*](?=[\u4e00-\u9fff“《（])|(?<=[\u4e00-\u9fff。！？”》）])[_*]$")
# a single-mark emphasis inside a line around Chinese words (法治道路的*核心*要义): the marks go
MARKDOWN_INNER_EMPHASIS_RE = re.compile(r"(?<![*A-Za-z0-9_])\*(?=[\u4e00-\u9fff“《])([^*\n]{1,40}?)(?<=[\u4e00-\u9fff”》])\*(?![*A-Za-z0-9_])")
MARKDOWN_IMAGE_RE = re.compile(r"!\[[^\]]*\]\([^)\s]*\)")  # ![alt](address): a picture, its alt text no text
MARKDOWN_LINK_RE = re.compile(r"\[([^\]]*)\]\([^)\s]*\)")  # [text](address) -> text
# A line without any of these characters has nothing the four Markdown patterns above remove.
MARKUP_CHARS = re.compile(r"[#>*+_\[-]")
HAN_RE = re.compile(f"[{HAN}]")
# U+FFFD, the mark a decoder leaves for bytes it could not read: a run of them stands for a character or
# two the text lost before it reached kaodian (a crawler's wrong codec turns 〇 into two)
UNREADABLE_RE = re.compile("\ufffd+")
# Every match of HALF_PUNCT_RE is one of these marks, every match of SPACE_AROUND_PUNCT_RE one of
# these spaces: a line without any is passed over at C speed (the two patterns try their
# look-behinds at every character of a Chinese line, which cost more than the rest of normalize).
# A circled number a word processor's symbol font drew as a circle with the digit beside it, which a
# copy as plain text gives as ○ and the digit (○1其…○2…): the item marker ① it stands for (a year's 〇
# is followed by a Chinese numeral, 二○一九, never an ASCII digit)
TYPED_CIRCLED_RE = re.compile("[○◯](?=[1-9](?!\\d)|1\\d|20)(\\d{1,2})")
HALF_MARKS_RE = re.compile(r"[,;:?!().]")
SPACES_RE = re.compile("[ \t\u3000]")


def fold_typed_circled(text: str) -> str:
    """Text with every circled number typed as ○ and a digit (○1) written as the one character (①)."""
    if "○" not in text and "◯" not in text:
        return text
    return TYPED_CIRCLED_RE.sub(lambda m: chr(0x245F + int(m.group(1))), text)


# Corner quotes are the quotation marks of traditional-character (Hong Kong, Taiwan) and vertical text, as “ ”
# and ‘ ’ are of simplified text: 「」 the outer pair, 『』 the inner one.  Folded to the curly pair of the same
# level, every quote and formulation rule reads them as it reads “ ” (one policy, not a second set of rules).
CORNER_QUOTES = str.maketrans("「」『』", "“”‘’")
CORNER_QUOTE_RE = re.compile("[「」『』]")


def fold_corner_quotes(text: str) -> str:
    """Text with corner quotes 「」/『』 written as the curly quotes of the same level “”/‘’."""
    return text.translate(CORNER_QUOTES) if CORNER_QUOTE_RE.search(text) else text


def repair_line(line: str) -> str:
    """One line with look-alikes folded, Chinese punctuation restored, markup and stray spaces dropped."""
    line = fold_corner_quotes(fold_typed_circled(line))
    if LOOKALIKE_RE.search(line):
        line = line.translate(RADICAL_CHARS)
        line = LOOKALIKE_RE.sub(lambda m: unicodedata.normalize("NFKC", m.group()), line)
    if MARKUP_CHARS.search(line):  # most lines hold no markup: four substitutions saved
        line = MARKDOWN_IMAGE_RE.sub("", line)
        line = MARKDOWN_LINK_RE.sub(r"\1", MARKDOWN_EMPHASIS_RE.sub("", MARKDOWN_LINE_RE.sub("", line)))
        line = MARKDOWN_INNER_EMPHASIS_RE.sub(r"\1", line)
        line = MARKDOWN_EMPHASIS_EDGE_RE.sub("", MARKDOWN_LINE_EMPHASIS_RE.sub(r"\2", line))
    if HAN_RE.search(line):
        if "-" in line or "－" in line or "." in line:
            line = _scan_debris(line)
        if FONT_CODE_RE.search(line):
            line = FULL_STOP_AFTER_HAN_RE.sub("。", FONT_CODE_RE.sub(_gb2312, line))
        if "«" in line or "»" in line:
            line = GUILLEMET_RE.sub(lambda m: "《" if "«" in m.group() else "》", line)
        if " " in line:
            line = PAREN_SPACE_RE.sub("", line)
        line = _double_quotes(line)
        if HALF_MARKS_RE.search(line):
            # the pattern knows an outline's item number by the line's start: look past an
            # indent (　　1. 以…), or the marker becomes a full stop and the item is lost
            body = line.lstrip(" \t\u3000")
            line = line[: len(line) - len(body)] + HALF_PUNCT_RE.sub(lambda m: HALF_TO_FULL[m.group()], body)
    return SPACE_AROUND_PUNCT_RE.sub("", line) if SPACES_RE.search(line) else line


# A scan's text layer (a report retyped by OCR, then pasted into Word) misreads a few characters: 一 as a
# hyphen before a classifier (作为-名科员, -定的进步, 我- -生追求), a speck as a full stop inside a
# position word (学习.上,).  Only where the reading is unambiguous: a hyphen between a Chinese character
# or a clause mark and a classifier that 一 opens words with (no range or compound is written so); an
# ASCII full stop between a word and a lone position character before a comma (no sentence is one such
# character).  A space between two characters (了 解) is left: a fill-in sheet's blank (目标 如期实现) and
# a regulation's 第一条 为了… look the same.
SCAN_ONE_RE = re.compile(f"(?<=[{HAN}，。；：、,;:])[-－](?:\\s*[-－])?\\s*(?=[名定个生种件项条位次些切样直起份])")
SCAN_DOT_RE = re.compile(f"(?<=[{HAN}])\\.(?=[上下中里内外][，,])")


def _scan_debris(line: str) -> str:
    """``line`` with a scan's misread characters repaired (``SCAN_ONE_RE``, ``SCAN_DOT_RE``)."""
    return SCAN_DOT_RE.sub("", SCAN_ONE_RE.sub("一", line))


def _gb2312(m: re.Match) -> str:
    """A GB2312 symbol read as a Unicode code point (``FONT_CODE_RE``), decoded."""
    cp = ord(m.group())
    try:
        return bytes((cp >> 8, cp & 0xFF)).decode("gb2312")
    except UnicodeDecodeError:  # (a hole of the code table: left as it was)
        return m.group()


def close_letter_spacing(lines: list[str]) -> list[str]:
    """The lines of a letter-spaced text (``SPACED_LINES`` lines or more hold a run of ``SPACED_SINGLES``
    spaced single characters) with their runs closed up; any other text's lines as they are."""
    spaced = sum(1 for x in lines if " " in x and any(_singles(m.group()) >= SPACED_SINGLES for m in SPACED_RUN_RE.finditer(x)))
    if spaced < SPACED_LINES:
        return lines
    return [SPACED_RUN_RE.sub(_close_up, x) if " " in x else x for x in lines]


def _singles(run: str) -> int:
    return sum(len(w) == 1 for w in run.split(" "))


def _close_up(m: re.Match) -> str:
    """A run of spaced words closed up when three or more and most of them are one character
    (``SPACED_RUN_RE``); two numbers keep the space between them (城区 12 5 3)."""
    words = m.group().split(" ")
    singles = _singles(m.group())
    if singles < 3 or singles * 2 <= len(words):
        return m.group()
    out = words[0]
    for w in words[1:]:
        out += (" " if out[-1].isdigit() and w[0].isdigit() else "") + w
    return out


def _double_quotes(line: str) -> str:
    """Straight double quotes in Chinese text alternate “ and ”, when they pair up."""
    if line.count('"') < 2 or line.count('"') % 2:
        return line
    out, opening = [], True
    for part in line.split('"')[:-1]:
        out.append(part + ("“" if opening else "”"))
        opening = not opening
    return "".join(out) + line.split('"')[-1]


def unreadable_places(text: str) -> int:
    """How many places of ``text`` hold characters lost before it was read (runs of U+FFFD)."""
    return sum(1 for _ in UNREADABLE_RE.finditer(text))
