"""Lint with the text in hand (questions/context_lint.py, session 22): what a teacher rejects only after reading
the document a question cites.  Every text here is invented."""

from __future__ import annotations

from kaodian.model import Document, Question, QuestionSource, Source
from kaodian.normalize import normalize
from kaodian.questions import lint, lint_question
from kaodian.questions.context_lint import context_of

NOTES = """读书会学习提纲
第一章 读书会的组织
一、活动的意义
交流心得、增进了解
带动全员读书 P12
二、活动的安排
每月一次，会长主持
三、活动的要求
提前读完，准备发言
第二章 读书会的纪律
会员须遵守下列要求：
一、提前读完书目
二、准备发言提纲
三、按时到场签到
"""


def _question(kind: str, stem: str, answer: tuple[str, ...], text: str, sentence: str, options: tuple[str, ...] = (),
              heading: str | None = None, point_kind: str = "enumeration") -> Question:
    start = text.index(sentence)
    return Question("q-1", kind, stem, answer, "", QuestionSource("t.txt", "题", heading, sentence, start,
                                                                   start + len(sentence)),
                    options=options, point_kind=point_kind)


def _doc(text: str):
    return normalize(Source("t.txt", text))


def _notes(text: str) -> Document:
    """A study outline as the normalizer gives one read from a PDF of notes: a line per heading and per note
    (a short invented text alone would be read as hard-wrapped lines and joined)."""
    return Document("t.txt", text, ())


def _outline(text: str) -> str:
    """The passage a list question on chapter one's three headings cites: the headings and their lines."""
    return text[text.index("一、活动的意义") : text.index("提前读完，准备发言") + len("提前读完，准备发言")]


def test_a_recall_of_the_texts_own_headings_is_flagged_with_the_text():
    doc = _notes(NOTES)
    q = _question("recall", "关于“读书会的组织”，文章列举了哪三点？", ("活动的意义", "活动的安排", "活动的要求"),
                  doc.text, _outline(doc.text))
    assert not any("小标题" in f for f in lint_question(q))  # the question alone does not tell
    assert any("小标题" in f for f in lint_question(q, context_of(doc)))


def test_subtitles_a_heading_names_after_its_colon_are_not_flagged():
    # (读书会的组织：意义+安排+要求 states the contents: its subtitles are the point)
    text = NOTES.replace("第一章 读书会的组织", "第一章 读书会的组织：意义+安排+要求")
    doc = _notes(text)
    passage = text[text.index("第一章 读书会的组织：") : text.index("提前读完，准备发言") + len("提前读完，准备发言")]
    q = _question("recall", "关于“读书会的组织”，文章列举了哪三点？", ("活动的意义", "活动的安排", "活动的要求"),
                  doc.text, passage)
    assert not any("小标题" in f for f in lint_question(q, context_of(doc)))


def test_a_formal_documents_headings_over_paragraphs_are_not_flagged():
    # (（一）…（三）… over paragraphs of prose are a document's measures, a fair list to ask)
    text = NOTES.replace("交流心得、增进了解\n带动全员读书 P12", "读书会让会员交流心得，增进彼此了解。").replace(
        "每月一次，会长主持", "每月举办一次，由会长主持。")
    doc = _notes(text)
    q = _question("recall", "关于“读书会的组织”，文章列举了哪三点？", ("活动的意义", "活动的安排", "活动的要求"),
                  doc.text, _outline(doc.text))
    assert not any("小标题" in f for f in lint_question(q, context_of(doc)))


def test_a_prose_list_naming_the_texts_headings_again_is_not_flagged():
    # (a passage that says the headings in a sentence is the text's own list: its lines stand elsewhere)
    text = NOTES + "总之，读书会的组织包括三项：活动的意义，活动的安排，活动的要求。\n"
    doc = _notes(text)
    sentence = "总之，读书会的组织包括三项：活动的意义，活动的安排，活动的要求。"
    q = _question("recall", "关于“读书会的组织”，文章列举了哪三点？", ("活动的意义", "活动的安排", "活动的要求"),
                  doc.text, sentence)
    assert not any("小标题" in f for f in lint_question(q, context_of(doc)))


