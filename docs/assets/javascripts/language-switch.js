// Both languages share section anchors, so the language menu can keep the
// reader in the same section: copy the current #fragment onto the twin link
// just before it is followed (mouse, keyboard or touch).
document.addEventListener("click", function (event) {
  var link = event.target.closest && event.target.closest(".md-select__link[hreflang]");
  if (link && window.location.hash) {
    link.hash = window.location.hash;
  }
}, true);
