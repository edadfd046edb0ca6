// Shared set-up for the browser tests: a static server on 127.0.0.1, Debian's
// Chromium through playwright-core, and readers for what the composer shows.
// Everything runs against the built site (build/site/: the page as it ships,
// minified) and the real WebAssembly module in it.

import { existsSync, mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { siteDir, siteStaleness } from "../../scripts/build-site.mjs";
import { startServer } from "../../scripts/serve.mjs";

export const repoRoot = fileURLToPath(new URL("../../", import.meta.url));
export const artifactsDir = fileURLToPath(new URL("../artifacts/", import.meta.url));
export const chromiumPath = process.env.CHROMIUM ?? "/usr/bin/chromium";

// Without the background-networking flags Chromium floods the closed network.
export const chromiumArgs = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-default-apps",
  "--disable-domain-reliability",
  "--metrics-recording-only",
];

/** Fails early with a clear message when the build or the browser is missing. */
export function requireBuild() {
  for (const file of ["dist/handshake-core.mjs", "dist/handshake-core.wasm", "wasm/handshake.mjs", "web/index.html"]) {
    if (!existsSync(`${siteDir}/${file}`)) {
      throw new Error(`build/site/${file} is missing: build the wasm module and the site first (scripts/test.sh does)`);
    }
  }
  const stale = siteStaleness();
  if (stale) throw new Error(`${stale} (the tests run the site)`);
  if (!existsSync(chromiumPath)) throw new Error(`${chromiumPath} is missing: apt-get install chromium`);
}

export async function launchBrowser() {
  return chromium.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
}

/**
 * A static server on a free 127.0.0.1 port: {url, close()}. Accepts either
 * shape scripts/serve.mjs's startServer may resolve to ({url, close} or a
 * node:http Server).
 */
export async function serve(options = {}) {
  const started = await startServer({ root: siteDir, port: 0, ...options });
  if (typeof started.address !== "function") return started;
  return {
    url: `http://127.0.0.1:${started.address().port}/`,
    close: () => new Promise((resolve) => {
      started.closeAllConnections?.();
      started.close(() => resolve());
    }),
  };
}

