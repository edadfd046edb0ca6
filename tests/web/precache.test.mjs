// The compose page's service worker precaches what the page's checker
// downloads, so a page whose checker loaded before the worker took control
// (every first visit) still checks offline. No browser needed: the download
// set is found as the budget test finds it (bench/lib/page-download.mjs).
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { test } from "node:test";
import { checkerDownload, repoRoot } from "../../bench/lib/page-download.mjs";

function precacheList() {
  const source = readFileSync(join(repoRoot, "web/sw.js"), "utf8");
  const list = /const precache = \[([^\]]*)\]/u.exec(source);
  assert.ok(list, "web/sw.js has no precache list");
  return [...list[1].matchAll(/"([^"]+)"/gu)].map(([, path]) => path);
}

test("the service worker precaches every file the page's checker downloads", () => {
  const precached = new Set(precacheList().map((path) => relative(repoRoot, join(repoRoot, "web", path))));
  const missing = checkerDownload().files.map((file) => file.path).filter((path) => !precached.has(path));
  assert.deepEqual(missing, []);
});
