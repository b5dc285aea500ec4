"""Why a true/false question refused for its sentence is not asked (issue 12, session 26): one true/false question
per sentence, so a point's is refused where another point's holds the sentence (reasons.SAME_STEM), but that one may
be a true copy ``generate._cap_true`` then leaves out, and the sentence has none (reasons.SENTENCE_COPY_LEFT_OUT)."""

from __future__ import annotations

from ..model import Point
from . import reasons


def say_refused_tf(out, run, moved: dict[int, int] | None) -> None:  # noqa: ANN001 — generate._Asked, _DocumentRun
    """Say why a true/false question refused for its sentence's (``generate._ask``: one per sentence) is not asked when the
    question that held the sentence, a true copy, was left out by ``generate._cap_true`` (``moved``: the places kept) or never
    composed (``generate._bare_true``): the sentence then has none, and “同一句已出判断题” would be untrue."""
    for d, sentence in run.refused_tf:
        owner = run.tf_owner.get(sentence)
        if owner is None or (moved is not None and owner not in moved):
            p, said = out.diagnostics[d]
            out.diagnostics[d] = (p, said.removesuffix(reasons.SAME_STEM) + reasons.SENTENCE_COPY_LEFT_OUT)


def refuse_tf(out, run, p: Point, skipped: str, sentence: tuple[int, int]) -> int:  # noqa: ANN001 — as above
    """Refuse a true/false question on a sentence that has one (said as SAME_STEM, checked again by
    ``say_refused_tf``); returns 0."""
    run.refused_tf.append((len(out.diagnostics), sentence))
    out.diagnostics.append((p, skipped + reasons.SAME_STEM))
    return 0
