// Where an ES module's source leads: the specifiers of its static and dynamic
// imports, its re-exports and the files it locates relative to itself
// (`new URL("x.wasm", import.meta.url)`). Read with patterns, not a parser,
// for the project's own modules and Emscripten's loader; minified code leaves
// out every space it can (import{x as y}from"./a.mjs"), so no space is
// required where a minifier drops it.
// `import` and `export` only as keywords, not as a property (loader.import("x")).
const patterns = [
  /(?<![.\w$])import\s*(?:[\w*{}\s,$]+?\s*from\s*)?["']([^"']+)["']/g, // import x from "./a.mjs"; import "./a.mjs"
  /(?<![.\w$])export\s*(?:\*(?:\s*as\s+[\w$]+)?|\{[^}]*\})\s*from\s*["']([^"']+)["']/g, // export { x } / * as y from "./a.mjs"
  /(?<![.\w$])import\s*\(\s*["']([^"']+)["']\s*\)/g, // import("./a.mjs")
  /\bnew\s+URL\s*\(\s*["']([^"']+)["']\s*,\s*import\.meta\.url\s*\)/g, // new URL("a.wasm", import.meta.url)
];

// Every specifier in `source`, bare ones ("node:fs") included, in pattern order.
function moduleSpecifiers(source) {
  return patterns.flatMap((pattern) => [...source.matchAll(pattern)].map((match) => match[1]));
}

/** Only the relative ones ("./a.mjs", "../b.wasm"): those a browser fetches from beside the module. */
export function relativeSpecifiers(source) {
  return moduleSpecifiers(source).filter((specifier) => specifier.startsWith("./") || specifier.startsWith("../"));
}