def test_a_recall_of_a_lists_own_items_is_not_flagged():
    doc = _notes(NOTES)
    q = _question("recall", "关于“会员须遵守下列要求”，文章列举了哪三点？", ("提前读完书目", "准备发言提纲", "按时到场签到"),
                  doc.text, "会员须遵守下列要求：")
    assert not any("小标题" in f for f in lint_question(q, context_of(doc)))


REPORT = """本会章程规定理事会负责审议年度工作计划。
本会章程规定理事会还要审议年度财务计划，并报会员大会备案。
各分会每年审议年度宣传计划。
"""


def test_a_false_statement_the_text_says_of_the_same_subject_is_flagged():
    doc = _doc(REPORT)
    sentence = "本会章程规定理事会负责审议年度工作计划。"
    false = _question("truefalse", "本会章程规定理事会负责审议年度财务计划。", ("错",), doc.text, sentence,
                      ("对", "错"), point_kind="statement")
    assert any("这个错不明确" in f for f in lint_question(false, context_of(doc)))
    # the same words said of another subject (各分会) are what a swap may draw on
    other = _question("truefalse", "本会章程规定理事会负责审议年度宣传计划。", ("错",), doc.text, sentence,
                      ("对", "错"), point_kind="statement")
    assert not any("这个错不明确" in f for f in lint_question(other, context_of(doc)))
    assert not any("这个错不明确" in f for f in lint_question(false))


SUMMARY = """协会年度总结
一、2025年工作回顾
一年来，协会工作取得新进展：一是会员队伍稳步壮大，二是品牌活动持续开展，三是服务能力明显提升。同时，财务管理更加规范。
二、2026年工作安排
一是扩大会员规模，二是办好年会，三是完善章程。
"""


def test_a_wrong_option_said_under_the_heading_the_stem_asks_is_flagged():
    doc = _doc(SUMMARY)
    sentence = "一年来，协会工作取得新进展：一是会员队伍稳步壮大，二是品牌活动持续开展，三是服务能力明显提升。"
    stem = "关于“2025年工作回顾”，下列哪些是文章列举的要点？"
    q = _question("multiple", stem, ("A", "B", "C"), doc.text, sentence,
                  ("会员队伍稳步壮大", "品牌活动持续开展", "服务能力明显提升", "财务管理更加规范"), heading="2025年工作回顾")
    assert any("答案有争议" in f for f in lint_question(q, context_of(doc)))
    # a wrong option from another passage (next year's plan) is a distractor of the material
    fair = _question("multiple", stem, ("A", "B", "C"), doc.text, sentence,
                     ("会员队伍稳步壮大", "品牌活动持续开展", "服务能力明显提升", "扩大会员规模"), heading="2025年工作回顾")
    assert not any("答案有争议" in f for f in lint_question(fair, context_of(doc)))


TASKS = """协会年度报告
一、2026年重点工作
今年要着力抓好以下工作。
扩大会员队伍。面向青年发展新会员。
办好品牌活动。每季度举办一次读书沙龙。
完善内部管理。修订财务制度。
为减轻会员负担，一是降低会费标准，二是减免培训费用，三是取消资料费。
二、保障措施
加强组织领导。
"""


def test_a_recall_of_the_n_points_under_a_heading_with_another_list_of_n_is_flagged():
    doc = _doc(TASKS)
    stem = "关于“2026年重点工作”，文章列举了哪三点？"
    own = _question("recall", stem, ("扩大会员队伍", "办好品牌活动", "完善内部管理"), doc.text, "扩大会员队伍。",
                    heading="2026年重点工作")
    assert any("题干没说问的是哪一组" in f for f in lint_question(own, context_of(doc)))
    # the numbered list itself, when it is the only run of three, is no other list
    numbered = _question("recall", stem, ("降低会费标准", "减免培训费用", "取消资料费"), doc.text,
                         "为减轻会员负担，一是降低会费标准，二是减免培训费用，三是取消资料费。", heading="2026年重点工作")
    assert not any("题干没说问的是哪一组" in f for f in lint_question(numbered, context_of(doc)))
    # a stem that names its list (not the heading) says which it asks
    named = _question("recall", "关于“为减轻会员负担”，文章列举了哪三点？", ("扩大会员队伍", "办好品牌活动", "完善内部管理"),
                      doc.text, "扩大会员队伍。", heading="2026年重点工作")
    assert not any("题干没说问的是哪一组" in f for f in lint_question(named, context_of(doc)))


