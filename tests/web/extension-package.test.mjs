// The packaged extension (node scripts/build-extension.mjs): the shipped
// manifest asks for the least that works, the test build differs by one
// granted host only, the zip holds exactly the unpacked folder, the icons are
// real PNGs, no shipped script evaluates strings, the compose page's files
// are reused rather than copied, and the shipped build itself loads in
// Chromium and stays off a site nobody switched on.

import assert from "node:assert/strict";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { after, before, test } from "node:test";
import { inflateRawSync } from "node:zlib";
import { siteDir } from "../../scripts/build-site.mjs";
import {
  contentScriptRuns,
  launchExtension,
  requireExtensionBuild,
  shippedExtensionDir,
  startFixtureServer,
  testExtensionDir,
  watchedPage,
} from "./extension-support.mjs";
import { repoRoot } from "./support.mjs";

before(() => requireExtensionBuild());

function readJson(path) {
  return JSON.parse(readFileSync(path, "utf8"));
}

function listFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

/** The entries of a zip file: name -> bytes (stored or deflated). */
function readZip(bytes) {
  const end = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  assert.ok(end >= 0, "a zip end record");
  const count = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  const entries = new Map();
  for (let i = 0; i < count; i++) {
    assert.equal(bytes.readUInt32LE(at), 0x02014b50, "a central directory entry");
    const method = bytes.readUInt16LE(at + 10);
    const packedSize = bytes.readUInt32LE(at + 20);
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    const local = bytes.readUInt32LE(at + 42);
    const name = bytes.toString("utf8", at + 46, at + 46 + nameLength);
    const dataAt = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    const packed = bytes.subarray(dataAt, dataAt + packedSize);
    entries.set(name, method === 8 ? inflateRawSync(packed) : Buffer.from(packed));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

const shipped = () => readJson(join(shippedExtensionDir, "manifest.json"));

test("the shipped manifest asks for the least that works", () => {
  const manifest = shipped();
  const version = readJson(join(repoRoot, "package.json")).version;
  assert.equal(manifest.manifest_version, 3);
  assert.equal(manifest.version, version);
  assert.deepEqual(manifest.permissions.toSorted(), ["activeTab", "offscreen", "scripting", "storage"]);
  assert.deepEqual(manifest.host_permissions, ["https://www.linkedin.com/*"]);
  assert.deepEqual(manifest.optional_host_permissions, ["https://*/*", "http://*/*"]);
  assert.deepEqual(manifest.content_scripts.map((script) => script.matches), [["https://www.linkedin.com/*"]]);
  assert.deepEqual(manifest.content_security_policy, { extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'" });
  for (const key of ["web_accessible_resources", "externally_connectable", "sandbox", "update_url", "key"]) {
    assert.equal(manifest[key], undefined, `no ${key}`);
  }
  assert.equal(manifest.background.type, "module");
});

test("the test build differs from the shipped one by one granted host, 127.0.0.1", () => {
  const testManifest = readJson(join(testExtensionDir, "manifest.json"));
  const manifest = shipped();
  assert.deepEqual(testManifest, { ...manifest, host_permissions: [...manifest.host_permissions, "http://127.0.0.1/*"] });
  const files = (dir) => listFiles(dir).map((path) => relative(dir, path)).sort();
  assert.deepEqual(files(testExtensionDir), files(shippedExtensionDir));
  for (const file of files(shippedExtensionDir).filter((name) => name !== "manifest.json")) {
    assert.ok(readFileSync(join(testExtensionDir, file)).equals(readFileSync(join(shippedExtensionDir, file))), file);
  }
});

test("the zip for the store holds exactly the unpacked folder, manifest at its root", () => {
  const version = shipped().version;
  const entries = readZip(readFileSync(join(repoRoot, `dist/handshake-extension-${version}.zip`)));
  const files = listFiles(shippedExtensionDir);
  assert.equal(entries.size, files.length);
  for (const path of files) {
    const name = relative(shippedExtensionDir, path).split(sep).join("/");
    assert.ok(entries.has(name), `${name} in the zip`);
    assert.ok(entries.get(name).equals(readFileSync(path)), `${name} byte for byte`);
  }
  assert.deepEqual(JSON.parse(entries.get("manifest.json")), shipped());
});

test("the icons are PNGs of the sizes the manifest names", () => {
  for (const [size, file] of Object.entries(shipped().icons)) {
    const png = readFileSync(join(shippedExtensionDir, file));
    assert.ok(png.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])), file);
    assert.equal(png.readUInt32BE(16), Number(size));
    assert.equal(png.readUInt32BE(20), Number(size));
  }
});

test("no shipped script evaluates strings, and the compose page's files are reused, not copied", () => {
  const scripts = listFiles(shippedExtensionDir).filter((path) => /\.(mjs|js)$/u.test(path));
  for (const path of scripts) {
    const source = readFileSync(path, "utf8");
    assert.doesNotMatch(source, /\bnew Function\s*\(|\beval\s*\(|setTimeout\s*\(\s*["'`]/u, relative(shippedExtensionDir, path));
  }
  // The widget, its libraries and the JS library are the compose page's own files (as the site serves them,
  // minified), byte for byte.
  for (const file of ["web/handshake-composer.mjs", "web/lib/checker-client.mjs", "web/lib/checker-worker.mjs", "web/lib/labels.mjs",
    "web/page.css", "wasm/handshake.mjs", "dist/handshake-core.wasm"]) {
    assert.ok(readFileSync(join(shippedExtensionDir, file)).equals(readFileSync(join(siteDir, file))), file);
  }
  // ...and the extension's own code imports them rather than carrying a copy.
  for (const name of readdirSync(join(repoRoot, "web/extension"))) {
    if (!/\.(mjs|js)$/u.test(name)) continue;
    const source = readFileSync(join(repoRoot, "web/extension", name), "utf8");
    assert.doesNotMatch(source, /customElements\.define|class HandshakeComposer|class CheckerClient|function createChecker/u, name);
  }
  assert.match(readFileSync(join(repoRoot, "web/extension/popup.mjs"), "utf8"), /import "\.\.\/handshake-composer\.mjs"/u);
  assert.match(readFileSync(join(repoRoot, "web/extension/offscreen.mjs"), "utf8"), /from "\.\.\/lib\/checker-client\.mjs"/u);
});

let server;
let extension;
after(async () => {
  await extension?.close();
  await server?.close();
});

test("the shipped build loads: its worker starts, its popup opens cleanly, it stays off a site nobody switched on", async () => {
  server = await startFixtureServer();
  extension = await launchExtension({ dir: shippedExtensionDir, proxy: server });
  assert.match(extension.worker.url(), /\/web\/extension\/background\.mjs$/u);
  const page = await watchedPage(extension.context);
  await page.goto(server.url("strict-csp.html"));
  await page.click("#editor");
  await page.keyboard.type(" Hello.");
  await page.waitForTimeout(500);
  assert.equal(await contentScriptRuns(page, extension.extensionId), false, "no access to 127.0.0.1 without the user's grant");
  const tabId = await extension.worker.evaluate(async () => (await chrome.tabs.query({})).map((tab) => tab.id));
  const popup = await watchedPage(extension.context);
  await popup.goto(extension.url(`web/extension/popup.html?tab=${tabId[0]}`));
  await popup.waitForFunction(() => document.getElementById("site-note").textContent !== "");
  await popup.waitForFunction(() => document.getElementById("note").shadowRoot.querySelector(".status").dataset.state === "ready");
  assert.deepEqual(popup.problems, []);
  const granted = await extension.worker.evaluate(() => chrome.permissions.getAll());
  assert.deepEqual(granted.origins, ["https://www.linkedin.com/*"]);
  assert.deepEqual(granted.permissions.toSorted(), ["activeTab", "offscreen", "scripting", "storage"]);
  assert.deepEqual(server.elsewhere, []);
});
