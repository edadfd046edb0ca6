// Hostile input through the JavaScript door: whatever a page, an extension
// or a file hands the library, `check` returns a report or an {error} value,
// `createChecker` rejects with an Error, and nothing aborts the WebAssembly
// instance: after every error the same checker keeps working.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { homedir } from "node:os";
import { describe, test } from "node:test";
import { createChecker, ROOT, sharedChecker } from "./helpers.mjs";

const DATA = `${ROOT}/build/wasm-release/data/hunspell`;
const OK_NOTE = { text: "Hi Amy, I enjoyed your talk at the summit. Best, John", recipient: "Amy Chen" };

function assertReport(report, text) {
  assert.equal(report.error, undefined, report.error);
  assert.ok(Number.isInteger(report.score) && report.score >= 0 && report.score <= 100);
  let previous = 0;
  for (const issue of report.issues) {
    assert.ok(issue.start <= issue.end && issue.end <= text.length, JSON.stringify(issue));
    assert.ok(issue.start >= previous, "issues ordered by start");
    assert.equal(typeof issue.message, "string");
    previous = issue.start;
  }
}

function assertStillWorks(checker) {
  assertReport(checker.check(OK_NOTE), OK_NOTE.text);
  assert.equal(checker.spell("summit"), true);
}

describe("check() with hostile drafts", () => {
  test("lone surrogates in every field keep spans exact", async () => {
    const checker = await sharedChecker();
    const texts = ["\uD800", "\uDFFF\uD800", "a\uD83D", "\uDE00b recieve \uD83D", "\uD83D\uDE00\uD83D".repeat(100),
      `${"\uDC00".repeat(5000)} recieve`];
    for (const text of texts) {
      const report = checker.check({ text, recipient: "Amy\uD800", sender: "\uDFFFJohn", history: ["\uD800", text] });
      assertReport(report, text);
      for (const issue of report.issues.filter((i) => i.rule === "spelling")) {
        assert.equal(text.slice(issue.start, issue.end), "recieve");
      }
    }
    assertStillWorks(checker);
  });

  test("non-string values for every field are error values", async () => {
    const checker = await sharedChecker();
    const values = [42, 0, -1, NaN, true, false, {}, [], ["a"], () => "x", Symbol("s"), 10n,
      new String("boxed"), { toString: () => "x" }, new Uint8Array(4), new Date(0)];
    for (const value of values) {
      const label = typeof value === "symbol" ? "symbol" : typeof value === "bigint" ? "bigint" : String(value);
      assert.match(checker.check({ text: value }).error ?? "", /text must be a string/, `text: ${label}`);
      for (const field of ["platform", "kind", "recipient", "sender"]) {
        assert.match(checker.check({ text: "hi", [field]: value }).error ?? "", /must be a string/, `${field}: ${label}`);
      }
      if (!Array.isArray(value)) {
        assert.match(checker.check({ text: "hi", history: value }).error ?? "", /history must be an array/, `history: ${label}`);
      }
      assert.match(checker.check({ text: "hi", history: ["ok", value] }).error ?? "", /history must hold strings/);
    }
    for (const draft of [undefined, null, 5, true, [], ["text"], () => {}, Symbol("d")]) {
      assert.ok(checker.check(draft).error, String(typeof draft));
    }
    assertStillWorks(checker);
  });

  test("missing fields, unknown fields, prototypes and getters", async () => {
    const checker = await sharedChecker();
    assert.match(checker.check({}).error, /text must be a string/);
    assert.match(checker.check({ txt: "hi" }).error, /text must be a string/);
    assert.match(checker.check(JSON.parse('{"__proto__": {"text": "inherited"}}')).error, /text must be a string/);
    assertReport(checker.check({ text: "hi", extra: { deep: [1, 2] }, constructor: 5 }), "hi");
    // An inherited text is not the draft's own; a text getter runs once, in JS.
    let reads = 0;
    const draft = { get text() { reads++; return "Hi Amy."; } };
    assertReport(checker.check(draft), "Hi Amy.");
    assert.equal(reads, 1);
    // A getter that throws surfaces as an exception from JS, before the module is entered.
    const throwing = { get text() { throw new Error("boom"); } };
    assert.throws(() => checker.check(throwing), /boom/);
    const sparse = { text: "hi", history: [, "a"] };  // eslint-disable-line no-sparse-arrays
    assert.match(checker.check(sparse).error, /history must hold strings/);
    assertStillWorks(checker);
  });

  test("unknown and oversized platform, kind and names are error values", async () => {
    const checker = await sharedChecker();
    for (const platform of ["", "LinkedIn", "linkedin ", "linkedin\u0000", "myspace", "x".repeat(100_000), "\uD800"]) {
      assert.match(checker.check({ text: "hi", platform }).error, /platform/, JSON.stringify(platform.slice(0, 20)));
    }
    for (const kind of ["", "Invite", "invite\u0000x", "poke", "k".repeat(100_000)]) {
      assert.match(checker.check({ text: "hi", kind }).error, /kind/);
    }
    assert.match(checker.check({ text: "hi", recipient: "A".repeat(201) }).error, /longer than 200 bytes/);
    assert.match(checker.check({ text: "hi", sender: "é".repeat(101) }).error, /longer than 200 bytes/);
    assertStillWorks(checker);
  });

  test("size limits: text, history notes and history bytes", async () => {
    const checker = await sharedChecker();
    assertReport(checker.check({ text: "a".repeat(1024 * 1024), platform: "generic" }), "a".repeat(1024 * 1024));
    assert.match(checker.check({ text: "a".repeat(1024 * 1024 + 1) }).error, /up to 1048576 bytes/);
    // Half a million emoji: within the UTF-16 limit, twice the byte limit.
    assert.match(checker.check({ text: "😀".repeat(300_000) }).error, /up to 1048576 bytes/);
    assert.match(checker.check({ text: "x".repeat(64 * 1024 * 1024) }).error, /up to 1048576 bytes/);
    assert.match(checker.check({ text: "hi", history: Array(1001).fill("Hi Sam.") }).error, /more than 1000 notes/);
    assert.match(checker.check({ text: "hi", history: Array(5).fill("a".repeat(1024 * 1024)) }).error, /bytes of notes/);
    assert.match(checker.check({ text: "hi", history: ["a".repeat(1024 * 1024 + 1)] }).error, /history/);
    assertReport(checker.check({ text: "hi", history: Array(1000).fill("Hi Sam, great to meet you.") }), "hi");
    assertStillWorks(checker);
  });

  test("control characters, invisible characters and markup are plain text", async () => {
    const checker = await sharedChecker();
    const texts = ["\u0000".repeat(1000), "\u001b[31mred\u001b[0m", "<script>alert(1)</script> <img src=x onerror=alert(1)>",
      "\u202Eevil\u202C \u2066x\u2069", "\uFEFF\u200B\u200C\u200D\u2060", "\r\r\r\n\n\u2028\u2029", "\t".repeat(10_000),
      "javascript:alert(1) data:text/html,<b>x</b>", "%s%n%x%p {{constructor.constructor('x')()}}"];
    for (const text of texts) assertReport(checker.check({ text, platform: "generic" }), text);
    assertStillWorks(checker);
  });

  test("spell, suggest and the personal dictionary with hostile words", async () => {
    const checker = await createChecker();
    for (const word of ["", "\uD800", "a".repeat(100_000), "\u0000", "é\u0301".repeat(500), "😀".repeat(100), "--", "'"]) {
      assert.equal(typeof checker.spell(word), "boolean");
      assert.ok(Array.isArray(checker.suggest(word)));
      checker.addWord(word);
      checker.ignore(word);
      checker.removeWord(word);
    }
    for (const bad of [5, null, undefined, {}, ["w"]]) {
      assert.throws(() => checker.spell(bad), TypeError);
      assert.throws(() => checker.addWord(bad), TypeError);
    }
    assert.deepEqual(checker.suggest("recieve", -5), []);
    assert.ok(checker.suggest("recieve", 1e9).length <= 20);
    assert.ok(checker.suggest("recieve", NaN).length === 0);
    assertStillWorks(checker);
    checker.dispose();
    assert.match(checker.check(OK_NOTE).error, /disposed/);
    assert.equal(checker.spell("summit"), false);
    checker.dispose();  // twice is harmless
  });
});

