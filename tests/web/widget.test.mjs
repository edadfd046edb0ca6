// <handshake-composer> as an embedded widget: two instances on the demo page,
// its attributes, `handshake-report` events, form association (value,
// submit, reset, validity) and a page that embeds it with one script tag.

import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { loadFixtureCases } from "./fixtures.mjs";
import { newPage, readComposer, setUp, waitForReport } from "./support.mjs";

let env;
before(async () => {
  env = await setUp();
});
after(async () => {
  await env?.close();
});

const linkedin = "#linkedin-note";
const x = "#x-note";

test("two instances with different platforms each emit their own reports", async () => {
  const { context, page } = await newPage(env.browser);
  await page.goto(env.url("web/demo.html"));
  const first = await waitForReport(page, linkedin);
  const second = await waitForReport(page, x);
  assert.equal(first.report.stats.limit, 300);
  assert.notEqual(second.report.stats.limit, 300, "X has its own limit");
  const ids = await page.evaluate(() => window.__handshakeTest.log.map((entry) => entry.id));
  assert.ok(ids.includes("linkedin-note") && ids.includes("x-note"), "both emitted handshake-report");
  assert.equal(first.ringScore, String(first.report.score));
  assert.equal(second.ringScore, String(second.report.score));

  // Typing in one emits a new report for that one only.
  const counts = () => page.evaluate(() => window.__handshakeTest.log.reduce((tally, entry) => {
    tally[entry.id] = (tally[entry.id] ?? 0) + 1;
    return tally;
  }, {}));
  const before = await counts();
  await page.locator(`${linkedin} textarea`).press("End");
  await page.keyboard.type(" Thanks!");
  const updated = await waitForReport(page, linkedin);
  assert.match(updated.value, /Thanks!$/u);
  const afterTyping = await counts();
  assert.ok(afterTyping["linkedin-note"] > before["linkedin-note"]);
  assert.equal(afterTyping["x-note"], before["x-note"]);

  // The event carries the report and the draft it was made for.
  const detail = await page.evaluate(() => {
    const last = window.__handshakeTest.last.get(document.querySelector("#x-note"));
    return { platform: last.draft.platform, kind: last.draft.kind, recipient: last.draft.recipient, hasScore: typeof last.report.score };
  });
  assert.deepEqual(detail, { platform: "x", kind: "message", recipient: "Sam Lee", hasScore: "number" });
  assert.deepEqual(page.problems, []);
  await context.close();
});

test("attributes drive the check: platform, recipient, value", async () => {
  const { context, page } = await newPage(env.browser);
  await page.goto(env.url("web/demo.html"));
  await waitForReport(page, linkedin);
  await page.evaluate(() => document.querySelector("#linkedin-note").setAttribute("platform", "linkedin-free"));
  await page.waitForFunction(() => {
    const el = document.querySelector("#linkedin-note");
    return window.__handshakeTest.last.get(el)?.report.stats?.limit === 200;
  });
  await page.evaluate(() => document.querySelector("#linkedin-note").setAttribute("recipient", "Priya Raman"));
  await page.waitForFunction(() => {
    const el = document.querySelector("#linkedin-note");
    return window.__handshakeTest.last.get(el)?.draft.recipient === "Priya Raman";
  });
  assert.equal(await page.evaluate(() => document.querySelector("#linkedin-note").recipient), "Priya Raman");

  // An untouched composer follows its value attribute, like <input value>.
  await page.evaluate(() => document.querySelector("#x-note").setAttribute("value", "Hi Sam, loved your thread on caching."));
  const followed = await waitForReport(page, x);
  assert.equal(followed.value, "Hi Sam, loved your thread on caching.");

  // An unknown platform is a clear error, shown, not a crash.
  await page.evaluate(() => document.querySelector("#x-note").setAttribute("platform", "myspace"));
  const error = await page.waitForFunction(() => {
    const el = document.querySelector("#x-note");
    return window.__handshakeTest.last.get(el)?.report.error ?? false;
  });
  const expected = loadFixtureCases().find((c) => c.name === "unknown-platform")?.error ?? "unknown platform";
  assert.match(await error.jsonValue(), new RegExp(expected, "iu"));
  const shown = await readComposer(page, x);
  assert.equal(shown.entries.length, 0);
  assert.match(await page.locator("#x-note .issues").textContent(), /could not check this note/u);
  assert.equal(shown.ringScore, "–");
  assert.deepEqual(page.problems, []);
  await context.close();
});

