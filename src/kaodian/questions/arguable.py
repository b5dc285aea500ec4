"""Options of a 多项选择题 that a teacher cannot print because they are arguable or tricks, not errors a
learner could make (blind reviews of session 11, task multi):

- a misspelling: an option holding a four-character term of the lexicon with one character changed (实事求事 for
  实事求是), whether the text misspelled a key or a wrong option was drawn from the misspelled line; and a
  wrong option one character away from a key (the same typo seen from the other side);
- a restatement: a wrong option that says what a key says (仍处于并长期处于社会主义初级阶段 beside
  我国还处在社会主义初级阶段), by a long run the two share after their common opening, or a statement
  about the same subject as a key (…是毛泽东思想的精髓 beside …既是党的思想路线的核心): beside a list
  of statements, another statement on the key's subject is most likely true too;
- a glossary entry (a term the text defines, ``X：…``) beside keys that are not: the text's notes on its
  own terms are of another kind than the points it lists (未来产业六大领域 among a year's works);
- a link of a ``以…为…`` chain cut at its comma (健全以…为根本，以…为核心的…): half a phrase;
- a phrase led by one character (有能力) beside keys that are single words (质量、效益、竞争力);
- a key holding the second half its siblings leave out (坚持…、反对… beside 坚持… whose 反对… follows a
  comma): ``trimmed_like_siblings`` cuts it like them.

Where the other lists give a list of statements no clearly wrong option, ``crossed`` makes one the way a
question writer does: a key's subject with another item's predicate (an unambiguous error in the keys' form).

``wrong_ok`` is what drafting asks of each wrong option; ``misspelt`` and ``subject_only`` (a key that is
only the subject of its clause: half a sentence) of each key.  Thresholds are
policy (arguable.yaml).
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from .. import segment
from ..text import common_run
from .typos import suspect
from .vocab import load_vocab

_POLICY = yaml.safe_load(Path(__file__).with_name("arguable.yaml").read_text(encoding="utf-8"))
RESTATE_RUN: int = _POLICY["restate_run"]
RESTATE_OBJECT_MIN: int = _POLICY["restate_object_min"]
STATEMENT_MIN: int = _POLICY["statement_min"]
SUBJECT_ONLY_MIN: int = _POLICY["subject_only_min"]
_DETERMINERS = tuple(_POLICY["subject_determiners"])
CROSS_SUBJECT_MAX: int = _POLICY["cross_subject_max"]
_LEAD_TAGS = tuple(_POLICY["lead_char_tags"])
_SUBJECT_TAGS = tuple(_POLICY["subject_tags"])
_CHAIN_END = re.compile(_POLICY["chain_end"])
_DEFINED = _POLICY["defined_prefix"]
_ADVERBIAL_HEADS = tuple(_POLICY["adverbial_heads"]) + load_vocab().condition_openers
_QUALIFIED_SUBJECT = re.compile(_POLICY["qualified_subject"])
ADVERBIAL_HEAD_MIN: int = _POLICY["adverbial_head_min"]


def one_off(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` are as long (three characters or more) and differ in exactly one character."""
    return len(a) == len(b) >= 3 and sum(x != y for x, y in zip(a, b)) == 1


def misspelt(option: str, lexicon: object) -> str | None:
    """The lexicon term that ``option`` misspells (实事求是 for …实事求事…), as ``typos.suspect`` reads a
    slip; None when there is none or no ``lexicon`` is given.  (A key or wrong option that copies a
    typo is read as a trick: a question is drafted without it.)"""
    hit = suspect(option) if lexicon is not None else None
    return hit[1] if hit else None


