// The page side of the checker: one Web Worker per language, shared by every
// composer in the document. Requests are plain messages; replies resolve
// promises by id. Nothing here judges a note: the WebAssembly module does.

import { createReplyBuffer, readReply, replyId } from "./shared-reply.mjs";
import { personalDictionary } from "./store.mjs";

const workerUrl = new URL("./checker-worker.mjs", import.meta.url);
const wasmUrl = new URL("../../dist/handshake-core.wasm", import.meta.url);
const loadTimeoutMs = 30000;
// The longest the frame after a check was sent holds its paint for the
// report, when the report is not in shared memory yet as the frame begins.
// A keystroke's frame starts anywhere from 0 to 16.7 ms after the key, and a
// check takes 0.5-3.5 ms in the worker: a frame that starts early would
// otherwise show the new text with the old underlines and draw the new ones
// a frame later. The wait is spent inside the frame, after the keystroke's
// own input handler has already put the text and the shifted underlines on
// the page, so the worst case holds that frame's paint for this long and
// nothing else; typing itself (input events, the text) never waits.
export const frameWaitMs = 4;
const clients = new Map();
let compiling = null;

// One compile per page, shared by every language's worker (a module can be
// posted to any number of them); resolves to null when it failed, and a
// later worker (a retry) tries again.
function compiledCore() {
  if (!compiling) {
    try {
      compiling = WebAssembly.compileStreaming(fetch(wasmUrl, { credentials: "same-origin" })).catch(() => null);
    } catch {
      compiling = Promise.resolve(null);
    }
    compiling.then((module) => {
      if (!module) compiling = null;
    });
  }
  return compiling;
}

/** The shared checker for a language ("en-US", "en-GB"); created on first use. */
export function checkerFor(language = "en-US") {
  let client = clients.get(language);
  if (!client || client.state === "failed") {
    client?.dispose();
    client = new CheckerClient(language);
    clients.set(language, client);
  }
  return client;
}

/**
 * One worker running the WebAssembly checker. `state` is "loading", "ready"
 * or "failed" (then `error` says why); `ready` settles when loading ends.
 * Fires `statechange` and `dictionarychange` (after the worker has the new
 * words, so a re-check sees them).
 */
