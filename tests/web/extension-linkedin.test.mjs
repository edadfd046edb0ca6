// The unpacked extension in Chromium on fixtures of LinkedIn's invitation
// dialog and messaging box, served from 127.0.0.1 (switched on through the
// popup's own site switch, as a user would): the badge and its score while
// typing, underlines over the right words, the recipient and the account's
// limit read from the page, sent notes kept and fed back for the duplicate
// check, counts and tips, the page left untouched, and no request leaving
// 127.0.0.1. Every report is compared with the JS library's own report for
// the same draft, so the extension is shown to pass exactly the draft the
// page implies (text, recipient, platform, kind, history).

import assert from "node:assert/strict";
import { copyFileSync, mkdirSync } from "node:fs";
import { after, before, test } from "node:test";
import { createChecker } from "../../wasm/handshake.mjs";
import {
  contentScriptRuns,
  inContentScript,
  launchExtension,
  readOverlays,
  requireExtensionBuild,
  settled,
  startFixtureServer,
  storedHistory,
  switchSiteOn,
  waitForNoOverlay,
  waitForOverlays,
  watchedPage,
  wordBoxes,
} from "./extension-support.mjs";
import { artifactPath, repoRoot } from "./support.mjs";

let server;
let extension;
let library;

before(async () => {
  requireExtensionBuild();
  library = await createChecker();
  server = await startFixtureServer();
  extension = await launchExtension({ proxy: server });
  const page = await watchedPage(extension.context);
  await page.goto(server.url("linkedin-invite.html"));
  assert.equal(await contentScriptRuns(page, extension.extensionId), false, "not on a site the user has not switched on");
  assert.deepEqual(await switchSiteOn(extension, page), []);
  await page.close();
});

after(async () => {
  await extension?.close();
  await server?.close();
});

function rulesOf(view) {
  return view.issues.map((issue) => `${issue.rule}@${issue.start}-${issue.end}`).sort();
}

/** The library's report for a draft, in the same terms as the overlay's view. */
function expected(draft) {
  const report = library.check(draft);
  assert.ok(!report.error, report.error);
  return { score: report.score, rules: report.issues.map((issue) => `${issue.rule}@${issue.start}-${issue.end}`).sort(), report };
}

function hasRule(view, rule) {
  return view.issues.some((issue) => issue.rule === rule);
}

async function openDialog(query = "") {
  const page = await watchedPage(extension.context);
  await page.goto(server.url(`linkedin-invite.html${query}`));
  await page.click("#connect");
  await page.waitForSelector("#custom-message");
  return page;
}

function waitForNote(page, text, editorId = "custom-message") {
  return waitForOverlays(page, extension.extensionId,
    (overlays) => overlays.some((o) => o.editorId === editorId && o.text === text && settled(o)),
    { what: `a report for ${JSON.stringify(text)}` })
    .then((overlays) => overlays.find((o) => o.editorId === editorId));
}

/** Each drawn underline sits on its words: same left and right edges, at their bottom. */
async function assertUnderlinesOnWords(page, selector, overlay, { visibleOnly = false } = {}) {
  const underlined = overlay.view.issues.filter((issue) => !issue.noteLevel);
  const words = await wordBoxes(page, selector, underlined.map((issue) => [issue.start, issue.end]));
  const wanted = underlined.flatMap((issue, i) => words[i].map((box) => ({ rule: issue.rule, box })));
  assert.equal(overlay.bars.length, wanted.length, "one underline per line of each flagged span");
  assert.ok(wanted.length > 0, "something is underlined");
  overlay.bars.forEach((bar, i) => {
    const word = wanted[i].box;
    const inside = bar.box.top >= overlay.clip.top && bar.box.bottom <= overlay.clip.bottom;
    if (visibleOnly && !inside) return;
    assert.equal(bar.rule, wanted[i].rule);
    assert.ok(Math.abs(bar.box.left - word.left) <= 1.5, `left edge: underline ${bar.box.left}, word ${word.left}`);
    assert.ok(Math.abs(bar.box.right - word.right) <= 1.5, `right edge: underline ${bar.box.right}, word ${word.right}`);
    assert.ok(bar.box.bottom >= word.bottom - 3 && bar.box.bottom <= word.bottom + 1,
      `underline bottom ${bar.box.bottom} at the word's bottom ${word.bottom}`);
  });
}

const fullNote = "Hi Amy, I enjoyed your presentation on design tokens at the Austin meetup last week. "
  + "I lead the design system team at a payments startup and would love to stay in touch.";

