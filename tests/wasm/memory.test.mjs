// A long session must not grow the WebAssembly module's memory: it never
// shrinks, so a leak of a few bytes per keystroke would cost a page that
// stays open all day. After a warm-up, 25,000 checks of every kind of
// draft (reports, error values, surrogates, history, misspellings) must
// leave the allocator's bytes in use where they were and the memory unchanged.
import assert from "node:assert/strict";
import { test } from "node:test";
import { createChecker } from "./helpers.mjs";

// The debug build (-O0, SAFE_HEAP) is about twenty times slower; a leak
// still shows in a tenth of the calls.
const DEBUG = /debug/.test(process.env.HANDSHAKE_CORE ?? "");
const CALLS = DEBUG ? 10_000 : 25_000;

const drafts = [
  { text: "Hi Amy, I enjoyed your talk at RustConf on WebGPU. I'm building a renderer at Initech and would love to connect. Best, John", recipient: "Amy Chen", sender: "John Smith" },
  { text: "I'd like to add you to my professional network. Let's connect!", platform: "linkedin-free" },
  { text: "Thanks for accepting, Amy! 👋🏽 Great to be connected.", kind: "thank-you", recipient: "Amy Chen" },
  { text: "Hi {first_name}, book a demo ASAP!!! https://example.com", platform: "x" },
  { text: "Following up on my note from last week about the meetup.", kind: "follow-up", history: ["Hi Sam, great to meet you at the meetup.", "Hi Amy, I enjoyed your talk."] },
  { text: "\uD83D lone \uDC00 surrogates\u0000 and \u200B controls \u202E", sender: "Zoë\uD800" },
  { text: "a".repeat(301), platform: "linkedin" },
  { text: "", platform: "generic" },
  { text: "hi", platform: "myspace" },  // error values allocate and free too
  { text: "hi", kind: "poke" },
  { text: 42 },
  { text: "hi", history: [1, 2] },
  { text: "x".repeat(1024 * 1024 + 1) },  // refused at the boundary
  "A bare string is a draft too.",
];
// Suggestions are the slow path: one misspelled note every few thousand calls.
const misspelled = { text: "I recieve your newsleter every week.", platform: "email" };

test(`wasm memory stays flat over ${CALLS.toLocaleString("en")} checks`, async () => {
  const checker = await createChecker();
  const run = (calls) => {
    for (let i = 0; i < calls; i++) {
      const result = checker.check(i % 5000 === 0 ? misspelled : drafts[i % drafts.length]);
      if (result === undefined || result === null) throw new Error("no result");
    }
  };
  run(2_000);  // warm-up: the allocator's free lists and every code path
  const before = checker.memoryUsage();
  run(CALLS);
  const after = checker.memoryUsage();
  console.log(`heap in use before ${before.used} bytes, after ${after.used} bytes; ` +
    `memory ${before.total} -> ${after.total} bytes over ${CALLS} checks`);
  assert.equal(after.total, before.total, "the module's memory grew");
  // Exactly flat in practice; a leak of one byte per check would be 25 KB.
  assert.ok(after.used - before.used <= 4096, `heap in use grew by ${after.used - before.used} bytes`);
  const report = checker.check(drafts[0]);
  assert.equal(typeof report.score, "number", "the checker still works");
  checker.dispose();
});
