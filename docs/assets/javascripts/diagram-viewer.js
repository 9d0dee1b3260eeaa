// Each drawn diagram gets a toolbar below it: a button that opens the
// drawing in a full-window <dialog> (zoom with the buttons, + and -, pinch or
// Ctrl+wheel; pan by dragging or with the arrow keys; Escape closes it and
// focus returns to the button), and, when the drawing is wider than its
// frame, a hint that the frame scrolls sideways.
//
// No library: the drawing is SVG already, so zoom and pan are one CSS
// transform (set through the CSSOM, which the Content-Security-Policy allows).
// The <svg> itself moves into the dialog and back, so ids stay unique.
(function () {
  "use strict";
  var text = window.studyNotesText;
  var MIN = 0.5;
  var MAX = 6;
  var STEP = 1.25;
  var dialog = null;
  var stage = null;
  var view = { scale: 1, x: 0, y: 0 };
  var current = null;  // { frame, svg, button }
  var pointers = new Map();
  var pinch = null;

  function button(label, className, action) {
    var b = document.createElement("button");
    b.type = "button";
    b.className = "diagram-button " + className;
    b.textContent = label;
    b.addEventListener("click", action);
    return b;
  }

  function apply() {
    stage.firstElementChild.style.transform =
      "translate(" + view.x + "px, " + view.y + "px) scale(" + view.scale + ")";
    dialog.querySelector(".diagram-viewer__zoom").textContent = Math.round(view.scale * 100) + "%";
  }

  function zoom(factor, cx, cy) {
    var next = Math.min(MAX, Math.max(MIN, view.scale * factor));
    var rect = stage.getBoundingClientRect();
    // Keep the point under the cursor (or the middle) where it is.
    var px = (cx === undefined ? rect.width / 2 : cx - rect.left) - rect.width / 2;
    var py = (cy === undefined ? rect.height / 2 : cy - rect.top) - rect.height / 2;
    view.x = px - (px - view.x) * (next / view.scale);
    view.y = py - (py - view.y) * (next / view.scale);
    view.scale = next;
    apply();
  }

  function reset() {
    view = { scale: 1, x: 0, y: 0 };
    apply();
  }

  function build() {
    dialog = document.createElement("dialog");
    dialog.className = "diagram-viewer";
    var bar = document.createElement("div");
    bar.className = "diagram-viewer__bar";
    var title = document.createElement("h2");
    title.className = "diagram-viewer__title";
    title.id = "diagram-viewer-title";
    var zoomLevel = document.createElement("span");
    zoomLevel.className = "diagram-viewer__zoom";
    zoomLevel.setAttribute("aria-live", "polite");
    bar.append(
      title,
      button(text("diagram_zoom_out"), "diagram-viewer__out", function () { zoom(1 / STEP); }),
      zoomLevel,
      button(text("diagram_zoom_in"), "diagram-viewer__in", function () { zoom(STEP); }),
      button(text("diagram_zoom_reset"), "diagram-viewer__reset", reset),
      button(text("diagram_close"), "diagram-viewer__close", function () { dialog.close(); })
    );
    stage = document.createElement("div");
    stage.className = "diagram-viewer__stage";
    stage.tabIndex = 0;
    stage.setAttribute("role", "group");
    stage.setAttribute("aria-roledescription", text("diagram_stage"));
    stage.setAttribute("aria-labelledby", title.id);
    stage.append(document.createElement("div"));
    dialog.setAttribute("aria-labelledby", title.id);
    dialog.append(bar, stage);
    document.body.append(dialog);

    dialog.addEventListener("close", function () {
      if (!current) return;
      current.frame.append(current.svg);
      current.button.focus();
      current = null;
    });
    stage.addEventListener("wheel", function (event) {
      if (!event.ctrlKey) return;  // a plain wheel scrolls as usual
      event.preventDefault();
      zoom(event.deltaY < 0 ? STEP : 1 / STEP, event.clientX, event.clientY);
    }, { passive: false });
    dialog.addEventListener("keydown", function (event) {
      var moves = { ArrowLeft: [40, 0], ArrowRight: [-40, 0], ArrowUp: [0, 40], ArrowDown: [0, -40] };
      if (event.key === "+" || event.key === "=") zoom(STEP);
      else if (event.key === "-") zoom(1 / STEP);
      else if (event.key === "0") reset();
      else if (moves[event.key] && event.target === stage) {
        view.x += moves[event.key][0];
        view.y += moves[event.key][1];
        apply();
      } else return;
      event.preventDefault();
    });
    // Drag to pan; two fingers to zoom.
    stage.addEventListener("pointerdown", function (event) {
      stage.setPointerCapture(event.pointerId);
      pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
      pinch = pointers.size === 2 ? distance() : null;
    });
    stage.addEventListener("pointermove", function (event) {
      var last = pointers.get(event.pointerId);
      if (!last) return;
      var now = { x: event.clientX, y: event.clientY };
      pointers.set(event.pointerId, now);
      if (pointers.size === 2 && pinch) {
        var d = distance();
        zoom(d / pinch);
        pinch = d;
      } else if (pointers.size === 1) {
        view.x += now.x - last.x;
        view.y += now.y - last.y;
        apply();
      }
    });
    ["pointerup", "pointercancel"].forEach(function (type) {
      stage.addEventListener(type, function (event) {
        pointers.delete(event.pointerId);
        pinch = null;
      });
    });
  }

  function distance() {
    var p = Array.from(pointers.values());
    return Math.hypot(p[0].x - p[1].x, p[0].y - p[1].y) || 1;
  }

  function open(frame, opener) {
    if (!dialog) build();
    var svg = frame.querySelector(":scope > svg");
    if (!svg) return;
    var title = svg.querySelector(":scope > title");
    dialog.querySelector(".diagram-viewer__title").textContent =
      title ? title.textContent : frame.getAttribute("aria-label");
    stage.firstElementChild.append(svg);
    current = { frame: frame, svg: svg, button: opener };
    dialog.showModal();
    reset();
    stage.focus();
  }

  function add(frames) {
    Array.prototype.forEach.call(frames, function (frame) {
      if (frame.dataset.viewer || !frame.querySelector(":scope > svg")) return;
      frame.dataset.viewer = "ready";
      var tools = document.createElement("div");
      tools.className = "diagram-tools";
      var hint = document.createElement("span");
      hint.className = "diagram-tools__hint";
      hint.textContent = text("diagram_scroll_hint");
      var opener = button(text("diagram_open"), "diagram-tools__open", function () { open(frame, opener); });
      opener.setAttribute("aria-label", text("diagram_open_named", undefined, {
        name: frame.getAttribute("aria-label"),
      }));
      tools.append(hint, opener);
      frame.after(tools);
      var measure = function () {
        tools.classList.toggle("diagram-tools--scrolls", frame.scrollWidth > frame.clientWidth + 1);
      };
      measure();
      if (window.ResizeObserver) new ResizeObserver(measure).observe(frame);
    });
  }

  window.studyNotesDiagramViewer = { add: add };
  add(document.querySelectorAll(".md-typeset .mermaid-diagram[data-rendered]"));
})();