test("the invitation dialog: the badge appears, the score follows the typing, a fix is one click", async () => {
  const page = await openDialog();
  const empty = await waitForOverlays(page, extension.extensionId, (o) => o.length === 1 && o[0].badge.text === "–");
  assert.equal(empty[0].adapter, "linkedin-invite");
  assert.equal(empty[0].hostHidden, false);
  // The badge sits inside the note box's bottom-right corner.
  const { badge, editorBox } = empty[0];
  assert.ok(badge.box.right <= editorBox.right && badge.box.bottom <= editorBox.bottom
    && badge.box.left > editorBox.left + editorBox.width / 2, JSON.stringify({ badge, editorBox }));

  const draft = { recipient: "Amy Chen", platform: "linkedin", kind: "invite" };
  const typo = "Hi Amy, I enjoyed your presentaton";
  const fixed = "Hi Amy, I enjoyed your presentation";
  const before = expected({ ...draft, text: typo });
  const afterFix = expected({ ...draft, text: fixed });
  assert.notEqual(before.score, afterFix.score, "the fixture's premise: fixing the typo changes the score");

  await page.keyboard.type(typo);
  const first = await waitForNote(page, typo);
  assert.equal(first.badge.text, String(before.score));
  assert.equal(first.view.score, before.score);
  assert.deepEqual(rulesOf(first.view), before.rules);
  assert.ok(hasRule(first.view, "spelling"));
  assert.match(first.badge.label, new RegExp(`^Handshake score ${before.score} of 100`, "u"));
  await assertUnderlinesOnWords(page, "#custom-message", first);

  // Hovering the underline shows the suggestion; clicking it types the fix in.
  const bar = first.bars.find((b) => b.rule === "spelling");
  await page.mouse.move(bar.box.left + bar.box.width / 2, bar.box.top + 1);
  const hovered = await waitForOverlays(page, extension.extensionId, (o) => o[0]?.tip !== null);
  assert.match(hovered[0].tip.text, /presentaton/u);
  assert.match(hovered[0].tip.text, /presentation/u);
  const fix = await page.evaluate(() => document.activeElement?.id);
  assert.equal(fix, "custom-message", "hovering keeps the caret in the note");
  // The fix button is in the closed overlay: click it where it is drawn.
  const fixBox = await clickableFix(page, "presentation");
  await page.mouse.click(fixBox.x, fixBox.y);
  const repaired = await waitForNote(page, fixed);
  assert.equal(await page.inputValue("#custom-message"), fixed);
  assert.equal(repaired.badge.text, String(afterFix.score));
  assert.ok(!hasRule(repaired.view, "spelling"));
  assert.equal(await page.textContent(".custom-message-count"), String(fixed.length), "the page saw the edit as input");
  await page.keyboard.press("Control+z");
  await waitForNote(page, typo);
  assert.equal(await page.inputValue("#custom-message"), typo, "the fix is one undoable edit");

  await page.fill("#custom-message", "");
  await page.keyboard.type(fullNote);
  const full = await waitForNote(page, fullNote);
  const whole = expected({ ...draft, text: fullNote });
  assert.equal(full.badge.text, String(whole.score));
  assert.deepEqual(rulesOf(full.view), whole.rules);
  assert.deepEqual(page.problems, []);
  await page.close();
});

/** Where a fix button with this text is drawn (from the overlay's own layout). */
async function clickableFix(page, text) {
  return inContentScript(page, extension.extensionId, (wanted) => {
    for (const { root } of globalThis.handshakeContent.overlays()) {
      const button = [...root.querySelectorAll(".fix")].find((b) => b.textContent === wanted && b.offsetParent !== null);
      if (button) {
        const box = button.getBoundingClientRect();
        return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
      }
    }
    return null;
  }, text);
}

