// The compose page with the real WebAssembly module in real Chromium: typing,
// underlines, score, fixes, the golden fixtures, persistence, the personal
// dictionary, examples, copy, the counter, and the loading and error states.

import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { loadGoldenCases, verifyCase } from "../fixtures/golden.mjs";
import {
  newPage,
  occurrences,
  readComposer,
  setUp,
  underlineCentre,
  underlinedRanges,
  waitForReport,
} from "./support.mjs";

let env;
before(async () => {
  env = await setUp();
});
after(async () => {
  await env?.close();
});

const box = "handshake-composer textarea";

async function openPage(options) {
  const { context, page } = await newPage(env.browser, options);
  await page.goto(env.url("web/"));
  return { context, page };
}

test("typing a note shows underlines, the score, category bars and grouped suggestions", async () => {
  const { context, page } = await openPage();
  await page.fill("#recipient", "Amy Chen");
  await page.fill("#sender", "John Smith");
  await page.click(box);
  const text = "Hi Amy, I enjoyed your presentaton at the summit on Tuesday.";
  await page.keyboard.type(text);
  const state = await waitForReport(page);

  assert.equal(state.value, text);
  assert.equal(state.mirrorText, text, "the mirror copies the text exactly");
  const at = text.indexOf("presentaton");
  assert.deepEqual(underlinedRanges(state, "spelling"), [{ start: at, end: at + "presentaton".length }]);
  const mark = state.marks.find((m) => m.rules.includes("spelling"));
  assert.equal(mark.severity, "error");
  assert.notEqual(mark.color, "rgba(0, 0, 0, 0)", "the underline has a colour");

  const report = state.report;
  assert.equal(state.ringScore, String(report.score));
  assert.match(state.ringLabel, new RegExp(`Overall score ${report.score} of 100`));
  assert.deepEqual(
    Object.fromEntries(state.bars.map((bar) => [bar.category, Number(bar.value)])),
    report.categories,
  );
  const spelling = state.entries.find((entry) => entry.rule === "spelling");
  assert.ok(spelling, "the spelling issue is listed");
  assert.equal(spelling.category, "correctness");
  assert.equal(spelling.fixes[0], "presentation");
  assert.deepEqual(state.groups, [...new Set(state.entries.map((entry) => entry.category))]);
  assert.equal(state.entries.length, report.issues.length);
  assert.equal(state.counter, `${report.stats.characters} / ${report.stats.limit}`);
  assert.equal(report.stats.limit, 300);
  assert.equal(state.state, "ready");
  assert.deepEqual(page.problems, []);
  await context.close();
});

test("every golden fixture's expected rules appear as underlines or suggestions", async (t) => {
  const cases = loadGoldenCases().filter((c) => !c.error);
  assert.ok(cases.length >= 3, "the fixtures hold cases");
  const { context, page } = await openPage();
  const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u;
  for (const fixture of cases) {
    const { text } = fixture.draft;
    await t.test(`${fixture.file}: ${fixture.name}`, async () => {
      // The settings in one round trip, through the events a user's change
      // fires (typing and picking are covered by the tests above); with one
      // Playwright action each, the 300-odd fixtures took 80 s.
      await page.evaluate(({ settings, history }) => {
        for (const [id, value] of Object.entries(settings)) {
          const field = document.getElementById(id);
          field.value = value;
          if (field.value !== value) throw new Error(`#${id} has no option "${value}"`);
          field.dispatchEvent(new Event(field.tagName === "SELECT" ? "change" : "input", { bubbles: true }));
        }
        document.querySelector("handshake-composer").history = history;
      }, {
        settings: {
          platform: fixture.draft.platform ?? "linkedin",
          kind: fixture.draft.kind ?? "invite",
          recipient: fixture.draft.recipient ?? "",
          sender: fixture.draft.sender ?? "",
        },
        history: fixture.draft.history ?? [],
      });
      if (loneSurrogate.test(text)) {
        // Keyboard input cannot carry a lone surrogate; set it as a script would.
        await page.evaluate((value) => {
          document.querySelector("handshake-composer").value = value;
        }, text);
      } else {
        await page.fill(box, text);
      }
      const state = await waitForReport(page);
      assert.equal(state.value, text);
      assert.equal(state.mirrorText, text);
      // The page got the report the library gives for this draft...
      assert.equal(verifyCase(fixture, state.report), "");
      if (!text.trim()) {
        // ...and a blank note is shown as a fresh start, not as a failing grade.
        assert.equal(state.ringScore, "–");
        assert.deepEqual(state.marks, []);
        assert.match(await page.locator("handshake-composer .issues").textContent(), /Start typing/u);
        return;
      }
      // ...and shows it: every expected rule listed, its words underlined, its fix offered.
      const listed = new Set(state.entries.map((entry) => entry.rule));
      for (const expected of fixture.expect) {
        assert.ok(listed.has(expected.rule), `${expected.rule} is listed (got ${[...listed].join(", ") || "none"})`);
        if (expected.severity) {
          assert.ok(state.entries.some((e) => e.rule === expected.rule && e.severity === expected.severity),
            `${expected.rule} is listed as ${expected.severity}`);
        }
        if (expected.slice !== null && expected.slice !== text.trim()) {
          const ranges = underlinedRanges(state, expected.rule);
          const hit = occurrences(text, expected.slice).some((start) =>
            ranges.some((range) => range.start === start && range.end === start + expected.slice.length));
          assert.ok(hit, `${expected.rule} underlines "${expected.slice}" (underlined: ${JSON.stringify(ranges)})`);
        }
        if (expected.fix !== null) {
          const entry = state.entries.find((e) => e.rule === expected.rule && e.fixes[0] === expected.fix);
          assert.ok(entry, `${expected.rule} offers "${expected.fix}" first`);
        }
      }
      for (const rule of fixture.forbid) {
        assert.ok(!listed.has(rule), `${rule} is not listed`);
        assert.deepEqual(underlinedRanges(state, rule), [], `${rule} is not underlined`);
      }
      if (fixture.score) {
        const score = Number(state.ringScore);
        assert.ok(score >= fixture.score[0] && score <= fixture.score[1], `ring shows ${score} in ${fixture.score.join("..")}`);
      }
    });
  }
  assert.deepEqual(page.problems, []);
  await context.close();
});

