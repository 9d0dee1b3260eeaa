// Draws ```mermaid fences with the site's own copy of Mermaid, one way for
// two uses:
//
// - `make diagrams` (scripts/draw_diagrams.py) calls render() and
//   normalize() in headless Chromium for every fence and stores the result
//   in diagrams/; the build inlines it, so readers get a finished SVG and
//   download no Mermaid at all.
// - A fence without a current drawing (only under `mkdocs serve`: the strict
//   build refuses one) is drawn here in the reader's browser, with the same
//   settings (diagrams/settings.yml, handed over as JSON in the page), as it
//   comes near the screen. This file is loaded only on such pages.
//
// normalize() makes Mermaid's SVG fit the site:
// - colours: Mermaid draws with one stand-in colour per role; each becomes
//   var(--diagram-<role>), defined per palette in site.css, so one drawing
//   follows the palette toggle without redrawing;
// - no style attributes and no per-drawing stylesheet: Mermaid's CSS is
//   scoped to the diagram type (.diagram-flowchart-v2, ...) and served once
//   as assets/stylesheets/diagrams.css, so style-src can stay 'self';
// - every id starts with the drawing's prefix, so drawings can share a page;
// - role="img" (none when its nodes link to sections), named by <title>
//   (accTitle) and described by <desc> (accDescr).
//
// window.studyNotesDiagrams.add(elements) draws fences added later (the
// other language's column in side-by-side reading).
(function () {
  "use strict";
  var script = document.currentScript;
  var holder = document.getElementById("diagram-settings");
  var settings = holder ? JSON.parse(holder.textContent) : null;
  var COLOUR_ATTRIBUTES = ["fill", "stroke", "color", "stop-color", "flood-color", "lighting-color"];
  var ROUNDED = /^(x|y|x1|x2|y1|y2|cx|cy|r|rx|ry|width|height|refX|refY)$/;

  // #c0de01, #c0de02, ...: one stand-in colour per role, in settings order.
  function sentinels() {
    var out = {};
    Object.keys(settings.colours).forEach(function (role, i) {
      out[role] = "#c0de" + (i + 1).toString(16).padStart(2, "0");
    });
    return out;
  }

  function measureFont() {
    return settings.measure_fonts.map(function (f) { return '"' + f + '"'; }).join(", ") + ", sans-serif";
  }

  function mermaidConfig() {
    var config = JSON.parse(JSON.stringify(settings.mermaid));
    var font = measureFont();
    var colours = sentinels();
    var variables = { fontFamily: font };
    Object.keys(settings.colours).forEach(function (role) {
      settings.colours[role].forEach(function (name) { variables[name] = colours[role]; });
    });
    config.themeVariables = variables;
    config.fontFamily = font;
    config.suppressErrorRendering = true;
    config.sequence = Object.assign(
      { actorFontFamily: font, noteFontFamily: font, messageFontFamily: font }, config.sequence);
    return config;
  }

  // "r,g,b" of each stand-in colour -> its role.
  function rolesByRgb() {
    var out = {};
    var colours = sentinels();
    Object.keys(colours).forEach(function (role) {
      var hex = colours[role].slice(1);
      out[[0, 2, 4].map(function (i) { return parseInt(hex.slice(i, i + 2), 16); }).join(",")] = role;
    });
    return out;
  }

  // Replace stand-in colours (as #rrggbb, rgb() or rgba()) by the role's
  // custom property; a translucent one keeps its opacity.
  function themed(value, roles) {
    var colour = /#([0-9a-f]{6})(?![0-9a-f])|rgba?\(\s*(\d+)[,\s]+(\d+)[,\s]+(\d+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)/gi;
    return value.replace(colour, function (match, hex, r, g, b, a) {
      var rgb = hex ? [0, 2, 4].map(function (i) { return parseInt(hex.slice(i, i + 2), 16); }) : [r, g, b];
      var role = roles[rgb.map(Number).join(",")];
      if (!role) return match;
      var property = "var(--diagram-" + role + ")";
      var alpha = a === undefined ? 1 : /%$/.test(a) ? parseFloat(a) / 100 : parseFloat(a);
      return alpha >= 1 ? property : "color-mix(in srgb, " + property + " " + Math.round(alpha * 100) + "%, transparent)";
    });
  }

  function isLiteralColour(value) {
    return !/^\s*(none|transparent|currentcolor|inherit|url\(.*)\s*$/i.test(value);
  }

  // Readers see the site's font; the measuring fonts stay as the fallback.
  function siteFont(declarations) {
    return declarations.replace(/font-family:\s*([^;]+)/g, function (match, fonts) {
      return "font-family: var(--md-text-font-family, " + fonts.trim() + ")";
    });
  }

  function hash(text) {  // FNV-1a, for short stable class names
    var h = 0x811c9dc5;
    for (var i = 0; i < text.length; i++) {
      h ^= text.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    return h.toString(36);
  }

  function round(value) {
    return String(Math.round(parseFloat(value) * 100) / 100);
  }

  // Mermaid's stylesheet for one drawing, its selectors scoped to the diagram
  // type instead of the drawing's id: one rule per entry.
  function scopedRules(css, renderId, scope, roles) {
    var sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    return Array.prototype.map.call(sheet.cssRules, function (rule) {
      if (!(rule instanceof CSSStyleRule)) return rule.cssText.replace(/\s*\n\s*/g, " ");
      var selector = rule.selectorText.split("#" + renderId).join(scope);
      return selector + " { " + siteFont(themed(rule.style.cssText, roles)) + " }";
    });
  }

  // A style attribute becomes a class with the same declarations, marked
  // !important as an attribute's would win over the stylesheet.
  function styleClass(value, scope, roles, rules) {
    var scratch = document.createElement("div").style;
    scratch.cssText = value;
    var declarations = [];
    for (var i = 0; i < scratch.length; i++) {
      var name = scratch[i];
      if (name === "font-family" || name === "max-width") continue;
      declarations.push(name + ": " + themed(scratch.getPropertyValue(name), roles) + " !important");
    }
    if (!declarations.length) return null;
    var text = declarations.join("; ");
    var name = "s-" + hash(text);
    rules[name] = scope + " ." + name + " { " + text + " }";
    return name;
  }

  // A stand-in colour in a presentation attribute becomes a class whose rule
  // has no weight (:where), as an attribute loses to any stylesheet rule.
  function colourClass(attribute, value, scope, rules) {
    var text = attribute + ": " + value;
    var name = "p-" + hash(text);
    rules[name] = ":where(" + scope + " ." + name + ") { " + text + " }";
    return name;
  }

  // Mermaid defines every arrowhead and symbol a diagram of its type might
  // use; keep only those this drawing points at.
  function dropUnused(svg) {
    var referenced = {};
    svg.querySelectorAll("*").forEach(function (el) {
      Array.prototype.forEach.call(el.attributes, function (attr) {
        (attr.value.match(/url\(#[^)]+\)|^#\S+$/g) || []).forEach(function (ref) {
          referenced[ref.replace(/^url\(#|\)$|^#/g, "")] = true;
        });
      });
    });
    svg.querySelectorAll("marker[id], symbol[id], linearGradient[id], radialGradient[id], pattern[id], filter[id], defs > [id]").forEach(function (el) {
      if (!referenced[el.getAttribute("id")]) el.remove();
    });
    svg.querySelectorAll("defs").forEach(function (el) {
      if (!el.children.length) el.remove();
    });
  }

  function renameIds(svg, renderId, prefix) {
    var ids = {};
    var taken = {};
    [svg].concat(Array.prototype.slice.call(svg.querySelectorAll("[id]"))).forEach(function (el) {
      var old = el.getAttribute("id");
      var rest = old === renderId ? "" : old.split(renderId).join("").replace(/^[-_]+|[-_]+$/g, "");
      var id = rest ? prefix + "-" + rest : prefix;
      if (taken[id]) throw new Error("two elements would share the id " + id);
      taken[id] = true;
      ids[old] = id;
      el.setAttribute("id", id);
    });
    svg.querySelectorAll("*").forEach(function (el) {
      Array.prototype.slice.call(el.attributes).forEach(function (attr) {
        var value = attr.value;
        if (attr.name === "aria-labelledby" || attr.name === "aria-describedby") {
          value = value.split(/\s+/).map(function (t) { return ids[t] || t; }).join(" ");
        } else if (value.indexOf("url(#") >= 0) {
          value = value.replace(/url\(#([^)]+)\)/g, function (m, id) { return "url(#" + (ids[id] || id) + ")"; });
        } else if (attr.localName === "href" && value.charAt(0) === "#") {
          value = "#" + (ids[value.slice(1)] || value.slice(1));
        }
        if (value !== attr.value) el.setAttributeNS(attr.namespaceURI, attr.name, value);
      });
    });
    ["aria-labelledby", "aria-describedby"].forEach(function (name) {
      var value = svg.getAttribute(name);
      if (value) svg.setAttribute(name, value.split(/\s+/).map(function (t) { return ids[t] || t; }).join(" "));
    });
  }

  // Mermaid's SVG (as text) -> { svg: text without any <style>, css: [rules], type }.
  function normalize(svgText, renderId, prefix) {
    // Mermaid writes its links (`click id href`) as xlink:href without
    // declaring the prefix, which only an HTML parser forgives.
    if (svgText.indexOf("xlink:") >= 0 && !/<svg[^>]*xmlns:xlink=/.test(svgText)) {
      svgText = svgText.replace("<svg", '<svg xmlns:xlink="http://www.w3.org/1999/xlink"');
    }
    var svg = new DOMParser().parseFromString(svgText, "image/svg+xml").documentElement;
    if (svg.nodeName !== "svg") throw new Error("Mermaid returned no SVG");
    var type = svg.getAttribute("aria-roledescription") || "diagram";
    var scope = ".diagram-" + type;
    var roles = rolesByRgb();
    var generated = {};
    var css = [];
    svg.querySelectorAll("style").forEach(function (style) {
      css = css.concat(scopedRules(style.textContent, renderId, scope, roles));
      style.remove();
    });
    if (!svg.querySelector(":scope > title") || !svg.querySelector(":scope > desc")) {
      throw new Error("the diagram needs an accTitle: and an accDescr: line (its accessible name and description)");
    }
    var box = (svg.getAttribute("viewBox") || "").trim().split(/[\s,]+/);
    dropUnused(svg);
    svg.removeAttribute("style");
    svg.removeAttribute("aria-roledescription");
    svg.setAttribute("class", "diagram diagram-" + type);
    if (box.length === 4) {
      // Its natural size; site.css lets it shrink to the column, but never
      // so far that text drops below settings.readable.phone px on a screen:
      // the frame scrolls sideways instead.
      svg.setAttribute("viewBox", box.map(round).join(" "));
      svg.setAttribute("width", round(box[2]));
      svg.setAttribute("height", round(box[3]));
      var natural = parseFloat(box[2]);
      var readable = Math.round(Math.min(natural, natural * settings.readable.phone / 16));
      svg.classList.add("dw-" + readable);
      generated["dw-" + readable] = "@media screen { .diagram.dw-" + readable + " { min-width: " + readable + "px; } }";
    }
    // A drawing whose nodes link to sections (Mermaid's `click id href "#section"`)
    // keeps the implicit role of an <svg> (graphics-document), so screen
    // readers reach the links; any other is one image.
    if (svg.querySelector("a")) svg.removeAttribute("role");
    else svg.setAttribute("role", "img");
    var pad = settings.edge_label_padding || 0;
    svg.querySelectorAll(".edgeLabel rect.background[width]").forEach(function (rect) {
      if (!parseFloat(rect.getAttribute("width"))) return;
      rect.setAttribute("x", parseFloat(rect.getAttribute("x") || 0) - pad);
      rect.setAttribute("width", parseFloat(rect.getAttribute("width")) + 2 * pad);
    });
    svg.querySelectorAll("*").forEach(function (el) {
      Array.prototype.slice.call(el.attributes).forEach(function (attr) {
        var name = attr.name;
        if (name.indexOf("data-") === 0) {
          el.removeAttribute(name);  // Mermaid's bookkeeping; nothing reads it here
        } else if (name === "style") {
          var cls = styleClass(attr.value, scope, roles, generated);
          el.removeAttribute("style");
          if (cls) el.classList.add(cls);
        } else if (COLOUR_ATTRIBUTES.indexOf(name) >= 0) {
          var value = themed(attr.value, roles);
          el.removeAttribute(name);
          if (value !== attr.value) el.classList.add(colourClass(name, value, scope, generated));
          else if (!isLiteralColour(value)) el.setAttribute(name, value);
        } else if (ROUNDED.test(name) && /^-?[\d.]+(px)?$/.test(attr.value)) {
          el.setAttribute(name, round(attr.value));
        } else if (name === "transform") {
          el.setAttribute(name, attr.value.replace(/-?\d+\.\d+/g, round));
        }
      });
    });
    renameIds(svg, renderId, prefix);
    css = css.concat(Object.keys(generated).sort().map(function (k) { return generated[k]; }));
    return { svg: new XMLSerializer().serializeToString(svg), css: css, type: type };
  }

  var mermaidReady = null;
  var drafts = 0;

  function loadMermaid() {
    if (window.mermaid) return Promise.resolve(window.mermaid);
    var url = new URL("../vendor/mermaid/mermaid.esm.min.mjs", script.src);
    return import(url.href).then(function (module) { return module.default; });
  }

  // Mermaid's own SVG for a fence, drawn with the site's settings.
  function render(source, renderId) {
    mermaidReady = mermaidReady || loadMermaid().then(function (mermaid) {
      mermaid.initialize(mermaidConfig());
      return mermaid;
    });
    return mermaidReady.then(function (mermaid) { return mermaid.render(renderId, source); })
      .then(function (result) { return result.svg; });
  }

  window.studyNotesDiagrams = {
    render: render, normalize: normalize, config: mermaidConfig, dropUnused: dropUnused, add: add,
  };

  // --- The fallback: fences without a current drawing, drawn in the browser.
  var sources = new Map();
  var numbers = new Map();
  var queue = Promise.resolve();
  var adopted = new Set();

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
    // and the Markdown file and line (study_notes/diagrams/inline.py) to fix.
    var where = "";
    if (el.dataset.sourceFile) {
      var line = /line (\d+)/.exec(message);
      where = " (" + el.dataset.sourceFile + ":" +
        (Number(el.dataset.sourceLine) + (line ? Number(line[1]) : 0)) + ")";
    }
    console.error("Mermaid diagram " + number + where + " on " + location.pathname + " failed: " + message);
  }

  // The drawing's rules as a constructed stylesheet: no <style> element, so
  // a strict Content-Security-Policy does not block it.
  function adopt(rules) {
    var fresh = rules.filter(function (rule) { return !adopted.has(rule); });
    if (!fresh.length) return;
    fresh.forEach(function (rule) { adopted.add(rule); });
    var sheet = new CSSStyleSheet();
    sheet.replaceSync(fresh.join("\n"));
    document.adoptedStyleSheets = document.adoptedStyleSheets.concat([sheet]);
  }

  function draw(el) {
    if (!el.isConnected) return Promise.resolve();
    drafts += 1;  // every render needs an id of its own
    var renderId = "diagram-draft-" + drafts;
    return render(sources.get(el), renderId).then(function (svg) {
      var result = normalize(svg, renderId, el.dataset.diagramPrefix || renderId);
      adopt(result.css);
      el.innerHTML = result.svg;
      el.dataset.rendered = "browser";
    }).catch(function (error) {
      showError(el, error);
    });
  }

  // Draw a diagram when it comes near the screen: a writer's page with many
  // changed diagrams still opens at once.
  var observer = new IntersectionObserver(function (entries) {
    entries.forEach(function (entry) {
      if (entry.isIntersecting) {
        observer.unobserve(entry.target);
        queue = queue.then(function () { return draw(entry.target); });
      }
    });
  }, { rootMargin: "300px 0px" });

  function add(elements) {
    Array.prototype.forEach.call(elements, function (el) {
      if (sources.has(el) || el.dataset.rendered) return;
      sources.set(el, el.textContent);
      numbers.set(el, Number(el.dataset.diagramNumber) || sources.size);
      observer.observe(el);
    });
  }

  if (settings) add(document.querySelectorAll(".mermaid-diagram[data-diagram-prefix]"));
})();