test("underlines stay on their words when the note scrolls in its box and when the window resizes", async () => {
  const page = await openDialog();
  const lines = ["Hi Amy,", "", "I enjoyed your talk at the meetup.", "", "Your point about naming tokens by purpose stuck with me.",
    "", "We are rebuilding our sistem at work.", "", "Would love to stay in touch.", "", "Best, John"];
  for (const [i, line] of lines.entries()) {
    if (i) await page.keyboard.press("Enter");
    await page.keyboard.type(line);
  }
  const text = lines.join("\n");
  let overlay = await waitForNote(page, text);
  const scrolled = await page.$eval("#custom-message", (el) => el.scrollTop);
  assert.ok(scrolled > 0, "the note is taller than its box and scrolled");
  await assertUnderlinesOnWords(page, "#custom-message", overlay, { visibleOnly: true });
  const misspelled = text.indexOf("sistem");
  assert.ok(overlay.view.issues.some((issue) => issue.rule === "spelling" && issue.start === misspelled));

  // Scroll the box to the top: the underline moves with the text, and one
  // scrolled out of the box is clipped away.
  await page.$eval("#custom-message", (el) => { el.scrollTop = 0; });
  const lower = overlay.bars[0].box.top;
  [overlay] = await waitForOverlays(page, extension.extensionId, (o) => o[0].bars.length > 0
    && o[0].bars[0].box.top - lower >= 1);
  await assertUnderlinesOnWords(page, "#custom-message", overlay, { visibleOnly: true });

  await page.setViewportSize({ width: 900, height: 700 });
  // The editor moves at once; the overlay follows on its next frame, so wait
  // for the clip to follow the box (a timeout fails the test if it never does).
  const clipFollows = (o) => Math.abs(o.clip.left - (o.editorBox.left + 1)) <= 1;
  const moved = await waitForOverlays(page, extension.extensionId,
    (o) => o[0].editorBox.left !== overlay.editorBox.left && clipFollows(o[0]),
    { what: "the clip to follow the moved box" });
  await assertUnderlinesOnWords(page, "#custom-message", moved[0], { visibleOnly: true });
  await page.setViewportSize({ width: 1280, height: 900 });
  assert.deepEqual(page.problems, []);
  await page.close();
});

test("the recipient and the account's limit come from the page: name-mismatch for a misspelled greeting", async () => {
  const page = await openDialog("?name=Cleo%20Park&free=1");
  const wrong = "Hi Cloe, I enjoyed your talk on design tokens at the Austin meetup and would love to stay in touch.";
  await page.keyboard.type(wrong);
  const overlay = await waitForNote(page, wrong);
  assert.equal(overlay.recipient, "Cleo Park");
  assert.equal(overlay.platform, "linkedin-free");
  assert.equal(overlay.view.stats.limit, 200, "a free account's note is 200 characters");
  const draft = { recipient: "Cleo Park", platform: "linkedin-free", kind: "invite" };
  const reference = expected({ ...draft, text: wrong });
  assert.deepEqual(rulesOf(overlay.view), reference.rules);
  const mismatch = overlay.view.issues.find((issue) => issue.rule === "name-mismatch");
  assert.ok(mismatch, "the greeting misspells the name on the profile");
  assert.equal(wrong.slice(mismatch.start, mismatch.end), "Cloe");
  assert.ok(overlay.bars.some((bar) => bar.rule === "name-mismatch"), "and it is underlined");

  const right = wrong.replace("Cloe", "Cleo");
  await page.fill("#custom-message", right);
  const fine = await waitForNote(page, right);
  assert.deepEqual(rulesOf(fine.view), expected({ ...draft, text: right }).rules);
  assert.ok(!hasRule(fine.view, "no-name") && !hasRule(fine.view, "name-mismatch"));
  await page.close();

  // A dialog that does not name the person: the Connect button did.
  const plain = await openDialog("?name=Dev%20Iyer&plain=1");
  await plain.keyboard.type("Hi Dev, great panel.");
  const fromButton = await waitForNote(plain, "Hi Dev, great panel.");
  assert.equal(fromButton.recipient, "Dev Iyer");
  assert.equal(fromButton.platform, "linkedin");
  await plain.close();
});

const template = "Hi there, I enjoyed your post about design tokens and would love to connect and swap notes on design systems.";