test("the mirror always holds exactly the text, through edits anywhere and undo", async () => {
  const { context, page } = await openPage();
  const mirrorMatches = async () => {
    const state = await readComposer(page);
    assert.equal(state.mirrorText, state.value);
    return state;
  };
  await page.click(box);
  await page.keyboard.type("Hi Amy, your presentaton was great.\n");
  await mirrorMatches();
  await waitForReport(page);
  await page.keyboard.press("Control+Home");
  for (let i = 0; i < 7; i++) await page.keyboard.press("ArrowRight");
  await page.keyboard.type(" 👋 I saw teh talk;");  // typed in front of an underline, which must move along
  await mirrorMatches();
  const moved = await waitForReport(page);
  const starts = underlinedRanges(moved, "spelling").map((range) => moved.value.slice(range.start, range.end));
  assert.deepEqual(starts, ["teh", "presentaton"]);
  await page.keyboard.press("Backspace");
  await page.keyboard.press("Shift+End");
  await page.keyboard.type("\n\n");
  await mirrorMatches();
  await page.keyboard.press("Control+z");
  await mirrorMatches();
  const settled = await waitForReport(page);
  for (const range of underlinedRanges(settled, "spelling")) {
    assert.match(settled.value.slice(range.start, range.end), /^(teh|presentaton)$/u);
  }
  assert.deepEqual(page.problems, []);
  await context.close();
});

test("applying a fix from the card changes the text and the score, and can be undone", async () => {
  const { context, page } = await openPage();
  await page.fill("#recipient", "Amy Chen");
  const text = "Hi Amy, I recieve your newsletter every week and enjoyed your presentaton on search.";
  await page.fill(box, text);
  const before = await waitForReport(page);
  assert.equal(underlinedRanges(before, "spelling").length, 2);

  const centre = await underlineCentre(page, "spelling");
  await page.mouse.move(centre.x, centre.y);
  const card = page.locator("handshake-composer .card");
  await card.waitFor({ state: "visible" });
  assert.equal(await card.getAttribute("data-rule"), "spelling");
  await card.locator(".fix").first().click();

  const after = await waitForReport(page);
  assert.equal(after.value, text.replace("recieve", "receive"));
  assert.equal(underlinedRanges(after, "spelling").length, 1);
  assert.ok(Number(after.ringScore) > Number(before.ringScore),
    `score rose from ${before.ringScore} to ${after.ringScore}`);

  // The second fix from the list, then undo brings the words back.
  await page.locator("handshake-composer .entry[data-rule=spelling] .fix").first().click();
  const fixed = await waitForReport(page);
  assert.equal(fixed.value, text.replace("recieve", "receive").replace("presentaton", "presentation"));
  assert.deepEqual(underlinedRanges(fixed, "spelling"), []);
  await page.keyboard.press("Control+z");
  const undone = await waitForReport(page);
  assert.equal(undone.value, text.replace("recieve", "receive"));
  assert.deepEqual(page.problems, []);
  await context.close();
});

