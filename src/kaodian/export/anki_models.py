"""kaodian's own Anki note types: ids, fields, card templates, CSS and the choice script.

The ids are constants and must never change: Anki recognises a note type by its
id, and a rebuilt deck updates notes in place only when their note type is the
one already in the collection.  Fields are only ever appended (Anki maps fields
by position); a new field goes at the end of its list, with a default of "".

Everything here is plain data; ``models()`` turns it into genanki objects.
"""

from __future__ import annotations

from dataclasses import dataclass

# Constant note-type ids, chosen once.  NEVER change them.
CLOZE_ID = 1733010101
CHOICE_ID = 1733010102
TRUEFALSE_ID = 1733010103
LIST_ID = 1733010104
ANSWER_ID = 1733010105

# Overlapping list cloze: one field per item card, like Cloze Overlapper.
# 20 is Cloze Overlapper's own limit and twice the longest ordinal series of the
# genre (第一…第九); a longer list goes to the 问答 note type instead.
LIST_SLOTS = 20
# The cloze number of the whole-list card, past every item slot so that adding
# an item on rebuild never moves the review history of the whole-list card.
LIST_FULL_ORD = LIST_SLOTS + 1

# Fields every note type ends its original list with (shown on the back).
_TAIL = ["解析", "原文", "出处", "编号"]

FIELDS: dict[str, list[str]] = {
    "填空": ["正文", *_TAIL],
    "选择": ["题干", "选项", "答案", "题型", *_TAIL],
    "判断": ["题干", "答案", *_TAIL],
    "列表": ["题干", *[f"条{i}" for i in range(1, LIST_SLOTS + 1)], "全部", "条目", *_TAIL],
    "问答": ["题干", "选项", "答案", "题型", *_TAIL],
}

MODEL_IDS = {"填空": CLOZE_ID, "选择": CHOICE_ID, "判断": TRUEFALSE_ID, "列表": LIST_ID, "问答": ANSWER_ID}

# The back of every card: explanation (when any), source sentence, its place.
_BACK_TAIL = """
{{#解析}}<div class="kd-expl"><span class="kd-label">解析</span>{{解析}}</div>{{/解析}}
{{#原文}}<div class="kd-src"><span class="kd-label">原文</span>{{原文}}</div>{{/原文}}
{{#出处}}<div class="kd-where">{{出处}}</div>{{/出处}}
"""

# Tappable options.  The front marks what the reader taps; the back (which
# repeats the front through {{FrontSide}}) marks right and wrong.  The choice is
# carried from front to back in sessionStorage where the app has it (desktop,
# AnkiDroid) and in a window property otherwise (AnkiMobile keeps one page).
# With scripts off nothing is tappable, and the letters on the options and the
# answer letters on the back still make the card work.
CHOICE_SCRIPT = """<script>
(function () {
  function run() {
    var box = document.querySelector('.kd-choice');
    if (!box) return;
    var key = 'kaodian:' + box.getAttribute('data-id');
    var back = !!document.getElementById('kd-back');
    var multi = box.getAttribute('data-kind') === '多选';
    var items = box.querySelectorAll('.kd-opts li[data-k]');
    function load() {
      try { var v = sessionStorage.getItem(key); if (v !== null) return v; } catch (e) {}
      return (window.kdChoice && window.kdChoice[key]) || '';
    }
    function save(v) {
      try { sessionStorage.setItem(key, v); } catch (e) {}
      window.kdChoice = window.kdChoice || {}; window.kdChoice[key] = v;
    }
    if (!back) {
      save('');
      for (var i = 0; i < items.length; i++) {
        items[i].addEventListener('click', function () {
          var k = this.getAttribute('data-k');
          var sel = load();
          if (multi) { sel = sel.indexOf(k) >= 0 ? sel.replace(k, '') : sel + k; }
          else { sel = sel === k ? '' : k; }
          save(sel);
          for (var j = 0; j < items.length; j++) {
            var kj = items[j].getAttribute('data-k');
            items[j].classList.toggle('kd-sel', sel.indexOf(kj) >= 0);
          }
        });
      }
      return;
    }
    var answer = box.getAttribute('data-answer') || '';
    var sel = load();
    for (var i = 0; i < items.length; i++) {
      var k = items[i].getAttribute('data-k');
      var right = answer.indexOf(k) >= 0, chosen = sel.indexOf(k) >= 0;
      items[i].classList.add(right ? (chosen || !sel ? 'kd-right' : 'kd-miss') : (chosen ? 'kd-wrong' : 'kd-other'));
    }
    var verdict = document.getElementById('kd-verdict');
    if (verdict && sel) {
      var ok = sel.split('').sort().join('') === answer.split('').sort().join('');
      verdict.textContent = '你的选择：' + sel.split('').sort().join('') + (ok ? '　✓ 正确' : '　✗ 错误');
      verdict.className = ok ? 'kd-verdict kd-ok' : 'kd-verdict kd-bad';
    }
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', run); else run();
})();
</script>"""

