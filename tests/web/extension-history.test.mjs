// The extension's pure parts under Node: the sent-notes history (counts,
// pacing, follow-up tip, what the duplicate check is fed), the validation of
// content-script messages, and the site patterns the switch grants.

import assert from "node:assert/strict";
import { test } from "node:test";
import {
  addEntry,
  exportHistory,
  followUpTip,
  historyForDraft,
  invitationCounts,
  kindFor,
  maxEntries,
  maxHistoryPerCheck,
  normalizeEntry,
  pacingTip,
  readHistory,
} from "../../web/extension/history.mjs";
import { checkType, maxCheckLength, readRequest, sentType, viewOf } from "../../web/extension/protocol.mjs";
import { sitePattern } from "../../web/extension/sites.mjs";

const hour = 60 * 60 * 1000;
const day = 24 * hour;
// Noon, so "today" and "the last seven days" do not hinge on the test's clock.
const now = new Date(2025, 2, 12, 12, 0, 0).getTime();

function invite(recipient, at, text = `Hi ${recipient}, loved your talk.`) {
  return { text, recipient, platform: "linkedin", kind: "invite", site: "www.linkedin.com", at };
}

test("entries are validated: bad shapes dropped, fields defaulted, newest first, capped", () => {
  const stored = [
    invite("Amy Chen", now - 2 * hour),
    { text: "", at: now },                            // empty text
    { text: "x".repeat(6000), at: now },              // oversized
    { text: "no date" },                              // no date
    { text: "bad date", at: "yesterday" },
    null, 42, ["array"],
    { text: "odd fields", at: now - hour, recipient: { name: "x" }, platform: "myspace", kind: "poke", site: 7 },
  ];
  const history = readHistory(stored);
  assert.equal(history.length, 2);
  assert.deepEqual(history[0], { text: "odd fields", recipient: "", platform: "generic", kind: "message", site: "", at: now - hour });
  assert.equal(history[1].recipient, "Amy Chen");
  assert.deepEqual(readHistory("not a list"), []);
  assert.deepEqual(readHistory(undefined), []);

  const many = Array.from({ length: maxEntries + 5 }, (_, i) => invite("Amy Chen", now - i * 1000));
  assert.equal(readHistory(many).length, maxEntries);
  const added = addEntry(readHistory(many), invite("Ben Ortiz", now));
  assert.equal(added.added, true);
  assert.equal(added.history.length, maxEntries);
  assert.equal(added.history[0].recipient, "Ben Ortiz");
  assert.equal(addEntry([], { text: 5 }).added, false);
  assert.equal(normalizeEntry({ text: "a", at: now, recipient: "  Amy \u200b Chen \n" }).recipient, "Amy Chen");
});

test("invitation counts: today since local midnight, this week the last seven days, invitations only", () => {
  const midnight = new Date(now).setHours(0, 0, 0, 0);
  const history = readHistory([
    invite("A", now - hour),
    invite("B", midnight + 1),
    invite("C", midnight - 1),            // yesterday: week only
    invite("D", now - 6 * day),           // week
    invite("E", now - 8 * day),           // neither
    invite("F", now + day),               // in the future (a clock change): ignored
    { ...invite("G", now - hour), kind: "message" },
  ]);
  assert.deepEqual(invitationCounts(history, now), { today: 2, week: 4 });
  assert.deepEqual(invitationCounts([], now), { today: 0, week: 0 });
});

