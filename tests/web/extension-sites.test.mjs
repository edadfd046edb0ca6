// Sites beyond LinkedIn, switched on and off through the popup, and the
// popup itself: a page with a strict Content-Security-Policy gets the overlay
// on its plain contenteditable and textarea without a change to either, the
// overlay follows the page's scroll, turning the site off removes it; the
// popup's composer, counts and history (export, clear) work from stored notes.

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { after, before, test } from "node:test";
import { createChecker } from "../../wasm/handshake.mjs";
import {
  contentScriptRuns,
  inContentScript,
  launchExtension,
  openPopup,
  readOverlays,
  requireExtensionBuild,
  settled,
  startFixtureServer,
  switchSiteOn,
  tabIdOf,
  waitForNoOverlay,
  waitForOverlays,
  watchedPage,
  wordBoxes,
} from "./extension-support.mjs";

let server;
let extension;
let library;

before(async () => {
  requireExtensionBuild();
  library = await createChecker();
  server = await startFixtureServer();
  extension = await launchExtension({ proxy: server });
});

after(async () => {
  await extension?.close();
  await server?.close();
});

function waitForText(page, editorId, text) {
  return waitForOverlays(page, extension.extensionId,
    (overlays) => overlays.some((o) => o.editorId === editorId && o.text === text && settled(o)),
    { what: `a report for ${JSON.stringify(text)} in #${editorId}` })
    .then((overlays) => overlays.find((o) => o.editorId === editorId));
}

async function assertOnWords(page, selector, overlay) {
  const underlined = overlay.view.issues.filter((issue) => !issue.noteLevel);
  const words = (await wordBoxes(page, selector, underlined.map((issue) => [issue.start, issue.end]))).flat();
  assert.ok(words.length > 0);
  assert.equal(overlay.bars.length, words.length);
  overlay.bars.forEach((bar, i) => {
    assert.ok(Math.abs(bar.box.left - words[i].left) <= 1.5 && Math.abs(bar.box.right - words[i].right) <= 1.5,
      `underline ${JSON.stringify(bar.box)} on word ${JSON.stringify(words[i])}`);
    assert.ok(bar.box.bottom >= words[i].bottom - 3 && bar.box.bottom <= words[i].bottom + 1);
  });
}

/** Types at the end of a contenteditable. */
async function typeAtEnd(page, selector, text) {
  await page.click(selector);
  await page.keyboard.press("Control+End");
  await page.keyboard.type(text);
}