_BACK_OPEN = '<hr id="answer"><div id="kd-back"></div>'

TEMPLATES: dict[str, list[tuple[str, str, str]]] = {
    "填空": [
        (
            "填空",
            '<div class="kd kd-cloze"><div class="kd-kind">填空</div><div class="kd-text">{{cloze:正文}}</div></div>',
            '<div class="kd kd-cloze"><div class="kd-kind">填空</div><div class="kd-text">{{cloze:正文}}</div></div>'
            + _BACK_OPEN
            + _BACK_TAIL,
        )
    ],
    "选择": [
        (
            "选择",
            '<div class="kd kd-choice" data-kind="{{题型}}" data-answer="{{答案}}" data-id="{{编号}}">'
            '<div class="kd-kind">{{题型}}</div><div class="kd-stem">{{题干}}</div>{{选项}}</div>' + CHOICE_SCRIPT,
            "{{FrontSide}}"
            + _BACK_OPEN
            + '<div class="kd-answer"><span class="kd-label">答案</span>{{答案}}</div><div id="kd-verdict"></div>'
            + _BACK_TAIL,
        )
    ],
    "判断": [
        (
            "判断",
            '<div class="kd kd-choice" data-kind="判断" data-answer="{{答案}}" data-id="{{编号}}">'
            '<div class="kd-kind">判断</div><div class="kd-stem">{{题干}}</div>'
            '<ol class="kd-opts kd-tf"><li data-k="对">对</li><li data-k="错">错</li></ol></div>' + CHOICE_SCRIPT,
            "{{FrontSide}}"
            + _BACK_OPEN
            + '<div class="kd-answer"><span class="kd-label">答案</span>{{答案}}</div><div id="kd-verdict"></div>'
            + _BACK_TAIL,
        )
    ],
    "列表": [
        (
            "列表",
            '<div class="kd kd-listcard"><div class="kd-kind">列表</div><div class="kd-stem">{{题干}}</div>'
            + "".join(f"{{{{cloze:条{i}}}}}" for i in range(1, LIST_SLOTS + 1))
            + "{{cloze:全部}}</div>",
            '<div class="kd kd-listcard"><div class="kd-kind">列表</div><div class="kd-stem">{{题干}}</div>'
            + "".join(f"{{{{cloze:条{i}}}}}" for i in range(1, LIST_SLOTS + 1))
            + "{{cloze:全部}}</div>"
            + _BACK_OPEN
            + '<div class="kd-full"><span class="kd-label">全文</span>{{条目}}</div>'
            + _BACK_TAIL,
        )
    ],
    "问答": [
        (
            "问答",
            '<div class="kd kd-qa"><div class="kd-kind">{{题型}}</div><div class="kd-stem">{{题干}}</div>{{选项}}</div>',
            "{{FrontSide}}"
            + _BACK_OPEN
            + '<div class="kd-answer"><span class="kd-label">答案</span>{{答案}}</div>'
            + _BACK_TAIL,
        )
    ],
}

