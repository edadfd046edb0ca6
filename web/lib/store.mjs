// Local persistence. Everything Handshake keeps (drafts, settings, the
// personal dictionary, notes the user copied) stays in this browser's
// localStorage; nothing is ever sent anywhere.

const prefix = "handshake:";

/** Reads a JSON value; returns `fallback` when absent, corrupt or when storage is unavailable. */
export function loadValue(key, fallback) {
  try {
    const raw = globalThis.localStorage?.getItem(prefix + key);
    return raw == null ? fallback : JSON.parse(raw);
  } catch {
    return fallback;
  }
}

/** Writes a JSON value; returns false when storage is full, blocked or unavailable. */
export function saveValue(key, value) {
  try {
    globalThis.localStorage.setItem(prefix + key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

export function removeValue(key) {
  try {
    globalThis.localStorage.removeItem(prefix + key);
  } catch {
    // Nothing stored, nothing to remove.
  }
}

const maxWordLength = 64;

/** A word the personal dictionary accepts: one token, no spaces, not absurdly long. */
export function normalizeWord(word) {
  const trimmed = String(word ?? "").trim();
  if (!trimmed || trimmed.length > maxWordLength || /\s/u.test(trimmed)) return "";
  return trimmed;
}

/**
 * The personal dictionary: words the user told Handshake are spelled right.
 * One instance per document, shared by the page and every composer in it;
 * other tabs' changes arrive through the `storage` event. Fires `change`.
 */
class PersonalDictionary extends EventTarget {
  #words;

  constructor() {
    super();
    this.#words = this.#read();
    globalThis.addEventListener?.("storage", (event) => {
      if (event.key !== prefix + "words") return;
      this.#words = this.#read();
      this.dispatchEvent(new Event("change"));
    });
  }

  /** The words, sorted for display. */
  get words() {
    return [...this.#words].sort((a, b) => a.localeCompare(b, undefined, { sensitivity: "base" }));
  }

  has(word) {
    return this.#words.has(normalizeWord(word));
  }

  /** Adds a word; returns false when it is not a single word or already present. */
  add(word) {
    const normalized = normalizeWord(word);
    if (!normalized || this.#words.has(normalized)) return false;
    this.#words.add(normalized);
    this.#commit();
    return true;
  }

  remove(word) {
    if (!this.#words.delete(word)) return false;
    this.#commit();
    return true;
  }

  #read() {
    const stored = loadValue("words", []);
    return new Set((Array.isArray(stored) ? stored : []).map(normalizeWord).filter(Boolean));
  }

  #commit() {
    saveValue("words", [...this.#words]);
    this.dispatchEvent(new Event("change"));
  }
}

export const personalDictionary = new PersonalDictionary();
