"""A talk script that opens with its running order: the plan is body, the parts it announces are headings.

A 党课/团课 script's working draft plans the talk before the script itself: short lines, each
part with its time (介绍某某， 2min / 引入某某 3min / 最后总结 2min).  The page reads those lines as a
title block (short, no sentence end), and the bare label lines that divide the script below (某某
alone on a line) as bylines or titles of articles of their own.  A draft with a plan is one talk:
its title is the line above the plan, the plan and everything under it its body, and the label
lines whose words the plan names are the parts it announced, the talk's level-one headings (the
other label lines, a part's own divisions, stay short body lines).  What a time slot and a label
look like is policy (``running_order`` in layout.yaml).
"""

from __future__ import annotations

from .layout import load_layout
from .para import Para
from .roles import BODY, TITLE


def take_running_order(paras: list[Para]) -> bool:
    """Read a text that opens with a running order as one talk (see the module): set the roles and
    mark the announced parts as dividing headings.  Returns whether the text opens with one."""
    lay = load_layout()
    if len(paras) < 2 or paras[0].role != TITLE or lay.running_slot.search(paras[0].text):
        return False
    window = paras[1 : 1 + lay.running_window]
    timed = [k for k, p in enumerate(window, 1) if lay.running_slot.search(p.text)]
    if len(timed) < lay.running_min_slots:
        return False
    plan = "".join(p.text for p in paras[1 : timed[-1] + 1])
    heads = [p for p in paras[timed[-1] + 1 :] if lay.running_label.match(p.text) and p.text in plan]
    for p in paras[1:]:
        p.role, p.short = BODY, p.short or p.role != BODY
    # (two parts at least divide a talk: one label the plan names is a word it happens to share)
    if len(heads) >= 2:
        for p in heads:
            p.md_heading, p.short = True, False
    return True
