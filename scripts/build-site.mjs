#!/usr/bin/env node
// Builds what a browser downloads: the compose page, the widget demo and the
// checker they run, in the repository's own layout (web/, wasm/, dist/), with
// every script and style sheet minified by esbuild. Keeping the layout keeps
// every relative import, the service worker's precache list and the page's
// modulepreload list valid as written. scripts/serve.mjs serves this folder,
// the browser tests run against it and the download budget counts it.
//
//   node scripts/build-site.mjs            # build/site/
//
// Needs dist/handshake-core.{mjs,wasm}: run `scripts/build.sh wasm-release`
// first (scripts/build.sh runs this after it).
//
// Minifying is file by file, not bundling: each module keeps its own URL, so
// the page, the worker and the extension share cached files, and a file's
// gzipped size stays comparable with its source's.

import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, extname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(fileURLToPath(new URL("..", import.meta.url)));
export const siteDir = join(root, "build", "site");

// What the site holds, relative to the repository root: folders whole, and
// single files. wasm/ holds Node-only tools too (cli.mjs); only the library
// is served.
const siteFolders = ["web", "dist/dictionaries"];
const siteFiles = ["wasm/handshake.mjs", "dist/handshake-core.mjs", "dist/handshake-core.wasm"];
// In the site: what it was built from (each source's hash, this builder's and
// esbuild's version), so that a stale site is known by content, not by dates.
const manifestName = ".build.json";
// A file being written; the name cannot be a source's.
const partial = /\.\d+-[0-9a-f]+\.partial$/u;

// Top-level names of an ES module are its own, so they may be renamed too;
// a classic script's (sw.js, the content script) are globals and are kept.
function loaderFor(path) {
  switch (extname(path)) {
    case ".mjs":
      return { loader: "js", format: "esm" };
    case ".js":
      return { loader: "js" };
    case ".css":
      return { loader: "css" };
    default:
      return null;
  }
}

// esbuild is imported only to build, so that the server and the download
// count can import this module's paths without it.
async function minify(path, source) {
  const { transform } = await import("esbuild").catch(() => {
    throw new Error("esbuild is missing: run scripts/setup.sh (it installs the npm packages)");
  });
  const options = loaderFor(path);
  // No target: the sources are written for the browsers the page supports,
  // and esbuild only minifies (a target older than the syntax rewrites it).
  // Legal comments stay (esbuild's default keeps /*! and @license ones).
  const { code } = await transform(source, { ...options, minify: true, sourcefile: path });
  return code;
}

function listFiles(base, folder) {
  const found = [];
  for (const entry of readdirSync(join(base, folder), { withFileTypes: true })) {
    const path = `${folder}/${entry.name}`;
    if (entry.isDirectory()) found.push(...listFiles(base, path));
    else if (entry.isFile()) found.push(path);
  }
  return found;
}

function sourcePaths() {
  for (const path of [...siteFolders, ...siteFiles]) {
    if (!existsSync(join(root, path))) throw new Error(`${path} is missing: run scripts/build.sh wasm-release first`);
  }
  return [...siteFolders.flatMap((folder) => listFiles(root, folder)), ...siteFiles].sort();
}

function hash(bytes) {
  return createHash("sha256").update(bytes).digest("hex");
}

// Whatever else shapes the output: this builder and esbuild's version.
function builderHash() {
  const esbuildPackage = join(root, "node_modules", "esbuild", "package.json");
  const esbuildVersion = existsSync(esbuildPackage) ? JSON.parse(readFileSync(esbuildPackage, "utf8")).version : "none";
  return hash(`${readFileSync(fileURLToPath(import.meta.url), "utf8")}\0esbuild ${esbuildVersion}`);
}

/**
 * What the site in `outDir` does not hold as the sources are now: sources
 * changed or added since it was built, sources deleted since (the site still
 * serves them), and the builder itself when it changed. A page served from a
 * stale site would run old code. Empty when the site is current.
 */
export function staleSiteFiles(outDir = siteDir) {
  let built;
  try {
    built = JSON.parse(readFileSync(join(outDir, manifestName), "utf8"));
  } catch {
    return [`${relative(root, outDir)}/ (not built: no ${manifestName})`];
  }
  const stale = [];
  if (built.builder !== builderHash()) stale.push("scripts/build-site.mjs or esbuild (changed since the build)");
  const current = new Set();
  for (const path of sourcePaths()) {
    current.add(path);
    if (built.sources?.[path] !== hash(readFileSync(join(root, path)))) stale.push(path);
  }
  for (const path of Object.keys(built.sources ?? {})) if (!current.has(path)) stale.push(`${path} (deleted)`);
  return stale;
}

/** Why the site in `outDir` cannot be used as built ("" when it is current), for an error or a warning. */
export function siteStaleness(outDir = siteDir) {
  const stale = staleSiteFiles(outDir);
  return stale.length ? `build/site/ is stale (${stale.slice(0, 3).join(", ")}): run node scripts/build-site.mjs` : "";
}

// Replaces a file whole (a server never reads half of it), and only when its
// bytes change: an unchanged file keeps its date, so the server's ETag and
// the browser's compiled-wasm cache stay valid across builds.
function writeIfChanged(target, bytes) {
  if (existsSync(target) && readFileSync(target).equals(bytes)) return;
  mkdirSync(dirname(target), { recursive: true });
  const temporary = `${target}.${process.pid}-${Math.floor(Math.random() * 2 ** 32).toString(16)}.partial`;
  writeFileSync(temporary, bytes);
  renameSync(temporary, target);
}

/** Builds the site into `outDir`; resolves to [{path, sourceBytes, siteBytes}] for the minified files. */
export async function buildSite(outDir = siteDir) {
  const paths = sourcePaths();
  const sources = {};
  const minified = [];
  for (const path of paths) {
    const bytes = readFileSync(join(root, path));
    sources[path] = hash(bytes);
    if (loaderFor(path)) {
      const code = Buffer.from(await minify(path, bytes.toString("utf8")));
      writeIfChanged(join(outDir, path), code);
      minified.push({ path, sourceBytes: bytes.length, siteBytes: code.length });
    } else {
      writeIfChanged(join(outDir, path), bytes);
    }
  }
  // What no source makes any more goes (another build's partial files stay).
  const wanted = new Set([...paths, manifestName]);
  for (const path of listFiles(outDir, ".").map((file) => file.slice(2))) {
    if (!wanted.has(path) && !partial.test(path)) rmSync(join(outDir, path));
  }
  writeIfChanged(join(outDir, manifestName), Buffer.from(`${JSON.stringify({ builder: builderHash(), sources }, null, 1)}\n`));
  return minified;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  buildSite().then(
    (built) => {
      const before = built.reduce((sum, file) => sum + file.sourceBytes, 0);
      const after = built.reduce((sum, file) => sum + file.siteBytes, 0);
      console.log(`build-site: ${relative(root, siteDir)}/ (${built.length} scripts and styles minified, ${before} → ${after} bytes)`);
    },
    (error) => {
      console.error(`build-site: ${error.message}`);
      process.exit(1);
    },
  );
}