test("a sent note is kept with its date and recipient; the next one to someone else is flagged duplicate", async () => {
  await extension.worker.evaluate(() => chrome.storage.local.remove("history"));
  const started = Date.now();
  const amy = await openDialog();
  await amy.keyboard.type(template);
  const first = await waitForNote(amy, template);
  assert.equal(first.historyUsed, 0);
  assert.deepEqual({ today: first.pacing.today, week: first.pacing.week }, { today: 0, week: 0 });
  assert.equal(first.pacing.tip, "Your first invitation today: a steady pace.");
  await amy.click("button[aria-label='Send invitation']");
  await amy.waitForSelector("#toast:not([hidden])");
  await waitForNoOverlay(amy, extension.extensionId);
  let history = await storedHistory(extension);
  assert.equal(history.length, 1);
  assert.deepEqual({ ...history[0], at: undefined }, {
    text: template, recipient: "Amy Chen", platform: "linkedin", kind: "invite", site: "127.0.0.1", at: undefined,
  });
  assert.ok(history[0].at >= started && history[0].at <= Date.now());

  // A click the page's own script makes is not the user sending a note.
  await amy.click("#connect");
  await amy.waitForSelector("#custom-message");
  await amy.keyboard.type("Forged by the page.");
  await waitForNote(amy, "Forged by the page.");
  await amy.evaluate(() => document.querySelector("button[aria-label='Send invitation']").click());
  await amy.waitForTimeout(300);
  assert.equal((await storedHistory(extension)).length, 1, "a synthetic click records nothing");
  await amy.close();

  const ben = await openDialog("?name=Ben%20Ortiz");
  await ben.keyboard.type(template);
  const second = await waitForNote(ben, template);
  assert.equal(second.recipient, "Ben Ortiz");
  assert.equal(second.historyUsed, 1, "the earlier note went to the checker");
  assert.deepEqual({ today: second.pacing.today, week: second.pacing.week }, { today: 1, week: 1 });
  assert.equal(second.pacing.tip, "This would be your 2nd invitation today (1 this week): a steady pace.");
  const reference = expected({ text: template, recipient: "Ben Ortiz", platform: "linkedin", kind: "invite", history: [template] });
  assert.deepEqual(rulesOf(second.view), reference.rules, "the same report as the library gives with that history");
  assert.ok(hasRule(second.view, "duplicate"), "the same note twice is flagged");
  assert.ok(!hasRule(first.view, "duplicate"), "the first one was not");

  // The badge opens the details: issues, counts and the pacing tip.
  const badge = second.badge.box;
  await ben.mouse.click(badge.left + badge.width / 2, badge.top + badge.height / 2);
  const opened = await waitForOverlays(ben, extension.extensionId, (o) => o[0]?.card !== null);
  assert.match(opened[0].card.text, /Invitations: 1 today · 1 this week\./u);
  assert.match(opened[0].card.text, /Invitation to Ben Ortiz · LinkedIn/u);
  assert.deepEqual(opened[0].card.rules, second.view.issues.map((issue) => issue.rule));
  await ben.keyboard.press("Escape");
  await waitForOverlays(ben, extension.extensionId, (o) => o[0]?.card === null);

  await ben.click("button[aria-label='Send invitation']");
  await waitForNoOverlay(ben, extension.extensionId);
  history = await storedHistory(extension);
  assert.deepEqual(history.map((entry) => entry.recipient), ["Ben Ortiz", "Amy Chen"]);
  assert.deepEqual(ben.problems, []);
  await ben.close();
});

test("LinkedIn's message box: a note to someone invited this week is a follow-up with a tip to wait", async () => {
  const page = await watchedPage(extension.context);
  await page.goto(server.url("linkedin-messaging.html?name=Amy%20Chen"));
  await page.click(".msg-form__contenteditable");
  const message = "Hi Amy, just following up on my invitation from the meetup. Would love to compare notes on tokns.";
  await page.keyboard.type(message);
  const overlay = await waitForNote(page, message, "");
  assert.equal(overlay.adapter, "linkedin-message");
  assert.equal(overlay.recipient, "Amy Chen");
  assert.equal(overlay.kind, "follow-up", "Amy was invited: this is a follow-up");
  assert.match(overlay.followUp.tip, /^You invited Amy Chen today\. Give them at least a week/u);
  const reference = expected({ text: message, recipient: "Amy Chen", platform: "linkedin", kind: "follow-up", history: [template] });
  assert.deepEqual(rulesOf(overlay.view), reference.rules);
  assert.ok(hasRule(overlay.view, "spelling"));
  await assertUnderlinesOnWords(page, ".msg-form__contenteditable", overlay);

  const badge = overlay.badge.box;
  await page.mouse.click(badge.left + 10, badge.top + 10);
  const opened = await waitForOverlays(page, extension.extensionId, (o) => o[0]?.card !== null);
  assert.match(opened[0].card.text, /You invited Amy Chen today/u);
  assert.match(opened[0].card.text, /Follow-up to Amy Chen/u);

  await page.click(".msg-form__send-button");
  await page.waitForSelector(".msg-s-event-listitem__body");
  const history = await storedHistory(extension);
  assert.equal(history.length, 3);
  assert.deepEqual({ text: history[0].text, recipient: history[0].recipient, kind: history[0].kind },
    { text: message, recipient: "Amy Chen", kind: "follow-up" });
  assert.deepEqual(page.problems, []);
  await page.close();
});

