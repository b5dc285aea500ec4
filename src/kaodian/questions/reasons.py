"""Why a generator asks no question: the reasons a run's diagnostics name, in one place.

A generator returns one of these instead of a ``Draft``; ``generate`` prefixes
it with the question kind (未出单项选择题：…).  The wording is the user's, so
it is Chinese; the names say what went wrong for a reader of the code.
"""

from __future__ import annotations

# cloze
NO_ITEM_KEY_TERM = "各项都没有可挖的关键词（动词后的名词短语）"
ITEM_KEY_TERMS_TOO_LONG = "各项的关键词都超过所在句子的四分之一"
TERMS_NOT_IN_ONE_SENTENCE = "术语不在同一句中"
SERIES_UNEVEN = "顿号所分的各项不是同类的完整词语（动词带宾语与名词并列，或句子被顿号切开），逐项挖空会割裂语义"
STATEMENT_WITHOUT_KEY = "这句论断没有标出可挖空的关键词"
FACT_NOTHING_TO_BLANK = "没有可挖的日期、地点或数字"
POINT_NOT_IN_SOURCE = "考点不在出处句中"
ANSWER_SAID_TWICE = "答案在句中说了两次，两处都挖空会互相提示，只挖一处又在题干里露出答案（同一分句里，或截不出只含一处的题干）"
BLANKS_TOO_LONG_OR_SHOWN = "挖空会超过句子的四分之一，或答案在句中别处出现"
BLANK_IS_FILLER = "要挖的只是套语或连接语（如“加以解决”“归根结底”），不是概念"
BLANK_IS_SLIGHT = "要挖的只是一两个字的常用词（如“政府”“理论”），不是这句论断的概念，一猜就中或可填的词很多"
BLANK_IS_OLD_WORDING = "要挖的在修改前的旧表述里（将……修改为……），应考修改后的"
BLANK_OPEN_OBJECT = "空是句末“加强、抓好…”之类动词的宾语（加强______。），可填的内容很多，答案不唯一"
BLANK_IN_QUESTION_HEADING = "句子是提纲的问句标题（什么是…，如何…），不是陈述，不挖空"
SIBLING_NAME = "是一串并列书名（片名、法规名……）中的一个，不是词库里的文件，全文只出现一次：挖空考的是琐碎记忆"

# choice and true/false
TERM_QUOTES_CUT = "术语的引号不成对（术语切在引号中间）"
TERM_QUOTES_UNPAIRED = "术语的引号不成对"
TERM_MISSPELT = "并列的术语中有错字（成语错了一个字），出选择题会被当作陷阱"
ITEM_QUOTES_CUT = "列举项的引号不成对（项的开头或结尾切在引号中间）"
SERIES_CLAUSES = "并列的是几个分句（主语加谓语），不是术语：别的选项只能是短语，正确项一眼可辨"
SERIES_PAIRED = "并列的词两两成对（甲和乙、丙和丁），出多选题会拆散成对的关系"
PLACE_ROLL = "并列的是一串地名（国家、地区），问其中哪一个是琐碎细节，不出选择题"
SERIES_BROKEN = "并列的词里夹着空白（跨过了条款号或换行），是切坏的片段，不是术语"
GAPPED = "这句是填空练习的原文，中间留着空，不是完整的陈述"
NOTE_LABEL = "这句是笔记式的“标签：内容”，冒号前是名目，不是可判对错的完整陈述"
REFUTED = "这句是学习材料要辨析的说法，材料随后判它错误：照抄成判断题，答案会把错的说成对的"
SERIES_TOO_LONG = "并列的词多于多选题的正确项上限（policy.yaml 的 multiple_right），题干挖去整串而只有几项是正确选项，学员选全了也不对，不出多选题"
OPEN_LIST = "并列没有列全（以“等”结尾或由“如、包括”引出），别的选项未必错"
FACT_NOTHING_TO_ASK = "没有可问的日期或地点"
LOCAL_ABBREVIATION = "是本文顺带用的数字简称（两重、三个集中），既不是词库里全国通用的提法，文中也没有说出它指哪几项，与文中别的简称并列出单选只是猜谜，不出单选题"
# A kind that never asks such a point (a statement that defines no lexicon term: no single choice): no diagnostic,
# the point is asked in its other kinds as it always was.
NOT_APPLICABLE = ""
NO_DEFINED_TERM = "定义的主语在词库里取不到三个合适的同组词作干扰项"
TITLE_STEM = "所在的句子只是文章标题，题干没有上下文，不出选择题（正文里说到它时再问）"
LIST_UNDER_TWO = "列举不足两项"

