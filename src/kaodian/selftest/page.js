// kaodian offline quiz page.  Everything from the source reaches the page as
// JSON data and is put into the document with textContent, never as HTML.
(function () {
  "use strict";

  var DATA = JSON.parse(document.getElementById("kaodian-data").textContent);
  var C = DATA.checking;
  var QS = DATA.questions;
  var SOURCES = DATA.sources;
  var KINDS = DATA.kinds;
  var STORE_KEY = "kaodian-book/1";
  var STREAK_TO_LEAVE = DATA.streakToLeave;
  QS.forEach(function (q) {  // explanations and sentences are shared: stored once in DATA.texts
    if (typeof q.explanation === "number") q.explanation = DATA.texts[q.explanation];
    if (typeof q.s === "number") q.s = DATA.texts[q.s];
  });

  // ---- answer checking: mirrors kaodian/answers.py ----------------

  function strip(s, chars) {
    var a = 0, b = s.length;
    while (a < b && chars.indexOf(s.charAt(a)) >= 0) a++;
    while (b > a && chars.indexOf(s.charAt(b - 1)) >= 0) b--;
    return s.slice(a, b);
  }

  function normalize(text) {
    var s = String(text).normalize("NFKC").replace(/\s+/g, "").toLowerCase();
    var out = "";  // quotation marks, wherever they stand (QUOTE_CHARS)
    for (var i = 0; i < s.length; i++) if (C.quotes.indexOf(s.charAt(i)) < 0) out += s.charAt(i);
    s = strip(out.normalize("NFKC"), C.edge);
    out = "";  // the marks between a list's items are one (LIST_MARKS read as 、)
    for (var j = 0; j < s.length; j++) out += C.list_marks.indexOf(s.charAt(j)) >= 0 ? "、" : s.charAt(j);
    return out;
  }

  function optionWords(text, options) {  // option_words: the options typed out in words
    var words = options.map(normalize), typed = normalize(text);
    var items = words.indexOf(typed) >= 0 ? [typed] : typed.split("、");
    var out = [];
    for (var i = 0; i < items.length; i++) {
      var k = words.indexOf(items[i]);
      if (k < 0) return null;
      out.push(String.fromCharCode(65 + k));
    }
    return out;
  }

  function parseTrueFalse(text) {
    var s = normalize(text);
    if (C["true"].indexOf(s) >= 0) return "对";
    if (C["false"].indexOf(s) >= 0) return "错";
    return null;
  }

  function parseLetters(text, n) {
    var s = String(text).normalize("NFKC").toUpperCase();
    var out = [];
    for (var i = 0; i < s.length; i++) {
      var ch = s.charAt(i), code = ch.charCodeAt(0) - 65;
      if (code >= 0 && code < n && ch.length === 1) out.push(ch);
      else if (/\s/.test(ch) || C.separators.indexOf(ch) >= 0) continue;
      else return null;
    }
    return out;
  }

  function alternatives(q, i) {
    var alts = {};
    alts[normalize(q.answer[i])] = true;
    var acc = (q.accepted || [])[i] || [];
    for (var j = 0; j < acc.length; j++) alts[normalize(acc[j])] = true;
    delete alts[""];
    return alts;
  }

  function matchOrderFree(typed, options) {
    var owner = {};
    function assign(r, seen) {
      for (var a = 0; a < options.length; a++) {
        if (seen[a] || !options[a].hasOwnProperty(typed[r])) continue;
        seen[a] = true;
        if (!owner.hasOwnProperty(a) || assign(owner[a], seen)) { owner[a] = r; return true; }
      }
      return false;
    }
    for (var r = 0; r < typed.length; r++) assign(r, {});
    var matched = {};
    for (var k in owner) matched[owner[k]] = true;
    return typed.map(function (_, i) { return !!matched[i]; });
  }

  function verdict(correct, valid, parts) {
    return { correct: correct, valid: valid !== false, parts: parts || [] };
  }

  function uniq(xs) { var o = {}; xs.forEach(function (x) { o[x] = true; }); return Object.keys(o); }

  function check(q, response) {
    var responses = typeof response === "string" ? [response] : response.slice();
    var text = responses.length ? responses[0] : "";
    if (q.kind === "recall") return verdict(null);
    if (q.kind === "cloze") {
      var n = q.answer.length;
      while (responses.length < n) responses.push("");
      responses = responses.slice(0, n);
      var typed = responses.map(normalize);
      var options = q.answer.map(function (_, i) { return alternatives(q, i); });
      var parts = q.orderFree ? matchOrderFree(typed, options)
        : typed.map(function (t, i) { return options[i].hasOwnProperty(t); });
      return verdict(parts.every(Boolean), true, parts);
    }
    if (!normalize(text)) return verdict(false);
    if (q.kind === "truefalse") {
      var tf = parseTrueFalse(text);
      return tf === null ? verdict(false, false) : verdict(tf === q.answer[0]);
    }
    var letters = parseLetters(text, (q.options || []).length);
    if (letters === null && q.kind !== "ordering") letters = optionWords(text, q.options || []);
    if (letters === null || !letters.length) return verdict(false, false);
    if (q.kind === "single") {
      if (uniq(letters).length !== 1) return verdict(false, false);
      return verdict(letters[0] === q.answer[0]);
    }
    if (q.kind === "multiple") {
      var got = uniq(letters).sort().join(""), want = uniq(q.answer).sort().join("");
      return verdict(got === want);
    }
    if (letters.length !== q.options.length || uniq(letters).length !== letters.length) return verdict(false, false);
    return verdict(letters.join("") === q.answer.join(""));
  }

  function expectedText(q) {
    if (q.kind === "single" || q.kind === "multiple") {
      return q.answer.map(function (a) { return a + ". " + q.options[a.charCodeAt(0) - 65]; }).join("；");
    }
    if (q.kind === "ordering") return q.answer.join("");
    if (q.kind === "recall") return q.answer.map(function (a, i) { return (i + 1) + ". " + a; }).join("\n");
    var t = q.answer.join("；");
    if (q.kind === "cloze" && q.orderFree && q.answer.length > 1) t += "（顺序不限）";
    return t;
  }

  window.kaodianCheck = check;
  window.kaodianNormalize = normalize;

  // ---- the wrong-answer book in localStorage ---------------------------------

  var memoryBook = { v: 1, q: {} };

  function loadBook() {
    try {
      var raw = window.localStorage.getItem(STORE_KEY);
      if (raw) {
        var b = JSON.parse(raw);
        if (b && b.v === 1 && b.q) return b;
      }
    } catch (e) { /* storage disabled or unreadable: keep the book in memory */ }
    return memoryBook;
  }

  // Edit distance of a and b, or most + 1 when more (kaodian's questions/identity.py edits).
  function edits(a, b, most) {
    if (Math.abs(a.length - b.length) > most) return most + 1;
    for (var row = [], i, j = 0, prev, low, here; j <= b.length; j++) row.push(j);
    for (i = 1; i <= a.length; i++) {
      for (prev = row[0], low = row[0] = i, j = 1; j <= b.length; j++) {
        here = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a.charAt(i - 1) === b.charAt(j - 1) ? 0 : 1));
        prev = row[j]; row[j] = here; low = Math.min(low, here);
      }
      if (low > most) return most + 1;
    }
    return row[b.length];
  }

  // The edit distance of sentences a and b when b is a up to a small edit (identity.yaml, as kaodian's
  // identity.small_edit reads it), else -1: bounded, so pairing a long book costs a few rows per pair.
  function smallEdit(a, b) {
    if (a === b) return 0;
    var most = Math.min(DATA.similar.editMax, Math.floor(Math.max(a.length, b.length) * DATA.similar.editShare));
    var d = most > 0 ? edits(a, b, most) : most + 1;
    return d <= most ? d : -1;
  }

  // The id an entry's question is asked under now: the question asking it word for word (its hash h), else the one
  // of its kind and answer (g) whose sentence (s; the entry's t) is its own up to a small edit; else undefined.
  function target(old, e, byHash) {
    if (e.h && byHash[e.h] !== undefined) return byHash[e.h];
    if (!e.g || typeof e.t !== "string") return undefined;
    var best, bestKey = Infinity;
    QS.forEach(function (q) {  // (the closest, the same id first among equals, then the first: a strict <)
      var d = q.g === e.g && typeof q.s === "string" ? smallEdit(e.t, q.s) : -1;
      if (d < 0) return;
      var key = 2 * d + (q.id === old ? 0 : 1);
      if (key < bestKey) { best = q.id; bestKey = key; }
    });
    return best;
  }

  // A paragraph inserted above (or deleted) moves a list or a statement to another id.  An entry follows its
  // question (target) unless its new id holds an entry that stays (asked there, edited); one in the way whose
  // question is asked nowhere is set aside under an id of its own; of two entries for one question, the first by
  // id moves (the terminal book's follow, in kaodian's selftest/book.py, keeps the same rules).
  function follow(b) {
    var byHash = {}, moves = {}, targets = {}, aside = {}, to = {}, changed = true, id;
    QS.forEach(function (q) { if (!(q.h in byHash)) byHash[q.h] = q.id; });
    Object.keys(b.q).sort().forEach(function (old) {
      var t = to[old] = target(old, b.q[old], byHash);
      if (t !== undefined && t !== old && !targets[t]) { moves[old] = t; targets[t] = true; }
    });
    for (id in b.q) if (targets[id] && !(id in moves) && to[id] === undefined) aside[id] = id + "~" + (b.q[id].h || "");
    while (changed) {
      changed = false;
      for (id in moves) {
        var dest = moves[id];
        if (dest in b.q && !(dest in moves) && !(dest in aside)) { delete moves[id]; changed = true; }
      }
    }
    var still = {};
    for (id in moves) still[moves[id]] = true;
    for (id in aside) { if (still[id]) moves[id] = aside[id]; }
    if (Object.keys(moves).length === 0) return;
    var q = {};
    for (id in b.q) q[moves[id] || id] = b.q[id];
    b.q = q;
    saveBook(b);
  }

  function saveBook(b) {
    memoryBook = b;
    try { window.localStorage.setItem(STORE_KEY, JSON.stringify(b)); } catch (e) { /* in memory only */ }
  }

  function recordAnswer(id, correct) {
    var b = loadBook();
    var e = b.q[id] || { r: 0, w: 0, s: 0 };
    QS.forEach(function (q) { if (q.id === id) { e.h = q.h; e.g = q.g; e.t = q.s; } });
    if (correct) { e.r++; e.s++; } else { e.w++; e.s = 0; }
    b.q[id] = e;
    saveBook(b);
  }

  function overrideAnswer(id) {
    // the last answer, recorded wrong, becomes right
    var b = loadBook(), e = b.q[id];
    if (!e) return;
    e.w = Math.max(0, e.w - 1); e.r++; e.s++;
    saveBook(b);
  }

  function inBook(id) {
    var e = loadBook().q[id];
    return !!e && e.w > 0 && e.s < STREAK_TO_LEAVE;
  }

  function dueQuestions() { return QS.filter(function (q) { return inBook(q.id); }); }

  // ---- the page ---------------------------------------------------------------

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = text;
    return e;
  }

  var app = document.getElementById("app");
  var scoreEl = document.getElementById("score");
  var reviewBtn = document.getElementById("review-btn");
  var session;

  function updateHeader() {
    scoreEl.textContent = "得分 " + session.right + "/" + session.results.length;
    var n = dueQuestions().length;
    reviewBtn.textContent = "复习错题（" + n + "）";
    reviewBtn.disabled = n === 0;
  }

  function startQuiz() {
    session = { mode: "quiz", queue: QS.slice(), pos: 0, right: 0, results: [], total: QS.length };
    next();
  }

  function startReview() {
    var due = dueQuestions();
    if (!due.length) return;
    session = { mode: "review", queue: due, pos: 0, right: 0, results: [], total: due.length };
    next();
  }

  function next() {
    updateHeader();
    app.textContent = "";
    window.scrollTo(0, 0);
    if (!session.queue.length) { finish(); return; }
    session.current = session.queue.shift();
    session.pos++;
    render(session.current);
  }

  function sourceLine(q) {
    var s = SOURCES[q.source];
    var parts = [s[0], s[1] ? "《" + s[1] + "》" : "", s[2] || ""];
    return parts.filter(Boolean).join(" · ");
  }

  function render(q) {
    var card = el("section", "card");
    card.setAttribute("data-qid", q.id);
    card.setAttribute("data-kind", q.kind);
    var meta = session.mode === "review"
      ? "复习第 " + session.pos + " 题 · 还剩 " + (session.queue.length + 1) + " 题 · " + KINDS[q.kind]
      : "第 " + session.pos + "/" + session.total + " 题 · " + KINDS[q.kind];
    card.appendChild(el("div", "meta", meta));
    card.appendChild(el("p", "stem", q.stem));
    var controls = el("div", "controls");
    card.appendChild(controls);
    var feedback = el("div", "feedback");
    feedback.hidden = true;
    card.appendChild(feedback);
    app.appendChild(card);

    var submitted = false;
    function submit(response, shown) {
      if (submitted) return;
      submitted = true;
      var v = check(q, response);
      done(q, card, controls, feedback, v.correct, v.parts, shown);
    }

    if (q.kind === "single" || q.kind === "truefalse") {
      var choices = q.kind === "single" ? q.options.map(function (o, i) { return [String.fromCharCode(65 + i), o]; })
        : [["对", "对（正确）"], ["错", "错（错误）"]];
      choices.forEach(function (c) {
        var b = el("button", "option");
        b.type = "button";
        b.setAttribute("data-letter", c[0]);
        if (q.kind === "single") b.appendChild(el("span", "letter", c[0]));
        b.appendChild(el("span", "text", c[1]));
        b.addEventListener("click", function () { b.classList.add("selected"); submit(c[0]); });
        controls.appendChild(b);
      });
    } else if (q.kind === "multiple" || q.kind === "ordering") {
      var picked = [];
      var seq = el("div", "sequence", q.kind === "ordering" ? "依次点选：" : "");
      var buttons = q.options.map(function (o, i) {
        var letter = String.fromCharCode(65 + i);
        var b = el("button", "option");
        b.type = "button";
        b.setAttribute("data-letter", letter);
        b.appendChild(el("span", "letter", letter));
        b.appendChild(el("span", "text", o));
        b.addEventListener("click", function () {
          if (submitted) return;
          var at = picked.indexOf(letter);
          if (at >= 0) picked.splice(at, 1); else picked.push(letter);
          b.classList.toggle("selected", at < 0);
          if (q.kind === "ordering") seq.textContent = "依次点选：" + picked.join(" → ");
          ok.disabled = q.kind === "ordering" ? picked.length !== q.options.length : picked.length === 0;
        });
        controls.appendChild(b);
        return b;
      });
      if (q.kind === "ordering") controls.appendChild(seq);
      var ok = el("button", "submit", "提交");
      ok.type = "button";
      ok.disabled = true;
      ok.addEventListener("click", function () { submit(picked.join("")); });
      controls.appendChild(ok);
      void buttons;
    } else if (q.kind === "cloze") {
      var inputs = q.answer.map(function (_, i) {
        var label = el("label", "blank-label", q.answer.length > 1 ? "第" + (i + 1) + "空" : "答案");
        var input = el("input", "blank");
        input.type = "text";
        input.autocomplete = "off";
        input.addEventListener("keydown", function (ev) {
          // Enter while an input method composes (pinyin) picks the characters: not an answer yet
          if (ev.key !== "Enter" || ev.isComposing || ev.keyCode === 229) return;
          // the answer moves the focus to 下一题: without this, the same Enter would also press it
          ev.preventDefault();
          go();
        });
        label.appendChild(input);
        controls.appendChild(label);
        return input;
      });
      var go = function () { submit(inputs.map(function (x) { return x.value; })); };
      var okc = el("button", "submit", "提交");
      okc.type = "button";
      okc.addEventListener("click", go);
      controls.appendChild(okc);
    } else {  // recall: the learner writes, sees the expected items, grades
      var area = el("textarea", "recall");
      area.placeholder = "写下你记得的要点";
      controls.appendChild(area);
      var show = el("button", "submit", "显示答案");
      show.type = "button";
      controls.appendChild(show);
      show.addEventListener("click", function () {
        show.hidden = true;
        area.disabled = true;
        controls.appendChild(el("div", "expected", "参考要点：\n" + expectedText(q)));
        [["对", "我答对了"], ["错", "没答全"]].forEach(function (g) {
          var b = el("button", "grade", g[1]);
          b.type = "button";
          b.setAttribute("data-grade", g[0]);
          b.addEventListener("click", function () {
            if (submitted) return;
            submitted = true;
            done(q, card, controls, feedback, g[0] === "对", [], true);
          });
          controls.appendChild(b);
        });
      });
    }
  }

  function done(q, card, controls, feedback, correct, parts, expectedShown) {
    Array.prototype.forEach.call(controls.querySelectorAll("button, input, textarea"), function (x) { x.disabled = true; });
    if (q.kind === "single" || q.kind === "multiple") {
      Array.prototype.forEach.call(controls.querySelectorAll(".option"), function (b) {
        if (q.answer.indexOf(b.getAttribute("data-letter")) >= 0) b.classList.add("right");
        else if (b.classList.contains("selected")) b.classList.add("wrong");
      });
    }
    if (q.kind === "cloze") {
      Array.prototype.forEach.call(controls.querySelectorAll("input.blank"), function (x, i) {
        x.classList.add(parts[i] ? "right" : "wrong");
      });
    }
    recordAnswer(q.id, correct);
    var result = { q: q, correct: correct };
    session.results.push(result);
    if (correct) session.right++;
    card.classList.add(correct ? "is-right" : "is-wrong");

    var verdictEl = el("p", "verdict");
    function showVerdict() {
      verdictEl.textContent = result.correct ? "✓ 回答正确" : "✗ 回答错误";
      verdictEl.className = "verdict " + (result.correct ? "right" : "wrong");
    }
    showVerdict();
    feedback.appendChild(verdictEl);
    if (!correct && !expectedShown) feedback.appendChild(el("p", "answer", "正确答案：" + expectedText(q)));
    if (q.explanation) feedback.appendChild(el("p", "explanation", "解析：" + q.explanation));
    feedback.appendChild(el("p", "source", "出处：" + sourceLine(q)));
    var actions = el("div", "actions");
    if (!correct && q.kind !== "recall") {
      var fix = el("button", "override", "我答的其实对（改判）");
      fix.type = "button";
      fix.addEventListener("click", function () {
        fix.disabled = true;
        overrideAnswer(q.id);
        result.correct = true;
        session.right++;
        showVerdict();
        updateHeader();
      });
      actions.appendChild(fix);
    }
    var nextBtn = el("button", "next", "下一题");
    nextBtn.type = "button";
    nextBtn.addEventListener("click", function () {
      if (session.mode === "review" && inBook(q.id)) session.queue.push(q);
      next();
    });
    actions.appendChild(nextBtn);
    feedback.appendChild(actions);
    feedback.hidden = false;
    updateHeader();
    nextBtn.focus();
  }

  function tallyTable(title, keyOf) {
    var groups = {}, order = [];
    session.results.forEach(function (r) {
      var k = keyOf(r.q);
      if (!groups[k]) { groups[k] = [0, 0]; order.push(k); }
      groups[k][1]++;
      if (r.correct) groups[k][0]++;
    });
    var table = el("table", "tally");
    var head = el("tr");
    head.appendChild(el("th", null, title));
    head.appendChild(el("th", null, "答对/题数"));
    table.appendChild(head);
    order.forEach(function (k) {
      var tr = el("tr");
      tr.appendChild(el("td", null, k));
      tr.appendChild(el("td", null, groups[k][0] + "/" + groups[k][1]));
      table.appendChild(tr);
    });
    return table;
  }

  function finish() {
    var n = session.results.length, right = session.results.filter(function (r) { return r.correct; }).length;
    session.right = right;
    updateHeader();
    var card = el("section", "card summary");
    card.appendChild(el("h2", null, session.mode === "review" ? "复习结束" : "测验结束"));
    card.appendChild(el("p", "final-score", "得分 " + right + "/" + n + (n ? "（" + Math.round(100 * right / n) + "%）" : "")));
    if (n) {
      card.appendChild(tallyTable("题型", function (q) { return KINDS[q.kind]; }));
      card.appendChild(tallyTable("文章", function (q) { return SOURCES[q.source][1] || SOURCES[q.source][0]; }));
    }
    var due = dueQuestions().length;
    card.appendChild(el("p", "book-note", due ? "错题本里还有 " + due + " 题待复习（每题连续答对两次即移出）。" : "错题本里没有待复习的题。"));
    var again = el("button", "restart", "重新测验");
    again.type = "button";
    again.addEventListener("click", startQuiz);
    card.appendChild(again);
    app.appendChild(card);
  }

  reviewBtn.addEventListener("click", startReview);
  follow(loadBook());
  startQuiz();
})();