test("the overlay leaves the page alone: no change to the editor or the page's DOM, closed to the page", async () => {
  const page = await openDialog();
  await waitForOverlays(page, extension.extensionId, (o) => o.length === 1);
  const before = await page.evaluate(() => {
    window.seenMutations = [];
    new MutationObserver((records) => {
      for (const record of records) {
        window.seenMutations.push({
          type: record.type,
          target: record.target.nodeType === 1 ? record.target.className || record.target.tagName : record.target.parentElement?.className,
          attribute: record.attributeName,
          added: [...record.addedNodes].map((node) => node.nodeName),
        });
      }
    }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    return { textarea: document.querySelector("#custom-message").outerHTML, body: document.body.innerHTML.length };
  });
  await page.keyboard.type("Hi Amy, I enjoyed your presentaton at the meetup.");
  const overlay = await waitForNote(page, "Hi Amy, I enjoyed your presentaton at the meetup.");
  const bar = overlay.bars[0].box;
  await page.mouse.move(bar.left + 3, bar.top + 1);
  await waitForOverlays(page, extension.extensionId, (o) => o[0].tip !== null);
  await page.mouse.click(overlay.badge.box.left + 5, overlay.badge.box.top + 5);
  await waitForOverlays(page, extension.extensionId, (o) => o[0].card !== null);
  await page.mouse.wheel(0, 200);
  await page.setViewportSize({ width: 1000, height: 800 });
  await page.waitForTimeout(400);

  const afterwards = await page.evaluate(() => ({
    textarea: document.querySelector("#custom-message").outerHTML,
    value: document.querySelector("#custom-message").value,
    mutations: window.seenMutations,
    lastOfHtml: document.documentElement.lastElementChild.tagName,
    shadowVisibleToPage: document.documentElement.lastElementChild.shadowRoot !== null,
    bodyHasOverlay: document.body.querySelector("handshake-overlay") !== null,
  }));
  assert.equal(afterwards.textarea, before.textarea, "the textarea's markup and attributes are untouched");
  assert.equal(afterwards.value, "Hi Amy, I enjoyed your presentaton at the meetup.");
  // The only changes are the page's own counter following the note.
  const foreign = afterwards.mutations.filter((m) => !(m.target ?? "").includes("custom-message-count"));
  assert.deepEqual(foreign, [], "nothing else in the document changed");
  assert.equal(afterwards.lastOfHtml, "HANDSHAKE-OVERLAY", "the overlay lives outside <body>, added before the observer");
  assert.equal(afterwards.shadowVisibleToPage, false, "the page cannot read the overlay (closed shadow root)");
  assert.equal(afterwards.bodyHasOverlay, false);
  await page.setViewportSize({ width: 1280, height: 900 });

  assert.deepEqual(page.problems, []);
  await page.close();

  // A screenshot of the extension in the dialog, with its details open.
  const shotPage = await openDialog("?name=Priya%20Raman");
  const shotNote = "Hi Priya, I enjoyed your presentaton on design tokens at the Austin meetup. "
    + "I lead the design system team at a payments startup and would love to stay in touch.";
  await shotPage.keyboard.type(shotNote);
  const shown = await waitForNote(shotPage, shotNote);
  await shotPage.mouse.click(shown.badge.box.left + 5, shown.badge.box.top + 5);
  await waitForOverlays(shotPage, extension.extensionId, (o) => o[0].card !== null);
  const shot = artifactPath("extension-dialog.png");
  await shotPage.screenshot({ path: shot, clip: { x: 340, y: 70, width: 910, height: 440 } });
  if (process.env.UPDATE_SCREENSHOTS === "1") {
    mkdirSync(`${repoRoot}docs/screenshots`, { recursive: true });
    copyFileSync(shot, `${repoRoot}docs/screenshots/extension-dialog.png`);
  }
  assert.deepEqual(shotPage.problems, []);
  await shotPage.close();
});

test("no request left 127.0.0.1, and no request carried the note", () => {
  assert.deepEqual(server.elsewhere, [], "nothing went beyond 127.0.0.1");
  for (const url of server.requests) {
    assert.ok(!/presentaton|tokns|Forged|following/iu.test(decodeURIComponent(url)), `a note in a URL: ${url}`);
  }
  assert.ok(server.requests.some((url) => url.includes("linkedin-invite.html")), "the proxy saw the pages' requests");
});
