// What a page downloads to run a checker, gzipped.
//
// Handshake's files are served as they are (no bundler), so its size is the
// sum of its files' gzip sizes. A peer's JavaScript is whatever its browser
// entry pulls in, bundled and minified with esbuild (the smallest form a page
// would realistically ship), plus the files it fetches at run time: its wasm
// binary and its dictionary. Every part is gzipped on its own at level 9, as
// a server precompressing static files would; zlib output is deterministic,
// so the byte counts are too.
import { readFileSync } from "node:fs";
import { gzipSize } from "./page-download.mjs";

export function filesGzipSize(paths) {
  return paths.map((path) => ({ path, raw: readFileSync(path).length, gzip: gzipSize(readFileSync(path)) }));
}

// entry: ES module source importing the peer's browser API.
export async function bundledGzipSize(entry) {
  const esbuild = await import("esbuild");
  const result = await esbuild.build({
    stdin: { contents: entry, resolveDir: new URL("..", import.meta.url).pathname, loader: "js" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    target: "es2020",
    write: false,
    logLevel: "silent",
    // Node built-ins some peers import for their Node path only; a browser
    // build leaves them out.
    external: ["node:*", "fs", "path", "url", "worker_threads", "module"],
  });
  const code = result.outputFiles[0].contents;
  return { raw: code.length, gzip: gzipSize(code) };
}

// { entry, files } (or { parts() }) from a peer module -> bytes, in total
// and by part.
export async function downloadSize(download) {
  const parts = [];
  if (download.parts) return download.parts();
  if (download.entry) parts.push({ path: "(bundled JavaScript)", ...(await bundledGzipSize(download.entry)) });
  parts.push(...filesGzipSize(download.files));
  return {
    gzip: parts.reduce((sum, part) => sum + part.gzip, 0),
    raw: parts.reduce((sum, part) => sum + part.raw, 0),
    parts,
  };
}
