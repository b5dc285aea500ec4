"""A single choice on a counted list in a speech that says several lists of that count (session 26's blind
teachers, rateset31 Q043: “《讲话》强调了四点。下列哪一项是其中之一？” with two options from another four-point
list, so right too): the stem names the part it stands in, and no wrong option is a member of another list
of as many items."""

from __future__ import annotations

from kaodian.pipeline import extract_text
from kaodian.questions.generate import generate

SPEECH = """在某某工作会议上的讲话
某某
下面，我就贯彻落实会议精神讲几点意见。
一、深入学习领会会议精神
这次会议意义重大。会议提出了三个坚持：一是坚持稳中求进，二是坚持底线思维，三是坚持问题导向。我讲四点。
第一，深刻把握工作的主题。围绕中心任务谋划工作，推动事业发展。
第二，深刻把握工作的重大原则。坚持正确方向，守正创新。
第三，深刻把握工作的重大举措。突出重点领域，全面推进。
第四，深刻把握工作的根本保证。加强党的领导，落实责任。
二、切实抓好各项部署的贯彻落实
各项部署能否落地，关键在落实。要着力做到五个坚持：一是坚持人民至上，二是坚持系统观念，三是坚持守正创新，四是坚持党的领导，五是坚持依法办事。我讲四点。
第一，加强组织领导。要精心组织、统筹协调，压实各方责任。
第二，坚持整体推进。各项举措关联度高，要协同配合。
第三，鼓励探索创新。要允许基层大胆试、大胆闯。
第四，务求取得实效。要建立健全责任明晰的落实机制。
三、扎实做好下半年工作
今年时间已经过半，做好下半年工作十分重要。我着重强调几点。
第一，坚定不移实现全年目标。要巩固回升向好态势，扩大有效需求。
第二，统筹好发展和安全。要落实防范化解重点领域风险的各项举措。
第三，搞好规划总结评估工作。要深入调查研究，科学谋划未来发展。
第四，纵深推进全面从严治党。要抓好党的纪律教育，持续整治作风问题。
"""

FOURS = (("深刻把握工作的主题", "深刻把握工作的重大原则", "深刻把握工作的重大举措", "深刻把握工作的根本保证"),
         ("加强组织领导", "坚持整体推进", "鼓励探索创新", "务求取得实效"),
         ("坚定不移实现全年目标", "统筹好发展和安全", "搞好规划总结评估工作", "纵深推进全面从严治党"))


def _bank():
    return generate([extract_text(SPEECH, "speech.txt")]).questions


def test_a_speakers_counted_list_is_named_by_its_part():
    asked = [q.stem for q in _bank() if q.kind in ("recall", "single") and "四点" in q.stem]
    assert asked and all("部分" in s for s in asked), asked
    assert any("在“扎实做好下半年工作”部分强调了四点" in s for s in asked), asked


def test_a_list_single_never_offers_a_member_of_another_list_of_as_many_items():
    for q in _bank():
        if q.kind != "single" or not q.template.startswith("single.enumeration"):
            continue
        own = next((f for f in FOURS if any(o in f for o in q.options)), None)
        others = {i for f in FOURS if f is not own for i in f}
        assert not others & set(q.options), q.options
