// How a report reaches the page. On a cross-origin isolated page (as
// scripts/serve.mjs serves it) the worker also leaves each report in shared
// memory, which the page reads at the start of the next frame, so a
// keystroke's new underlines are drawn in the keystroke's own frame; anywhere
// else the message alone carries it. Either way the page shows the same report.

import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { launchBrowser, newPage, requireBuild, serve, waitForReport } from "./support.mjs";

let browser;
let isolated;
let plain;
before(async () => {
  requireBuild();
  browser = await launchBrowser();
  isolated = await serve();
  plain = await serve({ isolated: false });
});
after(async () => {
  await browser?.close();
  await isolated?.close();
  await plain?.close();
});

const box = "handshake-composer textarea";
const keys = "Thanks for the tlak";

// Types `keys` one key at a time, each after the report for the last; returns
// every report event's delivery and the final report.
async function typeKeyByKey(server) {
  const { context, page } = await newPage(browser);
  await page.goto(new URL("web/", server.url).href);
  await page.fill("#recipient", "Amy Chen");
  await waitForReport(page);
  await page.fill(box, "");
  await waitForReport(page);
  const isolatedPage = await page.evaluate(() => globalThis.crossOriginIsolated === true);
  const from = await page.evaluate(() => window.__handshakeTest.log.length);
  for (const key of keys) {
    await page.keyboard.press(key === " " ? "Space" : key);
    await waitForReport(page);
  }
  const log = await page.evaluate((start) => window.__handshakeTest.log.slice(start), from);
  const state = await waitForReport(page);
  assert.deepEqual(page.problems, []);
  await context.close();
  return { isolatedPage, deliveries: log.map((entry) => entry.delivery), state };
}

test("as served, the page is cross-origin isolated and takes reports from shared memory", async () => {
  const { isolatedPage, deliveries, state } = await typeKeyByKey(isolated);
  assert.equal(isolatedPage, true, "COOP and COEP make the page cross-origin isolated");
  assert.equal(state.value, keys);
  assert.ok(deliveries.length >= keys.length, `a report per key (${deliveries.length})`);
  for (const delivery of deliveries) assert.ok(["shared-memory", "message"].includes(delivery), delivery);
  // A key whose report the worker finishes after the frame has started falls
  // back to the message; on an idle machine nearly every key comes through
  // shared memory, under load most still do.
  const shared = deliveries.filter((delivery) => delivery === "shared-memory").length;
  assert.ok(shared >= 1, `some reports came through shared memory: ${deliveries.join(", ")}`);
  assert.ok(state.marks.some((mark) => mark.text === "tlak" && mark.rules.includes("spelling")));
});

test("without the isolation headers every report comes by message, and it is the same report", async () => {
  const withShared = await typeKeyByKey(isolated);
  const byMessage = await typeKeyByKey(plain);
  assert.equal(byMessage.isolatedPage, false);
  assert.ok(byMessage.deliveries.every((delivery) => delivery === "message"), byMessage.deliveries.join(", "));
  assert.deepEqual(byMessage.state.report, withShared.state.report, "JSON through shared memory loses nothing");
  assert.deepEqual(byMessage.state.marks, withShared.state.marks);
  assert.deepEqual(byMessage.state.entries, withShared.state.entries);
});
