// A report handed from the checker's worker to the page through shared
// memory, beside the usual message.
//
// Why: after a keystroke, Chromium runs none of the page's tasks, a worker's
// message included, until the frame showing that keystroke has been painted
// (its DeferRendererTasksAfterInput scheduling, on by default). A report sent
// as a message therefore reaches the page one frame after the keystroke, even
// when the worker had it ready within a millisecond. Animation frame callbacks
// are part of the frame itself, so a page that reads the report from shared
// memory there can draw the new underlines in the keystroke's own frame.
//
// Shared memory needs a cross-origin isolated page (COOP and COEP headers,
// which scripts/serve.mjs sends). Elsewhere `createReplyBuffer()` returns null
// and the message alone carries every report.
//
// Layout: three Int32 slots (a sequence number that is odd while the worker
// writes, the request id, the length in bytes), then the reply as JSON in
// UTF-8. One reply at a time: each write replaces the last, and a reader that
// finds the sequence number changed under it discards what it read.

const headerBytes = 16;
const sequenceSlot = 0;
const idSlot = 1;
const lengthSlot = 2;
// Reports are a few kilobytes; a larger one travels by message only.
const defaultBytes = 256 * 1024;

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** A buffer to share with the worker, or null where shared memory is unavailable. */
export function createReplyBuffer(bytes = defaultBytes) {
  if (typeof SharedArrayBuffer !== "function" || globalThis.crossOriginIsolated !== true) return null;
  try {
    return new SharedArrayBuffer(headerBytes + bytes);
  } catch {
    return null;
  }
}

/**
 * Worker side: stores `reply` (any JSON value) as the answer to request `id`
 * (a positive integer). Returns false when it does not fit; the message must
 * carry it then.
 */
export function writeReply(buffer, id, reply) {
  const header = new Int32Array(buffer, 0, 3);
  const data = new Uint8Array(buffer, headerBytes);
  // TextEncoder refuses shared memory too: encode, then copy in.
  const bytes = encoder.encode(JSON.stringify(reply));
  const fits = bytes.length <= data.length;
  Atomics.add(header, sequenceSlot, 1);  // odd: a write is under way
  if (fits) data.set(bytes);
  Atomics.store(header, idSlot, fits ? id : 0);
  Atomics.store(header, lengthSlot, fits ? bytes.length : 0);
  Atomics.add(header, sequenceSlot, 1);
  return fits;
}

/**
 * Page side: the request id of the last reply written, or 0 when there is none
 * or a write is under way. Two atomic reads, nothing copied: cheap enough to
 * ask in a loop while waiting for a reply.
 */
export function replyId(buffer) {
  const header = new Int32Array(buffer, 0, 3);
  if (Atomics.load(header, sequenceSlot) % 2 !== 0) return 0;
  return Atomics.load(header, idSlot);
}

/**
 * Page side: the last reply written, as {id, reply}, or null when there is
 * none, a write is under way, or it changed while being read. Never blocks.
 */
export function readReply(buffer) {
  const header = new Int32Array(buffer, 0, 3);
  const sequence = Atomics.load(header, sequenceSlot);
  if (sequence % 2 !== 0) return null;
  const id = Atomics.load(header, idSlot);
  const length = Atomics.load(header, lengthSlot);
  if (id <= 0 || length <= 0 || length > buffer.byteLength - headerBytes) return null;
  // TextDecoder refuses shared memory: copy the bytes out first.
  const bytes = new Uint8Array(buffer, headerBytes, length).slice();
  if (Atomics.load(header, sequenceSlot) !== sequence) return null;
  try {
    return { id, reply: JSON.parse(decoder.decode(bytes)) };
  } catch {
    return null;
  }
}
