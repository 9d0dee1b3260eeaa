// Reading progress, kept in this browser only: no account, no request.
//
// A study note counts as read when its reader reaches its self-check (or
// presses the "mark as read" button next to the title); each self-check
// question can be marked "got it" or "review later". The home page's learning
// path shows what is read and how many questions are marked, with a reset;
// the navigation marks read notes.
//
// One localStorage entry for both languages, keyed by the page's path inside
// its language folder (page-facts JSON, study_notes/page_facts.py), so reading the
// English twin counts for the Korean page too. Where storage is refused (it
// throws in some private modes and embedded browsers) nothing is added and the
// pages work as before.
//
// What is stored is read and written by progress-store.js (loaded first):
// a versioned shape, migrated from older ones, where a malformed value never
// throws (what is valid is kept). Every change re-reads the entry and applies
// what the reader asked for (this mark, read or not) to it, so marks made in
// another tab survive; the `storage` event shows that tab's changes here.
(function () {
  "use strict";
  var KEY = "study-notes.progress";
  var Store = window.studyNotesProgressStore;
  var factsEl = document.getElementById("page-facts");
  if (!factsEl || !Store) return;
  var facts = JSON.parse(factsEl.textContent);
  var text = window.studyNotesText;
  var store;
  try {
    store = window.localStorage;
    store.getItem(KEY);
  } catch (e) {
    return;
  }

  function stored() {
    try { return store.getItem(KEY); } catch (e) { return null; }
  }

  function load() {
    return Store.parse(stored());
  }

  // edit: state -> state (Store.setRead, Store.setMark), applied to what is
  // stored now, whichever tab wrote it.
  function change(edit) {
    try { store.setItem(KEY, Store.update(stored(), edit)); } catch (e) { /* full or refused: keep the page as is */ }
    render();
  }

  function el(tag, className, content) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (content) node.textContent = content;
    return node;
  }

  // Does href lead to the page at other? (Not to one of its sections: the
  // navigation also holds the current page's table of contents.)
  function same(href, other) {
    var a = new URL(href, location.href), b = new URL(other, location.href);
    var path = function (url) { return url.pathname.replace(/index\.html$/, ""); };
    return !a.hash && a.origin === b.origin && path(a) === path(b);
  }

  function noteFor(href) {
    return facts.notes.filter(function (note) { return same(href, note.href); })[0];
  }

  // --- On a study note: the read toggle and the self-check marks -----------

  var toggle = document.querySelector(".progress-toggle");
  var byHand = false;  // once the reader toggles, reaching the self-check no longer marks

  // Each self-check section of root (one, or one per side-by-side column):
  // its questions in order, numbered from 1 like the twin's.
  function selfChecks(root) {
    return Array.prototype.map.call(root.querySelectorAll("h2[id$='self-check']"), function (heading) {
      var found = [];
      for (var node = heading.nextElementSibling; node && node.tagName !== "H2"; node = node.nextElementSibling) {
        if (node.matches("details.question")) found.push(node);
      }
      return found;
    });
  }

  function decorate(root) {
    selfChecks(root).forEach(function (questions) {
      questions.forEach(function (details, index) {
        if (!details.querySelector(".progress-marks")) addMarks(details, facts.key + "#" + (index + 1));
      });
    });
  }

  function addMarks(details, id) {
    var lang = (details.closest("[lang]") || document.documentElement).lang;
    var group = el("div", "progress-marks");
    group.setAttribute("role", "group");
    group.setAttribute("aria-label", text("question_marks", lang));
    [["got", "got_it"], ["review", "review_later"]].forEach(function (pair) {
      var button = el("button", "progress-mark", text(pair[1], lang));
      button.type = "button";
      button.dataset.question = id;
      button.dataset.mark = pair[0];
      button.setAttribute("aria-pressed", "false");
      group.appendChild(button);
    });
    details.appendChild(group);
    var badge = el("span", "progress-badge");
    badge.dataset.question = id;
    badge.lang = lang;
    details.querySelector("summary").appendChild(badge);
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest && event.target.closest(".progress-mark");
    if (!button) return;
    var id = button.dataset.question, mark = button.dataset.mark;
    var pressed = button.getAttribute("aria-pressed") === "true";  // what the reader sees
    change(function (state) { return Store.setMark(state, id, pressed ? null : mark); });
  });

  if (facts.note) {
    if (toggle) {
      toggle.hidden = false;
      toggle.addEventListener("click", function () {
        byHand = true;
        var read = toggle.getAttribute("aria-pressed") === "true";
        change(function (state) { return Store.setRead(state, facts.key, read ? null : Date.now()); });
      });
    }
    decorate(document);
    var selfCheck = document.getElementById("self-check");
    if (selfCheck && "IntersectionObserver" in window) {
      var observer = new IntersectionObserver(function (entries) {
        if (!entries.some(function (entry) { return entry.isIntersecting; })) return;
        observer.disconnect();
        if (byHand || load().read[facts.key]) return;
        change(function (state) { return Store.setRead(state, facts.key, Date.now()); });
      });
      observer.observe(selfCheck);
    }
  }

  // --- On the home page: the learning path ---------------------------------

  var path = document.getElementById("learning-path");
  var list = null, summary = null;
  if (facts.key === "index.md" && path) {
    for (var node = path.nextElementSibling; node && node.tagName !== "H2"; node = node.nextElementSibling) {
      if (node.tagName === "OL") { list = node; break; }
    }
  }
  if (list) {
    summary = el("div", "progress-summary");
    var line = el("p");
    var reset = el("button", "progress-reset", text("progress_reset"));
    reset.type = "button";
    reset.addEventListener("click", function () {
      if (!window.confirm(text("progress_reset_confirm"))) return;
      try { store.removeItem(KEY); } catch (e) { /* refused: nothing was kept */ }
      render();
      announce(text("progress_reset_done"));
    });
    var status = el("p", "sn-visually-hidden");
    status.setAttribute("role", "status");
    summary.append(line, reset, status);
    list.after(summary);
  }

  function announce(message) {
    var status = summary && summary.querySelector("[role=status]");
    if (status) status.textContent = message;
  }

  // --- Everything shown, from what is stored -------------------------------

  function counts(data, note) {
    var got = 0, review = 0;
    for (var i = 1; i <= note.questions; i++) {
      var mark = data.marks[note.key + "#" + i];
      if (mark === "got") got += 1;
      if (mark === "review") review += 1;
    }
    return { got: got, review: review, marked: got + review, total: note.questions };
  }

  function render() {
    var data = load();
    if (toggle) toggle.setAttribute("aria-pressed", String(Boolean(data.read[facts.key])));
    document.querySelectorAll(".progress-mark").forEach(function (button) {
      button.setAttribute("aria-pressed", String(data.marks[button.dataset.question] === button.dataset.mark));
    });
    document.querySelectorAll(".progress-badge").forEach(function (badge) {
      var mark = data.marks[badge.dataset.question];
      badge.textContent = mark ? text(mark === "got" ? "badge_got" : "badge_review", badge.lang) : "";
      badge.dataset.mark = mark || "";
    });
    // The navigation: a check after each read note.
    document.querySelectorAll(".md-nav--primary a.md-nav__link[href]").forEach(function (link) {
      var note = noteFor(link.getAttribute("href"));
      var mark = link.querySelector(".progress-nav");
      if (mark) mark.remove();
      link.classList.toggle("progress-read", Boolean(note && data.read[note.key]));
      if (note && data.read[note.key]) {
        mark = el("span", "progress-nav");
        mark.appendChild(el("span", "sn-visually-hidden", " (" + text("read") + ")"));
        link.appendChild(mark);
      }
    });
    if (!list) return;
    var read = 0;
    list.querySelectorAll(":scope > li").forEach(function (item) {
      var link = item.querySelector("a[href]");
      var note = link && noteFor(link.getAttribute("href"));
      var old = item.querySelector(".progress-note");
      if (old) old.remove();
      if (!note) return;
      var shown = el("span", "progress-note");
      if (data.read[note.key]) {
        read += 1;
        shown.appendChild(el("span", "progress-note__read", text("read")));
      }
      var c = counts(data, note);
      if (c.marked) shown.appendChild(el("span", "progress-note__marks", text("progress_note", null, c)));
      if (shown.childNodes.length) item.appendChild(shown);
    });
    summary.querySelector("p").textContent = text("progress_summary", null, { read: read, total: facts.notes.length });
    summary.querySelector(".progress-reset").hidden = !Object.keys(data.read).length && !Object.keys(data.marks).length;
  }

  window.studyNotesProgress = { add: function (root) { decorate(root); render(); } };
  // Another tab of the site changed the progress: show it here too.
  window.addEventListener("storage", function (event) {
    if (event.key === KEY || event.key === null) render();
  });
  render();
})();
