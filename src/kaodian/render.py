"""Output builders for ``kaodian extract``: json, yaml and a text outline.

``extraction_to_dict`` gives one extraction in the shape of a gold file (see
tests/corpus/README: "The shape of an extraction"), so that one scorer
(``kaodian.evaluate``) reads both; it carries a few more keys (offsets, lead
sentences, speakers), which the scorer ignores.  ``render_extractions`` turns a
list of extractions into the text of one output format, deterministically:
the same extractions give the same bytes.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from .model import Article, Extraction, Point
from .numerals import numeral
from .text import SENTENCE_END

FORMATS = ("text", "json", "yaml")
# what ``extract -o`` may end in, by format: without --format the suffix says the format
FORMAT_SUFFIXES = {"text": (".txt", ".md"), "json": (".json",), "yaml": (".yaml", ".yml")}


def output_format(format: str | None, output: str | Path | None) -> str:
    """The format ``kaodian extract`` writes: ``format`` when given, else the one ``output``'s suffix
    names, else ``text``.  Raises E310 for an output file whose suffix is unknown or not the format's,
    before any input is read (the caller checks ``format`` is one of FORMATS)."""
    from .fileio import check_suffix

    if output is None or str(output) == "-":
        return format or "text"
    suffix = Path(output).suffix.lower()
    if format is None:
        format = next((f for f, ends in FORMAT_SUFFIXES.items() if suffix in ends), None)
    expected = FORMAT_SUFFIXES[format] if format else tuple(e for ends in FORMAT_SUFFIXES.values() for e in ends)
    check_suffix(output, expected, what="抽取结果", example=f"提纲{expected[0]}")
    return format or "text"

# A sentence ends at 。！？ (or their ASCII forms), together with the closing
# quotes and brackets that follow it: …保持高度一致。” ends after the ”; a run of stops is
# one end (越办越好！。 of a typo, 吗？！), as text.sentences reads it.
_SENTENCE_END = re.compile(f"[{SENTENCE_END}!?](?:[{SENTENCE_END}!?]|[”’」』）)])*")
_WHITESPACE = re.compile(r"\s+")


def _joined(text: str) -> str:
    """The text with its line breaks removed (gold strings are written so) and its ends trimmed."""
    return text.replace("\r", "").replace("\n", "").strip()


def first_sentence(body: str) -> str:
    """The first sentence of a body, line breaks removed; the whole body when no sentence ends."""
    text = _joined(body)
    m = _SENTENCE_END.search(text)
    return text[: m.end()] if m else text


def last_sentence(body: str) -> str:
    """The last sentence of a body, line breaks removed: from after the previous sentence end to the end."""
    text = _joined(body)
    ends = [m.end() for m in _SENTENCE_END.finditer(text) if m.end() < len(text)]
    # a quotation closed by its speaker (…的贡献！”某某表示。) is one sentence with its attribution
    while ends and text[ends[-1] - 1] in "”’」』" and _ATTRIBUTION.match(text, ends[-1]):
        ends.pop()
    return text[ends[-1] :].strip() if ends else text


# What may follow a closing quote in the same sentence: a short clause that names the
# speaker and ends the sentence (某某表示。, 他说。), no punctuation inside.
_ATTRIBUTION = re.compile(f"[^{SENTENCE_END}，、；：“”!?,;:]{{1,10}}[{SENTENCE_END}]$")


def opening(document_text: str, article: Article) -> str:
    """The article's first sentence, from its paragraphs: a salutation (同志们：) runs on
    into the next paragraph, a heading without a full stop does not; a numbered heading the body
    opens with stands before it (its marker left out, as in the headings)."""
    paras = article.paragraphs
    if not paras:
        return first_sentence(document_text[article.start : article.end])
    # a Markdown label over the first notes (### 某某 before any text) names them and is no sentence of the
    # body: the text opens under it
    lead = next((k for k, p in enumerate(paras) if not p.label_level), 0)
    if lead and paras[lead].section == paras[0].section:
        paras = paras[lead:]
    joined = "\n".join(document_text[p.start : p.end] for p in paras[:3])
    first = first_sentence(joined)
    if len(first) < MIN_ENDING_CHARS and (rest := _joined(joined)[len(first) :].lstrip()):
        first += first_sentence(rest)  # a greeting (大家好！) places no opening: the sentence after it comes with it
    # a body that opens with a numbered heading (一、活动背景) opens with that heading's words, set apart
    # from the sentence by a space (a reader saw 活动背景某某指出… run together; the scorer ignores the space)
    head = next((h for h in article.headings if h.start < paras[0].start), None)
    return f"{head.text} {first}" if head else first


# A closing sentence shorter than this is a sign-off (谢谢！, 謝謝, 好吗？), no words that place the body's end: the
# sentence before it in the same paragraph is given with it (the scorer's six characters of a telling ending).
MIN_ENDING_CHARS = 6


def ending(document_text: str, article: Article) -> str:
    """The article's last sentence: that of its last paragraph, so a heading with no
    sentence end before it never runs into it; a short sign-off comes with the sentence before it."""
    last = article.paragraphs[-1] if article.paragraphs else article
    body = _joined(document_text[last.start : last.end])
    end = last_sentence(body)
    if len(end) < MIN_ENDING_CHARS and body.rstrip().endswith(end):
        before = body.rstrip()[: len(body.rstrip()) - len(end)].rstrip()
        if before:
            end = last_sentence(before) + end
    return end


def _strip_brackets(text: str, left: str, right: str) -> str:
    """Drop one pair of enclosing brackets (“…”, 《…》) when the text has both and no others.

    “甲”“乙” (two quotations side by side) is left alone: its ends do not pair.
    """
    inner = text[1:-1]
    if len(text) >= 2 and text[0] == left and text[-1] == right and left not in inner and right not in inner:
        return text[1:-1]
    return text


def _article_dict(document_text: str, article: Article) -> dict:
    body = document_text[article.start : article.end]
    return {
        "id": article.id,
        "title": article.title,
        "author": article.author,
        "affiliation": article.affiliation,
        "starts_with": opening(document_text, article),
        "ends_with": ending(document_text, article),
        "headings": [h.text for h in article.headings],
        "start": article.start,
        "end": article.end,
        "paragraphs": len(article.paragraphs),
    }


def _unique(texts: list[str]) -> list[str]:
    """The texts in first-occurrence order, each once."""
    return list(dict.fromkeys(texts))


def _formulations(points: tuple[Point, ...]) -> dict[str, list[str]]:
    """Formulations split into numbered/other, each text once (its first occurrence decides the group)."""
    numbered: dict[str, bool] = {}
    for p in points:
        text = _strip_brackets(p.text, "“", "”")
        numbered.setdefault(text, p.numbered)
    return {
        "numbered": [t for t, n in numbered.items() if n],
        "other": [t for t, n in numbered.items() if not n],
    }


# The outline and the JSON list this many of the most important points: enough to see what ranks high and why.
RANKING_SHOWN = 15


def ranked(extraction: Extraction) -> list[Point]:
    """The points, most important first (text order among equals), a point stated again (the same
    kind and text) once."""
    seen: set[tuple[str, str]] = set()
    out = []
    for p in sorted(extraction.points, key=lambda p: (-p.importance, p.start)):
        if (p.kind, p.text) not in seen:
            seen.add((p.kind, p.text))
            out.append(p)
    return out


def _rank(p: Point) -> dict:
    return {"importance": p.importance, "cues": list(p.cues)}


def extraction_to_dict(extraction: Extraction) -> dict:
    """One extraction as a plain dict in the gold-file shape (plus offsets and leads).

    Keys: ``document``, ``articles``, ``enumerations``, ``lists`` (lists without ordinals), ``term_series``,
    ``formulations`` ({numbered, other}), ``documents``, ``quotes``, ``facts``,
    ``statements``, ``ranking`` (the most important points), ``diagnostics``.  Points come in text
    order, each with its ``importance`` and the ``cues`` that made it.
    """
    doc = extraction.document
    return {
        "document": doc.name,
        "articles": [_article_dict(doc.text, a) for a in doc.articles],
        "enumerations": [
            {
                "article": p.article,
                "section": p.section,
                "heading": p.heading,
                "marker": p.marker,
                "lead": p.sentence.text,
                "items": [i.text for i in p.items],
                "start": p.start,
                "end": p.end,
                **_rank(p),
            }
            for p in extraction.of_kind("enumeration")
        ],
        "lists": [
            {"article": p.article, "section": p.section, "kind": p.marker, "lead": p.sentence.text,
             "items": [i.text for i in p.items], "start": p.start, "end": p.end, **_rank(p)}
            for p in extraction.of_kind("list")
        ],
        "term_series": [
            {"article": p.article, "section": p.section, "terms": [i.text for i in p.items], "start": p.start, "end": p.end,
             **_rank(p)}
            for p in extraction.of_kind("term_series")
        ],
        "formulations": _formulations(extraction.of_kind("formulation")),
        "documents": _unique([_strip_brackets(p.text, "《", "》") for p in extraction.of_kind("document")]),
        "quotes": [
            {
                "article": p.article,
                "text": _strip_brackets(p.text, "“", "”"),
                "speaker": p.speaker or None,
                "start": p.start,
                "end": p.end,
                **_rank(p),
            }
            for p in extraction.of_kind("quote")
        ],
        "facts": [{"article": p.article, "text": p.text, "start": p.start, "end": p.end, **_rank(p)} for p in extraction.of_kind("fact")],
        "statements": [
            {"article": p.article, "text": p.text, "key": [i.text for i in p.items], "start": p.start, "end": p.end, **_rank(p)}
            for p in extraction.of_kind("statement")
        ],
        "ranking": [
            {"kind": p.kind, "text": p.text, "importance": p.importance, "cues": list(p.cues)} for p in ranked(extraction)[:RANKING_SHOWN]
        ],
        "diagnostics": list(extraction.diagnostics),
    }


# --- text outline ---------------------------------------------------------

_MARKER_NAMES = {
    "是": "一是、二是",
    "要": "一要、二要",
    "首先": "首先、其次",
    "第": "第一、第二",
    "（一）": "（一）（二）",
    "（1）": "（1）（2）",
    "1.": "1. 2.",
    "①": "①②",
}


# How an unmarked list is set out, as the outline names it.
_LIST_NAMES = {"——": "破折号分段", "段": "并列段落", "：": "冒号后并列", "；": "分号并列"}


def _article_label(article: Article) -> str:
    title = article.title or "（无题）"
    return f"文章 {article.id}：{_WHITESPACE.sub('', title)}"


def _names(author: str) -> str:
    """A byline's names as a reader writes them: 田玉珏 薛伟江 李 政 -> 田玉珏、薛伟江、李政 (characters set
    apart one by one, 李 政, are one name; a space between longer words parts two names)."""
    names: list[str] = []
    for w in author.split():
        if names and len(w) == 1 and len(names[-1]) < 3 and not names[-1].endswith(("社", "部", "组", "会")):
            names[-1] += w  # (李 政: a two-character name letter-spaced, or 王 小 明)
        else:
            names.append(w)
    # (an office before a name, 某某社记者 李明, stays apart by a space: only names are listed with 、)
    return ("、" if all(2 <= len(n) <= 4 for n in names) else " ").join(names)


def _byline(article: Article) -> str | None:
    author = _names(article.author) if article.author else None
    if author and article.affiliation:
        return f"作者：{author}（{article.affiliation}）"
    if author:
        return f"作者：{author}"
    if article.affiliation:
        return f"作者单位：{article.affiliation}"
    return None


def _list_lines(p: Point, kind: str, indent: str) -> list[str]:
    """A list in the outline: 【kind】 and its lead, then its numbered items."""
    lead = _joined(p.sentence.text)
    return [f"{indent}【{kind}】{lead}" if lead else f"{indent}【{kind}】"] + [
        f"{indent}  {n}. {_joined(item.text)}" for n, item in enumerate(p.items, 1)
    ]


def _article_outline(extraction: Extraction, article: Article) -> list[str]:
    """The outline lines of one article."""
    text = extraction.document.text
    points = [p for p in extraction.points if p.article == article.id]

    def of(kind: str) -> list[Point]:
        return [p for p in points if p.kind == kind]

    lines = [_article_label(article)]
    byline = _byline(article)
    if byline:
        lines.append(f"  {byline}")
    body = text[article.start : article.end]
    lines.append(f"  开头：{opening(text, article)}")
    lines.append(f"  结尾：{ending(text, article)}")
    if article.headings:
        lines.append("  标题：")
        for h in article.headings:
            lines.append(f"    {_heading_line(h.marker or numeral(h.number) + '、', h.text)}")
    enumerations = of("enumeration")
    if enumerations:
        lines.append("  列举：")
        section = None
        for p in enumerations:
            if p.section != section:
                section = p.section
                heading = article.heading_at(p.section)
                label = f"{numeral(p.section)}、{heading}" if heading else "（开篇）"
                lines.append(f"    〔{label}〕")
            lines += _list_lines(p, _MARKER_NAMES.get(p.marker, p.marker), "      ")
    lists = of("list")
    if lists:
        lines.append("  无序号列举：")
        for p in lists:
            lines += _list_lines(p, _LIST_NAMES.get(p.marker, p.marker), "    ")
    series = of("term_series")
    if series:
        lines.append("  术语并列：")
        for p in series:
            lines.append("    " + "、".join(_joined(i.text) for i in p.items))
    formulations = _formulations(tuple(of("formulation")))
    if formulations["numbered"] or formulations["other"]:
        lines.append("  提法：")
        if formulations["numbered"]:
            lines.append("    编号类：" + "　".join(f"“{t}”" for t in formulations["numbered"]))
        if formulations["other"]:
            lines.append("    其他：" + "　".join(f"“{t}”" for t in formulations["other"]))
    documents = _unique([_strip_brackets(p.text, "《", "》") for p in of("document")])
    if documents:
        lines.append("  文件：" + "".join(f"《{t}》" for t in documents))
    quotes = of("quote")
    if quotes:
        lines.append("  引语：")
        for p in quotes:
            who = f"{p.speaker}：" if p.speaker else ""
            lines.append(f"    {who}“{_joined(_strip_brackets(p.text, '“', '”'))}”")
    return lines


# Point kinds as a teacher names them (the outline's ranking).
KIND_NAMES = {
    "enumeration": "列举", "list": "无序号列举", "term_series": "术语并列", "formulation": "提法", "quote": "引语",
    "document": "文件", "fact": "事实", "statement": "论断",
}


def _heading_line(marker: str, text: str) -> str:
    """A heading as the outline prints it: a heading that is its number alone (## 第一节) once, not
    第一节第一节; a number that ends in no mark (第二节, 第三章) set apart from the words by a space."""
    if text == marker.strip():
        return text
    return f"{marker} {text}" if marker and not _MARKER_END.search(marker) else f"{marker}{text}"


# The marks a heading's number may end in (一、 1. （一） 第一，): the words follow it with no space.
_MARKER_END = re.compile(r"[、.．,，:：)）\]】\s]$")


def _clip(text: str, n: int = 40) -> str:
    return text if len(text) <= n else text[:n] + "……"


def _outline(extraction: Extraction) -> str:
    doc = extraction.document
    lines = [f"文档：{'标准输入' if doc.name == '-' else doc.name}（{len(doc.articles)} 篇文章）"]
    for article in doc.articles:
        lines.append("")
        lines.extend(_article_outline(extraction, article))
    known = {a.id for a in doc.articles}
    stray = [p for p in extraction.points if p.article not in known]
    if stray:
        lines.append("")
        lines.append(f"（另有 {len(stray)} 个考点不属于任何文章）")
    top = ranked(extraction)[:RANKING_SHOWN]
    if top:
        lines.append("")
        lines.append(f"最重要的 {len(top)} 个考点（重要性：依据）：")
        for p in top:
            why = "、".join((KIND_NAMES.get(p.kind, p.kind), *p.cues))
            lines.append(f"  {p.importance:.1f}（{why}）{_joined(_clip(p.text))}")
    for d in extraction.diagnostics:
        lines.append(f"注意：{d}")
    return "\n".join(lines) + "\n"


def render_extractions(extractions: list[Extraction], format: str) -> str:
    """The text of ``extractions`` in one output format: ``json``, ``yaml`` or ``text``.

    json/yaml hold one object for one input and a list for several; text is an
    outline per input, separated by a blank line.  Raises ``ValueError`` for an
    unknown format (the CLI checks the option before calling).
    """
    if format == "text":
        return "\n".join(_outline(e) for e in extractions)
    data = [extraction_to_dict(e) for e in extractions]
    payload: dict | list = data[0] if len(data) == 1 else data
    if format == "json":
        return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"
    if format == "yaml":
        import yaml

        # width: never fold a long Chinese sentence over several lines.
        return yaml.safe_dump(payload, allow_unicode=True, sort_keys=False, width=1_000_000)
    raise ValueError(f"unknown format {format!r}; expected one of {FORMATS}")
