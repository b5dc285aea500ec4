"""The enumeration items of a run's material, each with the class of its list, whether it was cut at a line wrap and
its ordinal marker's family: worked out once per run and kept on the material, for the wrong options of a list's
choice questions (changes.enumeration_candidates, changes.same_level)."""

from __future__ import annotations

from . import distractors as dx
from .list_class import cut_at_wrap, list_class, marker_family
from .sentence import core


# What item_classes gives an item it does not know: no class, not cut, no marker.
NO_CLASS = ("", False, "")


def item_entries(m: dx.Material) -> list[tuple[str, tuple[int, str, int], str]]:
    """Each enumeration item of the material that is no piece cut at a wrap, in the material's order, as (core,
    (document key, article, section), the class of its list): ``item_classes`` read once per run and kept on the
    material (each enumeration's candidates looked every item up in it again, a 4-tuple key per item and list)."""
    got = getattr(m, "_item_entries", None)
    if got is None:
        kinds = item_classes(m)
        got = []
        for (c, d, _), (art, sec) in zip(m.items, m.item_place):
            k = kinds.get((d, art, sec, c), NO_CLASS)
            if not k[1]:
                got.append((c, (d, art, sec), k[0]))
        m._item_entries = got  # (Material is the run's: the entries go with it)
    return got


def item_classes(m: dx.Material) -> dict[tuple[int, str, int, str], tuple[str, bool, str]]:
    """The class of the list (list_class) of every enumeration item of the material, whether the
    item was cut at a line wrap (list_class.cut_at_wrap) and the family of its ordinal marker
    (list_class.marker_family), by (document key, article, section, core);
    worked out once per run and kept on the material."""
    got = getattr(m, "_item_classes", None)
    if got is None:
        texts = {k: t for t, k in m.doc_keys.items()}
        got = {(k, p.article, p.section, core(s.text)): (list_class(p, texts[k]), cut_at_wrap(texts[k], s.end),
                                                         marker_family(texts[k], s.start))
               for k, pts in m.points.items() for p in pts if p.kind == "enumeration" for s in p.items}
        m._item_classes = got  # (Material is the run's: the classes go with it)
    return got
