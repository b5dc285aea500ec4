"""Which labelled rejects lint misses, and which non-rejects it flags (issue 12).

    uv run python scripts/lint_misses.py [--examples N] [--kind]

Reads every tests/data/lint_labels*.json (teachers' blind grades: label "rejected" for B/C rejects), lints each
question alone (as tests/test_rater_shapes.py does) and prints:
  * recall and precision (rejects flagged / rejects; flagged rejects / all flagged);
  * the missed rejects grouped by the teacher's reason, clustered by the first class whose cue words the reason
    names (REASON_CLASSES below; "other" when none does), with counts and N example reasons each;
  * the flagged non-rejects (false positives) grouped by the check that flagged them (a finding's wording with its
    quotes and numbers masked; a question two checks flag counts under both).
With ``--kind`` the missed classes are split by question kind too.  A diagnostic only: no output feeds lint.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

from kaodian.model import Blank, Question, QuestionSource
from kaodian.questions.lint import lint_question

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"

# Reason classes, first match wins: ordered from the most specific fault a program might see to taste.
# Cue words are the teachers' own vocabulary across sessions, not any one text's.
REASON_CLASSES: list[tuple[str, str]] = [
    ("heading outline (小标题/目录)", r"小标题|目录|章节标题|节标题|章标题|提纲"),
    ("source/document name (出处)", r"出处|文件名|文献名|书名|篇名|页码|标题|哪份|哪篇|来源"),
    ("fragment stem (题干残缺)", r"残缺|残句|断句|半句|不完整|缺主语|主语|指代|开头|截断|承接|上下文|语境"),
    ("answer not unique (答案不唯一)", r"不唯一|多解|也可|也能填|均可|皆可|同样成立|争议|可填"),
    ("options (干扰项/选项)", r"干扰项|选项|错项|迷惑|排除|一眼|长短|不对称|不同类"),
    ("true/false give-away (判断)", r"判断|真命题|假命题|照抄|改动|篡改|自相矛盾|常识|明显"),
    ("recall key (要点/答案)", r"要点|答案|漏|缺少|只答|不全"),
    ("trivial (琐碎/非重点)", r"琐碎|非重点|非要点|细枝末节|价值低|意义不大|无关紧要|不重要|数字|区分度|过于简单|浅显"),
    ("wording/taste", r"表述|措辞|生硬|拗口|不通|搭配|啰嗦|冗长"),
]


def load_labels() -> list[dict]:
    """Every labelled question of tests/data/lint_labels*.json, each with the file it came from."""
    out = []
    for path in sorted(DATA.glob("lint_labels*.json")):
        for x in json.loads(path.read_text(encoding="utf-8")):
            out.append({**x, "_file": path.name})
    return out


def to_question(d: dict) -> Question:
    """The Question a label's JSON holds (as tests/test_teacher.py reads it)."""
    keys = ("answer", "options", "accepted", "tags")
    tuples = {k: tuple(tuple(v) if isinstance(v, list) else v for v in d.get(k, ())) for k in keys}
    rest = {k: v for k, v in d.items() if k not in ("source", "blanks", "file", *keys)}
    return Question(**rest, **tuples, source=QuestionSource(**d["source"]),
                    blanks=tuple(Blank(**b) for b in d["blanks"]))


def reason_class(reason: str) -> str:
    """The first class of REASON_CLASSES whose cue words ``reason`` names, else "other"."""
    for name, pattern in REASON_CLASSES:
        if re.search(pattern, reason or ""):
            return name
    return "other"


def check_name(finding: str) -> str:
    """A finding's check: its text with every quoted or bracketed piece and every number made a placeholder (the
    checks word their findings in Chinese around what they quote), cut to 50 characters."""
    text = re.sub(r"“[^”]*”|《[^》]*》|（[^）]*）", "…", finding)
    return re.sub(r"\d+", "N", text)[:50]


def main(argv: list[str]) -> None:
    """Print recall/precision, missed rejects by reason class and false positives by check."""
    examples = int(argv[argv.index("--examples") + 1]) if "--examples" in argv else 3
    by_kind = "--kind" in argv
    tp = fp = rejects = 0
    missed: dict[str, list[dict]] = defaultdict(list)
    fps: Counter[str] = Counter()
    for x in load_labels():
        findings = lint_question(to_question(x["question"]))
        rejected = x["label"] == "rejected"
        rejects += rejected
        if rejected and findings:
            tp += 1
        elif rejected:
            key = reason_class(x.get("reason", ""))
            missed[f"{key} [{x['question']['kind']}]" if by_kind else key].append(x)
        elif findings:
            fp += 1
            fps.update({check_name(f) for f in findings})
    print(f"rejects {rejects}, caught {tp} (recall {tp / max(rejects, 1):.3f}), "
          f"flagged non-rejects {fp} (precision {tp / max(tp + fp, 1):.3f})")
    print(f"\nmissed rejects by reason class ({rejects - tp}):")
    for name, xs in sorted(missed.items(), key=lambda kv: -len(kv[1])):
        print(f"  {len(xs):4d}  {name}")
        for x in xs[:examples]:
            print(f"          [{x['question']['kind']}] {x.get('reason', '')[:70]} | {x['question']['stem'][:40]}")
    print("\nfalse positives by check:")
    for name, n in fps.most_common():
        print(f"  {n:4d}  {name}")


if __name__ == "__main__":
    main(sys.argv[1:])
