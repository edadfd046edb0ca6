// The shared-memory hand-over of reports (web/lib/shared-reply.mjs): what the
// worker writes the page reads back whole, or not at all.

import assert from "node:assert/strict";
import { test } from "node:test";
import { createReplyBuffer, readReply, replyId, writeReply } from "../../web/lib/shared-reply.mjs";

const report = { score: 72, issues: [{ rule: "spelling", start: 10, end: 21, replacements: ["presentation"] }], note: "Zoë 👋" };

test("a written reply reads back whole, with its request id, as often as asked", () => {
  const buffer = new SharedArrayBuffer(16 + 4096);
  assert.equal(readReply(buffer), null, "nothing written yet");
  assert.equal(writeReply(buffer, 7, { value: report, ms: 0.5 }), true);
  assert.deepEqual(readReply(buffer), { id: 7, reply: { value: report, ms: 0.5 } });
  assert.deepEqual(readReply(buffer), { id: 7, reply: { value: report, ms: 0.5 } });
  assert.equal(writeReply(buffer, 8, { value: { score: 1 }, ms: 1 }), true);
  assert.deepEqual(readReply(buffer), { id: 8, reply: { value: { score: 1 }, ms: 1 } }, "a later write replaces it");
});

test("a reply too large for the buffer is not written, and the previous one is withdrawn", () => {
  const buffer = new SharedArrayBuffer(16 + 64);
  assert.equal(writeReply(buffer, 1, { value: { score: 1 } }), true);
  assert.equal(writeReply(buffer, 2, { value: { text: "x".repeat(200) } }), false);
  assert.equal(readReply(buffer), null);
  // Exactly full fits: 64 bytes of JSON, multi-byte characters counted as bytes.
  const exact = { t: "é".repeat(28) };  // {"t":"…"}: 8 bytes + 56
  assert.equal(new TextEncoder().encode(JSON.stringify(exact)).length, 64);
  assert.equal(writeReply(buffer, 3, exact), true);
  assert.deepEqual(readReply(buffer), { id: 3, reply: exact });
});

test("a reader never sees a write under way or one that changed while it read", () => {
  const buffer = new SharedArrayBuffer(16 + 1024);
  writeReply(buffer, 4, { value: report });
  const header = new Int32Array(buffer, 0, 3);
  Atomics.add(header, 0, 1);  // as if the worker had begun the next write
  assert.equal(readReply(buffer), null);
  Atomics.add(header, 0, 1);
  assert.equal(readReply(buffer).id, 4);
  // Corrupt bytes (a torn write the sequence number missed) read as nothing.
  new Uint8Array(buffer, 16, 1)[0] = 0x7b + 1;
  assert.equal(readReply(buffer), null);
  // A length that points past the buffer is refused rather than read.
  Atomics.store(header, 2, 1 << 20);
  assert.equal(readReply(buffer), null);
});

test("the id of the last reply is told without reading it, and not while a write is under way", () => {
  const buffer = new SharedArrayBuffer(16 + 1024);
  assert.equal(replyId(buffer), 0, "nothing written yet");
  writeReply(buffer, 9, { value: report });
  assert.equal(replyId(buffer), 9);
  const header = new Int32Array(buffer, 0, 3);
  Atomics.add(header, 0, 1);  // the worker begins the next write
  assert.equal(replyId(buffer), 0);
  Atomics.add(header, 0, 1);
  assert.equal(replyId(buffer), 9);
  writeReply(buffer, 10, { value: { text: "x".repeat(2000) } });  // too large: withdrawn
  assert.equal(replyId(buffer), 0);
});

test("without cross-origin isolation there is no shared buffer", () => {
  // Node is not a cross-origin isolated page: the message alone carries reports.
  assert.equal(globalThis.crossOriginIsolated === true, false);
  assert.equal(createReplyBuffer(), null);
});