test("the widget takes part in its form: value, submit, reset and validity", async () => {
  const { context, page } = await newPage(env.browser);
  await page.goto(env.url("web/demo.html"));
  await waitForReport(page, linkedin);
  await page.locator(`${x} textarea`).fill("Hi Sam, your thread on cache invalidation was great. Best, John");
  await waitForReport(page, x);
  await page.getByRole("button", { name: "Submit the form" }).click();
  const submitted = JSON.parse(await page.locator("#submitted").textContent());
  assert.equal(submitted.x_note, "Hi Sam, your thread on cache invalidation was great. Best, John");
  assert.equal(submitted.linkedin_note, await page.evaluate(() => document.querySelector("#linkedin-note").defaultValue));

  const formInfo = await page.evaluate(() => {
    const el = document.querySelector("#x-note");
    return { form: el.form?.id, name: el.name, data: new FormData(el.form).get("x_note") };
  });
  assert.deepEqual(formInfo, { form: "demo-form", name: "x_note", data: "Hi Sam, your thread on cache invalidation was great. Best, John" });

  // Reset brings back the value attribute.
  await page.getByRole("button", { name: "Reset" }).click();
  const reset = await readComposer(page, x);
  assert.equal(reset.value, await page.getAttribute(x, "value"));

  // Over the platform's limit the field is invalid (tooLong) and blocks submission.
  await page.evaluate(() => document.querySelector("#linkedin-note").setAttribute("platform", "linkedin-free"));
  await page.locator(`${linkedin} textarea`).fill("Hi Amy, ".padEnd(260, "and more words "));
  await waitForReport(page, linkedin);
  const validity = await page.evaluate(() => {
    const el = document.querySelector("#linkedin-note");
    return { tooLong: el.validity.tooLong, valid: el.form.checkValidity(), message: el.validationMessage };
  });
  assert.equal(validity.tooLong, true);
  assert.equal(validity.valid, false);
  assert.match(validity.message, /allows 200/u);
  assert.deepEqual(page.problems, []);
  await context.close();
});

test("one <script type=module> tag embeds a working composer in any page", async () => {
  const { context, page } = await newPage(env.browser);
  const embedUrl = env.url("web/embed-check.html");
  await context.route(embedUrl, (route) => route.fulfill({
    contentType: "text/html",
    body: `<!doctype html><title>embed</title>
      <script type="module" src="/web/handshake-composer.mjs"></script>
      <form id="f"><label for="c">Note</label>
        <handshake-composer id="c" name="note" platform="linkedin" recipient="Amy Chen"
          value="Hi Amy, I enjoyed your presentaton."></handshake-composer></form>`,
  }));
  await page.goto(embedUrl);
  const state = await waitForReport(page, "#c");
  assert.ok(state.marks.some((mark) => mark.rules.includes("spelling")), "underlines work when embedded");
  assert.equal(await page.evaluate(() => new FormData(document.querySelector("#f")).get("note")), "Hi Amy, I enjoyed your presentaton.");
  assert.equal(await page.getByRole("textbox", { name: "Note" }).count(), 1, "a <label for> names the note box");
  assert.equal(await page.evaluate(() => document.querySelector("#c").shadowRoot.mode), "open");
  assert.deepEqual(page.problems, []);
  await context.close();
});
