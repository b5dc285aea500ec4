"""Issue 12: options and false statements a teacher would print, and a lint that catches what a
teacher rejects (questions/teacher.py), with the lexicon wired into generation (--lexicon)."""

from __future__ import annotations

import os

import json
import re
from dataclasses import replace
from pathlib import Path

import pytest
import yaml

from kaodian import lexicon, pipeline
from kaodian.model import OPTION_LETTERS, Blank, Question, QuestionSource
from kaodian.questions import lint, lint_question

TESTS = Path(__file__).parent
CORPUS_TEXTS = sorted((TESTS / "corpus").glob("*.txt"))
SHORT = TESTS / "data" / "short_party_lecture.txt"
# texts whose banks wait for the true/false bar (corpus_question_pending.yaml says which bar)
TF_PENDING = {k for k, why in (yaml.safe_load((TESTS / "corpus_question_pending.yaml").read_text(encoding="utf-8")) or {}).items()
              if "true/false" in why}


@pytest.fixture(scope="module")
def banks() -> dict[str, pipeline.Made]:
    # inputs named relative to the repository, as a user's run names them: a question's id holds the
    # file name, and which false statements the seed turns back true follows the ids, so a bank must
    # not depend on the folder a clone lives in
    root = TESTS.parent
    here = os.getcwd()
    os.chdir(root)
    try:
        return {p.name: pipeline.make_bank([str(p.relative_to(root))]) for p in [*CORPUS_TEXTS, SHORT]}
    finally:
        os.chdir(here)


def _question(d: dict) -> Question:
    tuples = {k: tuple(tuple(x) if isinstance(x, list) else x for x in d.get(k, ())) for k in ("answer", "options", "accepted", "tags")}
    rest = {k: v for k, v in d.items() if k not in ("source", "blanks", "file", *tuples)}
    return Question(**rest, **tuples, source=QuestionSource(**d["source"]), blanks=tuple(Blank(**b) for b in d["blanks"]))


def test_lint_finds_what_a_teacher_rejected():
    """tests/data/lint_labels.json: 100 generated questions (before the teacher checks) read as a strict
    party-school teacher would, each accepted or rejected with a reason.  Lint's recall on the rejects
    stays at 0.8 or above, and it rejects few that the teacher accepts."""
    labels = json.loads((TESTS / "data" / "lint_labels.json").read_text(encoding="utf-8"))
    assert len(labels) >= 80 and all(x["reason"] for x in labels)
    flagged = [(x["label"] == "rejected", bool(lint_question(_question(x["question"])))) for x in labels]
    tp = sum(r and f for r, f in flagged)
    rejects = sum(r for r, _ in flagged)
    fp = sum(f and not r for r, f in flagged)
    assert rejects >= 20
    assert tp / rejects >= 0.8, (tp, rejects)
    assert tp / (tp + fp) >= 0.8, (tp, fp)


def _lint_scores(labels: list[dict], context=None) -> tuple[int, int, int]:  # noqa: ANN001
    """(rejects lint flags, rejects, accepted questions lint flags) on labeled questions; ``context``, when given,
    gives the Context of the document a question cites (or None), and lint reads each question with it."""
    def flags(q: Question) -> bool:
        return bool(lint_question(q, context(q.source.document)) if context else lint_question(q))

    flagged = [(x["label"] == "rejected", flags(_question(x["question"]))) for x in labels]
    return sum(r and f for r, f in flagged), sum(r for r, _ in flagged), sum(f and not r for r, f in flagged)


@pytest.mark.parametrize(("name", "caught"), [("lint_labels_teacher.json", 32), ("lint_labels_review.json", 32)])
def test_lint_on_the_grades_of_a_blind_review(name, caught):
    """The choice and true/false questions of a blind teacher review of banks on held-out texts, labeled by
    the teacher's grade (A accepted, B and C rejected): lint_labels_teacher.json the 48 distinct ones of
    session 4's review (0 of 40 rejects caught when labeled), lint_labels_review.json the 45 of session
    5's first (main caught 6 of 39).  Every one had passed lint when generated.  Lint's catch is a floor
    that only goes up, and it flags no question the teacher printed."""
    labels = json.loads((Path(__file__).parent / "data" / name).read_text(encoding="utf-8"))
    assert len(labels) >= 45 and all(x["reason"] and x["grade"] in "ABC" for x in labels)
    tp, rejects, fp = _lint_scores(labels)
    assert rejects >= 35
    assert tp >= caught, (tp, rejects)
    assert fp == 0, fp


