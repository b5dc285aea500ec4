"""The question gate: what the banks ask may never fall below its floors.

Runs ``kaodian.evaluate.evaluate_dir`` (questions only) on every folder of
FOLDERS and checks each text that has a points or blanks file against its
floors: key-point coverage on the whole bank and on the ``--limit 60`` bank,
human-blank recall, and the budget ceiling of issue 11 (at most 25% of the
text blanked).

To raise a floor, run ``uv run kaodian eval tests/study-points`` (or
``tests/corpus``, ``tests/key-points``) and write the new counts here.  Floors may only go up: a
change that needs a lower floor is a regression.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kaodian.evaluate import QuestionScore, evaluate_dir, format_table

TESTS = Path(__file__).parent
FOLDERS = ("study-points", "corpus", "key-points")

# (folder, input) -> floors, as the counts eval prints: points asked for / points
# on the whole bank and on the --limit 60 bank, human answers hit / answers.
# Only the parts a text has files for.  The corpus lists were written by a helper acting as a
# party-school teacher from the texts alone, before looking at any output.
FLOORS: dict[tuple[str, str], dict[str, float]] = {
    # (session 26, concept: raised where value_heads (实质是X, 根源是Y, 重点是X) and a value blanked with its verb
    # (社会主义的本质，就是|解放生产力) lifted them: maogai-zhishi, maogai-zhongdian, caijing, lijie; none fell)
    # (session 26, rank: first-60 floors raised where importance.parallel_series lifted them: dajizhewen 14 -> 15,
    # gaigekaifang 26 -> 27, henan 12 -> 13, xi-zhutijiaoyu 10 -> 11, zhengjiguan 23 -> 24; none fell)
    # (session 25, extract: raised where headline items, counted colon lists, dash lists under a numbered item and
    # lists numbered on from the part above got asked: qianwan, mayuan, shisiwu, gongzuo-yaodian, jiaoyu-dahui)
    # (session 25, concept: raised where a definition's sides, a lead's quoted counted name, 纳入/列入/转向/给予 X and
    # a series' heads lifted them: dajizhewen, shuzhi, mayuan, shisiwu, jianchafa, gongzuo, zhuti, gwr, lianzheng,
    # zhengjiguan; none fell)
    # (session 23: first-60 floors raised where the importance weights fitted by scripts/fit_importance.py lifted
    # them: qianwan, tianjin, xiangcun, maogai-zhishi, xingce, dajizhewen, shisiwu, lianzheng, xinfang; none fell)
    # (session 25: first-60 floors raised where the wider 定性用语 of importance.qualifying lifted them: xiangcun 15 -> 17,
    # shisiwu 3 -> 6, maogai-zhishi 8 -> 9, shuzhi 11 -> 12, lianzheng 24 -> 26; dajizhewen fell 16 -> 15, its floor)
    # (session 21: a list's multiple choice needs two wrong options, policy.yaml list_wrong_min; six texts lose the
    # points only a one-wrong-option multiple choice asked, which teachers reject: 唯一干扰项…一眼可排除; one or two
    # each, of the whole bank or of its first 60)
    # (session 25, issue 11: a charter's list is asked by its article, 《中国共产党章程》第三十六条列举了哪六点, the
    # article a teacher's point names: dangzhang 32 -> 33, first 60 16 -> 17)
    ("study-points", "dangzhang-2022.txt"): {"coverage": 33 / 35, "coverage_top": 17 / 35, "recall": 54 / 102},
    # (session 8 lowered two floors, a regression taken knowingly: its merged question rules, which blind
    # teachers rated printable 1.6 times as often on new held-out texts (39 vs 24 of 80), lost four points here that questions of
    # rejected shapes had held — a single choice on a cut series, a list named only "第三章", a second blank
    # on 理想 — besides one point that a list question named by its parent now misses)
    # (session 22 lowered the whole-bank coverage of this text and of gwr-2024-digest by one point each, a regression
    # taken knowingly (task fix1): each point was held only by a false statement that swapped one member of a list
    # its clause says for a sibling (…制度、…制度 with one system put as another; …优势 put as 密切联系群众的优势),
    # the shape blind teachers graded A in none of eleven; the first-60 figures are unchanged)
    ("corpus", "gaigekaifang-40-speech.txt"): {"coverage": 45 / 51, "coverage_top": 27 / 51},  # (list_wrong_min 2)
    # (session 9 lowered this text's floors from 30 and 22, a regression taken knowingly: three points were
    # held only by list multiple choices whose keys share their list's opening or ending that no wrong
    # option has — a shape session 8's blind teachers rejected or sent back 29 times in 31 — and the
    # material has no wrong option of that form;
    # their recall questions name the lists but not by the anchors, which are the numbered items;
    # session 16 lowered coverage_top from 19, the same shape again: the one question that held 三项机制 in
    # the first 60 was a list multiple choice whose only wrong option was a reason from another section
    # among three measures (session 15's blind teachers: 干扰项与正确项不同类，一眼即可排除); the list is
    # still asked fourth in the bank, by a recall the scorer does not credit for an item-anchored list)
    # (session 17 lowered the whole-bank coverage of five texts by one point each, a regression taken knowingly (task
    # tf): each point was held only by a false statement of a shape the teacher rejects, never by a question on it —
    # a numbered formulation swapped under a verb of its own (增强“四个意识” -> 增强“四个全面”; a province's strategy for
    # a formulation of another field), a term swapped inside a longer one (…改革开放 -> …依法治国开放), a series member
    # swapped for a sibling the genre lists beside the others (获得感 -> 使命感; 程序化 -> 科学化 in a long quote); the
    # scorer credited them because
    # a false statement "asks" every item its cut leaves out.  The first-60 figures and the Constitution's are unchanged.)
    ("corpus", "party-school-opening-speech.txt"): {"coverage": 26 / 35, "coverage_top": 18 / 35},  # (list_wrong_min 2)
    ("corpus", "qianwan-gongcheng-report.txt"): {"coverage": 39 / 40, "coverage_top": 34 / 40},  # (list_wrong_min 2)
    ("corpus", "tianjin-theory-page.txt"): {"coverage": 42 / 51, "coverage_top": 32 / 51},  # (session 19's cloze: 30 -> 31)
    ("corpus", "sixiu-review-answers.md"): {"coverage": 10 / 14, "coverage_top": 10 / 14},
    # session 17's held-out set heldout21, joined after its first measure (tests/corpus/SOURCES.md), at what the
    # session's merged main scores (qianwan's first 60 is back at its session-start 35: the importance change
    # lifted it to 36, the true/false change took one of its first 60 questions)
    ("corpus", "hangzhou-zuqiu-hongtou.pdf"): {"coverage": 18 / 30, "coverage_top": 17 / 30},
    ("corpus", "sichuan-chuangye-hongtou.pdf"): {"coverage": 19 / 28, "coverage_top": 19 / 28},  # (session 22: a second cloze of one answer in another sentence is asked)
    ("corpus", "xiangcun-zhenxing-yijian.txt"): {"coverage": 32 / 40, "coverage_top": 17 / 40},  # (session 22: a definition's other side)
    # session 18: heldout22 joined at what it scores (its two classic essays are asked mostly by clozes of
    # their few formulations; the handout's first 60 by the formulations of its 300 points)
    # session 19: an essay's theses about what it just named (这种态度，就是…) and after a bare 但是 are asked
    ("corpus", "gaizao-xuexi.md"): {"coverage": 8 / 24, "coverage_top": 8 / 24},
    ("corpus", "lun-xiuyang-gbk.txt"): {"coverage": 6 / 24, "coverage_top": 6 / 24},
    ("corpus", "maogai-zhishi-yaodian.docx"): {"coverage": 35 / 40, "coverage_top": 9 / 40},  # (session 19: its list recalls, no longer dropped for a title in a title; session 20: X，是…的精髓 asks X; 22: a definition's other side; 23: a dated statement asks its concept, not its year; the ranking fit lifts its top 60)
    # session 19: heldout23 joined at what it scores, blind for its questions (the memorisation sheet asks its
    # statements with their holes: its points' answers stand in the answer blocks)
    # (session 20, a documented fall: a sentence with the source's own hole is never asked, policy.yaml source_hole;
    # one point was "asked" by a question that printed the hole; its first 60 rose from 4 to 5)
    ("corpus", "chaoge-beisong-tiankong.txt"): {"coverage": 5 / 40, "coverage_top": 5 / 40},
    ("corpus", "sixiu-zhishidian-suoyin.pdf"): {"coverage": 13 / 35, "coverage_top": 13 / 35},  # (session 20: lint drops notes; session 22: its index skeletons no longer crowd the top 60)
    ("corpus", "xingce-jiaoxue-yaodian-2017b.docx"): {"coverage": 20 / 34, "coverage_top": 18 / 34},  # (session 20: X是…的主线 asks X; 21: list_wrong_min 2)
    # session 20: heldout24 joined at what it scores (its blind first measure: 30/14, 22/20, 18/11)
    # (session 25: first 60 15 -> 14, the one floor lowered, a trade measured on the merged main: concept's one-side
    # cloze of S是…的C (…是党的政治建设的首要任务, a classic human blank) ranks above the 一把手 cloze and takes its slot;
    # whole bank 30 -> 31 here, devpts first 60 607 -> 629 of 1259 in all)
    ("corpus", "dajizhewen-zhengzhi-jianshe.html"): {"coverage": 31 / 36, "coverage_top": 15 / 36},
    ("corpus", "guoban-zhengwu-xinmeiti.html"): {"coverage": 22 / 33, "coverage_top": 20 / 33},
    ("corpus", "shuzhi-shulian-2019.txt"): {"coverage": 19 / 30, "coverage_top": 12 / 30},
    # session 21: heldout25 joined at what it scores (its blind first measure, whole bank/first 60: 9/9, 15/15,
    # 10/2; its banks were never tuned on: the extraction rules of session 21 left them where they were)
    ("corpus", "maogai-cailiaoti.txt"): {"coverage": 9 / 30, "coverage_top": 9 / 30},
    # session 23: rateset27's 马原 review outline joined after notes27 read its Word bullets and its points run together
    # on one line (1.X2.Y); main: 5/4
    ("corpus", "mayuan-xia-fuxi-gaiyao.txt"): {"coverage": 11 / 36, "coverage_top": 8 / 36},  # (session 24: ①② and 1， series read)
    ("corpus", "maogai-zhongdian-note.md"): {"coverage": 17 / 31, "coverage_top": 17 / 31},
    ("corpus", "shisiwu-jianyi-crawl.txt"): {"coverage": 15 / 33, "coverage_top": 6 / 33},
    # session 22: heldout26 joined at what it scores once read as the pages they are (blind on main, whole/first
    # 60: 15/15, 7/7, 13/11 of 21, 20, 27; the layout work left the banks' coverage where it was)
    ("corpus", "bawei-fuzeren-hexo.md"): {"coverage": 15 / 21, "coverage_top": 15 / 21},
    ("corpus", "caijing-top10-xiaokang-hexo.md"): {"coverage": 8 / 20, "coverage_top": 8 / 20},
    # (session 24: 12/27, one point down: the 6%以上 growth target was asked only by a true/false changing it to 7%以上,
    # a bound changed to another bound, which both blind raters of rateset28 rejected as not false; fix28 no longer asks it)
    # (session 25: 我们国家… is no pronoun, its lead is asked; session 27, cover33: its targets take rule_figure, 15/15)
    ("corpus", "liuyuanchun-shisiwu-hexo.md"): {"coverage": 15 / 27, "coverage_top": 15 / 27},
    # session 23: heldout27 (whole saved pages of portals) joined at what it scores once the pages are read (blind on
    # main, whole/first 60: the law page 0/0 of 31 (网页里找不到正文), 7/7 of 26, 6/6 of 15; its banks never tuned on)
    ("corpus", "jianchafa-sxmu-jijian.html"): {"coverage": 18 / 31, "coverage_top": 9 / 31},
    ("corpus", "qiushi-wenzhang-thepaper.html"): {"coverage": 8 / 26, "coverage_top": 8 / 26},  # (session 25: a lead closing on 两大奇迹 is stated)
    ("corpus", "shanxi-silu-gov-portal.html"): {"coverage": 6 / 15, "coverage_top": 6 / 15},
    # session 24: heldout28 (three saved pages of a school site) joined at its blind first measure (its banks never tuned on)
    ("corpus", "gongzuo-yaodian-2019-school.html"): {"coverage": 14 / 24, "coverage_top": 14 / 24},
    ("corpus", "jiaoyu-dahui-tongbao-2019.html"): {"coverage": 17 / 26, "coverage_top": 13 / 26},
    ("corpus", "zhuti-jiaoyu-zongjie-jianghua.html"): {"coverage": 16 / 24, "coverage_top": 16 / 24},
    # texts that only have a teacher's key points (tests/key-points/SOURCES.md)
    ("key-points", "gwr-2024-digest.txt"): {"coverage": 33 / 42, "coverage_top": 31 / 42},  # (sessions 17, 22: above)
    # (session 19: 此外，…; session 22: top 60 23 -> 22: two new single choices on its dated facts rank above the
    # 有责必问、问责必严 statement, now 61st)
    ("key-points", "lianzheng-study-digest.txt"): {"coverage": 29 / 40, "coverage_top": 26 / 40},
    ("key-points", "liushaoqi-120-speech.txt"): {"coverage": 31 / 41, "coverage_top": 29 / 41},  # (session 20: …的主要任务是X asks X)
    ("key-points", "xinfang-regulation-2022.txt"): {"coverage": 30 / 40, "coverage_top": 20 / 40},  # (list_wrong_min 2)
    ("key-points", "zhengjiguan-theory-article.txt"): {"coverage": 32 / 41, "coverage_top": 24 / 41},
    # session 25: rateset29 joined at what it scores; its blind first measure was (whole bank / first 60, taken before
    # anyone read its banks: notes s25/rateset29-base.txt) ganbu 18/13, lijie 15/12, renmin 20/14, xi 18/10,
    # zhejiang 18/11 (89/60 of 145); now 18/13, 15/12, 21/15, 18/10, 19/12 (91/62)
    ("key-points", "ganbu-renshi-dangan-tiaoli.txt"): {"coverage": 18 / 28, "coverage_top": 13 / 28},
    ("key-points", "lijie-xingshizhuyi-xuexi-fudao.txt"): {"coverage": 17 / 30, "coverage_top": 13 / 30},
    ("key-points", "renmin-dangjia-zuozhu-article.txt"): {"coverage": 21 / 30, "coverage_top": 15 / 30},
    ("key-points", "xi-zhutijiaoyu-zongjie-speech.txt"): {"coverage": 18 / 29, "coverage_top": 11 / 29},
    ("key-points", "zhejiang-gov-report-2026.txt"): {"coverage": 19 / 28, "coverage_top": 12 / 28},
    # session 25: rateset30 joined at what it scores; its blind first measure was (whole bank / first 60, taken before
    # anyone read its banks) 95/78 of 146 in all on main 0b6c5745 (notes s25/rateset30-base.txt, totals only), then on
    # main c0a5017f (s25/rateset30-c0a5017f.txt) congyan 21/16, dangshi 18/15, henan 19/13, xi 19/19, zhiguo 20/17
    # (97/80); now 21/16, 18/15, 18/12, 19/19, 20/17 (96/79): henan lost one point in each column since c0a5017f
    ("key-points", "congyan-zhidang-xuerou-lianxi-article.txt"): {"coverage": 21 / 30, "coverage_top": 16 / 30},
    ("key-points", "dangshi-xuexi-jiaoyu-tiaoli.txt"): {"coverage": 18 / 29, "coverage_top": 15 / 29},
    # (session 27, cover33: a headline aggregate to two decimals is a blank, a fact's target takes rule_figure: 19/14)
    ("key-points", "henan-gov-report-2026.txt"): {"coverage": 19 / 29, "coverage_top": 14 / 29},
    ("key-points", "xi-huyaobang-110-speech.txt"): {"coverage": 19 / 28, "coverage_top": 19 / 28},
    ("key-points", "zhiguo-lizheng-disanjuan-xuexi-fudao.txt"): {"coverage": 20 / 30, "coverage_top": 17 / 30},
    # session 26: rateset31 joined at what it scores; its blind first measure was (whole bank / first 60, taken before
    # anyone read its banks: notes s26/rateset31-base.txt, on main 06082c6e) hunan 17/9, jiguan 20/20, shengtai 20/20,
    # xi 19/18, xuexi 22/14 (98/81 of 147); now (main ed3c9c6d) the same
    ("key-points", "hunan-gov-report-2026.txt"): {"coverage": 17 / 30, "coverage_top": 10 / 30},  # (session 27, cover33)
    ("key-points", "jiguan-jiceng-zuzhi-tiaoli.txt"): {"coverage": 20 / 30, "coverage_top": 20 / 30},
    ("key-points", "shengtai-wenming-bianhua-article.txt"): {"coverage": 20 / 27, "coverage_top": 20 / 27},
    ("key-points", "xi-sanzhong-erci-quanti-speech.txt"): {"coverage": 19 / 30, "coverage_top": 18 / 30},
    ("key-points", "xuexi-gangyao-wenhua-fanrong.txt"): {"coverage": 22 / 30, "coverage_top": 14 / 30},
    # session 26: rateset32 joined at what it scores; its blind first measure was (whole bank / first 60, taken before
    # anyone read its banks: notes s26/rateset32-base.txt, on main ed3c9c6d) dangnei 17/10, guangdong 19/9, jilv 18/14,
    # xi 20/11, zhengjiguan-renminribao 10/10 (84/54 of 143), and blind again on main 10270b65 (rateset32-final.txt)
    # 84/57: guangdong 19/12; now (main 10270b65) the same as that
    ("key-points", "dangnei-fagui-tixi-xuexi.txt"): {"coverage": 17 / 30, "coverage_top": 10 / 30},
    # (session 26, a measured trade after rate32: cite32's fixes of two rated faults each cost one first-60 point the
    # scoring rule can no longer credit: guangdong's single on 地区生产总值年均增长5%左右, whose stem opened "是：" (Q010,
    # both raters B), is now a multiple on the 主要目标 whose keys hold no 5%: 12 -> 11; xi-gongqingtuan's title without
    # its column label (每周一学（…）) lets the recall 《讲话》提出了四点希望。这四点希望分别是什么？ into the first 60 in place
    # of one hope's cloze, and a recall counts only when the teacher's anchor stands in its stem: 11 -> 10, its blind
    # first measure 11)
    # (session 27, cover33: its 14.58万亿元 and 76.58% are blanks again, its 5%左右 target ranks in the first 60: 21/12)
    ("key-points", "guangdong-gov-report-2026.txt"): {"coverage": 21 / 29, "coverage_top": 12 / 29},
    ("key-points", "jilv-chufen-tiaoli-2018.txt"): {"coverage": 18 / 30, "coverage_top": 14 / 30},
    ("key-points", "xi-gongqingtuan-100-speech.txt"): {"coverage": 20 / 29, "coverage_top": 10 / 29},
    ("key-points", "zhengjiguan-renminribao-article.txt"): {"coverage": 10 / 25, "coverage_top": 10 / 25},
    # session 27: rateset33 joined at what it scores; its blind first measure was (whole bank / first 60, taken before
    # anyone read its banks: notes s27/rateset33-base.txt, on main 2bb64370) fujian 17/12, jijian 18/18, xi-dangshi
    # 18/10, xi-gongtong 14/14, zhuanbian 20/17 (87/71 of 148), and blind again on main 20efac3c (rateset33-wave1.txt)
    # 88/71: fujian 18/12; now (main 1f0488ca) the same as that
    ("key-points", "fujian-gov-report-2026.txt"): {"coverage": 18 / 30, "coverage_top": 12 / 30},
    ("key-points", "jijian-kongsu-shensu-tiaoli.txt"): {"coverage": 18 / 28, "coverage_top": 18 / 28},
    ("key-points", "xi-dangshi-xuexi-dongyuan-speech.txt"): {"coverage": 18 / 30, "coverage_top": 10 / 30},
    ("key-points", "xi-gongtong-fuyu-qiushi-article.txt"): {"coverage": 14 / 30, "coverage_top": 14 / 30},
    ("key-points", "zhuanbian-zhengfu-zhineng-xuexi-fudao.txt"): {"coverage": 20 / 30, "coverage_top": 17 / 30},
}
# a saved web page is scored against its text's key points: it holds the same floors
FLOORS |= {("corpus", page): FLOORS[("corpus", name)] for page, name in (
    ("gaigekaifang-40-speech-page.html", "gaigekaifang-40-speech.txt"),
    ("party-school-opening-speech.html", "party-school-opening-speech.txt"),
    ("qianwan-gongcheng-report.html", "qianwan-gongcheng-report.txt"))}

# Issue 11: a cloze budget of at most 25% of the text, whatever the recall.
MAX_BUDGET = 0.25


@pytest.fixture(scope="module")
def scores() -> dict[tuple[str, str], QuestionScore]:
    """One evaluation run per folder for the whole module (generation is the slow part)."""
    out = {}
    for folder in FOLDERS:
        report = evaluate_dir(TESTS / folder, questions=True)
        if report.questions:
            print(format_table(report, details=True))  # shown by pytest when a floor fails
        out.update({(folder, s.name): s for s in report.questions})
    return out


def _figures(s: QuestionScore) -> dict[str, float]:
    parts = {"coverage": s.coverage, "coverage_top": s.coverage_top, "recall": s.recall}
    return {k: round(v.ratio, 4) for k, v in parts.items() if v is not None}


def test_every_scored_text_has_floors(scores):
    missing = {key: _figures(s) for key, s in scores.items() if key not in FLOORS}
    assert not missing, f"add floors for these texts (today's figures): {missing}"


@pytest.mark.parametrize("key", sorted(FLOORS), ids=lambda k: "/".join(k))
def test_text_meets_its_floors(scores, key):
    s = scores[key]
    assert s.error is None, s.error
    got = {"coverage": s.coverage, "coverage_top": s.coverage_top, "recall": s.recall}
    for part, floor in FLOORS[key].items():
        assert got[part] is not None, f"{key}: no file to score {part}"
        # 1e-9: a floor written as 16 / 35 is the same float as the ratio, but say so
        assert got[part].ratio >= floor - 1e-9, f"{key} {part}: {got[part].ratio:.3f} < floor {floor:.3f}"


@pytest.mark.parametrize("key", sorted(FLOORS), ids=lambda k: "/".join(k))
def test_text_stays_within_the_blank_budget(scores, key):
    budget = scores[key].budget
    assert 0 < budget.ratio <= MAX_BUDGET, f"{key}: {budget.blanked}/{budget.text} blanked"
