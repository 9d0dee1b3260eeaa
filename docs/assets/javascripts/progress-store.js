// Reading progress as stored: pure functions, no page, no storage.
//
// progress.js keeps one localStorage entry (study-notes.progress) for both
// languages; this module reads and writes its text. Whatever is stored (an
// older or a newer version of the site, a half-written value, something
// another script put there), parse() never throws: it keeps every entry that
// is valid and drops the rest. Loaded by the pages before progress.js
// (window.studyNotesProgressStore) and by the tests under Node
// (tests/test_progress_store.py, module.exports).
//
// The shape, version 2:
//   { "version": 2,
//     "read":  { "docker/basics.md": 1764806400000 },   note -> when it was read (ms)
//     "marks": { "docker/basics.md#1": "got" } }        question -> "got" | "review"
// Version 1 (before December 2026) had no "version" and the same two maps;
// migrate() also takes a list of read notes (["docker/basics.md"]) and read
// values of true or a date string. Fields a newer version adds are kept as
// they are, so going back to an older copy of the site loses nothing.
(function (root, factory) {
  "use strict";
  var api = factory();
  if (typeof module === "object" && module.exports) module.exports = api;
  else root.studyNotesProgressStore = api;
})(typeof self !== "undefined" ? self : this, function () {
  "use strict";
  var VERSION = 2;
  var MARKS = ["got", "review"];
  // A note: its path inside the language folder; a question: the note and its number.
  var NOTE = /^(?!\/)[^#?\s]+\.md$/;
  var QUESTION = /^(?!\/)[^#?\s]+\.md#[1-9][0-9]{0,3}$/;
  var KNOWN = ["version", "read", "marks"];
  var EARLIEST = 1; // a read note whose time is unknown (version 1 stored true)

  function isObject(value) {
    return value !== null && typeof value === "object" && !Array.isArray(value);
  }

  function empty() {
    return { version: VERSION, read: {}, marks: {}, extra: {} };
  }

  // When a note was read, from what some version stored; null if unusable.
  function readTime(value) {
    if (value === true) return EARLIEST;
    if (typeof value === "number" && isFinite(value) && value > 0) return Math.floor(value);
    if (typeof value === "string" && value) {
      var time = Date.parse(value);
      return isFinite(time) && time > 0 ? time : null;
    }
    return null;
  }

  function markOf(value) {
    if (typeof value !== "string") return null;
    var mark = value.trim().toLowerCase();
    return MARKS.indexOf(mark) >= 0 ? mark : null;
  }

  // Any parsed JSON value -> the current shape (never throws).
  function migrate(data) {
    var state = empty();
    if (Array.isArray(data)) data = { read: data }; // the oldest idea: a list of read notes
    if (!isObject(data)) return state;
    var read = data.read;
    if (Array.isArray(read)) {
      var listed = {};
      read.forEach(function (key) { if (typeof key === "string") listed[key] = EARLIEST; });
      read = listed;
    }
    if (isObject(read)) {
      Object.keys(read).forEach(function (key) {
        var time = readTime(read[key]);
        if (NOTE.test(key) && time !== null) state.read[key] = time;
      });
    }
    if (isObject(data.marks)) {
      Object.keys(data.marks).forEach(function (key) {
        var mark = markOf(data.marks[key]);
        if (QUESTION.test(key) && mark) state.marks[key] = mark;
      });
    }
    Object.keys(data).forEach(function (key) {
      if (KNOWN.indexOf(key) < 0 && key !== "__proto__") state.extra[key] = data[key];
    });
    return state;
  }

  // The stored text (or null) -> the current shape (never throws).
  function parse(text) {
    if (typeof text !== "string" || !text) return empty();
    try {
      return migrate(JSON.parse(text));
    } catch (e) {
      return empty(); // half-written or not JSON: nothing in it can be trusted
    }
  }

  function serialize(state) {
    var out = {};
    Object.keys(state.extra || {}).forEach(function (key) { out[key] = state.extra[key]; });
    out.version = VERSION;
    out.read = state.read;
    out.marks = state.marks;
    return JSON.stringify(out);
  }

  function copy(state) {
    var extra = {};
    Object.keys(state.extra || {}).forEach(function (key) { extra[key] = state.extra[key]; });
    return {
      version: VERSION,
      read: Object.assign({}, state.read),
      marks: Object.assign({}, state.marks),
      extra: extra,
    };
  }

  // Edits say what the reader wants (read or not, this mark or none), not
  // "toggle": applied to what another tab has just stored, they keep its marks.
  function setRead(state, note, time) {
    var next = copy(state);
    if (!NOTE.test(note)) return next;
    if (time) next.read[note] = readTime(time) || EARLIEST;
    else delete next.read[note];
    return next;
  }

  function setMark(state, question, mark) {
    var next = copy(state);
    if (!QUESTION.test(question)) return next;
    if (markOf(mark)) next.marks[question] = markOf(mark);
    else delete next.marks[question];
    return next;
  }

  // Read the stored text, apply edit (state -> state), return the text to store.
  function update(text, edit) {
    return serialize(edit(parse(text)));
  }

  return {
    VERSION: VERSION,
    parse: parse,
    migrate: migrate,
    serialize: serialize,
    setRead: setRead,
    setMark: setMark,
    update: update,
  };
});
