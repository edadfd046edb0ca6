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

import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, extname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(fileURLToPath(new URL("..", import.meta.url)));
export const siteDir = join(root, "build", "site");

// What the site holds, relative to the repository root: folders whole, and
// single files. wasm/ holds Node-only tools too (cli.mjs); only the library
// is served.
const siteFolders = ["web", "dist/dictionaries"];
const siteFiles = ["wasm/handshake.mjs", "dist/handshake-core.mjs", "dist/handshake-core.wasm"];

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
  // Legal comments stay (esbuild's default keeps /*! and @license ones).
  const { code } = await transform(source, { ...options, minify: true, target: "es2022", sourcefile: path });
  return code;
}

function listFiles(folder) {
  const found = [];
  for (const entry of readdirSync(join(root, folder), { withFileTypes: true })) {
    const path = `${folder}/${entry.name}`;
    if (entry.isDirectory()) found.push(...listFiles(path));
    else if (entry.isFile()) found.push(path);
  }
  return found;
}

function sourcePaths() {
  return [...siteFolders.flatMap(listFiles), ...siteFiles].sort();
}

/**
 * The sources the site in `outDir` does not hold as they are now (missing
 * there, or changed since it was built): a page served from it would run old
 * code. Empty when the site is current.
 */
export function staleSiteFiles(outDir = siteDir) {
  return sourcePaths().filter((path) => {
    const built = join(outDir, path);
    return !existsSync(built) || statSync(join(root, path)).mtimeMs > statSync(built).mtimeMs;
  });
}

/** Builds the site into `outDir`; resolves to [{path, sourceBytes, siteBytes}]. */
export async function buildSite(outDir = siteDir) {
  for (const file of siteFiles) {
    if (!existsSync(join(root, file))) {
      throw new Error(`${file} is missing: run scripts/build.sh wasm-release first`);
    }
  }
  // Built beside the old site and swapped in whole: a server reading the old
  // one never sees half a build.
  const staging = `${outDir}.new`;
  rmSync(staging, { recursive: true, force: true });
  const built = [];
  for (const path of sourcePaths()) {
    const target = join(staging, path);
    mkdirSync(dirname(target), { recursive: true });
    if (loaderFor(path)) {
      const source = readFileSync(join(root, path), "utf8");
      const code = await minify(path, source);
      writeFileSync(target, code);
      built.push({ path, sourceBytes: Buffer.byteLength(source), siteBytes: Buffer.byteLength(code) });
    } else {
      copyFileSync(join(root, path), target);
    }
  }
  rmSync(outDir, { recursive: true, force: true });
  renameSync(staging, outDir);
  return built;
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
