// Privacy and safety: the page and the widget make no request but to their own
// 127.0.0.1 server, hostile text stays inert text, and once loaded the page
// keeps working with the server gone.

import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { newPage, readComposer, serve, setUp, waitForReport } from "./support.mjs";

let env;
before(async () => {
  env = await setUp();
});
after(async () => {
  await env?.close();
});

const payload = `<img src=x onerror=alert(1)>`;

test("every request the page and the widget make goes to 127.0.0.1", async () => {
  const { context, page } = await newPage(env.browser);
  const requests = [];
  context.on("request", (request) => requests.push(request.url()));
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: env.url("/").replace(/\/$/u, "") });

  await page.goto(env.url("/"));
  await page.fill("#recipient", "Amy Chen");
  await page.fill("handshake-composer textarea", "Hi Amy, I enjoyed your presentaton at https://example.com/talk.");
  await waitForReport(page);
  await page.click("#example-strong");
  await waitForReport(page);
  await page.click("#copy");
  await page.click("#dictionary-panel summary");
  await page.fill("#new-word", "Initech");
  await page.press("#new-word", "Enter");
  await page.selectOption("#language", "en-GB");
  await waitForReport(page);
  await page.goto(env.url("web/demo.html"));
  await waitForReport(page, "#linkedin-note");
  await waitForReport(page, "#x-note");

  const origin = new URL(env.url("/")).origin;
  const elsewhere = requests.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith("data:"));
  assert.deepEqual(elsewhere, [], "no request leaves 127.0.0.1");
  assert.ok(requests.some((url) => url.endsWith("/dist/handshake-core.wasm")), "the worker's requests are seen too");
  assert.ok(requests.every((url) => !url.includes("example.com")), "links in the note are never fetched");
  assert.deepEqual(page.problems, []);
  await context.close();
});

test("a note and a recipient holding HTML render as inert text", async () => {
  const { context, page } = await newPage(env.browser);
  const requests = [];
  context.on("request", (request) => requests.push(new URL(request.url()).pathname));
  await page.goto(env.url("web/"));
  await page.fill("#recipient", payload);
  await page.fill("#sender", `"><svg onload=alert(2)>`);
  const note = `Hi ${payload}, I enjoyed your talk. ${payload} <script>alert(3)</script>`;
  await page.fill("handshake-composer textarea", note);
  const state = await waitForReport(page);
  assert.equal(state.value, note);
  assert.equal(state.mirrorText, note, "the mirror shows the markup as text");

  // Open every card too: messages may quote the text or the name.
  for (const mark of state.marks.slice(0, 5)) {
    await page.evaluate(({ start, end }) => {
      const composer = document.querySelector("handshake-composer");
      const input = composer.shadowRoot.querySelector("textarea");
      input.focus();
      input.setSelectionRange(start, start);
      input.click();
    }, mark);
  }
  await page.waitForTimeout(300);  // Give any injected handler the chance to fire.
  const injected = await page.evaluate(() => {
    const root = document.querySelector("handshake-composer").shadowRoot;
    return {
      shadowImages: root.querySelectorAll("img, svg:not(.ring svg), script").length,
      pageImages: [...document.querySelectorAll("img")].map((img) => img.getAttribute("src")),
      pageScripts: document.querySelectorAll("script:not([src])").length,
    };
  });
  assert.equal(injected.shadowImages, 0, "no element was created from the text");
  assert.deepEqual(injected.pageImages, ["icon.svg"], "only the logo is an image");
  assert.equal(injected.pageScripts, 0);
  assert.ok(!requests.includes("/web/x"), "the injected <img src=x> was never loaded");
  assert.deepEqual(page.problems, [], "no alert, no error");

  // The widget with a hostile recipient attribute.
  await page.goto(env.url("web/demo.html"));
  await page.evaluate((hostile) => {
    const composer = document.querySelector("#linkedin-note");
    composer.setAttribute("recipient", hostile);
    composer.value = `Hi ${hostile}, great to meet you.`;
  }, payload);
  const widget = await waitForReport(page, "#linkedin-note");
  assert.equal(widget.mirrorText, `Hi ${payload}, great to meet you.`);
  assert.equal(await page.evaluate(() => document.querySelector("#linkedin-note").shadowRoot.querySelectorAll("img").length), 0);
  await page.waitForTimeout(200);
  assert.deepEqual(page.problems, []);
  await context.close();
});

test("once loaded, the page works offline: reload and check with the server gone", async () => {
  const server = await serve();
  const { context, page } = await newPage(env.browser);
  await page.goto(new URL("web/", server.url).href);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener("controllerchange", resolve, { once: true }));
    }
  });
  await page.fill("handshake-composer textarea", "Hi Amy, I enjoyed your presentaton.");
  await waitForReport(page);

  await server.close();
  const refused = await context.request.get(new URL("web/", server.url).href).then(() => false, () => true);
  assert.ok(refused, "the server is really gone");
  await page.reload();
  const restored = await waitForReport(page);
  assert.equal(restored.value, "Hi Amy, I enjoyed your presentaton.");
  assert.ok(restored.marks.some((mark) => mark.rules.includes("spelling")));
  await page.locator("handshake-composer textarea").press("End");
  await page.keyboard.type(" See you soon.");
  const typed = await waitForReport(page);
  assert.match(typed.value, /See you soon\.$/u);
  assert.equal((await readComposer(page)).state, "ready");
  await context.close();
});