def test_lint_on_questions_labeled_after_the_checks_were_written():
    """tests/data/lint_labels_fresh.json: 64 choice and true/false questions of the corpus banks as
    generated with the teacher checks (so every reject there had passed lint), read as a strict
    party-school teacher would.  A fresh measure of lint: its recall there is a floor that only goes
    up (0 of 29 when the labels were written; the checks written after them catch 14), and it flags
    no question the teacher accepts."""
    labels = json.loads((TESTS / "data" / "lint_labels_fresh.json").read_text(encoding="utf-8"))
    assert len(labels) >= 60 and all(x["reason"] for x in labels)
    tp, rejects, fp = _lint_scores(labels)
    assert rejects >= 25
    assert tp >= 27, (tp, rejects)
    assert fp == 0, fp


def test_corpus_banks_have_no_lint_findings(banks):
    for name, made in banks.items():
        assert lint(made.bank) == [], name


def test_every_option_occurs_in_the_material_or_the_lexicon(banks):
    """No non-word options: each is said in the source text or is a word of the lexicon (never a term a
    reference bank only ever offered as a wrong option: 新民主主性质 is a misspelling).  A wrong option
    said in the text stands there as a whole word, never a piece of a longer one (options4).  Dates and
    figures are changed figures (1978年 -> 1979年), asked as such."""
    words = lexicon.load().words
    for name, made in banks.items():
        text = "".join(ex.document.text for ex in made.extractions)
        for q in made.bank.questions:
            if q.kind in ("single", "multiple"):
                right = {q.options[OPTION_LETTERS.index(a)] for a in q.answer}
                for o in q.options:
                    w = o.strip("《》")
                    if w in words or re.search(r"\d", w):
                        continue
                    assert w in text, (name, q.stem, o)
                    # (or after the adverb an item opens with, which an option drops: 大力|发展数字农业, where
                    # the segmenter reads 大力发展 as one word)
                    assert o in right or _whole_word(text, w) or any(_whole_word(text, a + w) for a in _ADVERBS), \
                        (name, q.stem, o)


_ADVERBS = ("大力", "积极", "着力", "切实", "不断", "深入", "努力", "全力", "进一步", "持续")


def _whole_word(text: str, w: str) -> bool:
    """Whether ``w`` stands somewhere in ``text`` with both its edges between jieba words of its line."""
    from kaodian.questions.lint import word_bounds

    i = text.find(w)
    while i >= 0:
        a, b = text.rfind("\n", 0, i) + 1, text.find("\n", i + len(w))
        line = text[a : b if b >= 0 else len(text)]
        bounds, _ = word_bounds(line)
        if i - a in bounds and i + len(w) - a in bounds:
            return True
        i = text.find(w, i + 1)
    return False


def test_true_false_are_mostly_changes_even_on_a_short_text(banks):
    """Verbatim true statements are at most a third of the true/false questions of the bank as
    selected, on a short text as on long ones, and not far fewer (错 throughout must not pass)."""
    for name, made in banks.items():
        tf = [q for q in made.bank.questions if q.kind == "truefalse"]
        if len(tf) < 6 or name in TF_PENDING:  # a text whose bank waits for this bar
            continue
        true = sum(q.answer == ("对",) for q in tf)
        assert 3 * true <= len(tf), (name, true, len(tf))
        assert true >= 0.2 * len(tf), (name, true, len(tf))
    # (4: session 14 stopped a numbered formulation's swap for one of another field, “五个必须”→“五个振兴”,
    # and the cap on copies keeps one true beside three false)
    # (3: session 25 — the gold counted a reject.  The fourth was 全面从严治党永远在路上 -> 全面深化改革永远在路上, a
    # sibling swapped into a maxim said of every sibling (trivia.yaml maxim_claim): arguably true, the fault session 25's
    # two blind teachers graded B and C (作风建设是攻坚战 -> 政治建设…).  One true beside two false remains.)
    assert len([q for q in banks[SHORT.name].bank.questions if q.kind == "truefalse"]) >= 3


def test_no_stem_opens_with_a_pronoun_or_connective(banks):
    openers = ("它", "其", "这", "都", "同时", "所以", "但")
    for name, made in banks.items():
        for q in made.bank.questions:
            if q.kind in ("cloze", "single", "multiple", "truefalse") and not q.stem.startswith(("关于", "文章在")):
                assert not q.stem.lstrip("…").startswith(openers), (name, q.stem)