test("pacing tips: steady, a burst today, near and past the weekly limit", () => {
  assert.equal(pacingTip({ today: 0, week: 0 }, true), "Your first invitation today: a steady pace.");
  assert.equal(pacingTip({ today: 1, week: 3 }, true), "This would be your 2nd invitation today (3 this week): a steady pace.");
  assert.match(pacingTip({ today: 2, week: 3 }), /^2 invitations today, 3 this week/u);
  assert.match(pacingTip({ today: 29, week: 40 }, true), /^This would be your 30th invitation today: spread them over the week/u);
  assert.match(pacingTip({ today: 21, week: 40 }), /^21 invitations today: spread the rest/u);
  assert.match(pacingTip({ today: 3, week: 85 }), /^85 invitations this week: LinkedIn caps most accounts at about 100/u);
  assert.match(pacingTip({ today: 3, week: 100 }, true), /past LinkedIn's usual limit .* wait a few days/u);
  assert.match(pacingTip({ today: 11, week: 12 }, true), /your 12th invitation/u);
  assert.match(pacingTip({ today: 22, week: 30 }, true), /your 23rd invitation/u);
});

test("a note to someone invited less than a week ago gets a tip to wait", () => {
  const history = readHistory([invite("Amy Chen", now - 2 * day - hour), invite("Ben Ortiz", now - 9 * day)]);
  assert.deepEqual(followUpTip(history, "amy  chen", now), {
    days: 2,
    tip: "You invited amy chen 2 days ago. Give them at least a week to answer before you follow up.",
  });
  assert.equal(followUpTip(history, "Ben Ortiz", now), null, "more than a week ago");
  assert.equal(followUpTip(history, "Cleo Park", now), null, "never invited");
  assert.equal(followUpTip(history, "", now), null);
  assert.match(followUpTip(readHistory([invite("Amy Chen", now - hour)]), "Amy Chen", now).tip, /invited Amy Chen today/u);
  assert.match(followUpTip(readHistory([invite("Amy Chen", now - day - hour)]), "Amy Chen", now).tip, /yesterday/u);
  // A message to someone invited is a follow-up; an invitation stays one.
  assert.equal(kindFor("message", history, "Amy Chen"), "follow-up");
  assert.equal(kindFor("message", history, "Cleo Park"), "message");
  assert.equal(kindFor("invite", history, "Amy Chen"), "invite");
  assert.equal(kindFor("nonsense", history, "Cleo Park"), "message");
});

test("the duplicate check is fed earlier notes to other people, newest first, bounded", () => {
  const history = readHistory([
    invite("Amy Chen", now - hour, "to Amy"),
    invite("Ben Ortiz", now - 2 * hour, "to Ben"),
    invite("", now - 3 * hour, "to nobody"),
  ]);
  assert.deepEqual(historyForDraft(history, "Amy Chen"), ["to Ben", "to nobody"]);
  assert.deepEqual(historyForDraft(history, ""), ["to Amy", "to Ben", "to nobody"]);
  const many = readHistory(Array.from({ length: 300 }, (_, i) => invite(`P${i}`, now - i * 1000, `note ${i}`)));
  const fed = historyForDraft(many, "Amy Chen");
  assert.equal(fed.length, maxHistoryPerCheck);
  assert.equal(fed[0], "note 0");
});

test("export is JSON with every note and its date", () => {
  const history = readHistory([invite("Amy Chen", now - hour)]);
  const exported = JSON.parse(exportHistory(history, now));
  assert.equal(exported.exported, new Date(now).toISOString());
  assert.equal(exported.notes.length, 1);
  assert.equal(exported.notes[0].recipient, "Amy Chen");
  assert.equal(exported.notes[0].date, new Date(now - hour).toISOString());
});

test("content-script messages: only the two shapes, every field checked and bounded", () => {
  const good = { type: checkType, text: "Hi Amy", recipient: " Amy  Chen ", platform: "linkedin-free", kind: "invite" };
  assert.deepEqual(readRequest(good), { type: checkType, text: "Hi Amy", recipient: "Amy Chen", platform: "linkedin-free", kind: "invite" });
  assert.deepEqual(readRequest({ type: sentType, text: "Hi" }), { type: sentType, text: "Hi", recipient: "", platform: "generic", kind: "message" });
  const refused = [
    null, "check", [], 42,
    { type: "handshake:clear" },
    { type: "handshake:check" },
    { ...good, text: 5 },
    { ...good, text: "x".repeat(maxCheckLength + 1) },
    { ...good, recipient: ["Amy"] },
    { ...good, platform: "myspace" },
    { ...good, kind: "spam" },
    { ...good, history: ["forged history"] },
    { ...good, target: "handshake-offscreen" },
    Object.assign(Object.create({ inherited: true }), good),
  ];
  for (const message of refused) {
    assert.ok(readRequest(message).error, `refused: ${JSON.stringify(message)?.slice(0, 60)}`);
  }
  // An over-long "name" is dropped rather than passed on.
  assert.equal(readRequest({ ...good, recipient: "A".repeat(500) }).recipient, "");
});

test("reports become a view with labels, clamped offsets and note-level spans marked", () => {
  const text = "Hi Amy, I enjoyed your presentaton.";
  const view = viewOf({
    score: 72.4, grade: "good",
    categories: { correctness: 60, personalization: 90 },
    stats: { characters: 35, limit: 300 },
    issues: [
      { rule: "spelling", category: "correctness", severity: "error", message: "m", start: 23, end: 34, replacements: ["presentation"] },
      { rule: "no-reason", category: "clarity", severity: "warning", message: "n", start: 0, end: 35 },
      { rule: "odd", severity: "loud", start: -5, end: 1e9 },
    ],
  }, text);
  assert.equal(view.score, 72);
  assert.equal(view.band, "strong");
  assert.deepEqual(view.categories.map((c) => c.label), ["Correctness", "Personalization"]);
  assert.deepEqual(view.issues.map((i) => [i.rule, i.label, i.start, i.end, i.noteLevel, i.severity]), [
    ["spelling", "Spelling", 23, 34, false, "error"],
    ["no-reason", "No reason", 0, 35, true, "warning"],
    ["odd", "Odd", 0, 35, true, "info"],
  ]);
  assert.deepEqual(viewOf({ error: "unknown platform 'myspace'" }, text), { error: "unknown platform 'myspace'" });
  assert.ok(viewOf(null, text).error);
});

test("site patterns: one per host, any port; pages an extension cannot run on get none", () => {
  assert.equal(sitePattern("https://mail.example.com:8443/inbox?x=1"), "https://mail.example.com/*");
  assert.equal(sitePattern("http://127.0.0.1:5173/notes"), "http://127.0.0.1/*");
  for (const url of ["chrome://extensions", "file:///tmp/a.html", "about:blank", "data:text/html,x", "not a url",
    "https://chromewebstore.google.com/detail/x", "http://[::1]:8080/"]) {
    assert.equal(sitePattern(url), null, url);
  }
});
