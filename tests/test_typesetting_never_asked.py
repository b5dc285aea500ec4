"""A notice's typesetting requirements (font, size, line spacing, margins, indent, alignment) are no points of
study: no question is asked on them.  An invented call for contributions in the shape of a meeting's materials."""

from __future__ import annotations

from kaodian import pipeline

NOTICE = """协会通讯投稿须知

　　协会通讯是会员交流工作经验的重要平台。提高服务质量是协会建设的关键所在，各分会要把服务会员放在首位。
　　一、稿件格式
　　标题是方正小标宋简体，二号，居中对齐。
　　正文用楷体_GB2312，三号，左对齐，小标题加粗，行距固定值30磅，首行缩进2字符。
　　每篇稿件末尾要写明“投稿分会、作者姓名、联系电话、审核人”四项，居中对齐。
　　二、投稿方式
　　稿件请于每月25日前发送至协会秘书处。
"""


def test_no_question_asks_how_a_notice_wants_its_papers_laid_out(tmp_path):
    path = tmp_path / "通知.txt"
    path.write_text(NOTICE, encoding="utf-8")
    questions = pipeline.make_bank([str(path)], pipeline.settings(seed=1)).bank.questions
    layout = ("楷体", "行距", "居中对齐", "小标宋", "首行缩进")
    assert not [q.stem for q in questions if any(w in q.source.sentence for w in layout)]
    assert any("服务质量" in q.answer for q in questions)  # the notice's point of study is still asked


def test_a_shops_or_firms_zihao_is_no_typesetting_and_is_asked(tmp_path):
    # review 1 of session 22: 字号 alone read as a font size, and sentences on 老字号 went unasked
    from kaodian.questions.never_asked import TYPESETTING

    assert TYPESETTING.search("标题字号为二号，正文字号：小四号。") and TYPESETTING.search("正文字号3号")
    assert not TYPESETTING.search("保护和传承老字号是繁荣城市商业文化的重要举措。")
    assert not TYPESETTING.search("企业字号是企业名称中的核心部分，依法受到保护。")
    path = tmp_path / "老字号.txt"
    path.write_text("振兴老字号是促进消费升级的重要抓手。各地要支持老字号守正创新，推动老字号企业数字化转型。\n",
                    encoding="utf-8")
    questions = pipeline.make_bank([str(path)], pipeline.settings(seed=1)).bank.questions
    assert any("老字号" in q.source.sentence for q in questions), [q.stem for q in questions]
