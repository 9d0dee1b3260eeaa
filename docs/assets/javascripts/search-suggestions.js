// When a query matches nothing, Material says so ("일치하는 문서가 없습니다",
// "No matching documents") and leaves the box empty. This offers the site's
// closest terms as links, and the glossary, in the reader's language. The
// search worker (workers/search-understanding.js) finds the terms; its
// replies reach this script as a "search-understood" event on the document
// (overrides/partials/search-on-demand.html). Material's script is not
// touched: the list sits right after its result count line.
(function () {
  "use strict";
  var meta = document.querySelector(".md-search-result__meta");
  var settings = document.getElementById("__config");
  if (!meta || !settings || !window.MutationObserver) return;
  var base = new URL(JSON.parse(settings.textContent).base, location.href);
  var text = window.studyNotesText || function (key) { return key; };
  var latest = null, box = null;

  document.addEventListener("search-understood", function (event) {
    if (event.detail && event.detail.items) latest = event.detail;
  });

  function link(location, title) {
    var a = document.createElement("a");
    a.href = new URL(location, base).href;
    a.textContent = title;
    return a;
  }

  function show() {
    if (box) { box.remove(); box = null; }
    var input = document.querySelector("input.md-search__input");
    var list = document.querySelector(".md-search-result__list");
    if (!latest || latest.items.length || !input || !input.value.trim()) return;
    if (list && list.children.length) return;
    box = document.createElement("div");
    box.className = "search-suggestions";
    var terms = latest.suggestions || [];
    if (terms.length) {
      var title = document.createElement("p");
      title.id = "search-suggestions-title";
      title.textContent = text("search_closest");
      var items = document.createElement("ul");
      items.setAttribute("aria-labelledby", title.id);
      terms.forEach(function (term) {
        var item = document.createElement("li");
        item.appendChild(link(term.location, term.title));
        items.appendChild(item);
      });
      box.appendChild(title);
      box.appendChild(items);
    }
    if (latest.glossary) {
      var glossary = document.createElement("p");
      glossary.appendChild(link(latest.glossary, text("search_glossary")));
      box.appendChild(glossary);
    }
    meta.parentNode.insertBefore(box, meta.nextSibling);
  }

  // Material rewrites the count line for every answer (and when the query is
  // cleared): the moment to show, refresh or take away the suggestions.
  new MutationObserver(show).observe(meta, { childList: true, characterData: true, subtree: true });
})();