test("the draft, settings and personal dictionary come back after a reload", async () => {
  const { context, page } = await openPage();
  await page.selectOption("#platform", "linkedin-free");
  await page.selectOption("#kind", "follow-up");
  await page.fill("#recipient", "Zoë Åberg");
  await page.fill("#sender", "Siobhán");
  await page.selectOption("#theme", "dark");
  await page.click("#dictionary-panel summary");
  await page.fill("#new-word", "Handshakeable");
  await page.press("#new-word", "Enter");
  const draft = "Hi Zoë, following up on my note from last week about the 👋 design meetup.\nThanks!";
  await page.fill(box, draft);
  await waitForReport(page);

  await page.reload();
  const state = await waitForReport(page);
  assert.equal(state.value, draft);
  assert.equal(await page.inputValue("#platform"), "linkedin-free");
  assert.equal(await page.inputValue("#kind"), "follow-up");
  assert.equal(await page.inputValue("#recipient"), "Zoë Åberg");
  assert.equal(await page.inputValue("#sender"), "Siobhán");
  assert.equal(await page.getAttribute("html", "data-theme"), "dark");
  assert.deepEqual(await page.locator("#words li span").allTextContents(), ["Handshakeable"]);
  assert.equal(state.report.stats.limit, 200, "the restored platform is checked");
  const first = await page.evaluate(() => window.__handshakeTest.log[0].draft);
  assert.deepEqual(first, { text: draft, platform: "linkedin-free", kind: "follow-up", recipient: "Zoë Åberg", sender: "Siobhán" },
    "the very first check after a reload already has the saved settings");
  assert.deepEqual(page.problems, []);
  await context.close();
});

test("saved settings the form cannot show fall back to the defaults, and the page still checks", async () => {
  const { context, page } = await newPage(env.browser);
  await context.addInitScript(() => {
    localStorage.setItem("handshake:settings", JSON.stringify(
      { platform: "myspace", kind: 7, recipient: 42, sender: null, language: "fr-FR", theme: "sepia" }));
    localStorage.setItem("handshake:draft:page", JSON.stringify("Hi Amy, thanks for the talk on design tokens."));
  });
  await page.goto(env.url("web/"));
  const state = await waitForReport(page);
  const shown = {};
  for (const id of ["platform", "kind", "recipient", "sender", "language"]) shown[id] = await page.inputValue(`#${id}`);
  assert.deepEqual(shown, { platform: "linkedin", kind: "invite", recipient: "", sender: "", language: "en-US" });
  assert.equal(await page.getAttribute("html", "data-theme"), null, "an unknown theme follows the system's");
  assert.equal(state.report.stats.limit, 300, "checked for the default platform");
  // An edit saves what the form shows, not the values it could not.
  await page.fill("#recipient", "Amy Chen");
  await page.waitForFunction(() => JSON.parse(localStorage.getItem("handshake:settings")).recipient === "Amy Chen");
  const saved = await page.evaluate(() => JSON.parse(localStorage.getItem("handshake:settings")));
  assert.deepEqual({ ...saved, theme: undefined },
    { platform: "linkedin", kind: "invite", recipient: "Amy Chen", sender: "", language: "en-US", theme: undefined });
  assert.deepEqual(page.problems, []);
  await context.close();
});

test("a word added from a spelling suggestion stops being flagged until removed", async () => {
  const { context, page } = await openPage();
  const text = "Hi Amy, I maintain the frobnicator plugins we discussed.";
  await page.fill(box, text);
  const flagged = await waitForReport(page);
  assert.equal(underlinedRanges(flagged, "spelling").length, 1, "frobnicator is flagged");

  const centre = await underlineCentre(page, "spelling");
  await page.mouse.move(centre.x, centre.y);
  await page.locator("handshake-composer .card [data-action=add-word]").click();
  await page.waitForFunction(() => {
    const root = document.querySelector("handshake-composer").shadowRoot;
    return !root.querySelector(".mirror .u[data-rules~=spelling]");
  });
  assert.deepEqual(await page.locator("#words li span").allTextContents(), ["frobnicator"]);
  assert.equal(await page.locator("#word-count").textContent(), "1");

  await page.click("#dictionary-panel summary");
  await page.getByRole("button", { name: "Remove frobnicator from your dictionary" }).click();
  await page.waitForFunction(() => {
    const root = document.querySelector("handshake-composer").shadowRoot;
    return Boolean(root.querySelector(".mirror .u[data-rules~=spelling]"));
  });
  assert.deepEqual(await page.locator("#words li").count(), 0);
  assert.deepEqual(page.problems, []);
  await context.close();
});