def test_no_stem_opens_with_an_ellipsis_or_points_at_its_document(banks):
    """A stem cut from a long sentence opens with the clause that governs it, never with ……; a 本条例 …
    is named by the title or not asked (questions/anchors.py)."""
    from kaodian.questions.anchors import findings

    for name, made in banks.items():
        for q in made.bank.questions:
            assert not q.stem.startswith("…"), (name, q.stem)
            assert not findings(q.stem), (name, q.stem)


def test_no_false_statement_swaps_in_an_absurd_term(banks):
    for made in banks.values():
        for q in made.bank.questions:
            if q.kind == "truefalse" and q.answer == ("错",):
                assert "享乐主义" not in q.stem or "享乐主义" in q.source.sentence, q.stem


def _q(kind: str, stem: str, options: tuple[str, ...], answer: tuple[str, ...], sentence: str, **kw) -> Question:
    return Question("q-1", kind, stem, answer, kw.pop("explanation", ""), QuestionSource("t", "题", None, sentence, 0, len(sentence)),
                    options=options, **kw)


def test_teacher_checks_each_catch_their_shape():
    s = "要坚持政治意识、大局意识、核心意识、看齐意识。"
    good = _q("single", "要坚持政治意识、大局意识、核心意识、（　　）。", ("看齐意识", "忧患意识", "责任意识", "法治意识"), ("A",), s)
    assert lint_question(good) == []
    # a wrong option that reads as the right one
    near = replace(good, options=("互不干涉内政", "互不干涉内部事务", "平等互利", "和平共处"),
                   source=QuestionSource("t", "题", None, "坚持互不干涉内政。", 0, 9), stem="坚持（　　）。")
    assert any("意思相近" in f for f in lint_question(near))
    # a fragment option
    frag = replace(good, options=("看齐意识", "制度运行所", "责任意识", "法治意识"))
    assert any("片段" in f for f in lint_question(frag))
    # the answer set apart by its ending
    odd = replace(good, options=("跨业务", "科技服务", "金融服务", "为民服务"),
                  source=QuestionSource("t", "题", None, "实现跨部门、跨业务协同联动。", 0, 14), stem="实现跨部门、（　　）协同联动。")
    assert any("一眼可辨" in f for f in lint_question(odd))
    # a stem pointing outside itself
    s2 = "它的基本任务是团结带领群众。"
    dangling = _q("cloze", "它的基本任务是______带领群众。", (), ("团结",), s2, blanks=(Blank("团结", 7, 9),))
    assert any("开头" in f for f in lint_question(dangling))
    # an absurd swap in a false statement
    s3 = "坚持中国特色社会主义道路。"
    absurd = _q("truefalse", "坚持中国特色享乐主义道路。", ("对", "错"), ("错",), s3,
                explanation="错误。“社会主义”误作“享乐主义”。原文：" + s3)
    assert any("荒唐" in f for f in lint_question(absurd))


@pytest.mark.parametrize("sentence, old, new, finding", [
    ("从2008年底开始，全市人才工作会议就单独召开。", "2008年", "2007年", "琐碎"),  # a year off by one
    ("2016年9月，G20杭州峰会成功举办。", "2016年9月", "2016年8月", "琐碎"),  # a month off by one
    ("蓝天、白云、庄严肃穆的杨子荣烈士陵园。", "白云", "陈云", "人物"),  # a person's name for a word
    ("激励同学们坚定理想信念、树立远大志向、练就过硬本领。", "练就过硬本领", "文化纲领", "动词短语"),
])
def test_a_false_statement_made_by_a_change_no_learner_believes_is_flagged(sentence, old, new, finding):
    stem = sentence.replace(old, new)
    q = _q("truefalse", stem, ("对", "错"), ("错",), sentence, explanation=f"错误。“{old}”误作“{new}”。原文：" + sentence)
    assert any(finding in f for f in lint_question(q)), lint_question(q)


@pytest.mark.parametrize("sentence, old, new", [
    ("从2008年底开始，全市人才工作会议就单独召开。", "2008年", "2005年"),
    ("新时代要坚持和贯彻党的组织路线。", "组织路线", "经济路线"),  # two short nouns: the segmenter's tag of 组织 is no guide
])
def test_a_believable_false_statement_is_not_flagged(sentence, old, new):
    q = _q("truefalse", sentence.replace(old, new), ("对", "错"), ("错",), sentence,
           explanation=f"错误。“{old}”误作“{new}”。原文：" + sentence)
    assert lint_question(q) == []