test("a site is off until switched on; then a strict-CSP page's editor and text box get the overlay, untouched", async () => {
  const page = await watchedPage(extension.context);
  const violations = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/iu.test(message.text())) violations.push(message.text());
  });
  await page.goto(server.url("strict-csp.html"));
  assert.equal(await contentScriptRuns(page, extension.extensionId), false, "no content script before the switch");
  await page.click("#editor");
  await page.waitForTimeout(300);
  assert.equal(await contentScriptRuns(page, extension.extensionId), false);

  assert.deepEqual(await switchSiteOn(extension, page), []);
  await page.bringToFront();
  // Switching on runs the content script in the open page at once.
  const initial = "Hi Sam, I enjoyed your talk on caching.";
  await page.click("#editor");
  let [overlay] = await waitForOverlays(page, extension.extensionId, (o) => o.length === 1 && settled(o[0]));
  assert.equal(overlay.adapter, "field");
  assert.equal(overlay.text, initial);
  assert.equal(overlay.platform, "generic");

  const added = " Lets meet for coffe next week?";
  await typeAtEnd(page, "#editor", added);
  const text = initial + added;
  overlay = await waitForText(page, "editor", text);
  const reference = library.check({ text, platform: "generic", kind: "message" });
  assert.deepEqual(overlay.view.issues.map((i) => `${i.rule}@${i.start}`).sort(), reference.issues.map((i) => `${i.rule}@${i.start}`).sort());
  assert.ok(overlay.view.issues.some((i) => i.rule === "spelling" && text.slice(i.start, i.end) === "coffe"));
  await assertOnWords(page, "#editor", overlay);

  // The constructed stylesheet applied despite style-src 'self': the badge has its colour.
  const badgeColour = await inContentScript(page, extension.extensionId, () => {
    const { root } = globalThis.handshakeContent.overlays()[0];
    return getComputedStyle(root.querySelector(".badge")).backgroundColor;
  });
  assert.ok(["rgb(24, 128, 56)", "rgb(176, 96, 0)", "rgb(197, 34, 31)"].includes(badgeColour), badgeColour);

  // The page scrolls: the underlines go with their words.
  await page.mouse.wheel(0, 150);
  await page.waitForFunction(() => scrollY >= 150);
  const scrolled = await waitForOverlays(page, extension.extensionId,
    (o) => o[0].bars.length && Math.abs(o[0].bars[0].box.top - (overlay.bars[0].box.top - 150)) <= 1);
  await assertOnWords(page, "#editor", scrolled[0]);
  await page.evaluate(() => scrollTo(0, 0));

  // The plain textarea on the same page gets its own overlay.
  await page.click("#plain");
  await page.keyboard.type("Grate talk, thanks for sharing the slides.");
  const plain = await waitForText(page, "plain", "Grate talk, thanks for sharing the slides.");
  assert.equal(plain.adapter, "field");
  assert.equal((await readOverlays(page, extension.extensionId)).length, 2);

  // The same keystrokes on the same page where Handshake is off leave the same DOM.
  const editorHtml = await page.$eval("#editor", (el) => el.innerHTML);
  const control = await watchedPage(extension.context);
  await control.goto(server.otherOriginUrl("strict-csp.html"));
  await typeAtEnd(control, "#editor", added);
  assert.equal(await contentScriptRuns(control, extension.extensionId), false, "Handshake is off on the other origin");
  assert.equal(await control.$eval("#editor", (el) => el.innerHTML), editorHtml, "the editor's DOM is exactly what typing alone makes");
  const bodies = await Promise.all([page, control].map((p) => p.evaluate(() => {
    const clone = document.body.cloneNode(true);
    return { html: clone.innerHTML.replace(/<div id="editor"[^]*?<\/div>/u, ""), outside: [...document.documentElement.children].map((e) => e.tagName) };
  })));
  assert.equal(bodies[0].html, bodies[1].html, "the rest of the page is unchanged");
  assert.deepEqual(bodies[0].outside, ["HEAD", "BODY", "HANDSHAKE-OVERLAY", "HANDSHAKE-OVERLAY"]);
  assert.deepEqual(bodies[1].outside, ["HEAD", "BODY"]);
  await control.close();
  assert.deepEqual(violations, [], "no CSP violation");
  assert.deepEqual(page.problems, []);

  // A fix clicked in the hover card is typed into the editor as an edit the user made.
  const coffe = (await readOverlays(page, extension.extensionId)).find((o) => o.editorId === "editor");
  const typo = coffe.view.issues.findIndex((i) => text.slice(i.start, i.end) === "coffe");
  const bar = coffe.bars[coffe.view.issues.slice(0, typo).filter((i) => !i.noteLevel).length];
  await page.mouse.move(bar.box.left + bar.box.width / 2, bar.box.top + 1);
  await waitForOverlays(page, extension.extensionId, (o) => o.find((x) => x.editorId === "editor")?.tip !== null);
  const fixAt = await inContentScript(page, extension.extensionId, () => {
    const { root } = globalThis.handshakeContent.overlays().find((o) => o.editor.id === "editor");
    const box = root.querySelector(".tip .fix").getBoundingClientRect();
    return { x: box.left + box.width / 2, y: box.top + box.height / 2, label: root.querySelector(".tip .fix").textContent };
  });
  const replacement = coffe.view.issues[typo].replacements[0];
  assert.equal(fixAt.label, replacement, "the first suggestion comes first");
  await page.mouse.click(fixAt.x, fixAt.y);
  const fixedText = text.replace("coffe", replacement);
  await waitForText(page, "editor", fixedText);
  assert.equal(await page.$eval("#editor", (el) => el.textContent), fixedText);
  assert.equal(await page.$eval("#editor b", (el) => el.textContent), "talk", "the rest of the editor's markup is kept");

  // Registered for the site: a reload gets the content script again.
  await page.reload();
  await page.click("#editor");
  await waitForOverlays(page, extension.extensionId, (o) => o.length === 1);

  // Switched off in the popup: the overlay leaves the open page, and reloads stay clean.
  const popup = await openPopup(extension, await tabIdOf(extension, page));
  await popup.waitForFunction(() => document.getElementById("site-toggle").checked);
  await popup.click("#site-toggle");
  await popup.waitForFunction(() => !document.getElementById("site-toggle").checked && !document.getElementById("site-toggle").disabled);
  assert.match(await popup.textContent("#site-note"), /^Off/u);
  await popup.close();
  await waitForNoOverlay(page, extension.extensionId);
  assert.deepEqual(await extension.worker.evaluate(() => chrome.scripting.getRegisteredContentScripts()), []);
  await page.reload();
  await page.click("#editor");
  await page.waitForTimeout(300);
  assert.equal(await contentScriptRuns(page, extension.extensionId), false);
  await page.close();
});

