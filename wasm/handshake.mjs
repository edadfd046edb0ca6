// Handshake's JavaScript library: one ES module for Node, browsers, workers
// and extensions. All judgement lives in the WebAssembly core; this file
// loads it, fills in defaults and keeps JS strings and offsets exact.

const DEFAULT_CORE_URL = new URL("../dist/handshake-core.mjs", import.meta.url);
// Each language's dictionary files, beside the core module (dist/): the
// affix rules, the word list (en-US's packed: scripts/pack-dictionary.mjs)
// and the word frequency table that ranks suggestions.
const LANGUAGES = {
  "en-US": { aff: "dictionaries/en_US.aff", dic: "dictionaries/en_US.dic.packed", freq: "dictionaries/en_US.freq" },
  "en-GB": { aff: "dictionaries/en_GB.aff", dic: "dictionaries/en_GB.dic", freq: "dictionaries/en_GB.freq" },
};
const PACKED_SUFFIX = ".packed";  // the core's kPackedDictionarySuffix
const isNode =
  typeof process === "object" && typeof process.versions?.node === "string" &&
  typeof window === "undefined" && typeof importScripts !== "function";

const MAX_HISTORY_NOTES = 1000;  // the core's kMaxHistoryNotes
const cores = new Map();  // core URL -> Promise of an instantiated module
let userDictionaries = 0;
const utf8 = new TextDecoder();

/** Replaces lone surrogates with U+FFFD: same length, so offsets still match. */
export function wellFormed(text) {
  if (typeof text.toWellFormed === "function") return text.toWellFormed();
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD");
}