def test_no_false_statement_moves_a_date_by_a_year_or_repeats_a_swap_beyond_twice(banks):
    from collections import Counter

    from kaodian.questions.false_dates import FALSE_YEAR_SHIFT

    for name, made in banks.items():
        swaps = Counter()
        for q in made.bank.questions:
            if q.kind == "truefalse" and q.answer == ("错",):
                old, new = re.search(r"“([^“”]+)”误作“([^“”]+)”", q.explanation).groups()
                swaps[old, new] += 1
                years = [re.match(r"(\d{4})年", x) for x in (old, new)]
                if all(years):
                    assert abs(int(years[0][1]) - int(years[1][1])) >= FALSE_YEAR_SHIFT, (name, old, new)
        assert not swaps or max(swaps.values()) <= 2, (name, swaps.most_common(1))


@pytest.mark.parametrize("stem, options, finding", [
    # the answer alone opens as the series beside the blank does
    ("努力实现更高质量、更有效率、（　　）、更可持续的发展。", ("持久和平", "知识水平", "生活水平", "更加公平"), "并列的词"),
    # a wrong option that is a phrase, not a term
    ("推动新型工业化、信息化、（　　）同步发展。", ("城镇化", "大众的文化", "现代化", "市场化"), "截下的短语"),
    # a term of censure among the options of a positive series
    ("深化爱国主义、（　　）、社会主义教育。", ("集体主义", "帝国主义", "英雄主义", "国际主义"), "贬义"),
    # ... and its mirror: a core term of the theory among the options of a series of censure (odd_class)
    ("反对霸权主义、（　　）、恐怖主义。", ("强权政治", "共产主义", "形式主义", "官僚主义"), "荒唐"),
    # the stem states the year asked
    ("（　　），成立领导小组，4月18日召开2003年度小组第一次会议。", ("2003年4月", "2004年4月", "2005年4月", "2000年4月"),
     "年份"),
])
def test_an_option_set_a_teacher_rejects_is_flagged(stem, options, finding):
    sentence = stem.replace("（　　）", options[-1] if "更" in stem else options[0])
    answer = ("D",) if "更" in stem else ("A",)
    q = _q("single", stem, options, answer, sentence)
    assert any(finding in f for f in lint_question(q)), lint_question(q)


def test_an_answer_alone_in_its_frame_is_flagged_and_never_generated(banks):
    """A 以…为 answer among options of no such frame gives itself away; one beside another 以…为 does not."""
    from kaodian.questions.odd_option import frame_of

    s = "着重抓好以下几个方面工作：坚持以推进供给侧结构性改革为主线。"
    lone = _q("single", "下列哪一项是其中之一？", ("坚持以推进供给侧结构性改革为主线", "适度扩大总需求并提高有效性",
                                             "深化重要领域和关键环节改革", "贯彻稳中求进工作总基调"), ("A",), s)
    assert any("以…为" in f for f in lint_question(lone))
    pair = replace(lone, options=("坚持以推进供给侧结构性改革为主线", "坚持以提高发展质量和效益为中心",
                                  "深化重要领域和关键环节改革", "贯彻稳中求进工作总基调"))
    assert not any("以…为" in f for f in lint_question(pair))
    for made in banks.values():
        for q in made.bank.questions:
            if q.kind == "single":
                answer = q.options["ABCD".index(q.answer[0])]
                if frame_of(answer) is not None:
                    assert sum(frame_of(o) == frame_of(answer) for o in q.options) > 1, q.options


def test_a_wrong_option_that_does_not_count_among_counted_ones_is_flagged():
    s = "全面贯彻党的十八大和十八届三中、四中、五中、六中全会精神。"
    q = _q("multiple", "全面贯彻党的十八大和十八届（　　）全会精神。", ("五中", "四中", "三中", "六中", "陕中"),
           ("A", "B", "C", "D"), s)
    assert any("数字" in f for f in lint_question(q))


def test_wrong_options_of_another_list_set_apart_by_their_opening_are_flagged():
    s = "要把思想大解放的导向树起来，为担当的干部撑腰。"
    q = _q("multiple", "关于“健全机制”，下列哪些是文章列举的要点？",
           ("把思想大解放的导向树起来", "这是展示担当的根本要求", "为担当的干部撑腰", "这是实现新篇的必然要求"), ("A", "C"), s,
           point_kind="enumeration")
    assert any("开头" in f for f in lint_question(q))


