// Entry of the offline build: one classic script defining window.mermaid,
// because browsers refuse ES modules on file:// pages.
import mermaid from "mermaid/dist/mermaid.core.mjs";
globalThis.mermaid = mermaid;