def _opening_shared(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n


def _subject(option: str) -> str:
    """The nouns ``option`` opens with (新型|城镇化, 实事求是) when it says something of them (a subject),
    else ''."""
    words = segment.tag(option)
    if len(option) < STATEMENT_MIN or len(words) < 2:
        return ""
    head = ""
    for w, t in words[:-1]:
        if not t.startswith(_SUBJECT_TAGS):
            break
        head += w
    return head if len(head) >= 2 else ""


_FIGURE = re.compile(r"\d")
_CLAUSE = re.compile("[，。；：！？、]")


def restates(right: list[str], wrong: str) -> str | None:
    """The key that ``wrong`` restates or says more of, else None: the two share a run of RESTATE_RUN
    characters after their common opening, or both are statements (STATEMENT_MIN characters or more)
    about the same subject (the nouns they open with); never when both state a figure (another target
    or result, 国内生产总值达到… beside 国内生产总值增长…, is wrong by its figure)."""
    subject = _subject(wrong)
    if len(right) >= 2 and subject and all(_subject(r) == subject for r in right):
        subject = ""  # (what every key opens with is the list's form, 全力…, not one key's subject)
    for r in right:
        if _FIGURE.search(r) and _FIGURE.search(wrong):
            continue
        n = _opening_shared(r, wrong)
        if common_run(r[n:], wrong[n:]) >= RESTATE_RUN or (subject and _subject(r) == subject):
            return r
        if (obj := _object(wrong)) and obj in r and not r.endswith(wrong):
            return r  # (another verb on the key's own object: 推进现代化建设 beside 参加社会主义现代化建设)
    return None


def _object(option: str) -> str:
    """What ``option`` says after the verb it opens with (推进|现代化建设), when that is RESTATE_OBJECT_MIN
    characters or more, else ''."""
    words = segment.tag(option)
    if len(words) < 2 or words[0][1] != "v":
        return ""
    rest = option[len(words[0][0]):]
    return rest if len(rest) >= RESTATE_OBJECT_MIN else ""


def _unknown(lexicon: object, word: str) -> bool:
    """Whether ``word`` is neither a term of ``lexicon`` nor a word jieba knows whole."""
    return segment.tag_whole(word) is None and (lexicon is None or not lexicon.groups_of(word))


def defined(text: str, option: str) -> bool:
    """Whether ``text`` defines ``option`` as a term (a line opening with it, after a number, then ``：``)."""
    if option + "：" not in text:  # (most options: one scan in C instead of a regex)
        return False
    for m in re.finditer(re.escape(option) + "：", text):
        line = text[text.rfind("\n", 0, m.start()) + 1 : m.start()]
        if re.fullmatch(_DEFINED, line):
            return True
    return False


def cut_chain(text: str, option: str) -> bool:
    """Whether ``option`` is the first link of a ``以…为…`` chain that ``text`` goes on with after a comma
    (健全以党章为根本，以民主集中制为核心的制度体系): everywhere it is said, the next clause opens with 以."""
    if "以" not in option or not _CHAIN_END.search(option):
        return False
    at = [m.end() for m in re.finditer(re.escape(option), text)]
    return bool(at) and all(text.startswith(("，以", "、以"), i) for i in at)


def led_by_char(right: list[str], wrong: str, lexicon: object = None) -> bool:
    """Whether ``wrong`` opens with a one-character verb, adjective or adverb (有能力, 强党性, 最现实) beside
    keys that are each one word (质量、效益、竞争力): a phrase among words, read off at a glance, and most
    often a piece cut out of another phrase.  Never a term of ``lexicon`` or a word jieba knows (旧民主主义)."""
    if not all(len(segment.tag(r)) == 1 for r in right) or not _unknown(lexicon, wrong):
        return False
    words = segment.tag(wrong)
    return len(words) > 1 and len(words[0][0]) == 1 and words[0][1][:1] in _LEAD_TAGS


def _split_statement(item: str) -> tuple[str, str] | None:
    """``item`` as (subject, predicate) around its first copula word 是 (实事求是 is one word, no copula): a
    short name (two to CROSS_SUBJECT_MAX characters of nouns) said to be what it is of something (…的精髓),
    no clause punctuation in either; None when it is no such statement."""
    at = 0
    for w in segment.cut(item):
        if w == "是":
            subject, predicate = item[:at], item[at + 1:]
            if not (2 <= len(subject) <= CROSS_SUBJECT_MAX and len(predicate) >= 2) or _CLAUSE.search(subject + predicate):
                return None
            # a name (实事求是, 党的领导), no clause or adverb (…体系都是); a predicate that says what it is of
            # something (…的精髓, …的本质和核心要求), not what it does
            if not all(t.startswith(_SUBJECT_TAGS) or t == "uj" for _, t in segment.tag(subject)):
                return None
            return (subject, predicate) if len(predicate.rpartition("的")[2]) >= 2 and "的" in predicate else None
        at += len(w)
    return None


def crossed(text: str, right: list[str], items: list[str]) -> list[str]:
    """Wrong options for a list whose every item is a statement ``S是P`` on a subject of its own (群众路线是…,
    独立自主是…): a key's subject with another item's predicate (群众路线是<the predicate said of 实事求是>),
    each unambiguously false and in the keys' very form, none said in ``text``.  [] when some item is no
    such statement or two share a subject or a predicate.  Keys first, items in text order."""
    split = [_split_statement(i) for i in items]
    if any(x is not None and x[1].startswith(("是", "为")) for x in split):
        return []  # (是是, 是为: a typo or a frame, no predicate to move)
    if any(x is None for x in split):
        return []
    subjects, predicates = [x[0] for x in split], [x[1] for x in split]
    if len(set(subjects)) < len(split) or len(set(predicates)) < len(split):
        return []
    out: list[str] = []
    keyed = [items.index(r) for r in right if r in items]
    for shift in range(1, len(items)):  # (each key's subject once before any twice: varied wrong options)
        for i in keyed:
            c = f"{subjects[i]}是{predicates[(i + shift) % len(items)]}"
            if c not in text and c not in out:
                out.append(c)
    return out


def trimmed_like_siblings(items: list[str], cores: list[str]) -> list[str]:
    """``cores`` (the clauses ``items`` open with) with the one that swallowed the second half its siblings
    leave out cut there: when most items go on after a comma with the same two characters (坚持…，反对…),
    a core that holds them after a 、 (坚持清正廉洁、反对以权谋私, the source's slip) is cut before them, so
    no option stands out by a half the others lack."""
    after = [i[len(c):] for i, c in zip(items, cores)]
    heads = [a[1:3] for a in after if a.startswith("，") and len(a) >= 3]
    if len(heads) < 2:
        return cores
    word = max(sorted(set(heads)), key=heads.count)
    if 2 * heads.count(word) < len(items):
        return cores
    out = []
    for c in cores:
        at = c.find("、" + word)
        out.append(c[:at] if at >= 2 else c)
    return out


def subject_only(item: str, head: str) -> bool:
    """Whether ``head``, the clause a list item opens with (its core), is only the subject of that clause:
    a long noun phrase (no verb, adverb or adjective in it, but in a clause before its last 的 after a
    determiner of all: subject_determiners), and the
    item going on after a comma with a verb other than a copula, after adverbs (近代中国…的性质和中国革命的
    历史任务，决定了…; 一切符合…标准的所有制形式，都可以…).  Keyed, it is half a sentence."""
    rest = item[len(head):]
    if len(head) < SUBJECT_ONLY_MIN or not rest.startswith("，"):
        return False
    tags = segment.tag(head)
    # after a determiner of all, a verb before the last 的 is in a clause that qualifies the noun
    # (一切符合…标准的所有制形式): the phrase is still a noun phrase
    de = max((i for i, (w, _) in enumerate(tags) if w == "的"), default=-1) if head.startswith(_DETERMINERS) else -1
    if not tags or de == len(tags) - 1 or any(t[:1] in ("v", "d", "a") and t != "vn" for _, t in tags[de + 1:]):
        return False
    after = segment.tag(rest[1:])
    while after and after[0][1] in ("d", "c"):  # (its predicate may open with an adverb: 都可以…)
        after = after[1:]
    return bool(after) and after[0][1] == "v" and after[0][0] not in ("是", "为")


def adverbial_only(head: str, following: str) -> bool:
    """Whether ``head``, an option cut from a sentence that goes on with ``following`` (what comes
    right after it there), is only the adverbial or the subject of that sentence: it opens with a
    preposition of arguable.yaml ``adverbial_heads`` or vocab.yaml ``condition_openers`` (对…的公职人员, 根据…等因素) or is a qualified noun
    ``以…为…的…``, ends with a noun, and the sentence goes on after a comma.  Keyed, it is half a point."""
    if len(head) < ADVERBIAL_HEAD_MIN or not following.startswith("，"):
        return False
    if not (head.startswith(_ADVERBIAL_HEADS) or _QUALIFIED_SUBJECT.match(head)):
        return False
    # read as a preposition (对党|忠诚 is an idiom's verb: 对党忠诚、不负人民的…精神), whose object runs to the end:
    # the head ends with a noun (…的公职人员, …等因素); one that ends with a verb has its predicate
    # (对党员进行教育、管理、监督和服务: the point itself)
    tags = segment.tag(head)
    words = [t for w, t in tags if w not in ("等", "等等")]
    return bool(words) and tags[0][1] == "p" and words[-1].startswith("n")


def cut_adverbial(text: str, option: str) -> bool:
    """Whether every occurrence of ``option`` in ``text`` is an adverbial head cut at its comma
    (``adverbial_only``); False when ``text`` does not hold it."""
    # (each occurrence found with str.find, not a pattern compiled per option: two thousand options per run
    # overflowed re's cache of compiled patterns; the same non-overlapping occurrences, in the same order)
    at, i = [], text.find(option) if option else -1
    while i >= 0:
        at.append(i)
        i = text.find(option, i + len(option))
    return bool(at) and all(adverbial_only(option, text[i + len(option):]) for i in at)


def wrong_ok(text: str, lexicon: object, right: list[str], wrong: str) -> bool:
    """Whether ``wrong`` may stand as a wrong option beside the keys ``right`` of a multiple choice on
    ``text``: no misspelling, no unknown word one character from a key, no restatement of a key, no
    glossary entry beside keys that are none, no cut ``以…为…`` link, no phrase led by one character
    beside one-word keys, no adverbial cut at its comma (``cut_adverbial``)."""
    if any(one_off(r, wrong) for r in right) and _unknown(lexicon, wrong):
        return False  # (a typo of a key; two real terms may differ by one character: 基本方针, 基本方略)
    if misspelt(wrong, lexicon) is not None or cut_adverbial(text, wrong):  # (half a sentence: adverbial_only)
        return False
    if restates(right, wrong) is not None or cut_chain(text, wrong) or led_by_char(right, wrong, lexicon):
        return False
    return not (defined(text, wrong) and not any(defined(text, r) for r in right))