# ordering
LIST_UNDER_THREE = "列举不足三项，不出排序题"
LIST_REPEATS_ITEM = "列举中有相同的项"
LIST_NO_ORDER = "各项是并列的，没有先后（不是时间上的阶段、程序的步骤或顺序本身要考的提法），不出排序题"
# any list question (questions/listscope.py)
LIST_OCCASION = "列举的是会议本身的事务（议程、出席人员），不是材料的考点"
LIST_VERDICT = "列举是辨析题判断（“错误。”）后的理由，不是要背的一组要点"
LIST_OPEN = "列举以“等”结尾，没有引导语说出项数，问“哪几项”没有确定的答案，不出简答、排序题"
LIST_CLAUSE = "列举是一句论述里的原因或条件从句（由于…：（一）…（二）…；因此…），不是一组要点"
LIST_PARTIAL = "列举的第一项不是从 1 起编号（接着上面的编号），是后面几个小节的标题，不是导语说的那一组"
LIST_CONTENTS = "列举的是学习笔记自己的章节标题或题目（目录），不是考点"
LIST_SUB_HEADINGS = "列举的是提纲的小标题（意义、基本要求、某某的特点…），标题下面什么也没说或另有内容，答案空洞，不出列举题；小标题下的列举另出题"
LIST_PROCEDURE = "列举的是活动方案的阶段或安排的小标题（前期准备、时间、参加人员、注意事项等），是办事的步骤，不是材料的考点；其下的具体内容另出题"
LIST_EDITORIAL = "列举的是对文件的修改（将…修改为…、增写…）或一句原话的表述被逗号拆开，答案会是旧表述、位置或半句话，不出列举题"
LIST_REVIEW = "列举的是工作回顾里做过的事，同一报告里别的工作也多半做过，错误选项未必错，不出选择题（用简答题问）"
LIST_UNDER_QUESTION = "列举的是复习题的答案要点，单选的错误选项只能取自别的题的答案，同样说得通，不出单选题"
LIST_COUNT_MISMATCH = "引出列举的句子说的项数与找到的项数不符（只找到其中一部分，或是另一组），不出列举题"
LIST_ONE_SENTENCE = "这是一句话里用逗号连起来的一个总要求，不是一项项的要点，不出列举题"
LIST_FRAGMENT_ITEM = "列举中有一项只是半句话（介词短语），不出列举题"
LIST_UNSCOPED = "列举上方自己的小标题说的是另一组（如标题“某某”下的小标题“甲”），题干说不清问的是哪一组，不出列举题"
STEM_FRAGMENT = "题干只是“某某的（　　）”这样的名词短语，没有谓语，问不出什么"
LIST_TOPIC_ECHO = "正确选项多半含题干称呼这组列举的词，错误选项都不含，按关键词即可猜中，不出选择题（用简答题问）"
LIST_MISNAMED = "列举有自己的引出句，或跟在另一组列举的最后一项之后，题干用上一级的项来称呼它未必对，不出多选题"
LIST_RESTATES_NAME = "各项只是把称呼这组列举的标题拆成几半（标题“甲，乙”下的两项即甲、乙），题干已泄露答案，不出列举题"
LIST_ASPECTS_MISMATCH = "称呼这组列举的标题问了几个方面（某某的性质、主力军和动力），列举的项数与之不符，答非所问，不出列举题"
LIST_UNNAMED = "题干说不清问的是哪一组列举（所在标题或文章下还有别的列举，也没有引出它的句子），不出列举题"
ORDER_SHOWN = "各项带着年份或时间，按时间就能排出，不出排序题"
ORDER_LENGTHS = "各项长短悬殊，不出排序题"
LIST_HEADS_ALIKE = "列举项是整段话，各项开头一句几乎相同（都是同一个主语），要点在后面，答案会是几条重复的话，不出简答题"
LIST_ITEM_TOO_LONG = "列举项是整段话，开头一句也超过 policy.yaml 的 recall_item_max 字（或开头一句只是半句话，接上后也太长），不出简答题，用选择题问"

# assembly
SAME_STEM = "与已出的题题干相同（或同一句已出判断题）"
# the sentence was kept for another point's true/false question, a copy of it, and that copy was then left out
# (generate._cap_true): a sentence is asked true/false once, so it has none
SENTENCE_COPY_LEFT_OUT = "同一句留给了另一考点照抄原句的判断题，那道题又因照抄原文的判断题不宜多出而舍去，这句不出判断题"
TITLE_LINE = "这一句是只有名目的小标题，不是可以出题的句子"
POOR = "（不合格，已舍去）："
LINT_FAILED = "（检查未通过）："
# said for a teacher: what the text lacks, not which template ids were tried
NO_TEMPLATE = "：题目要写出的文章标题、小标题或讲话人，这里没有"


def blank_cuts_words(words: list[str]) -> str:
    """A blank would cut a word or open or close on a function word (the words named)."""
    return f"挖空会切开词语或以虚词开头结尾（{'、'.join(words)}）"


def blank_half_object(blanks: list[str]) -> str:
    """A blank would take a verb and half its object, leaving the object's noun after a 的."""
    return f"挖空会吞进动词和半个宾语，割裂句子（{'、'.join(blanks)}）"


def too_few_siblings(n: int) -> str:
    """Fewer than ``n`` terms of the series' kind to offer as wrong options."""
    return f"干扰项不足（需要 {n} 个同类的词）"


def too_few_found(need: int, found: int) -> str:
    """Fewer than ``need`` wrong options found (``found`` of them)."""
    return f"干扰项不足（需要 {need} 个，只找到 {found} 个）"


def too_few_requirements(n: int) -> str:
    """Fewer than ``n`` other requirements to offer as wrong options."""
    return f"干扰项不足（需要 {n} 个其他要求）"

TRUE_CAP = "照抄原文的判断题已占三分之一，这句改出别的题型"