async function readBytes(url) {
  if (isNode && url.protocol === "file:") {
    const { readFile } = await import("node:fs/promises");
    // A Buffer is a Uint8Array already: wrapping it in a new one would copy
    // the module's and the dictionary's megabyte and a half once more.
    return readFile(url);
  }
  const response = await fetch(url);
  if (!response.ok) throw new Error(`cannot load ${url.pathname}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

function coreUrlFrom(options) {
  const configured = options.coreUrl ?? (isNode ? process.env.HANDSHAKE_CORE : undefined);
  return configured ? new URL(configured, isNode ? `file://${process.cwd()}/` : import.meta.url)
                    : DEFAULT_CORE_URL;
}

// A named moment in loading, visible in DevTools' timeline and to the
// browser benchmark (performance.getEntriesByName). Harmless where absent.
function mark(name) {
  globalThis.performance?.mark?.(`handshake:${name}`);
}

// Compiles the core's .wasm while its JS glue is still being fetched and
// evaluated: streaming, so compilation runs as the bytes arrive and the bytes
// are never copied into an ArrayBuffer of ours (and Chromium can cache the
// compiled code). A server that sends the wrong MIME type makes
// compileStreaming fail: compile from the bytes then.
async function compileCore(wasmUrl) {
  if (isNode) return WebAssembly.compile(await readBytes(wasmUrl));
  const response = fetch(wasmUrl, { credentials: "same-origin" });
  try {
    if (typeof WebAssembly.compileStreaming === "function") return await WebAssembly.compileStreaming(response);
  } catch {
    // fall through
  }
  return WebAssembly.compile(await readBytes(wasmUrl));
}

function loadCore(coreUrl, wasmModule) {
  const key = coreUrl.href;
  if (!cores.has(key)) {
    mark("core-requested");
    const wasmUrl = new URL("handshake-core.wasm", coreUrl);
    // A module compiled elsewhere (a page hands its worker one) is used when
    // it arrives; without one, or if it is not a module, compile here.
    const compiled = wasmModule === undefined ? compileCore(wasmUrl)
      : Promise.resolve(wasmModule).catch(() => null)
        .then((given) => (given instanceof WebAssembly.Module ? given : compileCore(wasmUrl)));
    compiled.then(() => mark("core-compiled"), () => {});
    const promise = (async () => {
      const { default: factory } = await import(key);
      mark("core-imported");
      const wasmModule = await compiled;
      let failInstantiation;
      const failed = new Promise((resolve, reject) => {
        failInstantiation = reject;
      });
      // A library never writes to the host's output (Hunspell's warnings, the
      // debug build's heap-resize notes would corrupt a CLI's JSON).
      const settings = {
        print: () => {},
        printErr: () => {},
        // The module is already compiled: instantiate it, and report a failure
        // (the factory's own promise would never settle).
        instantiateWasm(imports, receive) {
          WebAssembly.instantiate(wasmModule, imports)
            .then((instance) => receive(instance, wasmModule))
            .catch(failInstantiation);
          return {};
        },
      };
      const ready = await Promise.race([factory(settings), failed]);
      mark("core-ready");
      return ready;
    })();
    promise.catch(() => cores.delete(key));
    cores.set(key, promise);
  }
  return cores.get(key);
}

/**
 * Lends `bytes` to a core module as the file at `path` (it has no file system:
 * src/lent_files.h) until `core.takeBackFile(path)`. For the library's
 * dictionary files, and for tools that drive the raw core
 * (bench/lib/raw-core.mjs).
 */
export function lendCoreFile(core, path, bytes) {
  const address = core.lendFile(path, bytes.length);
  if (address === 0) throw new Error(`no room in the module for ${path} (${bytes.length} bytes)`);
  core.HEAPU8.set(bytes, address);  // read after lendFile, which may grow the memory
}

function toBytes(value, what) {
  if (typeof value === "string") return new TextEncoder().encode(value);
  if (value instanceof Uint8Array) return value;
  if (value instanceof ArrayBuffer) return new Uint8Array(value);
  if (ArrayBuffer.isView(value)) return new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
  throw new TypeError(`dictionary.${what} must be a string, an ArrayBuffer or a Uint8Array`);
}

function checkWord(word, method) {
  if (typeof word !== "string") throw new TypeError(`${method}() takes a word (a string)`);
  return wellFormed(word);
}

// The report from its numbers and strings (wasm/bindings.cpp, to_value):
// views on the module's memory, read before the next call into it. The
// names the numbers stand for, and how many categories and stats there are,
// come from the module (reportLayout).
function readReport(heap, n, layout) {
  const text = utf8.decode(heap.subarray(n[0], n[0] + n[1]));
  let at = 0;
  let i = 2;
  const s = () => text.slice(at, (at += n[i++]));
  const score = n[i++];
  const grade = s();
  const categories = {};
  for (const name of layout.categories) categories[name] = n[i++];
  const stats = {};
  for (const name of layout.stats) stats[name] = n[i++];
  const count = n[i++];
  const issues = [];
  for (let k = 0; k < count; k += 1) {
    const rule = s();
    const message = s();
    const category = layout.categories[n[i]];
    const severity = layout.severities[n[i + 1]];
    const start = n[i + 2];
    const end = n[i + 3];
    const replacementCount = n[i + 4];
    i += 5;
    const replacements = [];
    for (let r = 0; r < replacementCount; r += 1) replacements.push(s());
    issues.push({ rule, category, severity, message, start, end, replacements, points: n[i++] });
  }
  return { score, grade, categories, stats, issues };
}

// Past this many UTF-16 code units a draft goes property by property: the
// buffer it would be written into stays in the module's memory for good.
const MAX_WRITTEN_UNITS = 1 << 16;
const encoder = new TextEncoder();

// One module's side of check(): the report's layout, the draft limits, and
// the buffer a draft of plain strings is written into (bindings.cpp,
// checkWritten), which spares some twenty property reads and string
// conversions across the boundary per check.
class Boundary {
  #core;
  #layout;
  #limits;
  #at = 0;
  #capacity = 0;

  constructor(core) {
    this.#core = core;
    this.#layout = core.reportLayout();
    const limits = core.draftLimits();
    // text, platform, kind, recipient, sender: checkWritten's order.
    this.#limits = [limits.text, limits.profile, limits.profile, limits.name, limits.name];
  }

  check(id, draft) {
    const report = (draft.history === undefined && this.#checkWritten(id, draft)) || this.#core.check(id, draft);
    return report instanceof Float64Array ? readReport(this.#core.HEAPU8, report, this.#layout) : report;
  }

  // The report of a draft without history whose fields are all strings
  // within check()'s limits (or absent), or null for check() to read it.
  #checkWritten(id, draft) {
    const fields = [draft.text, draft.platform, draft.kind, draft.recipient, draft.sender];
    let units = 0;
    for (let f = 0; f < fields.length; f += 1) {
      const value = fields[f];
      if (value === undefined || value === null) continue;
      if (typeof value !== "string" || value.length > this.#limits[f]) return null;
      units += value.length;
    }
    if (units > MAX_WRITTEN_UNITS) return null;
    // A UTF-16 code unit is at most three bytes of UTF-8.
    const bytes = 3 * units;
    if (bytes > this.#capacity) {
      this.#at = this.#core.draftBuffer(bytes);
      this.#capacity = bytes;
    }
    const heap = this.#core.HEAPU8;  // after draftBuffer: the memory may have grown
    const end = this.#at + this.#capacity;
    let at = this.#at;
    const lengths = [-1, -1, -1, -1, -1];
    for (let f = 0; f < fields.length; f += 1) {
      const value = fields[f];
      if (typeof value !== "string") continue;
      const { written } = encoder.encodeInto(value, heap.subarray(at, end));
      lengths[f] = written;
      at += written;
    }
    return this.#core.checkWritten(id, ...lengths);
  }
}

const boundaries = new WeakMap();  // core -> its Boundary

function boundaryOf(core) {
  if (!boundaries.has(core)) boundaries.set(core, new Boundary(core));
  return boundaries.get(core);
}

// The draft as the core reads it, or what is wrong with it: each field is
// read once, into a plain object, so a getter or a Proxy cannot hand the core
// a different value from the one checked here.
function cleanDraft(draft) {
  if (typeof draft === "string") draft = { text: draft };
  if (draft === null || typeof draft !== "object" || Array.isArray(draft)) {
    return "check() takes a draft object: {text, platform, kind, recipient, sender, history}";
  }
  const text = draft.text;
  if (typeof text !== "string") return "draft.text must be a string";
  const clean = { text: wellFormed(text) };
  for (const field of ["platform", "kind", "recipient", "sender"]) {
    const value = draft[field];
    if (value !== undefined) clean[field] = typeof value === "string" ? wellFormed(value) : value;
  }
  const history = draft.history;
  if (history !== undefined) {
    // Past the core's limit the length alone is the answer; do not copy.
    clean.history = Array.isArray(history) && history.length <= MAX_HISTORY_NOTES
      ? Array.from(history, (note) => (typeof note === "string" ? wellFormed(note) : note))
      : history;
  }
  return clean;
}

/**
 * A checker: `check(draft)` returns a report (or `{error}` for a bad draft),
 * `spell`/`suggest` answer from the dictionary alone, and the personal
 * dictionary (`addWord`, `removeWord`, `ignore`) lasts as long as the checker.
 */
class Checker {
  #core;
  #id;

  constructor(core, id) {
    this.#core = core;
    this.#id = id;
  }

  check(draft) {
    const clean = cleanDraft(draft);
    return typeof clean === "string" ? { error: clean } : boundaryOf(this.#core).check(this.#id, clean);
  }

  spell(word) {
    return this.#core.spell(this.#id, checkWord(word, "spell"));
  }

  suggest(word, max = 5) {
    return this.#core.suggest(this.#id, checkWord(word, "suggest"), Math.max(0, Math.min(20, max | 0)));
  }

  addWord(word) {
    this.#core.addWord(this.#id, checkWord(word, "addWord"));
  }

  removeWord(word) {
    this.#core.removeWord(this.#id, checkWord(word, "removeWord"));
  }

  ignore(word) {
    this.#core.ignore(this.#id, checkWord(word, "ignore"));
  }

  /**
   * Builds the suggestion index now (a few hundred milliseconds) rather than
   * inside the first check or suggest() that meets a misspelling: call it
   * while the user is idle. Later calls return at once. True when the index
   * is ready; false when it cannot be built (then there are no suggestions).
   */
  prepareSuggestions() {
    return this.#core.prepareSuggestions(this.#id);
  }

  /**
   * The WebAssembly module's memory (shared by every checker on it): bytes
   * its allocator has in use, and the memory's size, which never shrinks.
   * For watching a long session; the tests use it to prove checks leak nothing.
   */
  memoryUsage() {
    return this.#core.heapBytes();
  }

  /** Frees the checker's memory; later calls answer as if nothing were known. */
  dispose() {
    this.#core.destroyChecker(this.#id);
  }
}

/**
 * Loads the core and a dictionary. Options: `language` ("en-US", default, or
 * "en-GB"), `dictionary` ({aff, dic} as strings or bytes: a dictionary of
 * your own), `disabledRules` (rule ids to leave out), `coreUrl` (another
 * build of handshake-core.mjs), `wasmModule` (that build's .wasm already
 * compiled: a WebAssembly.Module or a promise of one; anything else, or a
 * rejection, and the library compiles it itself). Rejects with an Error
 * saying what failed.
 */
export async function createChecker(options = {}) {
  if (options === null || typeof options !== "object") throw new TypeError("createChecker() takes an options object");
  const language = options.language ?? "en-US";
  if (!Object.hasOwn(LANGUAGES, language)) {
    throw new Error(`unknown language '${language}' (expected en-US or en-GB)`);
  }
  const coreUrl = coreUrlFrom(options);
  const request = { language };
  if (Array.isArray(options.disabledRules)) request.disabledRules = options.disabledRules;
  // The core's own requests go first (its JS glue, and its .wasm unless
  // given); the dictionary's files are read while it loads.
  const loading = loadCore(coreUrl, options.wasmModule);
  loading.catch(() => {});  // awaited below
  let reading;
  if (options.dictionary !== undefined) {
    const { aff, dic } = options.dictionary ?? {};
    reading = Promise.resolve({ aff: toBytes(aff, "aff"), dic: toBytes(dic, "dic"), packed: false });
  } else {
    // The word frequency table ranks suggestions; without it they still work.
    const paths = LANGUAGES[language];
    reading = Promise.all([
      readBytes(new URL(paths.aff, coreUrl)), readBytes(new URL(paths.dic, coreUrl)),
      readBytes(new URL(paths.freq, coreUrl)).catch(() => null),
    ]).then(([aff, dic, freq]) => ({ aff, dic, freq, packed: paths.dic.endsWith(PACKED_SUFFIX) }));
    reading.catch(() => {});  // a failure is reported below, after the core's own
  }
  reading.then(() => mark("dictionary-read"), () => {});
  const core = await loading;
  const files = await reading;
  // The core reads them once, at creation, as files lent under these paths
  // in its memory (it has no file system), and frees them at once.
  const prefix = `/user/dictionary-${++userDictionaries}`;
  const lent = [[`${prefix}.aff`, files.aff], [`${prefix}.dic${files.packed ? PACKED_SUFFIX : ""}`, files.dic]];
  if (files.freq) lent.push([`${prefix}.freq`, files.freq]);
  request.aff = `${prefix}.aff`;
  request.dic = `${prefix}.dic`;  // a packed word list is found beside it
  let created;
  try {
    for (const [path, bytes] of lent) lendCoreFile(core, path, bytes);
    created = core.createChecker(request);
  } finally {
    for (const [path] of lent) core.takeBackFile(path);
  }
  if (created.error) throw new Error(created.error);
  return new Checker(core, created.id);
}

export const PLATFORMS = Object.freeze(["linkedin", "linkedin-free", "facebook", "instagram", "x", "email", "generic"]);
export const KINDS = Object.freeze(["invite", "follow-up", "thank-you", "decline", "message"]);
