// Draws the page's Mermaid diagrams with the copy of Mermaid the site serves
// itself (assets/vendor/mermaid). The template includes this script only on
// pages that have a diagram, so other pages load no Mermaid code at all, and
// Mermaid itself is fetched only when a diagram comes near the screen.
//
// Online and under `mkdocs serve` it imports Mermaid's ESM build, which
// fetches only the chunks a diagram needs. The offline copy (file:// pages,
// where browsers refuse ES modules) loads the one-file build first, which
// defines window.mermaid.
//
// window.studyNotesDiagrams.add(elements) draws diagrams added later (the
// other language's column in side-by-side reading).
(function () {
  "use strict";
  var script = document.currentScript;
  var sources = new Map();
  var numbers = new Map();
  var mermaidReady = null;
  var queue = Promise.resolve();

  function loadMermaid() {
    if (window.mermaid) return Promise.resolve(window.mermaid);
    var url = new URL("../vendor/mermaid/mermaid.esm.min.mjs", script.src);
    return import(url.href).then(function (module) { return module.default; });
  }

  function isDark() {
    return document.body.getAttribute("data-md-color-scheme") === "slate";
  }

  function showError(el, error) {
    var number = numbers.get(el);
    var lang = (el.closest("[lang]") || document.documentElement).lang;
    var message = String((error && error.message) || error);
    var box = document.createElement("div");
    box.className = "admonition failure diagram-error";
    box.setAttribute("role", "alert");
    var title = document.createElement("p");
    title.className = "admonition-title";
    title.textContent = window.studyNotesText("diagram_failed", lang, { number: number });
    var detail = document.createElement("pre");
    detail.textContent = message;
    box.append(title, detail);
    el.replaceChildren(box);
    el.dataset.rendered = "error";
    // On the console too, so the test suite names the page and the diagram,
    // and the Markdown file and line (hooks/diagram_locations.py) to fix.
    var where = "";
    if (el.dataset.sourceFile) {
      var line = /line (\d+)/.exec(message);
      where = " (" + el.dataset.sourceFile + ":" +
        (Number(el.dataset.sourceLine) + (line ? Number(line[1]) : 0)) + ")";
    }
    console.error("Mermaid diagram " + number + where + " on " + location.pathname + " failed: " + message);
  }

  function configure(mermaid) {
    mermaid.initialize({
      startOnLoad: false,
      securityLevel: "strict",
      suppressErrorRendering: true,
      // Pinned explicitly: Mermaid 12 switched its default to the ELK engine,
      // about 500 kB gzipped more than dagre for the same diagrams.
      layout: "dagre",
      theme: isDark() ? "dark" : "default",
      themeVariables: {
        fontFamily: getComputedStyle(document.body).fontFamily,
        // The dark theme's grey edge-label background leaves its text below
        // 4.5:1 contrast; a darker one fixes that.
        edgeLabelBackground: isDark() ? "#333333" : "#e8e8e8",
      },
    });
    return mermaid;
  }

  var drawn = 0;
  function draw(el) {
    if (!el.isConnected) return Promise.resolve();
    var theme = isDark() ? "dark" : "light";
    mermaidReady = mermaidReady || loadMermaid().then(configure);
    return mermaidReady.then(function (mermaid) {
      drawn += 1;  // every render needs an id of its own
      return mermaid.render("diagram-" + drawn, sources.get(el));
    }).then(function (result) {
      el.innerHTML = result.svg;
      el.dataset.rendered = theme;
      // On phones a wide diagram would shrink to unreadable text: keep it at
      // least 560 px (or its natural width) and let it scroll sideways.
      var svg = el.querySelector("svg");
      var natural = svg && parseFloat(svg.style.maxWidth);
      if (natural) svg.style.minWidth = Math.min(natural, 560) + "px";
      if (el.scrollWidth > el.clientWidth) el.tabIndex = 0;  // scrollable: reachable by keyboard
    }, function (error) {
      showError(el, error);
    });
  }

  function enqueue(el) {
    queue = queue.then(function () { return draw(el); });
  }

  // Draw a diagram when it comes near the screen: readers who never scroll
  // that far (and the first paint of every page) don't pay for Mermaid.
  var observer = new IntersectionObserver(function (entries) {
    entries.forEach(function (entry) {
      if (entry.isIntersecting) {
        observer.unobserve(entry.target);
        enqueue(entry.target);
      }
    });
  }, { rootMargin: "300px 0px" });

  function add(elements) {
    Array.prototype.forEach.call(elements, function (el, index) {
      if (sources.has(el)) return;
      sources.set(el, el.textContent);
      numbers.set(el, index + 1);
      observer.observe(el);
    });
  }

  window.studyNotesDiagrams = { add: add };
  add(document.querySelectorAll(".mermaid-diagram"));

  // Material switches palettes by changing data-md-color-scheme on <body>;
  // redraw the diagrams already drawn so they follow the light or dark theme.
  new MutationObserver(function () {
    queue = queue.then(function () {
      if (mermaidReady) mermaidReady = mermaidReady.then(configure);
    });
    sources.forEach(function (_, el) {
      if (el.dataset.rendered && el.dataset.rendered !== "error") enqueue(el);
    });
  }).observe(document.body, { attributes: true, attributeFilter: ["data-md-color-scheme"] });
})();
