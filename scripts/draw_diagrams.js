// Loaded by scripts/draw_diagrams.py into its drawing page, after Mermaid and
// docs/assets/javascripts/diagrams.js: draws one fence for storage and
// proves the stored copy looks like Mermaid's own, then prunes the shared
// stylesheet to the rules some drawing uses.
(function () {
  "use strict";
  var D = window.studyNotesDiagrams;
  var COMPARED = ["fill", "stroke", "stroke-width", "stroke-dasharray", "opacity", "fill-opacity",
    "stroke-opacity", "font-size", "font-weight", "font-style", "font-family", "text-anchor",
    "dominant-baseline", "display", "visibility", "filter", "marker-start", "marker-end"];
  var PAINTED = "text, tspan, rect, polygon, path, circle, ellipse, line, polyline";

  function stage(markup, css) {
    var box = document.createElement("div");
    box.innerHTML = markup;
    if (css) {
      var style = document.createElement("style");
      style.textContent = css.join("\n");
      box.prepend(style);
    }
    document.body.append(box);
    return box;
  }

  // rgb(), rgba() and color(srgb ...) -> "r,g,b,a" rounded, so equal colours compare equal.
  function colour(value) {
    var m = /^rgba?\(([^)]*)\)$/.exec(value);
    var parts;
    if (m) {
      parts = m[1].split(/[\s,/]+/).filter(Boolean).map(Number);
      parts = parts.slice(0, 3).map(function (v) { return v / 255; }).concat([parts.length > 3 ? parts[3] : 1]);
    } else if ((m = /^color\(srgb ([^)]*)\)$/.exec(value))) {
      parts = m[1].split(/[\s/]+/).filter(Boolean).map(Number);
      if (parts.length < 4) parts.push(1);
    } else {
      return value;
    }
    return parts.map(function (v) { return Math.round(v * 100) / 100; }).join(",");
  }

  function computed(el, name) {
    var value = getComputedStyle(el).getPropertyValue(name);
    if (name === "marker-start" || name === "marker-end") return value === "none" ? "none" : "url";
    if (name === "font-family") return value.replace(/["']/g, "");
    return colour(value);
  }

  function describe(el) {
    var text = (el.textContent || "").trim().slice(0, 30);
    return "<" + el.tagName + (el.getAttribute("class") ? " class=\"" + el.getAttribute("class") + "\"" : "") + ">" +
      (text ? " \"" + text + "\"" : "");
  }

  function elements(box) {
    var svg = box.querySelector("svg");
    return [svg].concat(Array.prototype.filter.call(svg.querySelectorAll("*"), function (el) {
      return el.tagName !== "style";
    }));
  }

  function sentinelValues() {
    var config = D.config();
    var out = {};
    Object.keys(config.themeVariables).forEach(function (name) {
      var v = config.themeVariables[name];
      if (/^#c0de/.test(v)) out[v] = true;
    });
    return Object.keys(out);
  }

  // The stored copy must look like Mermaid's own drawing, element by element,
  // with every painted colour one of the roles (so the palettes apply).
  function verify(original, result) {
    var problems = [];
    var before = stage(original);
    D.dropUnused(before.querySelector("svg"));  // definitions nothing points at draw nothing
    var after = stage(result.svg, result.css);
    var settings = JSON.parse(document.getElementById("diagram-settings").textContent);
    var roles = Object.keys(settings.colours);
    var sentinels = sentinelValues();
    roles.forEach(function (role, i) {
      after.style.setProperty("--diagram-" + role, "#c0de" + (i + 1).toString(16).padStart(2, "0"));
    });
    var allowed = sentinels.map(function (hex) {
      return colour("rgb(" + [1, 3, 5].map(function (i) { return parseInt(hex.slice(i, i + 2), 16); }).join(", ") + ")");
    });
    var a = elements(before);
    var b = elements(after);
    if (a.length !== b.length) problems.push("the stored drawing has " + b.length + " elements, Mermaid's " + a.length);
    for (var i = 0; i < Math.min(a.length, b.length); i++) {
      COMPARED.forEach(function (name) {
        var x = computed(a[i], name);
        var y = computed(b[i], name);
        if (x !== y) problems.push(describe(a[i]) + ": " + name + " is " + y + " instead of " + x);
      });
      if (b[i].matches(PAINTED) && getComputedStyle(b[i]).display !== "none") {
        var box = b[i].getBBox ? b[i].getBBox() : { width: 1, height: 1 };
        if (!box.width && !box.height) continue;
        var style = getComputedStyle(b[i]);
        var paints = [["fill", style.fill]];
        if (parseFloat(style.strokeWidth) > 0) paints.push(["stroke", style.stroke]);
        paints.forEach(function (paint) {
          var value = colour(paint[1]);
          if (paint[1] === "none" || /,0$/.test(value) || allowed.indexOf(value) >= 0) return;
          if (b[i].matches("line, polyline") && paint[0] === "fill") return;  // lines are never filled
          if (b[i].matches("path") && paint[0] === "fill" && !/z\s*$/i.test(b[i].getAttribute("d") || "")) return;
          problems.push(describe(b[i]) + ": painted " + paint[1] + ", outside the site's colour roles (fences take no colours; else map the Mermaid theme variable in diagrams/settings.yml)");
        });
      }
    }
    if (before.textContent.replace(/\s+/g, "") === "" || after.querySelector("svg").textContent.trim() === "") {
      problems.push("the drawing has no text");
    }
    before.remove();
    after.remove();
    return problems;
  }

  var drafts = 0;

  function draw(source, token) {
    drafts += 1;
    var renderId = "draft-" + drafts;
    return D.render(source, renderId).then(function (original) {
      var result = D.normalize(original, renderId, token);
      return { svg: result.svg, css: result.css, type: result.type, problems: verify(original, result) };
    }, function (error) {
      return { error: String((error && error.message) || error) };
    });
  }

  var LITERAL = /#[0-9a-f]{3,8}\b|\b(rgba?|hsla?)\(|\b(black|white|gr[ae]y|silver|red|blue|green|yellow|orange|purple|navy)\b/i;

  // drawings: [{svg, css}] -> {css: [rules some drawing uses], problems}.
  function stylesheet(drawings) {
    var box = document.createElement("div");
    box.innerHTML = drawings.map(function (d) { return d.svg; }).join("");
    document.body.append(box);
    var seen = new Set();
    var mermaid = [];
    var generated = [];
    drawings.forEach(function (d) {
      d.css.forEach(function (rule) {
        if (seen.has(rule)) return;
        seen.add(rule);
        (/ \.([sp]|dw)-[0-9a-z]+\)? \{/.test(rule) ? generated : mermaid).push(rule);
      });
    });
    var sheet = new CSSStyleSheet();
    var used = function (rule) {
      sheet.replaceSync(rule);
      var parsed = sheet.cssRules[0];
      if (parsed instanceof CSSMediaRule) parsed = parsed.cssRules[0];
      if (!(parsed instanceof CSSStyleRule)) return null;
      var selector = parsed.selectorText.replace(/:(hover|focus|active|focus-visible|focus-within|visited)\b/g, "");
      try {
        return !!box.querySelector(selector);
      } catch (e) {
        return true;  // a selector querySelector cannot test (pseudo-elements): keep it
      }
    };
    var kept = mermaid.concat(generated.sort()).filter(function (rule) { return used(rule) !== false; });
    var styleRules = kept.filter(function (rule) { return used(rule) === true; });
    kept = kept.filter(function (rule) {
      var keyframes = /^@keyframes ([\w-]+)/.exec(rule);
      if (!keyframes) return used(rule) === true;
      return styleRules.some(function (r) { return r.indexOf("animation") >= 0 && r.indexOf(keyframes[1]) >= 0; });
    });
    var problems = [];
    kept.forEach(function (rule) {
      var body = rule.slice(rule.indexOf("{"));
      if (LITERAL.test(body.replace(/var\([^)]*\)/g, ""))) problems.push("a colour outside the roles: " + rule);
      if (rule.indexOf("url(#") >= 0) problems.push("a reference to one drawing's id: " + rule);
    });
    box.remove();
    return { css: kept, problems: problems };
  }

  window.drawingChecks = { draw: draw, stylesheet: stylesheet };
})();
