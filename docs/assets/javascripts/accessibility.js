// Small accessibility repairs to Material's markup (axe-core finds these):
// - the search dialog has no accessible name;
// - every code block's toolbar is a <nav> landmark with no name, so screen
//   reader users hear a list of identical "navigation" landmarks.
(function () {
  "use strict";
  var text = window.studyNotesText;

  function label() {
    var search = document.querySelector(".md-search[role=dialog]:not([aria-label])");
    if (search) search.setAttribute("aria-label", text("search_dialog"));
    document.querySelectorAll(".md-code__nav").forEach(function (nav, index) {
      if (nav.hasAttribute("aria-label")) return;
      var block = nav.closest(".highlight");
      var title = block && block.querySelector(".filename");
      var name = text("code_tools") + " " + (index + 1);
      nav.setAttribute("aria-label", name + (title ? ": " + title.textContent.trim() : ""));
    });
  }

  label();
  // Material adds the code toolbars after load.
  new MutationObserver(label).observe(document.body, { childList: true, subtree: true });
})();