# Readable Chinese on a phone and a desktop: CJK fonts first, generous line
# height, no justification tricks; .nightMode (desktop, AnkiMobile) and
# .night_mode (AnkiDroid) switch to the dark palette.
CSS = """
.card {
  --fg: #1f2328; --muted: #656d76; --bg: #ffffff; --line: #d0d7de;
  --accent: #0b57d0; --right: #1a7f37; --right-bg: #dafbe1; --wrong: #cf222e; --wrong-bg: #ffebe9;
  --sel-bg: #ddf4ff; --cloze: #0b57d0;
  font-family: "PingFang SC", "Hiragino Sans GB", "Noto Sans CJK SC", "Source Han Sans SC",
    "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif;
  font-size: 20px; line-height: 1.75; color: var(--fg); background: var(--bg);
  text-align: left; margin: 0 auto; max-width: 42em; padding: 0.6em 0.9em;
  word-break: break-word; overflow-wrap: anywhere;
}
.card.nightMode, .card.night_mode, .nightMode .card, .night_mode .card {
  --fg: #e6edf3; --muted: #9198a1; --bg: #1e1f22; --line: #3d444d;
  --accent: #8ab4f8; --right: #56d364; --right-bg: #12361f; --wrong: #ff7b72; --wrong-bg: #3d1417;
  --sel-bg: #15304f; --cloze: #8ab4f8;
}
@media (max-width: 480px) { .card { font-size: 18px; padding: 0.4em 0.5em; } }
.kd-kind { display: inline-block; font-size: 0.7em; color: var(--muted); border: 1px solid var(--line);
  border-radius: 0.8em; padding: 0 0.6em; margin-bottom: 0.4em; }
.kd-stem, .kd-text { margin: 0.2em 0 0.6em; }
.cloze { font-weight: bold; color: var(--cloze); }
.kd-opts { list-style: none; padding: 0; margin: 0.4em 0; }
.kd-opts li { border: 1px solid var(--line); border-radius: 0.5em; padding: 0.45em 0.7em; margin: 0.45em 0;
  cursor: pointer; -webkit-tap-highlight-color: transparent; user-select: none; -webkit-user-select: none; }
.kd-opts .kd-letter { font-weight: bold; margin-right: 0.5em; color: var(--accent); }
.kd-tf { display: flex; gap: 0.8em; }
.kd-tf li { flex: 1; text-align: center; font-weight: bold; }
.kd-opts li.kd-sel { background: var(--sel-bg); border-color: var(--accent); }
.kd-opts li.kd-right { background: var(--right-bg); border-color: var(--right); }
.kd-opts li.kd-miss { border: 2px dashed var(--right); }
.kd-opts li.kd-wrong { background: var(--wrong-bg); border-color: var(--wrong); text-decoration: line-through; }
.kd-opts li.kd-other { opacity: 0.6; }
.kd-verdict { font-weight: bold; margin: 0.3em 0; }
.kd-ok { color: var(--right); } .kd-bad { color: var(--wrong); }
.kd-list { padding-left: 1.6em; margin: 0.3em 0; }
.kd-list li { margin: 0.25em 0; }
.kd-list li.kd-far { color: var(--muted); list-style-type: none; }
.kd-answer { font-weight: bold; margin: 0.4em 0; }
.kd-answer ol { font-weight: normal; }
.kd-label { display: inline-block; font-size: 0.75em; color: var(--muted); margin-right: 0.6em; }
.kd-expl, .kd-src, .kd-full { margin: 0.5em 0; }
.kd-src { font-size: 0.9em; }
.kd-where { font-size: 0.8em; color: var(--muted); margin-top: 0.8em; border-top: 1px solid var(--line);
  padding-top: 0.4em; }
hr#answer { border: none; border-top: 1px solid var(--line); margin: 0.8em 0; }
"""

NOTE_TYPE_NAMES = {name: f"考点·{name}" for name in FIELDS}


@dataclass(frozen=True)
class NoteType:
    """One of kaodian's note types, before it becomes a genanki.Model."""

    name: str  # 填空 选择 判断 列表 问答
    model_id: int
    fields: tuple[str, ...]
    cloze: bool


NOTE_TYPES = {
    name: NoteType(name, MODEL_IDS[name], tuple(FIELDS[name]), name in ("填空", "列表")) for name in FIELDS
}


def models() -> dict:
    """The genanki.Model of each note type, by its short name (填空 …)."""
    import genanki

    out = {}
    for name, nt in NOTE_TYPES.items():
        out[name] = genanki.Model(
            nt.model_id,
            NOTE_TYPE_NAMES[name],
            fields=[{"name": f} for f in nt.fields],
            templates=[{"name": t, "qfmt": q, "afmt": a} for t, q, a in TEMPLATES[name]],
            css=CSS,
            model_type=genanki.Model.CLOZE if nt.cloze else genanki.Model.FRONT_BACK,
        )
    return out
