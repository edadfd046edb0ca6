// The checker's own thread. It loads the WebAssembly module once and answers
// check requests, so typing on the page never waits on a check or on loading.
//
// Protocol (all messages are plain objects):
//   in:  {type: "init", language, words, ignored, replies}
//        (replies: a SharedArrayBuffer, or null; see shared-reply.mjs)
//        {type: "check", id, draft}
//        {type: "words", words}            the whole personal dictionary
//        {type: "ignore", word}
//        {type: "suggest", id, word}
//        {type: "module", module}          the core's wasm compiled by the page
//                                          (or null: compile it here)
//   out: {type: "ready", language, ms, evaluatedAt, readyAt, marks}
//        (ms: createChecker's time; the others are epoch milliseconds, for
//        the benchmark's breakdown of the time to the first report; marks:
//        the library's loading milestones by name)
//        {type: "prepared", ok, ms, at}     the suggestion index is built
//        {type: "failed", message}
//        {type: "result", id, value, ms}   value is a report, or {error};
//        a check's {value, ms} is also written to `replies`, when given

import { createChecker } from "../../wasm/handshake.mjs";
import { writeReply } from "./shared-reply.mjs";

const evaluatedAt = performance.timeOrigin + performance.now();
let checker = null;
let ready = null;
let replies = null;
const addedWords = new Set();
let receiveModule;
const pageModule = new Promise((resolve) => {
  receiveModule = resolve;
});

// The suggestion index takes a few hundred milliseconds to build. Built
// lazily, that lands inside the check of the first half-typed word; built
// here, it runs once the first report is out and the page has sent nothing
// for a moment. A check arriving meanwhile waits for it (one thread), but the
// first report never does.
const idleBeforePrepareMs = 250;
let prepareTimer = 0;
let prepared = false;

function prepareWhenIdle() {
  if (prepared) return;
  clearTimeout(prepareTimer);
  prepareTimer = setTimeout(() => {
    prepared = true;
    const startedAt = performance.now();
    const ok = safely(() => checker.prepareSuggestions()) === true;
    post({ type: "prepared", ok, ms: performance.now() - startedAt, at: performance.timeOrigin + performance.now() });
  }, idleBeforePrepareMs);
}

function loadingMarks() {
  const marks = {};
  for (const entry of performance.getEntriesByType?.("mark") ?? []) {
    if (entry.name.startsWith("handshake:")) marks[entry.name.slice(10)] = performance.timeOrigin + entry.startTime;
  }
  return marks;
}

function describe(error) {
  if (error && typeof error === "object" && "message" in error) return String(error.message);
  return String(error ?? "unknown error");
}

function post(message) {
  self.postMessage(message);
}

async function init({ language, words = [], ignored = [], replies: sharedReplies = null }) {
  const startedAt = performance.now();
  // Outside a cross-origin isolated page the SharedArrayBuffer global is gone.
  replies = typeof SharedArrayBuffer === "function" && sharedReplies instanceof SharedArrayBuffer
    ? sharedReplies
    : null;
  try {
    checker = await createChecker({ language, wasmModule: pageModule });
  } catch (error) {
    post({ type: "failed", message: describe(error) });
    throw error;
  }
  if (!checker || typeof checker.check !== "function") {
    const message = checker?.error ?? "the module did not return a checker";
    post({ type: "failed", message: describe(message) });
    throw new Error(message);
  }
  syncWords(words);
  for (const word of ignored) safely(() => checker.ignore(word));
  const readyAt = performance.timeOrigin + performance.now();
  post({ type: "ready", language, ms: performance.now() - startedAt, evaluatedAt, readyAt, marks: loadingMarks() });
}

function safely(action) {
  try {
    return action();
  } catch {
    return undefined;
  }
}

function syncWords(words) {
  const wanted = new Set(words);
  for (const word of addedWords) {
    if (!wanted.has(word)) {
      safely(() => checker.removeWord(word));
      addedWords.delete(word);
    }
  }
  for (const word of wanted) {
    if (!addedWords.has(word)) {
      safely(() => checker.addWord(word));
      addedWords.add(word);
    }
  }
}

function check(draft) {
  try {
    const report = checker.check(draft);
    if (!report || typeof report !== "object") return { error: "The checker returned no report." };
    return report;
  } catch (error) {
    return { error: describe(error) };
  }
}

function suggest(word) {
  try {
    const suggestions = checker.suggest(word);
    return Array.isArray(suggestions) ? suggestions : [];
  } catch (error) {
    return { error: describe(error) };
  }
}

self.addEventListener("message", async (event) => {
  const message = event.data ?? {};
  if (message.type === "module") {
    receiveModule(message.module);
    return;
  }
  if (message.type === "init") {
    ready = init(message);
    return;
  }
  if (!ready) return;
  try {
    await ready;
  } catch {
    return;  // "failed" was already posted; the client rejects pending work.
  }
  const startedAt = performance.now();
  switch (message.type) {
    case "check": {
      const value = check(message.draft);
      const ms = performance.now() - startedAt;
      // The message follows regardless: the page reads shared memory only in
      // animation frames, which a hidden page does not get.
      if (replies) safely(() => writeReply(replies, message.id, { value, ms }));
      post({ type: "result", id: message.id, value, ms });
      prepareWhenIdle();
      break;
    }
    case "suggest":
      post({ type: "result", id: message.id, value: suggest(message.word), ms: performance.now() - startedAt });
      prepareWhenIdle();
      break;
    case "words":
      syncWords(message.words ?? []);
      break;
    case "ignore":
      safely(() => checker.ignore(message.word));
      break;
  }
});
