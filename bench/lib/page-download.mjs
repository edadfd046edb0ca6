// The files a browser downloads to run Handshake's en-US checker, found by
// following the modules from the library's entry the way a browser does.
//
// Handshake ships ES modules one file each (minified, not bundled: the site
// scripts/build-site.mjs builds in build/site/, which is what the page is
// served from), so a page fetches exactly: the entry module, every relative
// module it imports (statically or with import()), every file a module
// locates relative to itself (`new URL("x.wasm", import.meta.url)`, or a
// sibling file named in a string literal, as Emscripten's loader does for its
// .wasm and .data), and the en-US dictionary files the library fetches from
// beside the core module.
// Bare and `node:` specifiers are Node-only paths and never reach a browser.
//
// Only Node built-ins here (build-site.mjs imports esbuild only to build): the
// budget test in tests/budget/ imports this module without bench/'s
// node_modules.
import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { siteDir, siteStaleness } from "../../scripts/build-site.mjs";
import { relativeSpecifiers } from "../../scripts/module-specifiers.mjs";

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

// The checker's entry points, relative to the repo root: the compose page's
// checker client (which starts checker-worker.mjs, which imports
// wasm/handshake.mjs, which loads dist/). The page's own UI is not counted.
export const checkerEntries = ["web/lib/checker-client.mjs"];
// The library itself, as Node and the tests load it.
export const libraryEntry = "wasm/handshake.mjs";

// A sibling file named in a string literal: "handshake-core.wasm".
const siblingFile = /["']([\w.-]+\.(?:wasm|data|mjs|js|json|aff|dic|bin|txt|tsv))["']/g;
// An en-US dictionary file the library fetches from beside the core module
// (wasm/handshake.mjs's LANGUAGES): "dictionaries/en_US.aff". Only en-US's:
// the budget is the en-US checker's, and en-GB's are fetched when chosen.
const coreRelativeFile = /["'](dictionaries\/en_US\.[\w.]+)["']/g;
const coreModule = "handshake-core.mjs";

function isScript(path) {
  return /\.(?:mjs|js)$/.test(path);
}

// Paths relative to `root` (the site's or the tree's: the layout is the same)
// of every file the entries pull in, sorted.
export function downloadSet(entries = checkerEntries, root = siteDir) {
  const seen = new Set();
  const add = (path) => {
    if (!existsSync(path) || !statSync(path).isFile()) {
      throw new Error(`${relative(root, path)} is part of the checker's download but does not exist (scripts/build.sh wasm-release builds it)`);
    }
    seen.add(path);
  };
  const coreRelative = new Set();  // names of files relative to the core module's folder
  const coreDirs = new Set();
  const pending = entries.map((entry) => resolve(root, entry));
  while (pending.length) {
    const path = pending.pop();
    if (seen.has(path)) continue;
    add(path);
    if (path.endsWith(`/${coreModule}`)) coreDirs.add(dirname(path));
    if (!isScript(path)) continue;
    const source = readFileSync(path, "utf8");
    for (const specifier of relativeSpecifiers(source)) pending.push(resolve(dirname(path), specifier));
    for (const [, name] of source.matchAll(siblingFile)) {
      const sibling = join(dirname(path), name);
      if (sibling !== path && existsSync(sibling)) pending.push(sibling);
    }
    for (const [, name] of source.matchAll(coreRelativeFile)) coreRelative.add(name);
  }
  // The library's core-relative files (data, not modules: they lead nowhere).
  for (const dir of coreDirs) for (const name of coreRelative) add(join(dir, name));
  return [...seen].map((path) => relative(root, path)).sort();
}

export function gzipSize(bytes) {
  return gzipSync(bytes, { level: 9 }).length;
}

// { gzip, raw, files: [{ path, raw, gzip }] } for the checker's download.
export function checkerDownload(entries = checkerEntries, root = siteDir) {
  const stale = resolve(root) === resolve(siteDir) ? siteStaleness() : "";
  if (stale) throw new Error(stale);
  const files = downloadSet(entries, root).map((path) => {
    const bytes = readFileSync(join(root, path));
    return { path, raw: bytes.length, gzip: gzipSize(bytes) };
  });
  return {
    gzip: files.reduce((sum, file) => sum + file.gzip, 0),
    raw: files.reduce((sum, file) => sum + file.raw, 0),
    files,
  };
}

// What the budget allows: everything a browser downloads for the en-US
// checker, gzipped (issue 7).
export const downloadBudgetBytes = 400 * 1024;
