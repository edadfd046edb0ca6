// The note never leaves the device: the library and the CLI run with every
// network API of Node replaced by one that records the attempt
// (no_network.mjs) and must not attempt any, whether checking, suggesting,
// loading en-GB or a caller's dictionary, or failing. (The page, widget and
// extension are held to the same in tests/web/ with a real browser.)
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { test } from "node:test";
import { CLI, ROOT } from "./helpers.mjs";

const PRELOAD = pathToFileURL(join(ROOT, "tests/wasm/no_network.mjs")).href;

function run(args, input) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", PRELOAD, ...args], { cwd: ROOT, env: process.env });
    const out = [];
    const err = [];
    child.stdout.on("data", (d) => out.push(d));
    child.stderr.on("data", (d) => err.push(d));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout: Buffer.concat(out).toString(), stderr: Buffer.concat(err).toString() }));
    child.stdin.end(input ?? "");
  });
}

test("the preload really refuses the network", async () => {
  const probe = "for (const attempt of [() => fetch('http://127.0.0.1:9/'), () => require('node:net').connect(9, '127.0.0.1'), " +
    "() => require('node:https').get('https://127.0.0.1:9/'), () => require('node:dns').lookup('example.com', () => {})]) " +
    "{ try { attempt(); } catch {} }";
  const { stderr } = await run(["-e", probe]);
  assert.match(stderr, /NETWORK ATTEMPT: fetch/);
  assert.match(stderr, /NETWORK ATTEMPT: net.connect/);
  assert.match(stderr, /NETWORK ATTEMPT: https.request/);
  assert.match(stderr, /NETWORK ATTEMPT: dns.lookup/);
});

test("the library checks, suggests and loads dictionaries without a network request", async () => {
  const script = `
    import { createChecker } from ${JSON.stringify(pathToFileURL(join(ROOT, "wasm/handshake.mjs")).href)};
    const us = await createChecker();
    const report = us.check({ text: "Hi Amy, I recieve your newsletter: https://example.com/x amy@example.com", recipient: "Amy Chen" });
    if (report.error || !report.issues.length) throw new Error("no report");
    us.suggest("presentaton");
    us.check({ text: "hi", platform: "myspace" });
    const gb = await createChecker({ language: "en-GB" });
    gb.check({ text: "Colour me impressed." });
    const own = await createChecker({ dictionary: { aff: "SET UTF-8\\n", dic: "1\\nword\\n" } });
    own.check({ text: "word word" });
    await createChecker({ dictionary: { aff: "SET UTF-8\\n", dic: "garbage" } }).catch(() => {});
    console.log("done");
  `;
  const { code, stdout, stderr } = await run(["--input-type=module", "-e", script]);
  assert.equal(code, 0, stderr);
  assert.match(stdout, /done/);
  assert.doesNotMatch(stderr, /NETWORK ATTEMPT/);
});

test("the CLI checks, spells and reads JSON Lines without a network request", async () => {
  const tmp = mkdtempSync(join(tmpdir(), "handshake-privacy-"));
  writeFileSync(join(tmp, "own.aff"), "SET UTF-8\n");
  writeFileSync(join(tmp, "own.dic"), "1\nInitech\n");
  const runs = [
    [[CLI, "check", "--json", "Hi Amy, see https://example.com and www.example.org"]],
    [[CLI, "check", "--jsonl", "-"], '{"text": "I recieve it."}\n{"text": 5}\n'],
    [[CLI, "spell", "--suggest", "--language", "en-GB", "colour", "recieve"]],
    [[CLI, "spell", "--dict", join(tmp, "own"), "Initech"]],
  ];
  for (const [args, input] of runs) {
    const { stderr } = await run(args, input);
    assert.doesNotMatch(stderr, /NETWORK ATTEMPT/, args.join(" "));
  }
});
