#!/usr/bin/env node
// A dependency-free static server for the compose page, the widget demo and
// the browser tests. It listens on 127.0.0.1 only and serves the built site
// (build/site/, what scripts/build-site.mjs makes: the repository's layout
// with scripts minified), so /web/ can import /wasm/handshake.mjs and
// /dist/handshake-core.*.
//
//   node scripts/serve.mjs            # PORT=8080 by default; PORT=0 picks a free port
//   node scripts/serve.mjs --source   # the repository's files as written, for debugging
//
// Import it to run one in-process: `const server = await startServer({port: 0})`,
// then `server.url` and `await server.close()`.

import { createReadStream, existsSync } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer } from "node:http";
import { extname, join, normalize, relative, resolve, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

import { siteDir, siteStaleness } from "./build-site.mjs";

const repoRoot = resolve(fileURLToPath(new URL("..", import.meta.url)));
// Only what the page needs is served: never .git, node_modules or sources.
const servedFolders = new Set(["web", "wasm", "dist", "docs"]);

const contentTypes = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
  ".md": "text/plain; charset=utf-8",
  ".aff": "text/plain; charset=utf-8",
  ".dic": "text/plain; charset=utf-8",
  ".data": "application/octet-stream",
};

async function resolveFile(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes("\0")) return null;
  const candidate = normalize(join(root, decoded));
  if (!candidate.startsWith(root + sep)) return null;
  if (!servedFolders.has(relative(root, candidate).split(sep)[0])) return null;
  try {
    const info = await stat(candidate);
    if (info.isDirectory()) {
      const index = join(candidate, "index.html");
      const indexInfo = await stat(index);
      return indexInfo.isFile() ? { path: index, size: indexInfo.size, mtimeMs: indexInfo.mtimeMs, directory: true } : null;
    }
    return info.isFile() ? { path: candidate, size: info.size, mtimeMs: info.mtimeMs } : null;
  } catch {
    return null;
  }
}

function send(response, status, body, headers = {}) {
  response.writeHead(status, { "content-type": "text/plain; charset=utf-8", ...headers });
  response.end(body);
}

// Cross-origin isolation: it gives the page SharedArrayBuffer, through which
// the checker's worker hands over reports in time for the keystroke's own
// frame (web/lib/shared-reply.mjs). Everything the page loads is same-origin,
// so requiring CORP costs nothing.
const isolationHeaders = {
  "cross-origin-opener-policy": "same-origin",
  "cross-origin-embedder-policy": "require-corp",
};

/**
 * Starts a server; resolves to {url, port, close()}. `isolated: false` leaves
 * out the cross-origin isolation headers (pages then work without shared
 * memory, as they do on a host that does not send them).
 */
export function startServer({ root = siteDir, port = 8080, host = "127.0.0.1", log = false, isolated = true } = {}) {
  const base = resolve(root);
  if (!existsSync(join(base, "web", "index.html"))) {
    return Promise.reject(new Error(`${base} holds no web/index.html: run scripts/build.sh wasm-release (it builds the site)`));
  }
  const server = createServer(async (request, response) => {
    const url = new URL(request.url, "http://localhost");
    if (log) console.log(`${request.method} ${url.pathname}`);
    if (request.method !== "GET" && request.method !== "HEAD") {
      send(response, 405, "Method not allowed\n", { allow: "GET, HEAD" });
      return;
    }
    if (url.pathname === "/") {
      send(response, 302, "", { location: "/web/" });
      return;
    }
    const file = await resolveFile(base, url.pathname);
    if (!file) {
      send(response, 404, "Not found\n");
      return;
    }
    if (file.directory && !url.pathname.endsWith("/")) {
      send(response, 301, "", { location: `${url.pathname}/${url.search}` });
      return;
    }
    // no-cache plus a validator: browsers always ask, and an unchanged file
    // costs a 304 (and keeps Chromium's compiled-wasm cache warm).
    const etag = `"${file.size.toString(16)}-${Math.floor(file.mtimeMs).toString(16)}"`;
    const headers = {
      "cache-control": "no-cache",
      etag,
      "last-modified": new Date(file.mtimeMs).toUTCString(),
      "x-content-type-options": "nosniff",
      ...(isolated ? isolationHeaders : {}),
    };
    if (request.headers["if-none-match"] === etag) {
      response.writeHead(304, headers);
      response.end();
      return;
    }
    response.writeHead(200, {
      ...headers,
      "content-type": contentTypes[extname(file.path).toLowerCase()] ?? "application/octet-stream",
      "content-length": file.size,
    });
    if (request.method === "HEAD") {
      response.end();
      return;
    }
    createReadStream(file.path).on("error", () => response.destroy()).pipe(response);
  });
  return new Promise((resolvePromise, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      const actualPort = server.address().port;
      resolvePromise({
        port: actualPort,
        url: `http://${host}:${actualPort}/`,
        close: () => new Promise((done) => {
          server.closeAllConnections?.();
          server.close(() => done());
        }),
      });
    });
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const port = process.env.PORT === undefined ? 8080 : Number(process.env.PORT);
  const root = process.argv.includes("--source") ? repoRoot : siteDir;
  if (root === siteDir && existsSync(siteDir)) {
    const stale = siteStaleness();
    if (stale) console.error(`serve: ${stale}`);
  }
  startServer({ root, port, log: process.env.LOG === "1" }).then(
    (server) => console.log(`Handshake is serving at ${server.url}web/ (Ctrl+C stops it)`),
    (error) => {
      console.error(`serve: ${error.message}`);
      process.exit(1);
    },
  );
}
