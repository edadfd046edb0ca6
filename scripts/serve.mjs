#!/usr/bin/env node
// A dependency-free static server for the compose page, bound to 127.0.0.1.
// Serves the project root: /web/ (the page), /wasm/ (the library), /dist/
// (the built module). PORT sets the port (default 8080; 0 picks a free one).
import { createServer } from "node:http";
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { extname, join, normalize, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = resolve(fileURLToPath(new URL("..", import.meta.url)));
const SERVED = ["web", "wasm", "dist", "docs"];
const TYPES = {
  ".html": "text/html; charset=utf-8", ".mjs": "text/javascript; charset=utf-8",
  ".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8", ".wasm": "application/wasm",
  ".svg": "image/svg+xml", ".png": "image/png", ".aff": "text/plain; charset=utf-8",
  ".dic": "text/plain; charset=utf-8", ".webmanifest": "application/manifest+json",
  ".ico": "image/x-icon", ".txt": "text/plain; charset=utf-8",
};

export function startServer({ port = 8080, host = "127.0.0.1", root = ROOT } = {}) {
  const server = createServer(async (request, response) => {
    try {
      const url = new URL(request.url, "http://localhost");
      if (url.pathname === "/") {
        response.writeHead(302, { location: "/web/" });
        response.end();
        return;
      }
      let path = normalize(decodeURIComponent(url.pathname)).replace(/^[/\\]+/, "");
      if (!SERVED.includes(path.split(/[/\\]/)[0])) throw Object.assign(new Error("not served"), { code: "ENOENT" });
      let file = join(root, path);
      if (!file.startsWith(root + sep)) throw Object.assign(new Error("outside"), { code: "ENOENT" });
      let info = await stat(file);
      if (info.isDirectory()) {
        if (!url.pathname.endsWith("/")) {
          response.writeHead(301, { location: `${url.pathname}/` });
          response.end();
          return;
        }
        file = join(file, "index.html");
        info = await stat(file);
      }
      response.writeHead(200, {
        "content-type": TYPES[extname(file)] ?? "application/octet-stream",
        "content-length": info.size,
        "cache-control": "no-cache",
        "x-content-type-options": "nosniff",
      });
      if (request.method === "HEAD") {
        response.end();
        return;
      }
      createReadStream(file).pipe(response);
    } catch (error) {
      response.writeHead(error.code === "ENOENT" || error.code === "ENOTDIR" ? 404 : 500, {
        "content-type": "text/plain; charset=utf-8",
      });
      response.end(error.code === "ENOENT" || error.code === "ENOTDIR" ? "not found\n" : "server error\n");
    }
  });
  return new Promise((resolvePromise, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolvePromise(server));
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT ?? 8080);
  const server = await startServer({ port });
  const { port: actual } = server.address();
  console.log(`Handshake is at http://127.0.0.1:${actual}/ (Ctrl-C stops it)`);
}