def test_lint_of_a_bank_reads_each_question_with_its_documents_context():
    doc = _notes(NOTES)
    q = _question("recall", "关于“读书会的组织”，文章列举了哪三点？", ("活动的意义", "活动的安排", "活动的要求"),
                  doc.text, _outline(doc.text))
    assert any("小标题" in f for f in lint([q], {"t.txt": context_of(doc)}))
    assert not any("小标题" in f for f in lint([q]))


def test_kaodian_lint_reads_the_source_file_a_bank_cites(capsys, tmp_path, monkeypatch):
    from kaodian.bank import dump_bank
    from kaodian.cli import main
    import pytest

    (tmp_path / "t.txt").write_text(REPORT, encoding="utf-8")
    doc = _doc(REPORT)
    q = _question("truefalse", "本会章程规定理事会负责审议年度财务计划。", ("错",), doc.text,
                  "本会章程规定理事会负责审议年度工作计划。", ("对", "错"), point_kind="statement")
    bank = tmp_path / "题库.json"
    bank.write_text(dump_bank([q]), encoding="utf-8")
    monkeypatch.chdir(tmp_path.parent)  # (found beside the bank, not only in the current folder)
    with pytest.raises(SystemExit) as e:
        main(["lint", str(bank)])
    assert e.value.code == 1 and "这个错不明确" in capsys.readouterr().out
    (tmp_path / "t.txt").unlink()  # without its text, the bank is checked question by question
    with pytest.raises(SystemExit):
        main(["lint", str(bank)])
    assert "这个错不明确" not in capsys.readouterr().out