test("the popup: the compose page's widget, the counts, and the history with export and clear", async () => {
  const now = Date.now();
  await extension.worker.evaluate((at) => chrome.storage.local.set({ history: [
    { text: "Hi Amy, loved your talk on tokens.", recipient: "Amy Chen", platform: "linkedin", kind: "invite", site: "www.linkedin.com", at: at - 60000 },
    { text: "Hi Ben, great panel yesterday.", recipient: "Ben Ortiz", platform: "linkedin", kind: "invite", site: "www.linkedin.com", at: at - 3 * 86400000 },
  ] }), now);
  const popup = await openPopup(extension);
  await popup.waitForFunction(() => document.getElementById("history").children.length === 2);
  assert.equal(await popup.textContent("#count-today"), "1");
  assert.equal(await popup.textContent("#count-week"), "2");
  assert.match(await popup.textContent("#pace-tip"), /^1 invitation today, 2 this week/u);
  assert.equal(await popup.textContent("#history-count"), "2");
  const items = await popup.$$eval("#history li", (lis) => lis.map((li) => li.textContent));
  assert.match(items[0], /Hi Amy, loved your talk on tokens\.Invitation to Amy Chen · .* · www\.linkedin\.com/u);
  assert.match(await popup.textContent("#site-note"), /Handshake cannot run on this page|Open Handshake from the page/u);

  // The composer is the compose page's own element, checking in its worker.
  // (The class's name is minified away; its identity is not.)
  assert.ok(await popup.evaluate(async () => {
    const { HandshakeComposer } = await import(new URL("../handshake-composer.mjs", location.href).href);
    return customElements.get("handshake-composer") === HandshakeComposer;
  }));
  await popup.fill("#recipient", "Amy Chen");
  await popup.evaluate(() => {
    window.deliveries = [];
    document.getElementById("note").addEventListener("handshake-report", (event) => {
      window.lastReportedText = event.detail.text;
      window.deliveries.push(event.detail.delivery);
    });
  });
  await popup.click("handshake-composer");
  const note = "Hi Amy, I enjoyed your presentaton on tokens.";
  await popup.keyboard.type(note);
  // The composer's latest report, made for exactly the text typed.
  await popup.waitForFunction((text) => {
    const composer = document.getElementById("note");
    return composer.value === text && window.lastReportedText === text;
  }, note);
  // The manifest makes extension pages cross-origin isolated, so reports
  // reach the popup in the keystroke's own frame, as on the compose page.
  assert.equal(await popup.evaluate(() => globalThis.crossOriginIsolated), true);
  const deliveries = await popup.evaluate(() => window.deliveries);
  assert.ok(deliveries.includes("shared-memory"), deliveries.join(", "));
  const shown = await popup.evaluate(() => {
    const composer = document.getElementById("note");
    return { score: composer.report.score, rules: composer.report.issues.map((i) => i.rule), history: composer.history,
      ring: composer.shadowRoot.querySelector(".ring-score").textContent };
  });
  const reference = library.check({ text: note, platform: "linkedin", kind: "invite", recipient: "Amy Chen", history: ["Hi Ben, great panel yesterday."] });
  assert.equal(shown.score, reference.score);
  assert.deepEqual(shown.rules, reference.issues.map((i) => i.rule));
  assert.equal(shown.ring, String(reference.score));
  assert.deepEqual(shown.history, ["Hi Ben, great panel yesterday."], "notes to other people feed the duplicate check");

  // Settings the service worker also uses are stored.
  await popup.fill("#sender", "John Smith");
  await popup.selectOption("#language", "en-GB");
  const settings = await extension.worker.evaluate(async () => (await chrome.storage.local.get("settings")).settings);
  assert.equal(settings.sender, "John Smith");
  assert.equal(settings.language, "en-GB");

  const [download] = await Promise.all([popup.waitForEvent("download"), popup.click("#export")]);
  assert.match(download.suggestedFilename(), /^handshake-notes-\d{4}-\d{2}-\d{2}\.json$/u);
  const exported = JSON.parse(readFileSync(await download.path(), "utf8"));
  assert.deepEqual(exported.notes.map((n) => n.recipient), ["Amy Chen", "Ben Ortiz"]);

  await popup.click("#clear");
  assert.equal(await popup.textContent("#clear"), "Delete 2 notes?");
  assert.equal((await extension.worker.evaluate(async () => (await chrome.storage.local.get("history")).history)).length, 2,
    "one click deletes nothing");
  await popup.click("#clear");
  await popup.waitForFunction(() => document.getElementById("history").children.length === 0);
  assert.equal(await extension.worker.evaluate(async () => (await chrome.storage.local.get("history")).history), undefined);
  assert.equal(await popup.textContent("#count-today"), "0");
  assert.equal(await popup.isHidden("#history-empty"), false);
  assert.deepEqual(popup.problems, []);
  await popup.close();
  await extension.worker.evaluate(() => chrome.storage.local.set({ settings: {} }));
});

