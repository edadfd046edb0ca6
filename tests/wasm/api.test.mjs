import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, test } from "node:test";
import { createChecker, ROOT, sharedChecker } from "./helpers.mjs";

const CATEGORIES = ["personalization", "clarity", "length", "originality", "tone", "correctness"];

function assertReportShape(report) {
  assert.equal(typeof report.score, "number");
  assert.ok(Number.isInteger(report.score) && report.score >= 0 && report.score <= 100);
  assert.ok(["excellent", "good", "fair", "weak", "poor"].includes(report.grade));
  assert.deepEqual(Object.keys(report.categories).sort(), [...CATEGORIES].sort());
  for (const value of Object.values(report.categories)) assert.ok(Number.isInteger(value) && value >= 0 && value <= 100);
  assert.deepEqual(Object.keys(report.stats).sort(), ["characters", "limit", "readingGrade", "sentences", "words"]);
  for (const issue of report.issues) {
    assert.deepEqual(Object.keys(issue).sort(), ["category", "end", "message", "points", "replacements", "rule", "severity", "start"]);
    assert.ok(Number.isInteger(issue.points) && issue.points >= 0);
    assert.match(issue.rule, /^[a-z]+(-[a-z]+)*$/);
    assert.ok(CATEGORIES.includes(issue.category));
    assert.ok(["error", "warning", "info"].includes(issue.severity));
    assert.ok(issue.start <= issue.end);
    assert.ok(Array.isArray(issue.replacements));
  }
  // The report explains itself: each category lost exactly its issues' points.
  for (const category of CATEGORIES) {
    const lost = report.issues.filter((i) => i.category === category).reduce((sum, i) => sum + i.points, 0);
    assert.equal(report.categories[category], Math.max(0, 100 - lost), category);
  }
  // A plain object: survives structured cloning and JSON unchanged.
  assert.deepEqual(structuredClone(report), report);
  assert.deepEqual(JSON.parse(JSON.stringify(report)), report);
}

