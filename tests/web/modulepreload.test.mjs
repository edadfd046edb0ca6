// The pages list every module of their static import graph as a
// modulepreload, so the browser fetches the whole graph at once instead of
// one import level per round trip (a module missing from the list delays the
// checker's worker by a round trip on a first visit). No browser needed: the
// graph is read from the sources as a browser resolves relative imports.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";

const web = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "web");

function attributeValues(html, pattern) {
  return [...html.matchAll(pattern)].map((m) => m[1]);
}

// Relative static imports and re-exports, including multi-line import lists.
function importsOf(file) {
  const source = readFileSync(file, "utf8");
  const specifiers = [
    ...attributeValues(source, /^\s*(?:import|export)\s[^;]*?\bfrom\s*["'](\.{1,2}\/[^"']+)["']/gmsu),
    ...attributeValues(source, /^\s*import\s*["'](\.{1,2}\/[^"']+)["']/gmu),
  ];
  return specifiers.map((s) => join(dirname(file), s));
}

function staticGraph(entries) {
  const seen = new Set();
  const pending = [...entries];
  while (pending.length > 0) {
    const file = pending.pop();
    if (seen.has(file)) continue;
    seen.add(file);
    pending.push(...importsOf(file));
  }
  return seen;
}

for (const page of ["index.html", "demo.html"]) {
  test(`${page} preloads exactly the modules its scripts import`, () => {
    const html = readFileSync(join(web, page), "utf8");
    const scripts = attributeValues(html, /<script type="module"[^>]*\ssrc="([^"]+)"/gu).map((s) => join(web, s));
    const preloads = attributeValues(html, /<link rel="modulepreload" href="([^"]+)"/gu).map((s) => join(web, s));
    assert.ok(scripts.length > 0, `${page} has module scripts`);
    const graph = staticGraph(scripts);
    const name = (f) => relative(web, f);
    const missing = [...graph].filter((f) => !scripts.includes(f) && !preloads.includes(f)).map(name);
    const stale = preloads.filter((f) => !graph.has(f)).map(name);
    assert.deepEqual(missing, [], `imported but not preloaded in ${page}`);
    assert.deepEqual(stale, [], `preloaded but not imported in ${page}`);
  });
}