/** A server and a browser for one test file; `close()` stops both. */
export async function setUp() {
  requireBuild();
  const server = await serve();
  const browser = await launchBrowser();
  return {
    server,
    browser,
    url: (path) => new URL(path, server.url).href,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

// Records every `handshake-report` event, so tests can wait for the report
// that matches the text currently in a composer.
function recordReports() {
  const seen = { count: 0, last: new WeakMap(), log: [] };
  Object.defineProperty(window, "__handshakeTest", { value: seen });
  window.addEventListener("handshake-report", (event) => {
    seen.count++;
    seen.last.set(event.target, event.detail);
    seen.log.push({
      id: event.target.id,
      text: event.detail.text,
      report: event.detail.report,
      draft: event.detail.draft,
      delivery: event.detail.delivery,
      frameWaitMs: event.detail.frameWaitMs,
    });
  }, true);
}

/**
 * A new page whose errors are collected: `page.problems` lists uncaught
 * exceptions, console errors and any dialog (alert, confirm) that opened.
 */
export async function newPage(browser, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 }, ...options });
  await context.addInitScript(recordReports);
  const page = await context.newPage();
  page.problems = [];
  page.on("pageerror", (error) => page.problems.push(`page error: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") page.problems.push(`console error: ${message.text()}`);
  });
  page.on("dialog", async (dialog) => {
    page.problems.push(`dialog: ${dialog.type()} ${dialog.message()}`);
    await dialog.dismiss();
  });
  return { context, page };
}

/** Waits until the composer's latest report was made for exactly its current text. */
export async function waitForReport(page, selector = "handshake-composer", timeout = 20000) {
  await page.waitForFunction((sel) => {
    const composer = document.querySelector(sel);
    const detail = composer && window.__handshakeTest.last.get(composer);
    return Boolean(detail && detail.text === composer.value);
  }, selector, { timeout });
  return readComposer(page, selector);
}

/** Everything a user can see in one composer, read from its shadow DOM. */
export async function readComposer(page, selector = "handshake-composer") {
  return page.evaluate((sel) => {
    const composer = document.querySelector(sel);
    const root = composer.shadowRoot;
    const detail = window.__handshakeTest.last.get(composer);
    const marks = [];
    let offset = 0;
    for (const node of root.querySelector(".mirror").childNodes) {
      const length = node.textContent.length;
      if (node.nodeType === Node.ELEMENT_NODE) {
        marks.push({
          start: offset,
          end: offset + length,
          text: node.textContent,
          rules: node.dataset.rules.split(" "),
          severity: ["error", "warning", "info"].find((s) => node.classList.contains(`u-${s}`)),
          color: getComputedStyle(node).textDecorationColor,
        });
      }
      offset += length;
    }
    const card = root.querySelector(".card");
    return {
      value: composer.value,
      mirrorText: root.querySelector(".mirror").textContent.replace(/\u200b$/u, ""),
      report: detail?.report ?? null,
      reportText: detail?.text ?? null,
      ringScore: root.querySelector(".ring-score").textContent,
      ringLabel: root.querySelector(".ring").getAttribute("aria-label"),
      bars: [...root.querySelectorAll(".bar-row")].map((row) => ({
        category: row.dataset.category,
        value: row.querySelector(".bar-value").textContent,
      })),
      groups: [...root.querySelectorAll(".group")].map((group) => group.dataset.category),
      entries: [...root.querySelectorAll(".entry")].map((entry) => ({
        rule: entry.dataset.rule,
        severity: entry.dataset.severity,
        category: entry.closest(".group").dataset.category,
        text: entry.textContent,
        fixes: [...entry.querySelectorAll(".fix")].map((button) => button.dataset.replacement),
      })),
      marks,
      counter: root.querySelector(".counter").textContent,
      counterOver: root.querySelector(".counter").hasAttribute("data-over"),
      counterColor: getComputedStyle(root.querySelector(".counter")).color,
      status: root.querySelector(".status").textContent,
      state: root.querySelector(".status").dataset.state,
      banner: root.querySelector(".banner").hidden ? null : root.querySelector(".banner").textContent,
      card: card.hidden ? null : { rule: card.dataset.rule, text: card.textContent },
      live: root.querySelector(".live").textContent,
      focused: root.activeElement ? {
        className: root.activeElement.className,
        text: root.activeElement.textContent,
        replacement: root.activeElement.dataset?.replacement ?? null,
      } : null,
    };
  }, selector);
}

/** Merged [start, end) ranges underlined for one rule. */
export function underlinedRanges(state, rule) {
  const ranges = [];
  for (const mark of state.marks.filter((m) => m.rules.includes(rule))) {
    const last = ranges[ranges.length - 1];
    if (last && last.end === mark.start) last.end = mark.end;
    else ranges.push({ start: mark.start, end: mark.end });
  }
  return ranges;
}

/** Every offset at which `slice` occurs in `text`. */
export function occurrences(text, slice) {
  const found = [];
  for (let at = text.indexOf(slice); at >= 0; at = text.indexOf(slice, at + 1)) found.push(at);
  return found;
}

/** The centre of the first underline for a rule, in page coordinates. */
export async function underlineCentre(page, rule, selector = "handshake-composer") {
  return page.evaluate(({ sel, rule: wanted }) => {
    const root = document.querySelector(sel).shadowRoot;
    const mark = [...root.querySelectorAll(".mirror .u")].find((m) => m.dataset.rules.split(" ").includes(wanted));
    if (!mark) return null;
    const box = mark.getClientRects()[0];
    return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
  }, { sel: selector, rule });
}

export function artifactPath(name) {
  mkdirSync(artifactsDir, { recursive: true });
  return `${artifactsDir}${name}`;
}