@pytest.mark.parametrize("sentence, old, new, finding", [
    ("改革开放40年来，各级干部敢闯敢冒。", "40年", "80年", "翻倍"),
    ("现代农业的经营领域已突破了传统领域。", "现代农业", "工业和服务业", "并列短语"),
    ("她的体会有三个层次：第一个层次是学习，第二个层次是运用。", "第一个", "第二个", "别处已有"),
    ("根本在于有习近平新时代中国特色社会主义思想科学指引。", "社会主义", "唯心主义", "固定提法"),
    ("改革开放需要巨大的政治勇气和智慧。", "勇气", "天然气", "同类词"),
    ("主要矛盾是帝国主义和中华民族的矛盾，封建主义和人民大众的矛盾。", "封建主义", "共产主义", "荒唐"),
])
def test_a_false_statement_no_learner_believes_is_flagged(sentence, old, new, finding):
    q = _q("truefalse", sentence.replace(old, new), ("对", "错"), ("错",), sentence,
           explanation=f"错误。“{old}”误作“{new}”。原文：" + sentence)
    assert any(finding in f for f in lint_question(q)), lint_question(q)


def test_no_false_statement_swaps_a_lexicon_term_for_one_outside_its_group_or_overflows_a_share(banks):
    """A two-character term is swapped only for a sibling of its lexicon group (道路 -> 理论, never 铁路)
    or, in a series whose terms share a character and a length, for a word that keeps both (信心 ->
    信息 beside 信仰、信念); 社会主义 never for 旧唯物主义; a share never doubles past 100%."""
    lex = lexicon.load()
    for made in banks.values():
        for q in made.bank.questions:
            if q.kind == "truefalse" and q.answer == ("错",):
                old, new = re.search(r"“([^“”]+)”误作“([^“”]+)”", q.explanation).groups()
                if len(old) <= 2 and not re.search(r"\d", old) and q.point_kind != "fact":  # (places: 上海 -> 青海)
                    shaped = q.point_kind == "term_series" and len(new) == len(old) and (
                        new[0] == old[0] or new[-1] == old[-1])
                    assert new in lex.siblings(old) or shaped, (old, new)
                assert new not in ("旧唯物主义", "唯心主义", "资本主义"), (old, new)
                if new.endswith("%"):
                    assert float(new.rstrip("%")) <= 100, new


def test_a_statement_that_only_announces_a_list_is_flagged():
    s = "作风建设必须切实落实以下五项基本要求。"
    assert any("导语" in f for f in lint_question(_q("truefalse", s, ("对", "错"), ("对",), s)))


def test_a_statement_whose_quotation_marks_nest_alike_is_flagged():
    s = "书记强调，“以行动大担当推动“八八战略”再深化。”"
    q = _q("truefalse", s, ("对", "错"), ("对",), s)
    assert any("引号" in f for f in lint_question(q))
    ok = _q("truefalse", "书记强调，“以行动大担当推动‘八八战略’再深化。”", ("对", "错"), ("对",), s)
    assert lint_question(ok) == []


def test_a_lexicon_file_lends_its_siblings_to_the_options(tmp_path):
    text = "要增强担当精神、斗争精神、奋斗精神。会议强调实干。"
    src = tmp_path / "t.txt"
    src.write_text(text, encoding="utf-8")
    extra = tmp_path / "lex.yaml"
    extra.write_text("groups:\n  - terms: [担当精神, 斗争精神, 奋斗精神, 钉钉子精神, 螺丝钉精神, 老黄牛精神]\n", encoding="utf-8")
    plain = pipeline.make_bank([str(src)], pipeline.settings(kinds="single"))
    lent = pipeline.make_bank([str(src)], pipeline.settings(kinds="single", lexicon=extra))
    opts = {o for q in lent.bank.questions for o in q.options}
    assert opts & {"钉钉子精神", "螺丝钉精神", "老黄牛精神"}
    assert not {o for q in plain.bank.questions for o in q.options} & {"螺丝钉精神", "老黄牛精神"}


def test_a_bad_lexicon_file_is_reported_before_any_input_is_read(tmp_path):
    import subprocess
    import sys

    bad = tmp_path / "bad.yaml"
    bad.write_text("groups:\n  - terms: [只有一个]\n", encoding="utf-8")
    r = subprocess.run([sys.executable, "-m", "kaodian", "generate", str(tmp_path / "无此文件.txt"), "-o",
                        str(tmp_path / "b.json"), "--lexicon", str(bad)], capture_output=True, text=True)
    assert r.returncode != 0
    assert "E202" in r.stderr and "Traceback" not in r.stderr
    assert not (tmp_path / "b.json").exists()
