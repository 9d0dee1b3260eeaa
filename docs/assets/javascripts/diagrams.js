// Draws the page's Mermaid diagrams with the copy of Mermaid that the site
// serves itself (assets/vendor/mermaid, ESM build: only the chunks a diagram
// needs are fetched). The template includes this module only on pages that
// have a diagram, so other pages load no Mermaid code at all.
import mermaid from "../vendor/mermaid/mermaid.esm.min.mjs";

const diagrams = [...document.querySelectorAll(".mermaid-diagram")];
const sources = new Map(diagrams.map((el) => [el, el.textContent]));
const korean = document.documentElement.lang === "ko";

function isDark() {
  return document.body.getAttribute("data-md-color-scheme") === "slate";
}

function showError(el, index, error) {
  const message = String((error && error.message) || error);
  const box = document.createElement("div");
  box.className = "admonition failure diagram-error";
  box.setAttribute("role", "alert");
  const title = document.createElement("p");
  title.className = "admonition-title";
  title.textContent = korean
    ? `다이어그램 ${index + 1}을(를) 그리지 못했습니다`
    : `Diagram ${index + 1} could not be drawn`;
  const detail = document.createElement("pre");
  detail.textContent = message;
  box.append(title, detail);
  el.replaceChildren(box);
  el.dataset.rendered = "error";
  // Reported on the console too, so the test suite names the page and diagram.
  console.error(`Mermaid diagram ${index + 1} on ${location.pathname} failed: ${message}`);
}

async function renderAll() {
  mermaid.initialize({
    startOnLoad: false,
    securityLevel: "strict",
    suppressErrorRendering: true,
    theme: isDark() ? "dark" : "default",
    themeVariables: { fontFamily: getComputedStyle(document.body).fontFamily },
  });
  for (const [index, el] of diagrams.entries()) {
    try {
      const { svg } = await mermaid.render(`diagram-${index + 1}`, sources.get(el));
      el.innerHTML = svg;
      el.dataset.rendered = isDark() ? "dark" : "light";
    } catch (error) {
      showError(el, index, error);
    }
  }
}

let drawing = renderAll();

// Material switches palettes by changing data-md-color-scheme on <body>;
// redraw so the diagrams follow the light or dark theme.
new MutationObserver(() => {
  drawing = drawing.then(renderAll);
}).observe(document.body, { attributes: true, attributeFilter: ["data-md-color-scheme"] });
