// Keyboard-only use and accessibility of the compose page: reaching the note,
// moving between suggestions, applying fixes, the issue list, labels, focus
// visibility and the polite announcement of score changes.

import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { newPage, readComposer, setUp, underlinedRanges, waitForReport } from "./support.mjs";

let env;
before(async () => {
  env = await setUp();
});
after(async () => {
  await env?.close();
});

/** What has focus, looking through the composer's shadow root. */
function focusInfo(page) {
  return page.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return {
      tag: active?.tagName.toLowerCase() ?? null,
      id: active?.id ?? "",
      className: active?.className ?? "",
      replacement: active?.dataset?.replacement ?? null,
      outline: active ? getComputedStyle(active).outlineStyle : "none",
      selection: active?.tagName === "TEXTAREA" ? [active.selectionStart, active.selectionEnd] : null,
    };
  });
}

test("keyboard only: reach the note, move between suggestions, apply fixes, use the list", async () => {
  const { context, page } = await newPage(env.browser);
  await page.goto(env.url("web/"));

  // Tab from the top of the page reaches the note through labelled controls.
  let focus = null;
  for (let presses = 0; presses < 25; presses++) {
    await page.keyboard.press("Tab");
    focus = await focusInfo(page);
    if (focus.tag === "textarea") break;
  }
  assert.equal(focus.tag, "textarea", "Tab reaches the note");

  const text = "Hi Amy, I enjoyed your presentaton at the sumit last week.";
  await page.keyboard.type(text);
  const typed = await waitForReport(page);
  const misspelling = underlinedRanges(typed, "spelling");
  assert.equal(misspelling.length, 2);

  // Alt+Down from the start opens the first underline's card with focus on a fix.
  await page.keyboard.press("Control+Home");
  await page.keyboard.press("Alt+ArrowDown");
  focus = await focusInfo(page);
  assert.match(focus.className, /\bfix\b/u, "focus is on a fix");
  assert.equal(focus.replacement, "presentation");
  assert.notEqual(focus.outline, "none", "the focused fix shows a focus ring");
  const card = await readComposer(page);
  assert.equal(card.card.rule, "spelling");

  // Enter applies it; focus returns to the text.
  await page.keyboard.press("Enter");
  const fixed = await waitForReport(page);
  assert.equal(fixed.value, text.replace("presentaton", "presentation"));
  assert.equal((await focusInfo(page)).tag, "textarea");

  // Escape closes a card opened with F8 and leaves the words selected.
  await page.keyboard.press("Control+Home");
  await page.keyboard.press("F8");
  const opened = await readComposer(page);
  assert.ok(opened.card, "F8 opens the next suggestion");
  const openedRule = opened.card.rule;
  await page.keyboard.press("Escape");
  focus = await focusInfo(page);
  assert.equal(focus.tag, "textarea");
  assert.equal((await readComposer(page)).card, null, "Escape closes the card");
  const range = underlinedRanges(fixed, openedRule)[0];
  assert.deepEqual(focus.selection, [range.start, range.end], "the suggestion's words stay selected");

  // Tab leaves the note for the suggestion list; Enter on an entry jumps to its words.
  await page.keyboard.press("Tab");
  focus = await focusInfo(page);
  assert.match(focus.className, /entry-jump/u, "Tab moves on to the suggestions");
  const entries = page.locator("handshake-composer .entry");
  const drawnEntry = entries.filter({ has: page.locator(".entry-jump:not([aria-disabled])") }).first();
  await drawnEntry.locator(".entry-jump").focus();
  await page.keyboard.press("Enter");
  const jumped = await readComposer(page);
  assert.ok(jumped.card, "Enter on a listed suggestion opens it in the text");
  focus = await focusInfo(page);
  assert.ok(/\b(fix|action|card-close)\b/u.test(focus.className), "focus moves into the card");
  if (/\bfix\b/u.test(focus.className)) {
    const beforeValue = jumped.value;
    await page.keyboard.press("Enter");
    const applied = await waitForReport(page);
    assert.notEqual(applied.value, beforeValue, "Enter applies the listed suggestion's fix");
  }
  assert.deepEqual(page.problems, []);
  await context.close();
});

test("controls are labelled, and score changes are announced politely", async () => {
  const { context, page } = await newPage(env.browser);
  await page.goto(env.url("web/"));
  for (const name of ["Platform", "Kind of note", "Recipient", "Your name", "Spelling", "Theme"]) {
    assert.equal(await page.getByLabel(name, { exact: true }).count(), 1, `${name} has a label`);
  }
  assert.equal(await page.getByRole("textbox", { name: "Your note" }).count(), 1, "the note box is labelled");
  assert.equal(await page.getByRole("button", { name: "Copy note" }).count(), 1);

  // The skip link is the first stop; after it, Tab lands in the note.
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => document.activeElement.className), "skip-link");
  await page.keyboard.press("Enter");
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => document.activeElement.shadowRoot?.activeElement?.tagName), "TEXTAREA");

  const live = page.locator("handshake-composer .live");
  assert.equal(await live.getAttribute("aria-live"), "polite");
  await page.fill("handshake-composer textarea", "Hi Amy, I enjoyed your talk on search at the meetup.");
  const state = await waitForReport(page);
  await page.waitForFunction(() => /^Score \d+/u.test(
    document.querySelector("handshake-composer").shadowRoot.querySelector(".live").textContent));
  assert.match(await live.textContent(), new RegExp(`^Score ${state.report.score}\\b`));
  const meters = page.getByRole("meter");
  assert.equal(await meters.count(), Object.keys(state.report.categories).length, "each category is a labelled meter");
  assert.equal(await page.getByRole("img", { name: /Overall score \d+ of 100/u }).count(), 1);

  assert.deepEqual(page.problems, []);
  await context.close();
});
