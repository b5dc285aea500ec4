"""Python's cycle collector paused while ``generate`` drafts: drafting makes no reference cycles."""

from __future__ import annotations

import gc
from contextlib import contextmanager
from typing import Iterator


@contextmanager
def no_cycle_collector() -> Iterator[None]:
    """Drafting with Python's cycle collector paused (and resumed as it was): drafting makes no reference
    cycles (tests/test_generate_gc.py), so its objects are freed by their counts alone, and the
    collector's passes (a hundred over the young objects and one over everything, extractions and
    lexicon included, on bench/questions.py's corpus) cost about a twentieth of generation for nothing.
    What drafting leaves alive (the questions, the run's caches) holds no cycles either: it is moved to the
    oldest generation as it is (``gc.freeze`` then ``gc.unfreeze``, each a splice of the collector's lists),
    where the next full pass sees it, instead of being walked by a pass over the young generation the moment
    the collector is back (hundreds of thousands of objects, a fortieth of generation, nothing found).  Not
    done where the caller keeps objects frozen itself: ``gc.unfreeze`` would thaw those too."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            if gc.get_freeze_count() == 0:
                gc.freeze()
                gc.unfreeze()
            gc.enable()
