// Copy a link to a section, for a team wiki or a chat. The permalink (¶)
// after each heading opens a small menu: "Copy link" puts the section's
// published address on the clipboard, "Copy as Markdown" the form wikis and
// chats accept, [Section - Page](address). Keyboard: Tab to the ¶, Enter,
// then Tab between the two buttons; Escape closes. A status region tells
// screen readers what was copied.
//
// The address is the published one (page-facts JSON, study_notes/page_facts.py),
// also under `mkdocs serve` and in the offline copy. In side-by-side reading
// it opens the side-by-side view; the other language's column and the notes
// inside the printable course carry their own page's address and title
// (data-share-url, data-share-title, data-id-prefix on an ancestor).
(function () {
  "use strict";
  var text = window.studyNotesText;
  var factsEl = document.getElementById("page-facts");
  var facts = factsEl ? JSON.parse(factsEl.textContent) : {};
  var status = document.createElement("div");
  status.className = "sn-visually-hidden";
  status.setAttribute("role", "status");
  document.body.appendChild(status);
  var open = null;  // { menu, link }

  function headingText(heading) {
    var copy = heading.cloneNode(true);
    copy.querySelectorAll(".headerlink").forEach(function (a) { a.remove(); });
    return copy.textContent.replace(/\s+/g, " ").trim();
  }

  function markdownText(value) {
    return value.replace(/([\\[\]])/g, "\\$1");
  }

  // The section's address and its Markdown link.
  function share(heading) {
    var scope = heading.closest("[data-share-url]");
    var prefix = (scope && scope.dataset.idPrefix) || "";
    var url = new URL((scope && scope.dataset.shareUrl) || facts.url || location.href);
    var page = (scope && scope.dataset.shareTitle) || headingText(document.querySelector("article h1"));
    if (document.body.classList.contains("sbs-active")) url.searchParams.set("view", "both");
    var section = heading.tagName === "H1" ? "" : headingText(heading);
    url.hash = section && heading.id.indexOf(prefix) === 0 ? heading.id.slice(prefix.length) : "";
    var label = section ? section + " - " + page : page;
    return { url: url.href, markdown: "[" + markdownText(label) + "](" + url.href + ")", section: section || page };
  }

  function copyText(value) {
    if (navigator.clipboard && window.isSecureContext) return navigator.clipboard.writeText(value);
    return new Promise(function (resolve, reject) {
      var area = document.createElement("textarea");
      area.value = value;
      area.className = "sn-visually-hidden";
      document.body.appendChild(area);
      area.select();
      var done = document.execCommand("copy");
      area.remove();
      if (done) resolve(); else reject(new Error("copy refused"));
    });
  }

  function announce(message) {
    status.textContent = "";
    // A fresh text node after a tick, so the same message is announced twice.
    setTimeout(function () { status.textContent = message; }, 50);
  }

  function close(returnFocus) {
    if (!open) return;
    open.link.setAttribute("aria-expanded", "false");
    open.menu.remove();
    if (returnFocus) open.link.focus();
    open = null;
  }

  function button(label, kind) {
    var b = document.createElement("button");
    b.type = "button";
    b.className = "share-menu__button";
    b.dataset.copy = kind;
    b.textContent = label;
    return b;
  }

  function openMenu(link, heading) {
    var target = share(heading);
    var menu = document.createElement("div");
    menu.className = "share-menu";
    menu.id = "share-menu";
    menu.setAttribute("role", "group");
    menu.setAttribute("aria-label", text("share_menu", null, { section: target.section }));
    var done = document.createElement("span");
    done.className = "share-menu__done";
    menu.append(button(text("copy_link"), "url"), button(text("copy_markdown"), "markdown"), done);
    menu.addEventListener("click", function (event) {
      var kind = event.target.closest("[data-copy]");
      if (!kind) return;
      kind = kind.dataset.copy;
      var value = kind === "url" ? target.url : target.markdown;
      copyText(value).then(function () {
        var message = text(kind === "url" ? "copied_link" : "copied_markdown");
        done.textContent = "✓ " + message;
        announce(message);
        setTimeout(function () { done.textContent = ""; }, 2500);
      }, function () {
        // No clipboard (an old browser, or permission refused): show the text to copy by hand.
        var field = document.createElement("input");
        field.readOnly = true;
        field.value = value;
        field.className = "share-menu__field";
        field.setAttribute("aria-label", text("copy_failed"));
        done.replaceChildren(text("copy_failed") + " ", field);
        field.select();
        announce(text("copy_failed"));
      });
    });
    menu.addEventListener("keydown", function (event) {
      if (event.key === "Escape") close(true);
    });
    heading.after(menu);
    link.setAttribute("aria-expanded", "true");
    link.setAttribute("aria-controls", menu.id);
    open = { menu: menu, link: link };
    // After the click's own work (following the #anchor), which would take the focus back.
    setTimeout(function () { menu.querySelector("button").focus({ preventScroll: true }); }, 0);
  }

  function label(link) {
    var heading = link.parentElement;
    link.title = text("copy_link");
    link.setAttribute("aria-label", text("share_menu", null, { section: headingText(heading) }));
    link.setAttribute("aria-expanded", "false");
  }

  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("a.headerlink");
    if (open && !open.menu.contains(event.target) && link !== open.link) close(false);
    if (!link || !/^H[1-6]$/.test(link.parentElement.tagName)) return;
    // Links to another page (the other language's column) stay put: the menu is what the reader wants.
    var to = new URL(link.href, location.href);
    if (to.pathname !== location.pathname) event.preventDefault();
    if (open && open.link === link) { close(false); return; }
    openMenu(link, link.parentElement);
  });

  document.querySelectorAll(".md-content a.headerlink").forEach(label);
  window.studyNotesSectionLinks = {
    add: function (root) { root.querySelectorAll("a.headerlink").forEach(label); },
  };
})();
