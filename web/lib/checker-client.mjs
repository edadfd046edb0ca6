// The page side of the checker: one Web Worker per language, shared by every
// composer in the document. Requests are plain messages; replies resolve
// promises by id. Nothing here judges a note: the WebAssembly module does.

import { createReplyBuffer, readReply } from "./shared-reply.mjs";
import { personalDictionary } from "./store.mjs";

const workerUrl = new URL("./checker-worker.mjs", import.meta.url);
const wasmUrl = new URL("../../dist/handshake-core.wasm", import.meta.url);
const loadTimeoutMs = 30000;
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
   * Checks a draft; resolves to {report, ms, delivery}: the report (or a
   * report-shaped `{error}`), how long the module took, measured in the
   * worker, and how the report came: "shared-memory" (read in an animation
   * frame, so drawn in that frame) or "message".
   */
  check(draft) {
    const reply = this.#request({ type: "check", draft });
    this.#watchReplies();
    return reply.then(({ value, ms, delivery }) => ({ report: value, ms, delivery }));
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
    pending.resolve({ value, ms, delivery });
  }

  // While requests are pending, looks for the worker's reply at the start of
  // every frame: a promise settled here runs its callbacks before the frame
  // is drawn. Costs two atomic reads per frame when nothing is there yet.
  #watchReplies() {
    if (!this.#replies || this.#watchingReplies || typeof requestAnimationFrame !== "function") return;
    this.#watchingReplies = true;
    const look = () => {
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