test("the examples fill the note, the strong one outscores the generic one, and undo restores the draft", async () => {
  const { context, page } = await openPage();
  await page.fill(box, "My own draft.");
  await waitForReport(page);
  await page.click("#example-generic");
  const generic = await waitForReport(page);
  assert.match(generic.value, /professional network/);
  assert.equal(await page.inputValue("#recipient"), "Amy Chen");
  await page.click("#example-strong");
  const strong = await waitForReport(page);
  assert.match(strong.value, /^Hi Amy,/);
  assert.ok(!strong.entries.some((entry) => entry.severity === "error"), "the strong example has nothing to fix");
  assert.ok(Number(strong.ringScore) >= Number(generic.ringScore),
    `strong ${strong.ringScore} >= generic ${generic.ringScore}`);
  if (generic.entries.some((entry) => entry.severity !== "info")) {
    assert.ok(Number(strong.ringScore) > Number(generic.ringScore), "what is wrong with the generic note costs it");
  }
  assert.ok(strong.report.stats.characters <= strong.report.stats.limit, "the strong example fits LinkedIn");
  await page.keyboard.press("Control+z");
  await page.keyboard.press("Control+z");
  assert.equal((await readComposer(page)).value, "My own draft.");
  assert.deepEqual(page.problems, []);
  await context.close();
});

test("copy puts the note on the clipboard and remembers it for the duplicate check", async () => {
  const { context, page } = await openPage();
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: env.url("/").replace(/\/$/u, "") });
  const note = "Hi Amy, I enjoyed your talk on search relevance at the meetup. Would love to stay in touch.";
  await page.fill("#recipient", "Amy Chen");
  await page.fill(box, note);
  await waitForReport(page);
  await page.click("#copy");
  await page.locator("#copy-status").filter({ hasText: "Copied" }).waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), note);
  assert.equal(await page.locator("#sent-count").textContent(), "1");
  assert.ok(!(await readComposer(page)).entries.some((entry) => entry.rule === "duplicate"),
    "a note is not a duplicate of itself for the same person");
  // Sent to someone else, the same note is a template: the duplicate rule fires.
  await page.fill("#recipient", "Sam Lee");
  await page.fill(box, note.replace("Hi Amy", "Hi Sam"));
  await page.waitForFunction(() => document.querySelector("handshake-composer").history.length === 1);
  const reused = await waitForReport(page);
  assert.ok(reused.entries.some((entry) => entry.rule === "duplicate"), "the copied note is flagged when reused");
  assert.deepEqual(page.problems, []);
  await context.close();
});

test("the counter follows the platform's limit and turns red past it", async () => {
  const { context, page } = await openPage();
  await page.selectOption("#platform", "linkedin-free");
  const note = "Hi Amy, I enjoyed your talk at the conference last week about distributed systems and consensus. "
    + "I have been working on a similar problem and would love to compare notes. Warm regards from a fellow engineer, John";
  await page.fill(box, note);
  const over = await waitForReport(page);
  assert.equal(over.report.stats.limit, 200);
  assert.ok(over.report.stats.characters > 200);
  assert.ok(over.counterOver, "the counter is marked over the limit");
  assert.equal(over.counter, `${over.report.stats.characters} / 200 · ${over.report.stats.characters - 200} over`);
  assert.equal(over.counterColor, "rgb(198, 40, 40)", "the counter is red");
  assert.ok(underlinedRanges(over, "over-limit").length > 0, "the overflow is underlined");

  await page.selectOption("#platform", "linkedin");
  const within = await page.waitForFunction(() => {
    const composer = document.querySelector("handshake-composer");
    return window.__handshakeTest.last.get(composer)?.report.stats.limit === 300;
  });
  await within.dispose();
  const state = await readComposer(page);
  assert.ok(!state.counterOver);
  assert.notEqual(state.counterColor, "rgb(198, 40, 40)");
  await context.close();
});