describe("createChecker", () => {
  test("checks a note and reports spans in UTF-16 code units", async () => {
    const checker = await sharedChecker();
    const text = "Hi Amy, I enjoyed your 👋 presentaton";
    const report = checker.check({ text });
    assertReportShape(report);
    const spelling = report.issues.find((i) => i.rule === "spelling");
    assert.ok(spelling, "a spelling issue");
    assert.equal(text.slice(spelling.start, spelling.end), "presentaton");
    assert.equal(spelling.replacements[0], "presentation");
    assert.equal(spelling.severity, "error");
    assert.equal(spelling.category, "correctness");
  });

  test("spans stay exact after emoji with skin tones, ZWJ sequences, flags and diacritics", async () => {
    const checker = await sharedChecker();
    const text = "Zoë 👋🏽 👩‍💻 🇫🇷 é\u0301 recieve";
    const report = checker.check({ text });
    const spelling = report.issues.find((i) => i.rule === "spelling" && text.slice(i.start, i.end) === "recieve");
    assert.ok(spelling, JSON.stringify(report.issues));
  });

  test("stats count characters the way the platform counts", async () => {
    const checker = await sharedChecker();
    const text = "Hi Amy 👋. Great talk!";
    assert.equal(checker.check({ text }).stats.characters, text.length);
    assert.equal(checker.check({ text, platform: "x" }).stats.characters, [...text].length);
    const over = checker.check({ text: "a".repeat(201), platform: "linkedin-free" });
    assert.equal(over.stats.limit, 200);
    const issue = over.issues.find((i) => i.rule === "over-limit");
    assert.deepEqual([issue.start, issue.end], [200, 201]);
  });

  test("suggests and spells from the dictionary alone", async () => {
    const checker = await sharedChecker();
    assert.equal(checker.spell("receive"), true);
    assert.equal(checker.spell("recieve"), false);
    assert.ok(checker.suggest("recieve").includes("receive"));
    assert.ok(checker.suggest("presentaton")[0] === "presentation");
    assert.equal(checker.suggest("presentaton", 1).length, 1);
    assert.deepEqual(checker.suggest("recieve", 0), []);
    assert.equal(checker.spell("I’d"), true, "curly apostrophe");
    assert.equal(checker.spell("LinkedIn"), true, "project word list");
  });

  test("prepares the suggestion index ahead of time without changing any answer", async () => {
    // en-GB: its files were unlinked from the module's file system after
    // loading, so this also proves the index is built from what was read then.
    const prepared = await createChecker({ language: "en-GB" });
    const lazy = await createChecker({ language: "en-GB" });
    assert.equal(prepared.prepareSuggestions(), true);
    assert.equal(prepared.prepareSuggestions(), true, "a second call returns at once");
    const draft = { text: "Hi Amy, I enjoyed your presentaton and would love to recieve the sildes.", platform: "linkedin" };
    const report = prepared.check(draft);
    assert.deepEqual(report, lazy.check(draft));
    assert.equal(report.issues.filter((issue) => issue.rule === "spelling").length, 3);
    assert.deepEqual(prepared.suggest("colour"), lazy.suggest("colour"));
    assert.equal(prepared.suggest("presentaton")[0], "presentation");
    prepared.dispose();
    lazy.dispose();
    assert.equal(prepared.prepareSuggestions(), false, "a disposed checker has no index to build");
  });

  test("keeps a personal dictionary", async () => {
    const checker = await createChecker();
    assert.equal(checker.spell("Initech"), false);
    checker.addWord("Initech");
    assert.equal(checker.spell("Initech"), true);
    assert.ok(!checker.check({ text: "I work at Initech now." }).issues.some((i) => i.rule === "spelling"));
    checker.removeWord("Initech");
    assert.equal(checker.spell("Initech"), false);
    checker.ignore("Zorblax");
    assert.equal(checker.spell("Zorblax"), true);
    checker.dispose();
    assert.match(checker.check({ text: "hi" }).error, /disposed/);
  });

  test("bad drafts are error values and the checker keeps working", async () => {
    const checker = await sharedChecker();
    assert.match(checker.check({ text: "hi", platform: "myspace" }).error, /unknown platform 'myspace'/);
    assert.match(checker.check({ text: "hi", kind: "poke" }).error, /unknown kind 'poke'/);
    assert.match(checker.check({ text: 42 }).error, /text must be a string/);
    assert.match(checker.check({}).error, /text must be a string/);
    assert.match(checker.check(null).error, /draft object/);
    assert.match(checker.check([1]).error, /draft object/);
    assert.match(checker.check({ text: "hi", recipient: 7 }).error, /recipient must be a string/);
    assert.match(checker.check({ text: "hi", history: "nope" }).error, /history must be an array/);
    assert.match(checker.check({ text: "hi", history: [1] }).error, /history must hold strings/);
    assert.match(checker.check({ text: "a".repeat(1024 * 1024 + 1) }).error, /up to 1048576 bytes/);
    assert.throws(() => checker.spell(5), TypeError);
    assertReportShape(checker.check({ text: "Still fine after all that." }));
    assertReportShape(checker.check("A bare string is a draft too."));
  });

  test("lone surrogates, control and zero-width characters keep offsets exact", async () => {
    const checker = await sharedChecker();
    const text = "\uD83D Hi\u0000 Amy\u200B, \uDC00 I recieve\u0007 it";
    const report = checker.check({ text, recipient: "Amy\uD800" });
    assertReportShape(report);
    const spelling = report.issues.find((i) => i.rule === "spelling");
    assert.equal(text.slice(spelling.start, spelling.end), "recieve");
  });

  test("empty text and 1 MB of text give reports", async () => {
    const checker = await sharedChecker();
    const empty = checker.check({ text: "" });
    assertReportShape(empty);
    assert.equal(empty.score, 0);
    const big = checker.check({ text: "Great to meet you at the summit. ".repeat(31000), platform: "generic" });
    assertReportShape(big);
    assert.equal(big.stats.sentences, 31000);
  });

  test("en-GB loads its own dictionary", async () => {
    const gb = await createChecker({ language: "en-GB" });
    assert.equal(gb.spell("colour"), true);
    assert.equal((await sharedChecker()).spell("colour"), false);
    gb.dispose();
  });

  test("takes a dictionary of the caller's own, as bytes or strings", async () => {
    const aff = "SET UTF-8\nTRY esianrtolcdugmphbyfvkwz\n";
    const dic = "3\nhandshake\nconnection\nnote\n";
    const own = await createChecker({ dictionary: { aff, dic } });
    assert.equal(own.spell("handshake"), true);
    assert.equal(own.spell("receive"), false);
    const bytes = await createChecker({
      dictionary: { aff: readFileSync(`${ROOT}/build/wasm-release/data/hunspell/en_US.aff`), dic: new TextEncoder().encode(dic) },
    });
    assert.equal(bytes.spell("connection"), true);
  });

  test("rejects unknown languages, corrupt dictionaries and unknown rule ids with clear errors", async () => {
    await assert.rejects(createChecker({ language: "fr-FR" }), /unknown language 'fr-FR'/);
    await assert.rejects(createChecker({ dictionary: { aff: "SET UTF-8\n", dic: "\u0089PNG\u0000garbage" } }), /not a Hunspell word list/);
    await assert.rejects(createChecker({ dictionary: { aff: "SET ISO8859-1\n", dic: "1\nword\n" } }), /UTF-8 dictionaries only/);
    await assert.rejects(createChecker({ dictionary: { aff: 5, dic: "1\nword\n" } }), TypeError);
    await assert.rejects(createChecker({ disabledRules: ["no-such-rule"] }), /unknown rule id/);
    const after = await createChecker();
    assert.equal(after.spell("receive"), true);
  });

  test("disabledRules leaves rules out of reports", async () => {
    const checker = await createChecker({ disabledRules: ["spelling"] });
    assert.ok(!checker.check({ text: "I recieve it." }).issues.some((i) => i.rule === "spelling"));
  });
});