export class CheckerClient extends EventTarget {
  state = "loading";
  error = "";
  loadMs = 0;
  /**
   * When (performance.now() in this page) the worker was created, started
   * running, and the checker became ready; the library's loading milestones
   * (`marks`, by name) and when the suggestion index was built. For the
   * browser benchmark's breakdown.
   */
  timings = { created: NaN, workerEvaluated: NaN, ready: NaN, marks: {}, suggestionsPrepared: NaN };
  #worker = null;
  #pending = new Map();
  // Where the worker also leaves each report, for the next animation frame
  // to pick up (null unless the page is cross-origin isolated).
  #replies = createReplyBuffer();
  #watchingReplies = false;
  // The check sent since the last animation frame began, if any: the next
  // frame may wait for it (frameWaitMs).
  #freshCheckId = 0;
  #nextId = 1;
  #ignored = new Set();
  #onDictionaryChange = () => {
    this.#post({ type: "words", words: personalDictionary.words });
    this.dispatchEvent(new Event("dictionarychange"));
  };

  constructor(language) {
    super();
    this.language = language;
    this.ready = new Promise((resolve, reject) => {
      this.#settle = { resolve, reject };
    });
    this.ready.catch(() => {});  // Callers observe failure through `state`.
    try {
      this.timings.created = performance.now();
      this.#worker = new Worker(workerUrl, { type: "module", name: `handshake-${language}` });
    } catch (error) {
      this.#fail(`the browser refused to start the checker's worker (${error.message})`);
      return;
    }
    this.#worker.addEventListener("message", (event) => this.#receive(event.data));
    this.#worker.addEventListener("error", (event) => {
      event.preventDefault();
      this.#fail(event.message || "the checker's files could not be loaded");
    });
    this.#worker.addEventListener("messageerror", () => this.#fail("the checker sent an unreadable reply"));
    this.#timer = setTimeout(() => this.#fail("the checker took too long to load"), loadTimeoutMs);
    personalDictionary.addEventListener("change", this.#onDictionaryChange);
    this.#post({ type: "init", language, words: personalDictionary.words, ignored: [], replies: this.#replies });
    this.#compileForWorker();
  }

  // The page compiles the module while the worker is still starting (a new
  // thread, its scripts, the core's JS), streaming it off the network on the
  // browser's compiler threads, and hands the worker the compiled module. If
  // compiling here fails, the worker is told so and compiles it itself, with
  // its own error message.
  #compileForWorker() {
    compiledCore().then((module) => {
      try {
        this.#post({ type: "module", module: module ?? null });
      } catch {
        this.#post({ type: "module", module: null });
      }
    });
  }

  #settle;
  #timer = 0;

  /**
   * Checks a draft; resolves to {report, ms, delivery, frameWaitMs}: the
   * report (or a report-shaped `{error}`), how long the module took, measured
   * in the worker, how the report came: "shared-memory" (read in an
   * animation frame, so drawn in that frame) or "message", and how long an
   * animation frame held its paint waiting for it (0 when none did).
   */
  check(draft) {
    const id = this.#nextId;
    const reply = this.#request({ type: "check", draft });
    if (this.#pending.has(id)) this.#freshCheckId = id;
    this.#watchReplies();
    return reply.then(({ value, ms, delivery, waited }) => ({ report: value, ms, delivery, frameWaitMs: waited }));
  }

  /** Dictionary suggestions for one word (the slow path; never on a keystroke). */
  suggest(word) {
    return this.#request({ type: "suggest", word }).then(({ value }) => value);
  }

  /** Accepts a word for the rest of this session only. */
  ignore(word) {
    this.#ignored.add(word);
    this.#post({ type: "ignore", word });
    this.dispatchEvent(new Event("dictionarychange"));
  }

  get ignoredWords() {
    return [...this.#ignored];
  }

  dispose() {
    clearTimeout(this.#timer);
    personalDictionary.removeEventListener("change", this.#onDictionaryChange);
    this.#worker?.terminate();
    this.#worker = null;
    this.#rejectAll(new Error("the checker was closed"));
  }

  #request(message) {
    if (this.state === "failed") return Promise.reject(new Error(this.error));
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      this.#post({ ...message, id });
    });
  }

  #post(message) {
    this.#worker?.postMessage(message);
  }

  #settleRequest(id, value, ms, delivery) {
    const pending = this.#pending.get(id);
    if (!pending) return;  // already settled the other way
    this.#pending.delete(id);
    pending.resolve({ value, ms, delivery, waited: pending.waited ?? 0 });
  }

  // While requests are pending, looks for the worker's reply at the start of
  // every frame: a promise settled here runs its callbacks before the frame
  // is drawn. Costs two atomic reads per frame when nothing is there yet,
  // and in the first frame after a check was sent, up to frameWaitMs of
  // waiting for it.
  #watchReplies() {
    if (!this.#replies || this.#watchingReplies || typeof requestAnimationFrame !== "function") return;
    this.#watchingReplies = true;
    const look = () => {
      const fresh = this.#freshCheckId;
      this.#freshCheckId = 0;
      // Not while loading: the first check waits for the module, not for a frame.
      if (fresh && this.state === "ready" && this.#pending.has(fresh)) this.#waitInFrame(fresh);
      const found = this.#worker ? readReply(this.#replies) : null;
      if (found && this.#pending.has(found.id)) {
        this.#settleRequest(found.id, found.reply?.value, found.reply?.ms, "shared-memory");
      }
      if (this.#pending.size && this.#worker) {
        requestAnimationFrame(look);
      } else {
        this.#watchingReplies = false;
      }
    };
    requestAnimationFrame(look);
  }

  // Holds this frame until the worker has written the reply to request `id`,
  // or frameWaitMs have passed (then the reply comes in a later frame or by
  // message, as without the wait). A page cannot Atomics.wait on its main
  // thread, so it polls the reply's id: two atomic reads a turn.
  #waitInFrame(id) {
    const startedAt = performance.now();
    let now = startedAt;
    while (replyId(this.#replies) !== id && now - startedAt < frameWaitMs) now = performance.now();
    this.#pending.get(id).waited = now - startedAt;
  }

  #receive(message) {
    switch (message?.type) {
      case "ready":
        clearTimeout(this.#timer);
        this.loadMs = message.ms;
        this.timings.workerEvaluated = message.evaluatedAt - performance.timeOrigin;
        this.timings.ready = message.readyAt - performance.timeOrigin;
        for (const [name, at] of Object.entries(message.marks ?? {})) {
          this.timings.marks[name] = at - performance.timeOrigin;
        }
        this.#setState("ready");
        this.#settle.resolve(this);
        break;
      case "prepared":
        this.timings.suggestionsPrepared = message.at - performance.timeOrigin;
        break;
      case "failed":
        this.#fail(message.message);
        break;
      case "result":
        this.#settleRequest(message.id, message.value, message.ms, "message");
        break;
    }
  }

  #fail(reason) {
    if (this.state === "failed") return;
    clearTimeout(this.#timer);
    this.error = String(reason || "unknown error");
    this.#worker?.terminate();
    this.#worker = null;
    this.#setState("failed");
    this.#settle.reject(new Error(this.error));
    this.#rejectAll(new Error(this.error));
  }

  #rejectAll(error) {
    for (const { reject } of this.#pending.values()) reject(error);
    this.#pending.clear();
  }

  #setState(state) {
    this.state = state;
    this.dispatchEvent(new Event("statechange"));
  }
}
