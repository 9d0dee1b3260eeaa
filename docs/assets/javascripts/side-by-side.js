// Side-by-side reading: each section of this page next to the same section
// (same anchor) of its twin in the other language.
//
// Turned on by the header-of-page button or by ?view=both in any page's
// address (so a study group can share one link); remembered in localStorage
// so it survives navigation. Costs pages nothing until it is turned on: the
// twin page is fetched only then.
(function () {
  "use strict";
  var STORAGE_KEY = "study-notes.view";
  var button = document.querySelector(".sbs-toggle");
  var article = document.querySelector("article.md-content__inner");
  var twinLink = document.querySelector(".md-select__link[hreflang]:not([hreflang='" +
    document.documentElement.lang + "'])");
  if (!button || !article || !twinLink) return;

  var here = document.documentElement.lang;
  var there = twinLink.getAttribute("hreflang");
  var text = {
    missing: window.studyNotesText("twin_section_missing"),
    failed: window.studyNotesText("twin_failed"),
  };
  var original = null;  // the page's own content, kept while the mode is on
  button.hidden = false;

  function setParam(on) {
    var url = new URL(location.href);
    if (on) url.searchParams.set("view", "both");
    else url.searchParams.delete("view");
    history.replaceState(history.state, "", url);
  }

  function remember(on) {
    try { localStorage.setItem(STORAGE_KEY, on ? "both" : "single"); } catch (e) { /* private mode */ }
  }

  function wanted() {
    if (new URL(location.href).searchParams.get("view") === "both") return true;
    try { return localStorage.getItem(STORAGE_KEY) === "both"; } catch (e) { return false; }
  }

  // Split an article into its intro (before the first section heading), its
  // sections, one per h2 or h3 with an id (small pairs stay aligned), and the
  // page history at its end, which pairs with the twin's rather than closing
  // the last section.
  function sections(root) {
    var intro = [], list = [], history = [], current = null;
    Array.prototype.forEach.call(root.children, function (el) {
      if (el.matches(".md-content__button, .sbs-toggle, .sbs-error, .share-menu")) return;
      if (el.matches(".page-history")) {
        history.push(el);
      } else if ((el.tagName === "H2" || el.tagName === "H3") && el.id) {
        current = { id: el.id, nodes: [el] };
        list.push(current);
      } else if (current) {
        current.nodes.push(el);
      } else {
        intro.push(el);
      }
    });
    return { intro: intro, list: list, history: history };
  }

  // The twin's ids, radio names and in-page links get a prefix so they cannot
  // clash with this page's (tabs, code copy, footnotes keep working); its
  // heading permalinks point at the twin page itself, and its links to other
  // pages are resolved from the twin's address, not this page's. Diagrams
  // keep their ids: they already carry their language (study_notes/diagrams/inline.py),
  // and their arrows and names point at them.
  function isolate(root, twinUrl) {
    var prefix = "twin-";
    root.querySelectorAll("a[href]:not([href^='#'])").forEach(function (a) {
      a.href = new URL(a.getAttribute("href"), twinUrl).href;
    });
    root.querySelectorAll("[id]").forEach(function (el) {
      if (el.closest(".mermaid-diagram")) return;
      if (/^H[2-6]$/.test(el.tagName)) {
        el.querySelectorAll("a.headerlink").forEach(function (a) { a.href = twinUrl + "#" + el.id; });
      }
      el.id = prefix + el.id;
    });
    root.querySelectorAll("label[for]").forEach(function (el) { el.htmlFor = prefix + el.htmlFor; });
    root.querySelectorAll("input[name]").forEach(function (el) { el.name = prefix + el.name; });
    root.querySelectorAll("a[href^='#']").forEach(function (a) {
      if (!a.classList.contains("headerlink")) a.setAttribute("href", "#" + prefix + a.getAttribute("href").slice(1));
    });
    // Other links and images are relative to the twin's address, one folder
    // deeper or shallower than this page's: make them absolute.
    root.querySelectorAll("[href]:not([href^='#']), [src]").forEach(function (el) {
      var name = el.hasAttribute("src") ? "src" : "href";
      el.setAttribute(name, new URL(el.getAttribute(name), twinUrl).href);
    });
    root.querySelectorAll("[data-clipboard-target]").forEach(function (el) {
      el.setAttribute("data-clipboard-target", el.getAttribute("data-clipboard-target").replace("#", "#" + prefix));
    });
  }

  // twin: where the other language's page is published, for the section
  // links of its column (section-links.js).
  function column(lang, nodes, twin) {
    var col = document.createElement("div");
    col.className = "sbs-col" + (twin ? " sbs-col--twin" : "");
    col.lang = lang;
    if (twin && twin.url) {
      col.dataset.shareUrl = twin.url;
      col.dataset.shareTitle = twin.title;
      col.dataset.idPrefix = "twin-";
    }
    nodes.forEach(function (node) { col.appendChild(node); });
    return col;
  }

  function notice(className, message, lang) {
    var box = document.createElement("div");
    box.className = "admonition info " + className;
    box.setAttribute("role", "status");
    box.lang = lang;
    var p = document.createElement("p");
    p.textContent = message;
    box.appendChild(p);
    return box;
  }

  function show(twinDoc, twinUrl) {
    var twinArticle = twinDoc.querySelector("article.md-content__inner");
    if (!twinArticle) throw new Error("no article in the twin page");
    var mine = sections(article), theirs = sections(twinArticle);  // ids before isolate()
    var facts = twinDoc.getElementById("page-facts");
    var h1 = twinArticle.querySelector("h1");
    var twin = {
      url: facts ? JSON.parse(facts.textContent).url : "",
      title: h1 ? h1.textContent.replace(/\u00b6/g, "").trim() : "",
    };
    isolate(twinArticle, twinUrl);
    var byId = {};
    theirs.list.forEach(function (s) { byId[s.id] = s; });

    original = Array.prototype.slice.call(article.children);
    var layout = document.createElement("div");
    layout.className = "sbs";
    var rows = [{ id: "", mine: mine.intro, theirs: theirs.intro }].concat(mine.list.map(function (s) {
      return { id: s.id, mine: s.nodes, theirs: byId[s.id] ? byId[s.id].nodes : null };
    }));
    if (mine.history.length) rows.push({ id: "", mine: mine.history, theirs: theirs.history });
    rows.forEach(function (row) {
      var el = document.createElement("div");
      el.className = "sbs-row";
      if (row.id) el.dataset.section = row.id;
      el.appendChild(column(here, row.mine.slice(), false));
      el.appendChild(row.theirs
        ? column(there, row.theirs.slice(), twin)
        : column(here, [notice("sbs-missing", text.missing, here)], {}));
      layout.appendChild(el);
    });
    var keep = original.filter(function (el) { return el.matches(".md-content__button, .sbs-toggle"); });
    article.replaceChildren.apply(article, keep.concat([layout]));
    document.body.classList.add("sbs-active");
    // Narrow columns make wide code and tables scroll: keep them reachable
    // from the keyboard (Material only does this for content present at load).
    layout.querySelectorAll("pre > code, .md-typeset__scrollwrap, table").forEach(function (el) {
      if (!el.hasAttribute("tabindex")) el.setAttribute("tabindex", "0");
    });
    if (window.studyNotesSectionLinks) window.studyNotesSectionLinks.add(layout);
    if (window.studyNotesProgress) window.studyNotesProgress.add(layout);
    if (window.studyNotesDiagrams) {
      window.studyNotesDiagrams.add(layout.querySelectorAll(".sbs-col--twin .mermaid-diagram"));
    }
  }

  // The twin page's HTML. File:// pages (the offline copy) cannot fetch one
  // another, but may load a script beside them: there each page's article
  // also comes as `<page>.article.js` (study_notes/offline_copy.py).
  function twinPage(twinUrl) {
    if (location.protocol !== "file:") {
      return fetch(twinUrl.href).then(function (response) {
        if (!response.ok) throw new Error(response.status + " " + response.statusText);
        return response.text();
      });
    }
    return new Promise(function (resolve, reject) {
      window.studyNotesArticle = resolve;
      var script = document.createElement("script");
      script.src = twinUrl.href.replace(/\.html$/, ".article.js");
      script.onerror = reject;
      document.head.appendChild(script);
    });
  }

  function turnOn() {
    button.setAttribute("aria-pressed", "true");
    setParam(true);
    remember(true);
    var twinUrl = new URL(twinLink.getAttribute("href"), location.href);
    twinUrl.search = "";
    twinUrl.hash = "";
    return twinPage(twinUrl).then(function (html) {
      show(new DOMParser().parseFromString(html, "text/html"), twinUrl.href);
      if (location.hash) {
        var target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
        if (target) target.scrollIntoView();
      }
    }).catch(function () {
      if (!article.querySelector(".sbs-error")) {
        button.after(notice("sbs-error", text.failed, here));
      }
    });
  }

  function turnOff() {
    button.setAttribute("aria-pressed", "false");
    setParam(false);
    remember(false);
    var error = article.querySelector(".sbs-error");
    if (error) error.remove();
    if (original) {
      article.replaceChildren.apply(article, original);
      original = null;
    }
    document.body.classList.remove("sbs-active");
  }

  button.addEventListener("click", function () {
    if (button.getAttribute("aria-pressed") === "true") turnOff();
    else turnOn();
  });

  if (wanted()) turnOn();
})();
