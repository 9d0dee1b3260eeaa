// Interface strings for the site's scripts, from i18n/<lang>/ui.yml (the
// template writes them into the page as JSON). studyNotesText(key, lang)
// answers in lang (default: the page's language); {name} placeholders are
// filled from the third argument.
window.studyNotesText = (function () {
  "use strict";
  var el = document.getElementById("ui-strings");
  var all = el ? JSON.parse(el.textContent) : {};
  return function (key, lang, values) {
    var table = all[lang || document.documentElement.lang] || {};
    var text = table[key] || key;
    return text.replace(/\{(\w+)\}/g, function (_, name) {
      return values && name in values ? values[name] : "{" + name + "}";
    });
  };
})();