test("the worker builds the suggestion index after the first report, while the page is idle", async () => {
  const { context, page } = await newPage(env.browser, { serviceWorkers: "block" });
  await context.addInitScript(() => {
    localStorage.setItem("handshake:draft:page", JSON.stringify("Hi Amy, I enjoyed your presentaton on design tokens."));
    window.addEventListener("handshake-report", () => {
      window.__firstReportAt ??= performance.now();
    }, true);
  });
  await page.goto(env.url("web/"));
  const first = await waitForReport(page);
  assert.ok(underlinedRanges(first, "spelling").length === 1);
  let timings = null;
  for (const deadline = Date.now() + 20000; !timings && Date.now() < deadline;) {
    timings = await page.evaluate(async () => {
      const { checkerFor } = await import(new URL("lib/checker-client.mjs", location.href).href);
      const { timings: t } = checkerFor("en-US");
      return Number.isFinite(t.suggestionsPrepared) ? { ...t, firstReport: window.__firstReportAt } : null;
    });
    if (!timings) await page.waitForTimeout(50);
  }
  assert.ok(timings, "the worker reported the suggestion index built");
  assert.ok(timings.ready < timings.firstReport, "the checker was ready before the first report");
  assert.ok(timings.suggestionsPrepared > timings.firstReport, "the index was built after the first report, not before it");
  assert.ok(Number.isFinite(timings.marks["core-compiled"]) && Number.isFinite(timings.marks["core-ready"]),
    "the library's loading milestones reach the page");
  // Suggestions still come from the same index: a half-typed word gets its fix.
  await page.click(box);
  await page.keyboard.press("Control+End");
  await page.keyboard.type(" Thanks for the slidse");
  const typed = await waitForReport(page);
  assert.ok(underlinedRanges(typed, "spelling").length === 2);
  assert.deepEqual(page.problems, []);
  await context.close();
});

test("a loading state shows while the module loads, then the first report", async () => {
  const { context, page } = await newPage(env.browser, { serviceWorkers: "block" });
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await context.route("**/dist/handshake-core.wasm", async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(env.url("web/"));
  await page.fill(box, "Hi Amy, I enjoyed your presentaton.");
  const loading = await readComposer(page);
  assert.equal(loading.state, "loading");
  assert.match(loading.status, /Loading the checker/);
  assert.equal(await page.getAttribute("handshake-composer", "data-loading"), "");
  release();
  const ready = await waitForReport(page);
  assert.equal(ready.state, "ready");
  assert.equal(await page.getAttribute("handshake-composer", "data-loading"), null);
  assert.ok(underlinedRanges(ready, "spelling").length === 1);
  await context.close();
});

test("an error state shows when the module cannot load; the text stays editable, and retry recovers", async () => {
  const { context, page } = await newPage(env.browser, { serviceWorkers: "block" });
  await context.route("**/dist/handshake-core.wasm", (route) => route.fulfill({ status: 404, body: "missing" }));
  await page.goto(env.url("web/"));
  const banner = page.locator("handshake-composer .banner");
  await banner.waitFor({ state: "visible" });
  assert.match(await banner.textContent(), /could not load its checker/);
  assert.equal(await page.getAttribute("handshake-composer", "data-failed"), "");
  await page.fill(box, "Still typing while it is down.");
  const state = await readComposer(page);
  assert.equal(state.value, "Still typing while it is down.");
  assert.equal(state.mirrorText, state.value);
  assert.equal(state.state, "failed");
  assert.ok(await page.locator("handshake-composer .retry").isVisible(), "a retry button is offered");

  await context.unrouteAll();
  await page.locator("handshake-composer .retry").click();
  const recovered = await waitForReport(page);
  assert.equal(recovered.state, "ready");
  assert.equal(recovered.banner, null);
  assert.equal(recovered.value, "Still typing while it is down.");
  await context.close();
});

test("a note over the module's size cap gets a clear message, and the page stays usable", async () => {
  const { context, page } = await openPage();
  const huge = "word ".repeat(220000);  // 1.1 MB, over the 1 MiB cap
  await page.evaluate((text) => {
    document.querySelector("handshake-composer").value = text;
  }, huge);
  await page.waitForFunction(() => {
    const composer = document.querySelector("handshake-composer");
    return window.__handshakeTest.last.get(composer)?.report.error;
  }, null, { timeout: 30000 });
  const refused = await readComposer(page);
  assert.equal(refused.value.length, huge.length);
  assert.equal(refused.entries.length, 0);
  assert.equal(refused.ringScore, "–");
  assert.match(await page.locator("handshake-composer .issues").textContent(), /could not check this note: .*bytes/u);
  await page.fill(box, "Hi Amy, I enjoyed your presentaton.");
  const state = await waitForReport(page);
  assert.equal(underlinedRanges(state, "spelling").length, 1);
  assert.deepEqual(page.problems, []);
  await context.close();
});
