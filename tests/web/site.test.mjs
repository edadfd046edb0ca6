// The built site (node scripts/build-site.mjs, build/site/) is what the page,
// the widget and the extension load: the repository's layout with every
// script and style sheet minified. No browser here: the other files in this
// folder run the site in Chromium.
import assert from "node:assert/strict";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { test } from "node:test";
import { checkerEntries, downloadSet, repoRoot } from "../../bench/lib/page-download.mjs";
import { siteDir, staleSiteFiles } from "../../scripts/build-site.mjs";
import { relativeSpecifiers } from "../../scripts/module-specifiers.mjs";

// No site: the first test says so (staleSiteFiles names it as not built).
const siteFiles = !existsSync(siteDir) ? [] : readdirSync(siteDir, { withFileTypes: true, recursive: true })
  .filter((entry) => entry.isFile())
  .map((entry) => relative(siteDir, join(entry.parentPath ?? entry.path, entry.name)));
const scripts = siteFiles.filter((path) => /\.(mjs|js|css)$/u.test(path));

test("the site is built from the sources as they are now", () => {
  assert.deepEqual(staleSiteFiles(), []);
  assert.ok(siteFiles.includes("web/index.html") && siteFiles.includes("dist/handshake-core.wasm"));
});

test("every script and style sheet in the site is minified", () => {
  assert.ok(scripts.length >= 20, `only ${scripts.length} scripts and style sheets`);
  for (const path of scripts) {
    const source = readFileSync(join(repoRoot, path), "utf8");
    const minified = readFileSync(join(siteDir, path), "utf8");
    assert.ok(minified.length < source.length, `${path}: ${minified.length} bytes, its source ${source.length}`);
  }
});

test("minified scripts import what their sources import, and the imports are still found", () => {
  for (const path of scripts.filter((file) => !file.endsWith(".css"))) {
    const wanted = relativeSpecifiers(readFileSync(join(repoRoot, path), "utf8")).sort();
    const found = relativeSpecifiers(readFileSync(join(siteDir, path), "utf8")).sort();
    assert.deepEqual(found, wanted, path);
  }
});

test("the page's checker downloads the same files from the site as from the sources", () => {
  assert.deepEqual(downloadSet(checkerEntries, siteDir), downloadSet(checkerEntries, repoRoot));
});
