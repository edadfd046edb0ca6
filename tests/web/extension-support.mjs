// Set-up for the extension's browser tests: the unpacked test build
// (dist/extension-test/, made by `node scripts/build-extension.mjs --test`)
// loaded into Debian's Chromium, and one local server that is both the
// fixture site and the browser's proxy, so every request the browser makes
// (pages, the extension's worker and offscreen document included) is seen
// and anything not bound for 127.0.0.1 is recorded and refused.

import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, request as httpRequest } from "node:http";
import { tmpdir } from "node:os";
import { extname, join, normalize, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { chromiumArgs, chromiumPath, repoRoot } from "./support.mjs";

export const fixturesDir = fileURLToPath(new URL("./fixtures/extension/", import.meta.url));
export const testExtensionDir = join(repoRoot, "dist/extension-test");
export const shippedExtensionDir = join(repoRoot, "dist/extension");

const contentTypes = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8" };

// The page an enabled site might be: no script, no inline style, no connection.
export const strictPolicy = "default-src 'none'; style-src 'self'; script-src 'none'; img-src 'none'; "
  + "connect-src 'none'; font-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'";
// The LinkedIn fixtures' own scripts are files; nothing inline or remote.
const fixturePolicy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
  + "connect-src 'self'; object-src 'none'; base-uri 'none'";

// Chromium's own services (sign-in, component and extension updates, network
// time, autofill predictions) would call Google at start-up whatever the
// page or extension does; these switches turn them off or point them at a
// closed local port, so the only traffic left is what pages and the
// extension make, and any of it bound elsewhere is the extension's doing.
const quietArgs = [
  "--disable-features=AutofillServerCommunication,NetworkTimeServiceQuerying,OptimizationHints,"
    + "OptimizationHintsFetching,OptimizationGuideModelDownloading,Translate,MediaRouter",
  "--gaia-url=http://127.0.0.1:9",
  "--google-apis-url=http://127.0.0.1:9",
  "--lso-url=http://127.0.0.1:9",
  "--apps-gallery-update-url=http://127.0.0.1:9/",
  "--component-updater=url-source=http://127.0.0.1:9/",
  "--no-pings",
];
// Typing in a page's text box makes Chromium fetch its own spelling
// dictionary from Google unless the profile says not to.
const quietPreferences = {
  browser: { enable_spellchecking: false },
  spellcheck: { dictionaries: [], dictionary: "", use_spelling_service: false, blocklisted_dictionaries: ["en-US"] },
};

export function requireExtensionBuild() {
  for (const dir of [testExtensionDir, shippedExtensionDir]) {
    if (!existsSync(join(dir, "manifest.json"))) {
      throw new Error(`${dir} is missing: run "node scripts/build-extension.mjs --test" (scripts/test.sh does)`);
    }
  }
  if (!existsSync(chromiumPath)) throw new Error(`${chromiumPath} is missing: apt-get install chromium`);
}

/**
 * The fixture site on 127.0.0.1, which is also the browser's HTTP proxy.
 * `requests` lists every URL the browser asked for; `elsewhere` those not on
 * 127.0.0.1 (refused).
 */
export async function startFixtureServer() {
  const requests = [];
  const elsewhere = [];
  const server = createServer((request, response) => {
    const url = new URL(request.url, `http://${request.headers.host ?? "127.0.0.1"}`);
    requests.push(url.href);
    // localhost is the same server under a second origin, where the extension is not switched on.
    if (url.hostname !== "127.0.0.1" && url.hostname !== "localhost") {
      elsewhere.push(url.href);
      response.writeHead(502).end();
      return;
    }
    if (url.port !== String(server.address().port)) {
      // Another 127.0.0.1 server (a test's second origin): pass it through.
      const upstream = httpRequest({ host: "127.0.0.1", port: url.port, path: url.pathname + url.search, method: request.method, headers: request.headers },
        (reply) => {
          response.writeHead(reply.statusCode, reply.headers);
          reply.pipe(response);
        });
      upstream.on("error", () => response.writeHead(502).end());
      request.pipe(upstream);
      return;
    }
    if (url.pathname === "/favicon.ico") {
      response.writeHead(204).end();
      return;
    }
    const file = normalize(join(fixturesDir, decodeURIComponent(url.pathname)));
    if (!file.startsWith(fixturesDir) || file.endsWith(sep) || !existsSync(file)) {
      response.writeHead(404, { "content-type": "text/plain" }).end("Not found\n");
      return;
    }
    response.writeHead(200, {
      "content-type": contentTypes[extname(file)] ?? "application/octet-stream",
      "content-security-policy": file.endsWith("strict-csp.html") ? strictPolicy : fixturePolicy,
      "cache-control": "no-store",
    });
    response.end(readFileSync(file));
  });
  server.on("connect", (request, socket) => {
    requests.push(`https://${request.url}/`);
    elsewhere.push(`https://${request.url}/`);
    socket.end("HTTP/1.1 502 Bad Gateway\r\n\r\n");
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = server.address().port;
  return {
    port,
    origin: `http://127.0.0.1:${port}`,
    url: (path) => `http://127.0.0.1:${port}/${path}`,
    otherOriginUrl: (path) => `http://localhost:${port}/${path}`,
    requests,
    elsewhere,
    close: () => new Promise((resolve) => {
      server.closeAllConnections?.();
      server.close(() => resolve());
    }),
  };
}

/**
 * Chromium with an unpacked extension, every request sent through `proxy`.
 * Returns {context, extensionId, worker, close()}.
 */
export async function launchExtension({ dir = testExtensionDir, proxy, viewport = { width: 1280, height: 900 } } = {}) {
  const userDataDir = mkdtempSync(join(tmpdir(), "handshake-extension-"));
  mkdirSync(join(userDataDir, "Default"));
  writeFileSync(join(userDataDir, "Default/Preferences"), JSON.stringify(quietPreferences));
  const args = [
    ...chromiumArgs,
    ...quietArgs,
    `--disable-extensions-except=${dir}`,
    `--load-extension=${dir}`,
  ];
  if (proxy) args.push(`--proxy-server=http://127.0.0.1:${proxy.port}`, "--proxy-bypass-list=<-loopback>");
  const context = await chromium.launchPersistentContext(userDataDir, {
    headless: true,
    executablePath: chromiumPath,
    args,
    viewport,
    acceptDownloads: true,
  });
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent("serviceworker", { timeout: 20000 });
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    url: (path) => `chrome-extension://${extensionId}/${path}`,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** A page whose uncaught errors and console errors are collected in `page.problems`. */
export async function watchedPage(context) {
  const page = await context.newPage();
  page.problems = [];
  page.on("pageerror", (error) => page.problems.push(`page error: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") page.problems.push(`console error: ${message.text()}`);
  });
  return page;
}

/**
 * Runs `fn(arg)` in the extension's content-script world of `page` (where
 * `handshakeContent` and the closed overlays are reachable; the page's own
 * scripts cannot reach them). Resolves to its JSON-able result, or
 * `undefined` while no content script runs in the page.
 */
export async function inContentScript(page, extensionId, fn, arg) {
  const session = await page.context().newCDPSession(page);
  try {
    const contexts = [];
    session.on("Runtime.executionContextCreated", ({ context }) => contexts.push(context));
    await session.send("Runtime.enable");
    const { frameTree } = await session.send("Page.getFrameTree");
    const world = contexts.filter((context) => context.auxData?.frameId === frameTree.frame.id
      && context.auxData?.type === "isolated" && context.origin === `chrome-extension://${extensionId}`).at(-1);
    if (!world) return undefined;
    const { result, exceptionDetails } = await session.send("Runtime.evaluate", {
      expression: `(${fn})(${JSON.stringify(arg ?? null)})`,
      contextId: world.id,
      returnByValue: true,
      awaitPromise: true,
    });
    if (exceptionDetails) throw new Error(`in the content script: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    return result.value;
  } finally {
    await session.detach().catch(() => {});
  }
}

/** What the overlays show, read from their (closed) shadow roots; boxes in viewport pixels. */
export function readOverlays(page, extensionId) {
  return inContentScript(page, extensionId, () => {
    if (!globalThis.handshakeContent) return null;
    const box = (node) => {
      const r = node.getBoundingClientRect();
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom, width: r.width, height: r.height };
    };
    return globalThis.handshakeContent.overlays().map(({ editor, adapter, root, answer, text }) => {
      const badge = root.querySelector(".badge");
      const card = root.querySelector(".card:not(.tip)");
      const tip = root.querySelector(".tip");
      return {
        adapter,
        editorId: editor.id,
        text,
        answerText: answer?.text ?? null,
        kind: answer?.kind ?? null,
        recipient: answer?.recipient ?? null,
        platform: answer?.platform ?? null,
        pacing: answer?.pacing ?? null,
        followUp: answer?.followUp ?? null,
        historyUsed: answer?.historyUsed ?? null,
        view: answer?.view ?? null,
        hostHidden: root.host.hidden,
        editorBox: box(editor),
        badge: { text: badge.textContent, band: badge.dataset.band ?? null, label: badge.getAttribute("aria-label"), box: box(badge) },
        bars: [...root.querySelectorAll(".bar")].map((bar) => ({ rule: bar.dataset.rule, severity: bar.dataset.severity, box: box(bar) })),
        clip: box(root.querySelector(".clip")),
        card: card.hidden ? null : { text: card.textContent, box: box(card), rules: [...card.querySelectorAll("li")].map((li) => li.dataset.rule) },
        tip: tip.hidden ? null : { text: tip.textContent, box: box(tip) },
      };
    });
  });
}

/** Polls the overlays until `predicate(overlays)` holds; returns them. */
export async function waitForOverlays(page, extensionId, predicate, { timeout = 20000, what = "the overlay" } = {}) {
  const deadline = Date.now() + timeout;
  let last;
  for (;;) {
    last = await readOverlays(page, extensionId);
    if (last && predicate(last)) return last;
    if (Date.now() > deadline) {
      throw new Error(`timed out waiting for ${what}; last seen: ${JSON.stringify(last, null, 1)?.slice(0, 3000)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The overlay whose report was made for exactly the editor's current text. */
export function settled(overlay) {
  return overlay && overlay.view && overlay.answerText === overlay.text && overlay.badge.text !== "…";
}

/**
 * Each [start, end) text range's client rects in the page's own editor,
 * measured from the page's world: for a textarea on a copy laid out like it
 * (the page cannot measure inside a textarea), for a contenteditable on its
 * text nodes. The test's independent measure of where words are.
 */
export function wordBoxes(page, selector, ranges) {
  return page.evaluate(({ selector: sel, ranges: wanted }) => {
    const el = document.querySelector(sel);
    const rects = [];
    if (el instanceof HTMLTextAreaElement) {
      const style = getComputedStyle(el);
      const copy = document.createElement("div");
      for (const property of style) copy.style.setProperty(property, style.getPropertyValue(property));
      const r = el.getBoundingClientRect();
      Object.assign(copy.style, {
        position: "fixed", left: `${r.left}px`, top: `${r.top - el.scrollTop}px`, width: `${el.clientWidth + el.clientLeft * 2}px`,
        height: "auto", boxSizing: "border-box", visibility: "hidden", whiteSpace: "pre-wrap", overflowWrap: "break-word", overflow: "hidden",
      });
      copy.textContent = el.value;
      document.documentElement.append(copy);
      for (const [start, end] of wanted) {
        const range = document.createRange();
        range.setStart(copy.firstChild, start);
        range.setEnd(copy.firstChild, end);
        rects.push([...range.getClientRects()].filter((b) => b.width > 0).map((b) => ({ left: b.left, top: b.top, right: b.right, bottom: b.bottom })));
      }
      copy.remove();
      return rects;
    }
    const texts = [];
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    let offset = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      texts.push({ node, start: offset });
      offset += node.data.length;
    }
    for (const [start, end] of wanted) {
      const boxes = [];
      for (const { node, start: at } of texts) {
        const from = Math.max(start, at);
        const to = Math.min(end, at + node.data.length);
        if (from >= to) continue;
        const range = document.createRange();
        range.setStart(node, from - at);
        range.setEnd(node, to - at);
        boxes.push(...[...range.getClientRects()].filter((b) => b.width > 0).map((b) => ({ left: b.left, top: b.top, right: b.right, bottom: b.bottom })));
      }
      rects.push(boxes);
    }
    return rects;
  }, { selector, ranges });
}

/** The extension's tab id for a page (asked of the extension's service worker). */
export async function tabIdOf(extension, page) {
  const url = page.url();
  return extension.worker.evaluate(async (wanted) => {
    const tabs = await chrome.tabs.query({});
    return tabs.find((tab) => tab.url === wanted)?.id ?? null;
  }, url);
}

/** The popup page, opened as a tab about `tabId` (its "Open in a tab" link). */
export async function openPopup(extension, tabId) {
  const page = await watchedPage(extension.context);
  await page.goto(extension.url(`web/extension/popup.html${tabId ? `?tab=${tabId}` : ""}`));
  return page;
}

/** The history the extension stored, read in its service worker. */
export function storedHistory(extension) {
  return extension.worker.evaluate(async () => (await chrome.storage.local.get("history")).history ?? []);
}

/**
 * Switches the page's site on the way a user does: the popup's switch for
 * that tab. Resolves when the popup says it is on; the popup is closed.
 */
export async function switchSiteOn(extension, page) {
  const popup = await openPopup(extension, await tabIdOf(extension, page));
  await popup.waitForFunction(() => !document.getElementById("site-toggle").disabled);
  if (!(await popup.isChecked("#site-toggle"))) await popup.click("#site-toggle");
  await popup.waitForFunction(() => {
    const toggle = document.getElementById("site-toggle");
    return toggle.checked && !toggle.disabled;
  });
  const problems = popup.problems;
  await popup.close();
  return problems;
}

/** Resolves when no overlay is attached, or the content script is gone. */
export async function waitForNoOverlay(page, extensionId, timeout = 10000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const overlays = await readOverlays(page, extensionId);
    if (!overlays || overlays.length === 0) return overlays;
    if (Date.now() > deadline) throw new Error(`an overlay is still attached: ${JSON.stringify(overlays).slice(0, 500)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Whether Handshake's content script runs in the page. */
export async function contentScriptRuns(page, extensionId) {
  return (await inContentScript(page, extensionId, () => Boolean(globalThis.handshakeContent))) === true;
}
