// Hostile input through the CLI: binary and invalid UTF-8 files, huge
// lines and inputs, JSON Lines that are not drafts, unknown or malformed
// flags, odd paths, and text that would drive the terminal. Each ends in a
// report or a clear message with exit code 1 (input) or 2 (usage), and
// nothing the input contains reaches the terminal as a control sequence.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, test } from "node:test";
import { CLI, ROOT, runCli } from "./helpers.mjs";

const tmp = mkdtempSync(join(tmpdir(), "handshake-cli-hostile-"));
// C0 controls other than tab and newline, DEL and the C1 block (CSI, OSC...).
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

// Deterministic pseudo-random bytes.
function garbage(size, seed = 1) {
  const bytes = Buffer.alloc(size);
  let x = seed;
  for (let i = 0; i < size; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    bytes[i] = x >>> 24;
  }
  return bytes;
}

describe("CLI with hostile input", () => {
  test("binary files and invalid UTF-8 give reports", async () => {
    const file = join(tmp, "garbage.bin");
    writeFileSync(file, garbage(200_000));
    const json = await runCli(["check", "--json", "--platform", "generic", file]);
    assert.equal(json.code, 0, json.stderr);
    assert.equal(typeof JSON.parse(json.stdout).score, "number");
    const human = await runCli(["check", "--platform", "generic", file]);
    assert.equal(human.code, 0, human.stderr);
    assert.doesNotMatch(human.stdout, CONTROL);
    const overlong = Buffer.from([0xc0, 0xaf, 0xed, 0xa0, 0x80, 0xf4, 0x90, 0x80, 0x80, 0x41, 0xef, 0xbb, 0xbf]);
    const odd = await runCli(["check", "--json", "-"], { input: overlong });
    assert.equal(odd.code, 0, odd.stderr);
  });

  test("nothing from the note, the names or the flags drives the terminal", async () => {
    const evil = "\u001b]0;pwned\u0007\u001b[2J\u009b31m\u0085";
    const human = await runCli(["check", "--recipient", `Amy ${evil}Chen`, "--sender", evil,
      `Hi Amy ${evil} I recieve your ${evil}newsleter. https://x.io/${evil}`]);
    assert.equal(human.code, 0, human.stderr);
    assert.doesNotMatch(human.stdout, CONTROL);
    assert.doesNotMatch(human.stderr, CONTROL);
    const usage = await runCli(["check", "--platform", `x${evil}`, "hi"]);
    assert.equal(usage.code, 2);
    assert.doesNotMatch(usage.stderr, CONTROL);
    const jsonl = await runCli(["check", "--jsonl", "-"], { input: `${JSON.stringify({ text: "hi", platform: evil })}\n` });
    assert.equal(jsonl.code, 1);
    assert.doesNotMatch(jsonl.stdout, CONTROL, "JSON output escapes control characters");
  });

  test("a huge line among JSON Lines fails alone", async () => {
    const lines = [
      JSON.stringify({ text: "Hi Amy, great talk." }),
      JSON.stringify({ text: "a".repeat(2 * 1024 * 1024) }),
      JSON.stringify({ text: "hi", history: Array(5000).fill("x") }),
      JSON.stringify({ text: "Thanks, Sam!", kind: "thank-you" }),
    ];
    const { code, stdout } = await runCli(["check", "--jsonl", "-"], { input: `${lines.join("\n")}\n` });
    assert.equal(code, 1);
    const out = stdout.trim().split("\n").map((l) => JSON.parse(l));
    assert.equal(out.length, 4);
    assert.equal(typeof out[0].score, "number");
    assert.match(out[1].error, /^line 2: .*1048576 bytes/);
    assert.match(out[2].error, /^line 3: .*1000 notes/);
    assert.equal(typeof out[3].score, "number");
  });

  test("JSON Lines that are not drafts are errors in place", async () => {
    const nested = `${"[".repeat(200_000)}${"]".repeat(200_000)}`;
    const lines = ["null", "5", "[]", "true", '{"text": 5}', '{"text": "hi", "platform": null}', '"A bare string note."',
      nested, "{", "\u0000\u0001", '{"__proto__": {"text": "x"}}', garbage(300, 7).toString("latin1").replace(/\n/g, " ")];
    const { code, stdout } = await runCli(["check", "--jsonl", "-"], { input: `${lines.join("\n")}\n` });
    assert.equal(code, 1);
    const out = stdout.trim().split("\n").map((l) => JSON.parse(l));
    assert.equal(out.length, lines.length);
    assert.match(out[0].error, /^line 1: /);
    assert.match(out[4].error, /^line 5: draft.text must be a string/);
    assert.equal(typeof out[5].score, "number", "null fields take their defaults");
    assert.equal(typeof out[6].score, "number", "a JSON string is a note");
    assert.match(out[7].error, /^line 8: /);
    assert.match(out[8].error, /^line 9: not JSON/);
    assert.match(out[10].error, /^line 11: draft.text must be a string/);
  });

  test("standard input beyond 64 MB is refused", async () => {
    // The CLI stops reading at the limit, so writing the rest fails (EPIPE):
    // expected here, hence a runner of its own.
    const child = spawn(process.execPath, [CLI, "check", "--json", "-"], { cwd: ROOT });
    const err = [];
    child.stderr.on("data", (d) => err.push(d));
    child.stdout.resume();
    child.stdin.on("error", () => {});
    child.stdin.end(Buffer.alloc(65 * 1024 * 1024, 0x61));
    const code = await new Promise((resolve) => child.on("close", resolve));
    assert.equal(code, 1);
    assert.match(Buffer.concat(err).toString(), /larger than 67108864 bytes/);
  });

  test("malformed and unknown flags are usage errors", async () => {
    const cases = [
      [["check", "-x", "hi"], 2, /unknown option|check takes one note/],
      [["check", "--=", "hi"], 2, /unknown option '--='/],
      [["check", "---", "hi"], 2, /unknown option '---'/],
      [["check", "--json=1", "hi"], 2, /unknown option '--json=1'/],
      [["check", "--platform=", "hi"], 2, /unknown platform ''/],
      [["check", "--kind", "--json", "hi"], 2, /unknown kind '--json'/],
      [["check", "--dict"], 2, /--dict needs a value/],
      [["spell", "--platform", "x", "word"], 2, /unknown option '--platform' for spell/],
      [["CHECK", "hi"], 2, /unknown command 'CHECK'/],
      [["check", "--recipient", "A".repeat(300), "hi"], 1, /longer than 200 bytes/],
    ];
    for (const [args, expected, message] of cases) {
      const { code, stderr } = await runCli(args);
      assert.equal(code, expected, `${args.join(" ").slice(0, 60)}: ${stderr}`);
      assert.match(stderr, message, args.join(" ").slice(0, 60));
    }
  });

  test("odd paths: directories, a dictionary that is a folder, a name too long", async () => {
    mkdirSync(join(tmp, "folder.aff"), { recursive: true });
    writeFileSync(join(tmp, "folder.dic"), "1\nword\n");
    const dict = await runCli(["spell", "--dict", join(tmp, "folder"), "word"]);
    assert.equal(dict.code, 1);
    assert.match(dict.stderr, /cannot read dictionary file .*folder\.aff: not a file/);
    const dir = await runCli(["check", tmp]);
    assert.equal(dir.code, 1);
    assert.match(dir.stderr, /is not a file/);
    // A note longer than any path is the note itself.
    const long = await runCli(["check", "--json", `${"Hi Amy ".repeat(2000)}`]);
    assert.equal(long.code, 0, long.stderr);
  });

  test("spell takes huge and hostile words", async () => {
    const words = ["a".repeat(100_000), "\u0000", "😀😀", "recieve"].join("\n");
    const { code, stdout } = await runCli(["spell", "--suggest", "-"], { input: words });
    assert.equal(code, 0);
    const out = stdout.trim().split("\n").map((l) => JSON.parse(l));
    assert.equal(out.length, 4);
    assert.equal(out[0].correct, false);
    assert.ok(out[3].suggestions.includes("receive"));
  });
});
