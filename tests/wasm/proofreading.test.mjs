// Proofreading through the JavaScript API and the CLI: the personal
// dictionary as a page uses it, hostile input, and the issue's own example.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { createChecker, runCli, sharedChecker } from "./helpers.mjs";

const proofreadingRules = new Set(["spelling", "repeated-word", "article", "capitalization", "spacing",
  "punctuation", "shouting", "placeholder", "name-mismatch"]);

function rulesOf(report) {
  return report.issues.map((issue) => issue.rule);
}

describe("personal dictionary through the API", () => {
  test("addWord turns a probable name into a known word, removeWord undoes it", async () => {
    const checker = await createChecker();
    const note = { text: "Hi Amy, I work at Zorbtech and loved your talk." };
    const before = checker.check(note).issues.find((i) => i.rule === "spelling");
    assert.equal(note.text.slice(before.start, before.end), "Zorbtech");
    assert.equal(before.severity, "info", "a capitalized word mid-sentence is a probable name");
    assert.match(before.message, /add it to your dictionary/);

    checker.addWord("Zorbtech");
    assert.equal(checker.spell("Zorbtech"), true);
    assert.ok(!rulesOf(checker.check(note)).includes("spelling"));
    // The possessive of a personal word is accepted too.
    assert.ok(!rulesOf(checker.check({ text: "I loved Zorbtech's demo at the summit." })).includes("spelling"));

    checker.removeWord("Zorbtech");
    assert.equal(checker.spell("Zorbtech"), false);
    assert.ok(rulesOf(checker.check(note)).includes("spelling"));
    checker.dispose();
  });

  test("ignore lasts for the checker's lifetime and removeWord clears it", async () => {
    const checker = await createChecker();
    checker.ignore("grokkable");
    assert.ok(!rulesOf(checker.check({ text: "Your API is very grokkable." })).includes("spelling"));
    checker.removeWord("grokkable");
    assert.ok(rulesOf(checker.check({ text: "Your API is very grokkable." })).includes("spelling"));
    const other = await createChecker();
    assert.equal(other.spell("grokkable"), false, "each checker keeps its own words");
    checker.dispose();
    other.dispose();
  });

  test("curly and straight apostrophes are one personal word", async () => {
    const checker = await createChecker();
    checker.addWord("Zorb’s");
    assert.equal(checker.spell("Zorb's"), true);
    checker.dispose();
  });
});

describe("hostile input through the API", () => {
  test("lone surrogates, controls and zero-width characters get a report", async () => {
    const checker = await sharedChecker();
    const text = "Hi \uD83D Amy\u0007, great\u200B talk\uDC00!\uFEFF";
    const report = checker.check({ text, recipient: "Amy Chen" });
    assert.equal(report.error, undefined);
    for (const issue of report.issues) {
      assert.ok(issue.start <= issue.end && issue.end <= text.length, JSON.stringify(issue));
    }
    assert.ok(report.issues.some((i) => i.rule === "spacing" && text.slice(i.start, i.end) === "\u0007"));
  });

  test("an empty note has no proofreading issue", async () => {
    const report = (await sharedChecker()).check({ text: "" });
    assert.deepEqual(rulesOf(report).filter((r) => proofreadingRules.has(r)), []);
  });

  test("1 MB of one slip is a capped report, not a crash", async () => {
    const checker = await sharedChecker();
    const text = "i ".repeat(512 * 1024 - 1);
    const report = checker.check({ text });
    assert.equal(report.error, undefined);
    const capitalization = report.issues.filter((i) => i.rule === "capitalization");
    assert.equal(capitalization.length, 100);
    assert.equal(text.slice(capitalization[0].start, capitalization[0].end), "i");
    // The checker still answers afterwards.
    assert.ok(rulesOf(checker.check({ text: "It was a honor." })).includes("article"));
  });
});

describe("the CLI on the issue's example", () => {
  test("a recipient with diacritics, a curly apostrophe and a link: no spelling issue", async () => {
    const { code, stdout, stderr } = await runCli(["check", "--json", "--recipient", "Zoë Åberg",
      "Hi Zoë, I’d love to connect (https://zoe.dev)"]);
    assert.equal(code, 0, stderr);
    const report = JSON.parse(stdout);
    assert.deepEqual(report.issues.filter((i) => i.rule === "spelling"), []);
    assert.ok(!rulesOf(report).includes("name-mismatch"));
  });

  test("the same note to Zoe spelled without the diaeresis is a name mismatch with a fix", async () => {
    const { stdout } = await runCli(["check", "--json", "--recipient", "Zoë Åberg", "Hello Zoe! Loved your talk."]);
    const mismatch = JSON.parse(stdout).issues.find((i) => i.rule === "name-mismatch");
    assert.equal(mismatch.severity, "error");
    assert.deepEqual(mismatch.replacements, ["Zoë"]);
  });
});
