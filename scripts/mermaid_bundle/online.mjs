// Entry of the online build: an ES module that loads each diagram type's code
// only when a page draws that type (esbuild code splitting).
export { default } from "mermaid/dist/mermaid.core.mjs";
