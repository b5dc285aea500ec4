"""Where question generation's CPU goes, by function, sampled (issue 11's speed bar).

    uv run python bench/question_profile.py [--top 40] [--under NAME ...]

Generates the corpus of ``bench/questions.py`` (after the same warm-up text) once while a CPU timer
(``ITIMER_PROF``) interrupts it every millisecond and records the Python stack.  Prints each function's
share of the samples with it anywhere on the stack (inclusive) and on top of it (its own code and the
C code it calls); ``--under NAME`` prints, for each function whose name holds NAME, which of its callees
the samples fell in.  Unlike cProfile, whose per-call overhead inflates the small functions called a
hundred thousand times (a third of generation went to ``len`` and set tests in its report), sampling adds
nothing per call, so the shares are those of an ordinary run; a share below a percent or so is noise at
the corpus's thousand or so samples.  It is no test and asserts nothing.
"""

from __future__ import annotations

import argparse
import signal
import sys
import time
from collections import Counter

# seconds of CPU between samples asked for: the kernel's tick spaces them further (about a thousand on the corpus),
# and each is a stack walk of microseconds
INTERVAL = 0.001


def _name(frame) -> str:  # noqa: ANN001 — a frame
    """``module:function`` of a frame (a comprehension or lambda with its line: one function holds several)."""
    code = frame.f_code
    where = code.co_filename.split("/kaodian/")[-1]
    return f"{where}:{code.co_name}" + (f":{code.co_firstlineno}" if code.co_name.startswith("<") else "")


def sample(under: list[str]) -> tuple[int, float, Counter, Counter, dict[str, Counter]]:
    """Generate the corpus once under the sampler: the samples, CPU seconds, inclusive and own counts by
    function, and for each function named in ``under`` its callees' counts."""
    from corpus_setup import warmed_corpus

    extractions, templates = warmed_corpus()
    from kaodian.questions import generate

    inclusive, own, calls = Counter(), Counter(), {}
    count = [0]
    here = sys._getframe().f_code

    def record(signum, frame) -> None:  # noqa: ANN001
        names = []
        while frame is not None and frame.f_code is not here:  # (this script's own frames are in every sample)
            names.append(_name(frame))
            frame = frame.f_back
        if not names:
            return  # (a tick in the script itself, before or after generation)
        count[0] += 1
        own[names[0]] += 1
        inclusive.update(set(names))
        for i, n in enumerate(names):
            if any(u in n for u in under):
                calls.setdefault(n, Counter())[names[i - 1] if i else "（自身）"] += 1

    signal.signal(signal.SIGPROF, record)
    signal.setitimer(signal.ITIMER_PROF, INTERVAL, INTERVAL)
    t = time.process_time()
    try:
        generate(extractions, templates=templates)
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0, 0)
    return count[0], time.process_time() - t, inclusive, own, calls


def main() -> int:
    """Print the sampled shares of generation's CPU (see the module docstring)."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--top", type=int, default=40, help="how many functions of each list to print")
    ap.add_argument("--under", nargs="*", default=[], help="functions whose callees to print")
    args = ap.parse_args()
    n, seconds, inclusive, own, calls = sample(args.under)
    print(f"出题 {seconds * 1000:.0f} ms（CPU），{n} 个样本")
    for title, counts in (("含调用（函数在栈上）", inclusive), ("自身（函数在栈顶）", own)):
        print(f"== {title}")
        for name, k in counts.most_common(args.top):
            print(f"{100 * k / n:5.1f}%  {name}")
    for name, counts in calls.items():
        print(f"== {name} 的耗时落在")
        for callee, k in counts.most_common(args.top):
            print(f"{100 * k / n:5.1f}%  {callee}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