def test_lint_with_the_texts_on_the_labeled_reviews_whose_source_the_repository_holds():
    """Lint's catch over every labeled review (tests/data/lint_labels*.json), each question read with its source
    text where tests/ holds it (tests/corpus, tests/key-points, tests/study-points: 502 of 2,843 labels, 151 of
    the 1,140 rejects; session 23 copies the dev texts the other reviews cite into tests/lint-texts and adds session
    22's blind rating: 1,052 of 2,963 labels, 293 of the 1,151 rejects; session 24 adds session 23's two blind
    ratings of one sample and copies their texts and the four shared reference texts: 551 of the 1,177 rejects; session
    25 adds its two blind ratings of rateset29, whose texts tests/key-points holds: 569 of the 1,195 rejects, none of
    the 18 new ones caught, none of its 78 non-rejects flagged; the session's trivia and definition rules then catch
    13 of them, 745 in all; its second rating, of rateset30, whose texts tests/key-points holds too: 580 of the 1,206
    rejects, none of the 11 new ones caught, none of its 47 non-rejects flagged; session 26's cloze checks then catch
    12 rejects more, 757 in all; session 26 adds its blind rating of rateset31, whose texts tests/key-points holds:
    589 of the 1,215 rejects, none of the 9 new ones caught, none of its 91 non-rejects flagged; then its blind rating of
    rateset32, whose texts tests/key-points holds too: 602 of the 1,228 rejects, none of the 13 new ones caught, none of
    its 79 non-rejects flagged, 762 in all; session 27 adds its two blind ratings of rateset33, whose texts
    tests/key-points holds too: 638 of the 1,264 rejects, none of the 36 new ones caught, none of its 150 non-rejects
    flagged, 767 in all on main 1f0488ca).  Session 22: the text's checks catch 3 rejects more (677 of 1140; 674 without the texts)
    and flag two non-rejects more (127 flagged without the texts, 129 with them): an A grade whose wrong option the
    passage under the asked heading also says, and a B grade of a recall of an outline's subtitles whose teacher
    asks to reword its stem (the other teacher rejected that question, naming the subtitles).  Floors and ceilings
    that only improve."""
    import json
    import sys
    from pathlib import Path

    from kaodian.ingest import read_path

    tests = Path(__file__).parent
    sys.path.insert(0, str(tests))
    from test_teacher import _lint_scores

    folders = [tests / "corpus", tests / "key-points", tests / "study-points", tests / "lint-texts"]
    contexts: dict[str, object] = {}

    def context(name: str):
        base = Path(name).name
        if base not in contexts:
            path = next((f / base for f in folders if (f / base).is_file()), None)
            contexts[base] = context_of(normalize(read_path(path))) if path else None
        return contexts[base]

    labels = [x for path in sorted((tests / "data").glob("lint_labels*.json"))
              for x in json.loads(path.read_text(encoding="utf-8"))]
    tp, rejects, fp = _lint_scores(labels, context)
    assert rejects >= 1264
    assert tp >= 770, tp  # (session 27: lint34's outline_list change reverted, it dropped outline recalls test_outline_recall asks for)
    # (session 23: session 22's rating adds six flagged B grades, each a teacher's edit for the very fragment flagged;
    # topic_titles catches 14 rejects and flags an A and a B of one choice among a guide's titles, 大学生活的特点;
    # lint_shapes' garbled_title 5 rejects and 3 B grades asking to delete that title; picked_figures 7 and a B)
    # (session 24: the texts of session 23's rating and of the reference reviews catch 6 rejects more and flag one B
    # grade, a recall of four points under a heading that holds another run of four, whose teacher asks to reword the
    # stem for the same mismatch; lint_shapes' three new checks catch 7 and flag none; tf_worth's founding year
    # flags the two B grades of a true/false changing 1921 to 1918, both teachers' reasons naming that very defect)
    # (session 25: lint_shapes' subjectless statement opening with a preposition, up to 60 characters, and its keys that
    # hold one another catch 7 rejects more, 725 -> 732, and flag no non-reject: 143 flagged)
    # (session 25: the same graded non-reject of lint_labels_s25b.json as test_rater_shapes says, flagged by cloze30's
    # tally-label check written from that very question)
    # (session 26: single31's forecast check (tf_worth forecast_words: no true copy of 有望/预计将) catches the reject of
    # lint_labels_s26.json it was written from, 到今年年底，…有望圆满完成 (r6: C, 预期而非事实) and flags the same question's
    # B grade of r5, who asks to edit that very copied true statement (照抄的真命题；“今年”指代不明): one flag more)
    # (session 26: cloze3's procedure_matter (a regulation's procedure sentence asks its decider, not its list of
    # matters) flags the two B grades of rate31's Q019, the three-blank cloze on 设置调整、换届、委员会组成 both teachers
    # asked to edit for that very fault (r6: 非要点；应改挖“党组（党委）讨论决定”; r5: 连续三个空…宜只留一个空): two flags more)
    # (session 26: recall32's checks (a list stem pointing at a list it does not show, 有下列行为之一。请写出…; a statement
    # opening with 强调 and no speaker) catch 3 rejects of rate32 and flag 9 of its B grades, each a teacher's edit for
    # that very defect (r7/r8: 题干照抄“有下列情形之一的”，未列出条文、未注明出处; “强调…”缺主语): nine flags more)
    # (session 27, tf6's wider_terms: one more flag, a B of rate33b Q016 whose defect it is; 771 -> 772 caught)
    assert fp <= 158 and tp / (tp + fp) >= 0.829, (tp, fp)


def test_a_text_of_the_same_name_that_does_not_say_the_questions_sentence_is_no_context():
    # (lint finds the text by the name the bank cites: another file of that name, or the text edited since)
    doc = _notes(NOTES)
    q = _question("recall", "关于“读书会的组织”，文章列举了哪三点？", ("活动的意义", "活动的安排", "活动的要求"),
                  doc.text, _outline(doc.text))
    other = _notes(NOTES.replace("带动全员读书 P12", "带动全员读书 P15"))
    assert any("小标题" in f for f in lint_question(q, context_of(doc)))
    assert not any("小标题" in f for f in lint_question(q, context_of(other)))