describe("createChecker() with corrupt dictionaries", () => {
  const aff = readFileSync(`${DATA}/en_US.aff`);
  // The raw word list as fetched: the wasm data folder holds only its packed form.
  const dic = readFileSync(`${process.env.HANDSHAKE_CACHE ?? `${homedir()}/.cache/handshake`}/dictionaries/en_US.dic`);
  // The first 3,000 words keep each load quick where the .aff is the target.
  const smallDic = (() => {
    const lines = dic.toString("utf8").split("\n").slice(1, 3001);
    return `${lines.length}\n${lines.join("\n")}\n`;
  })();

  async function loadsOrRejectsClearly(dictionary, label) {
    let checker;
    try {
      checker = await createChecker({ dictionary });
    } catch (error) {
      assert.ok(error instanceof Error, label);
      assert.ok(error.message.length > 0, label);
      return "rejected";
    }
    assertReport(checker.check(OK_NOTE), OK_NOTE.text);
    checker.suggest("wrold", 3);
    checker.dispose();
    return "loaded";
  }

  test("the real en_US.dic truncated at many points", async () => {
    const outcomes = {};
    for (const cut of [0, 1, 2, 5, 6, 7, 100, 4096, Math.floor(dic.length / 3), Math.floor(dic.length / 2) + 1, dic.length - 1]) {
      const outcome = await loadsOrRejectsClearly({ aff, dic: dic.subarray(0, cut) }, `dic cut at ${cut}`);
      outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
    }
    assert.ok(outcomes.rejected >= 1 && outcomes.loaded >= 1, JSON.stringify(outcomes));
    assertStillWorks(await sharedChecker());
  });

  test("the real en_US.aff truncated and with flipped bytes", async () => {
    for (const cut of [0, 9, 10, 100, Math.floor(aff.length / 2), aff.length - 1]) {
      await loadsOrRejectsClearly({ aff: aff.subarray(0, cut), dic: smallDic }, `aff cut at ${cut}`);
    }
    for (let step = 0; step < 24; step++) {
      const flipped = Uint8Array.from(aff);
      const at = (step * 7919) % flipped.length;
      flipped[at] ^= 1 << (step % 8);
      await loadsOrRejectsClearly({ aff: flipped, dic: smallDic }, `aff byte ${at} flipped`);
    }
    assertStillWorks(await sharedChecker());
  });

  test("corrupt headers that would claim gigabytes are clear errors", async () => {
    await assert.rejects(createChecker({ dictionary: { aff: "SET UTF-8\n", dic: "268435000\nword\n" } }), /word count is corrupt/);
    await assert.rejects(createChecker({ dictionary: { aff: "SET UTF-8\nREP 2000000000\nREP a b\n", dic: "1\nword\n" } }), /REP announces 2000000000 entries/);
    await assert.rejects(createChecker({ dictionary: { aff: "SET UTF-8\nSFX A Y 99999999\nSFX A 0 s .\n", dic: "1\nword/A\n" } }), /SFX A announces/);
    for (const [affText, dicText] of [["", ""], ["SET UTF-8\n", ""], ["\u0000\u0000", "\u0000"], ["SET UTF-8\n", "\uFEFF"],
      ["SET UTF-8\nFLAG long\nSFX \uD83D Y 1\n", "1\nword/\uD83D\n"], ["SET UTF-8\nTRY " + "ab".repeat(500) + "\n", "1\nword\n"]]) {
      await loadsOrRejectsClearly({ aff: affText, dic: dicText }, JSON.stringify(affText.slice(0, 30)));
    }
    for (const bad of [null, 5, { aff: "SET UTF-8\n" }, { aff: 1, dic: 2 }, { aff: [1], dic: "1\nx\n" }]) {
      await assert.rejects(createChecker({ dictionary: bad }), TypeError);
    }
    assertStillWorks(await sharedChecker());
  });
});
