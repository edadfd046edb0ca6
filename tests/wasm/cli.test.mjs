import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, test } from "node:test";
import { ROOT, runCli } from "./helpers.mjs";

const tmp = mkdtempSync(join(tmpdir(), "handshake-cli-"));

describe("handshake check", () => {
  test("--json reports a span that slices exactly the misspelling in JavaScript", async () => {
    const text = "Hi Amy, I enjoyed your 👋 presentaton";
    const { code, stdout, stderr } = await runCli(["check", "--json", text]);
    assert.equal(code, 0, stderr);
    const report = JSON.parse(stdout);
    const spelling = report.issues.find((i) => i.rule === "spelling");
    assert.equal(text.slice(spelling.start, spelling.end), "presentaton");
    assert.equal(spelling.replacements[0], "presentation");
  });

  test("human output shows the score, each issue and a caret under its span", async () => {
    const { code, stdout } = await runCli(["check", "--recipient", "Amy", "Hi Amy, I enjoyed your 👋 presentaton"]);
    assert.equal(code, 0);
    assert.match(stdout, /^Score \d+\/100 \((excellent|good|fair|weak|poor)\)/);
    const lines = stdout.split("\n");
    const at = lines.findIndex((l) => l.includes("[spelling]"));
    assert.ok(at > 0, stdout);
    assert.equal(lines[at + 1], "  Hi Amy, I enjoyed your 👋 presentaton");
    // The emoji is two columns wide: the caret starts under the "p".
    assert.equal(lines[at + 2], `  ${" ".repeat(26)}${"^".repeat(11)}`);
    assert.match(lines[at + 3], /fix: presentation/);
  });

  test("reads a note from a file and from standard input", async () => {
    const file = join(tmp, "note.txt");
    writeFileSync(file, "I recieve your newsletter.");
    const fromFile = JSON.parse((await runCli(["check", "--json", file])).stdout);
    assert.ok(fromFile.issues.some((i) => i.rule === "spelling"));
    const fromStdin = JSON.parse((await runCli(["check", "--json", "-"], { input: "I recieve it." })).stdout);
    assert.ok(fromStdin.issues.some((i) => i.rule === "spelling"));
    const implicit = JSON.parse((await runCli(["check", "--json"], { input: "I recieve it." })).stdout);
    assert.deepEqual(implicit, fromStdin);
  });

  test("passes platform, kind, recipient and sender through", async () => {
    const { stdout } = await runCli(["check", "--json", "--platform", "linkedin-free", "--kind", "follow-up",
      "--recipient", "Zoë Åberg", "--sender=John", "Hi Zoë Åberg, John here."]);
    const report = JSON.parse(stdout);
    assert.equal(report.stats.limit, 200);
    assert.ok(!report.issues.some((i) => i.rule === "spelling"));
  });

  test("--jsonl checks many drafts, one report per line, errors in place", async () => {
    const drafts = [];
    for (let i = 0; i < 300; i++) drafts.push(JSON.stringify({ text: `Note ${i}: I recieve ${i} messages.`, platform: i % 2 ? "x" : "linkedin" }));
    drafts.splice(10, 0, "{not json", JSON.stringify({ text: "hi", platform: "myspace" }), "");
    const { code, stdout } = await runCli(["check", "--jsonl", "-"], { input: `${drafts.join("\n")}\n` });
    assert.equal(code, 1, "a bad line makes the exit code 1");
    const lines = stdout.trim().split("\n").map((l) => JSON.parse(l));
    assert.equal(lines.length, 302);
    assert.match(lines[10].error, /^line 11: not JSON/);
    assert.match(lines[11].error, /^line 12: unknown platform/);
    const reports = lines.filter((l) => !l.error);
    assert.equal(reports.length, 300);
    for (const r of reports) assert.ok(r.issues.some((i) => i.rule === "spelling"));
    const file = join(tmp, "drafts.jsonl");
    writeFileSync(file, drafts.slice(0, 5).join("\n"));
    const fromFile = await runCli(["check", "--jsonl", file]);
    assert.equal(fromFile.code, 0);
    assert.equal(fromFile.stdout.trim().split("\n").length, 5);
  });

  test("bad input gives a clear message and a non-zero exit", async () => {
    const cases = [
      [["check", "--bogus", "x"], 2, /unknown option '--bogus'/],
      [["check", "--platform", "myspace", "x"], 2, /unknown platform 'myspace'/],
      [["check", "--kind", "poke", "x"], 2, /unknown kind 'poke'/],
      [["check", "--platform"], 2, /--platform needs a value/],
      [["check", "one", "two"], 2, /check takes one note/],
      [["frobnicate"], 2, /unknown command 'frobnicate'/],
      [[], 2, /no command given/],
      [["spell", "--json", "x"], 2, /unknown option '--json' for spell/],
      [["check", "--language", "fr-FR", "x"], 1, /unknown language 'fr-FR'/],
      [["check", "--dict", join(tmp, "missing"), "x"], 1, /cannot read dictionary file .*missing\.aff/],
      [["check", "--jsonl", join(tmp, "missing.jsonl")], 1, /ENOENT|no such file/i],
      [["check", "--jsonl", tmp], 1, /is not a file/],
    ];
    for (const [args, expectedCode, message] of cases) {
      const { code, stderr } = await runCli(args);
      assert.equal(code, expectedCode, `${args.join(" ")}: ${stderr}`);
      assert.match(stderr, message, args.join(" "));
    }
  });

  test("binary garbage and invalid UTF-8 on stdin give a report", async () => {
    const garbage = Buffer.from([0xff, 0xfe, 0x00, 0xc3, 0x28, 0xe2, 0x82, 0x41, 0x0a, 0x80, 0x1b]);
    const { code, stdout } = await runCli(["check", "--json", "-"], { input: garbage });
    assert.equal(code, 0);
    assert.equal(typeof JSON.parse(stdout).score, "number");
    const human = await runCli(["check", "-"], { input: garbage });
    assert.equal(human.code, 0);
    assert.ok(!/\u001b/.test(human.stdout), "control characters are not echoed to the terminal");
  });
});

