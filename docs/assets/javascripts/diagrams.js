// Draws the page's Mermaid diagrams with the copy of Mermaid the site serves
// itself (assets/vendor/mermaid). The template includes this script only on
// pages that have a diagram, so other pages load no Mermaid code at all.
//
// Online and under `mkdocs serve` it imports Mermaid's ESM build, which
// fetches only the chunks a diagram needs. The offline copy (file:// pages,
// where browsers refuse ES modules) loads the one-file build first, which
// defines window.mermaid.
(function () {
  "use strict";
  var script = document.currentScript;
  var diagrams = Array.prototype.slice.call(document.querySelectorAll(".mermaid-diagram"));
  if (!diagrams.length) return;
  var sources = diagrams.map(function (el) { return el.textContent; });
  var korean = document.documentElement.lang === "ko";

  function loadMermaid() {
    if (window.mermaid) return Promise.resolve(window.mermaid);
    var url = new URL("../vendor/mermaid/mermaid.esm.min.mjs", script.src);
    return import(url.href).then(function (module) { return module.default; });
  }

  function isDark() {
    return document.body.getAttribute("data-md-color-scheme") === "slate";
  }

  function showError(el, index, error) {
    var message = String((error && error.message) || error);
    var box = document.createElement("div");
    box.className = "admonition failure diagram-error";
    box.setAttribute("role", "alert");
    var title = document.createElement("p");
    title.className = "admonition-title";
    title.textContent = korean
      ? "다이어그램 " + (index + 1) + "을(를) 그리지 못했습니다"
      : "Diagram " + (index + 1) + " could not be drawn";
    var detail = document.createElement("pre");
    detail.textContent = message;
    box.append(title, detail);
    el.replaceChildren(box);
    el.dataset.rendered = "error";
    // On the console too, so the test suite names the page and the diagram.
    console.error("Mermaid diagram " + (index + 1) + " on " + location.pathname + " failed: " + message);
  }

  async function renderAll(mermaid) {
    var theme = isDark() ? "dark" : "light";
    mermaid.initialize({
      startOnLoad: false,
      securityLevel: "strict",
      suppressErrorRendering: true,
      theme: theme === "dark" ? "dark" : "default",
      themeVariables: { fontFamily: getComputedStyle(document.body).fontFamily },
    });
    for (var index = 0; index < diagrams.length; index++) {
      var el = diagrams[index];
      try {
        var result = await mermaid.render("diagram-" + (index + 1), sources[index]);
        el.innerHTML = result.svg;
        el.dataset.rendered = theme;
      } catch (error) {
        showError(el, index, error);
      }
    }
  }

  loadMermaid().then(function (mermaid) {
    var drawing = renderAll(mermaid);
    // Material switches palettes by changing data-md-color-scheme on <body>;
    // redraw so the diagrams follow the light or dark theme.
    new MutationObserver(function () {
      drawing = drawing.then(function () { return renderAll(mermaid); });
    }).observe(document.body, { attributes: true, attributeFilter: ["data-md-color-scheme"] });
  }, function (error) {
    diagrams.forEach(function (el, index) { showError(el, index, error); });
  });
})();
