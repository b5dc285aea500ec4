"""The corpus the question benchmarks generate, and the warm-up before it (questions.py, question_costs.py,
question_profile.py): one set-up, so that their figures are of the same work."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "corpus"
WARM_UP = ROOT / "tests" / "data" / "short_party_lecture.txt"  # not a corpus text: warms nothing the corpus reuses


def corpus_inputs() -> list[str]:
    """The corpus texts, in a fixed order."""
    return [str(p) for p in sorted(CORPUS.glob("*.txt")) + sorted(CORPUS.glob("*.html"))]


def warm_up() -> None:
    """Import the pipeline from this checkout and generate the warm-up text once (the lexicon, the segmenter's
    dictionary and the policy files are loaded before anything is measured)."""
    if str(ROOT / "src") not in sys.path:
        sys.path.insert(0, str(ROOT / "src"))
    from kaodian import pipeline
    from kaodian.questions import generate

    generate(pipeline.extract_paths([str(WARM_UP)]))


def warmed_corpus() -> tuple[list, dict]:
    """After the warm-up: the corpus's extractions and the question templates, ready to generate."""
    warm_up()
    from kaodian import pipeline
    from kaodian.questions import load_templates

    return pipeline.extract_paths(corpus_inputs()), load_templates()