describe("handshake spell", () => {
  test("--suggest - prints one JSON line per word", async () => {
    const { code, stdout } = await runCli(["spell", "--suggest", "-"], { input: "recieve\nreceive\n" });
    assert.equal(code, 0);
    const [wrong, right] = stdout.trim().split("\n").map((l) => JSON.parse(l));
    assert.equal(wrong.word, "recieve");
    assert.equal(wrong.correct, false);
    assert.ok(wrong.suggestions.includes("receive"));
    assert.deepEqual(right, { word: "receive", correct: true, suggestions: [] });
  });

  test("words as arguments, en-GB and a dictionary of one's own", async () => {
    const us = (await runCli(["spell", "colour"])).stdout;
    assert.equal(JSON.parse(us).correct, false);
    const gb = (await runCli(["spell", "--language", "en-GB", "colour"])).stdout;
    assert.equal(JSON.parse(gb).correct, true);
    writeFileSync(join(tmp, "own.aff"), "SET UTF-8\n");
    writeFileSync(join(tmp, "own.dic"), "1\nInitech\n");
    const own = await runCli(["spell", "--dict", join(tmp, "own"), "Initech", "colour"]);
    assert.deepEqual(own.stdout.trim().split("\n").map((l) => JSON.parse(l).correct), [true, false]);
  });

  test("spell answers from the dictionary alone, not the note-level judgement", async () => {
    // check accepts the recipient's name; spell does not know it.
    const { stdout } = await runCli(["spell", "Åberg"]);
    assert.equal(JSON.parse(stdout).correct, false);
  });
});

test("the package's bin points at the CLI", async () => {
  const { readFileSync } = await import("node:fs");
  const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
  assert.equal(pkg.bin.handshake, "wasm/cli.mjs");
  assert.equal(pkg.exports["."].import, "./wasm/handshake.mjs");
});