GUIDE = """公民道德读本学习要点
第一章 诚信
一、诚信与守约
（一）诚信的含义
诚信就是诚实守信，言行一致。
（二）诚信的社会意义
诚信是立身之本，是社会运行的基础。
（三）诚信与法治
法治为诚信提供保障，诚信为法治提供支撑。
二、践行诚信
（一）加强诚信教育
学校和社区要经常开展诚信教育。
（二）完善信用记录
建立覆盖全体公民的信用记录。
（三）惩戒失信行为
对严重失信者依法依规惩戒。
"""


def _passage(text: str, first: str, last: str) -> str:
    return text[text.index(first) : text.index(last) + len(last)]


def test_a_list_of_a_study_guides_section_titles_is_flagged_however_full_the_sentences_under_them():
    # (titles that name a topic, 诚信的含义 / …的社会意义 / 诚信与法治: the question asks the table of contents)
    doc = _notes(GUIDE)
    passage = _passage(GUIDE, "（一）诚信的含义", "诚信为法治提供支撑。")
    q = _question("recall", "关于“诚信与守约”，文章列举了哪三点？", ("诚信的含义", "诚信的社会意义", "诚信与法治"),
                  doc.text, passage)
    assert any("各节的题目" in f for f in lint_question(q, context_of(doc)))
    assert not any("各节的题目" in f for f in lint_question(q))  # (the question alone does not tell)
    choice = _question("multiple", "关于“诚信与守约”，下列哪些是文章列举的要点？", ("A", "B", "C"), doc.text, passage,
                       ("诚信的含义", "诚信的社会意义", "诚信与法治", "完善信用记录"))
    assert any("各节的题目" in f for f in lint_question(choice, context_of(doc)))


def test_a_single_choice_among_a_study_guides_section_titles_is_flagged():
    doc = _notes(GUIDE)
    q = _question("single", "关于“诚信与守约”，下列哪一项是文章列举的要点？", ("B",), doc.text, "（三）诚信与法治",
                  ("加强诚信教育", "诚信与法治", "完善信用记录", "惩戒失信行为"))
    assert any("各节的题目" in f for f in lint_question(q, context_of(doc)))
    # (options that are no lines of the text are the material's distractors, not its contents page)
    mixed = _question("single", "关于“诚信与守约”，下列哪一项是文章列举的要点？", ("B",), doc.text, "（三）诚信与法治",
                      ("守法", "诚信与法治", "公平", "正义"))
    assert not any("各节的题目" in f for f in lint_question(mixed, context_of(doc)))


def test_a_list_of_section_titles_that_say_what_to_do_is_not_flagged():
    # (加强诚信教育 / 完善信用记录 / 惩戒失信行为 are the measures themselves, a fair list to ask)
    doc = _notes(GUIDE)
    passage = _passage(GUIDE, "（一）加强诚信教育", "对严重失信者依法依规惩戒。")
    q = _question("recall", "关于“践行诚信”，文章列举了哪三点？", ("加强诚信教育", "完善信用记录", "惩戒失信行为"),
                  doc.text, passage)
    assert not any("各节的题目" in f for f in lint_question(q, context_of(doc)))


ROLES_GUIDE = """基层党建学习要点
一、发挥三方面作用
（一）发挥党组织的战斗堡垒作用
党组织要把群众紧紧团结在周围。
（二）发挥党员的先锋模范作用
党员要在急难险重任务中冲在前面。
（三）发挥群团组织的桥梁纽带作用
群团组织要把党的声音传到群众中去。
"""


def test_titles_that_open_with_a_verb_of_doing_are_measures_not_topics():
    # (发挥…的…作用 ends like a topic's title but says what to do: a fair list to ask; review, session 23)
    doc = _notes(ROLES_GUIDE)
    items = ("发挥党组织的战斗堡垒作用", "发挥党员的先锋模范作用", "发挥群团组织的桥梁纽带作用")
    passage = _passage(ROLES_GUIDE, "（一）发挥党组织", "传到群众中去。")
    q = _question("recall", "关于“发挥三方面作用”，文章列举了哪三点？", items, doc.text, passage)
    assert not any("各节的题目" in f for f in lint_question(q, context_of(doc)))