test("content scripts cannot reach the history: storage is for the extension's pages only", async () => {
  const page = await watchedPage(extension.context);
  await page.goto(server.url("strict-csp.html"));
  await switchSiteOn(extension, page);
  await page.bringToFront();
  await page.click("#editor");
  await waitForOverlays(page, extension.extensionId, (o) => o.length === 1 && settled(o[0]));
  const attempts = await inContentScript(page, extension.extensionId, async () => {
    const results = {};
    try {
      await chrome.storage.local.get("history");
      results.storage = "read";
    } catch (error) {
      results.storage = `refused: ${error.message}`;
    }
    // Messages of any other shape are refused by the service worker.
    results.clear = await chrome.runtime.sendMessage({ type: "handshake:clear" });
    results.forged = await chrome.runtime.sendMessage({ type: "handshake:check", text: "x", history: ["a"] });
    results.offscreen = await chrome.runtime.sendMessage({ target: "handshake-offscreen", type: "check", draft: { text: "x" } })
      .catch((error) => `no answer: ${error.message}`);
    return results;
  });
  assert.match(attempts.storage, /^refused/u);
  assert.deepEqual(attempts.clear, { ok: false, error: "not a Handshake message" });
  assert.deepEqual(attempts.forged, { ok: false, error: "unexpected field 'history'" });
  assert.notEqual(attempts.offscreen?.ok, true, "the offscreen checker answers only the extension");
  await page.close();
});

test("no request left 127.0.0.1", () => {
  assert.deepEqual(server.elsewhere, []);
  assert.ok(server.requests.some((url) => url.includes("strict-csp.html")));
  for (const url of server.requests) assert.ok(!/coffe|presentaton|Grate/iu.test(decodeURIComponent(url)), url);
});
