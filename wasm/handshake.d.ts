// Types for Handshake's JavaScript library (wasm/handshake.mjs).

export type Platform = "linkedin" | "linkedin-free" | "facebook" | "instagram" | "x" | "email" | "generic";
export type Kind = "invite" | "follow-up" | "thank-you" | "decline" | "message";
export type Severity = "error" | "warning" | "info";
export type Category = "personalization" | "clarity" | "length" | "originality" | "tone" | "correctness";
export type Grade = "excellent" | "good" | "fair" | "weak" | "poor";

/** What the user is writing. Everything but `text` is optional. */
export interface Draft {
  text: string;
  /** Default "linkedin" (a 300-character note). */
  platform?: Platform;
  /** Default "invite". */
  kind?: Kind;
  /** The recipient's name as on their profile, e.g. "Amy Chen". */
  recipient?: string;
  sender?: string;
  /** Earlier notes the user sent, for duplicate detection. */
  history?: string[];
}

export interface Issue {
  /** A stable rule id, e.g. "spelling", "over-limit", "generic-phrase". */
  rule: string;
  category: Category;
  severity: Severity;
  /** One sentence: what is wrong and what to do instead. */
  message: string;
  /** UTF-16 offsets into `text`: `text.slice(start, end)` is the span. */
  start: number;
  end: number;
  /** One-click fixes, best first; may be empty. */
  replacements: string[];
  /** Points this issue took off its category and the overall score (0 for a tip). */
  points: number;
}

export interface Report {
  /** 0-100. */
  score: number;
  grade: Grade;
  categories: Record<Category, number>;
  stats: {
    /** Counted the way the platform counts them. */
    characters: number;
    /** The platform's limit; 0 when it has none. */
    limit: number;
    words: number;
    sentences: number;
    /** Flesch-Kincaid grade level. */
    readingGrade: number;
  };
  /** Ordered by start offset. */
  issues: Issue[];
}

/** A bad draft (unknown platform, text over 1 MB, wrong types) is a value, never a throw. */
export interface CheckError {
  error: string;
}

export interface CheckerOptions {
  /** "en-US" (default) or "en-GB"; its dictionary is read from dictionaries/ beside the core module. */
  language?: "en-US" | "en-GB";
  /** A Hunspell dictionary of your own (UTF-8), as text or bytes. */
  dictionary?: { aff: string | ArrayBuffer | Uint8Array; dic: string | ArrayBuffer | Uint8Array };
  /** Rule ids to leave out of reports. */
  disabledRules?: string[];
  /** Another build of handshake-core.mjs (e.g. the debug build). */
  coreUrl?: string | URL;
  /**
   * The core's .wasm, already compiled (e.g. by a page for its worker, with
   * `WebAssembly.compileStreaming`): used for the first checker on that core.
   * Anything but a module, or a rejected promise, and the library compiles
   * it itself.
   */
  wasmModule?: WebAssembly.Module | Promise<WebAssembly.Module | null>;
}

export interface Checker {
  check(draft: Draft | string): Report | CheckError;
  /** The dictionary alone, plus the personal word list. */
  spell(word: string): boolean;
  /** Corrections for a word, best first (default at most 5). */
  suggest(word: string, max?: number): string[];
  /**
   * Build the suggestion index now (a few hundred milliseconds in wasm)
   * instead of inside the first check that meets a misspelling; call it
   * while the user is idle. Later calls return at once. False when the index
   * cannot be built (or the checker was disposed); there are then no suggestions.
   */
  prepareSuggestions(): boolean;
  /** The personal dictionary: persist it yourself and add it back on start. */
  addWord(word: string): void;
  removeWord(word: string): void;
  /** Accept a word for this checker's lifetime only. */
  ignore(word: string): void;
  /**
   * The WebAssembly module's memory, shared by its checkers: bytes in use by
   * its allocator and the memory's total size (which never shrinks).
   */
  memoryUsage(): { used: number; total: number };
  /** Free the checker's memory. */
  dispose(): void;
}

/** Loads the module and a dictionary; rejects with an Error saying what failed. */
export function createChecker(options?: CheckerOptions): Promise<Checker>;

/** Replaces lone surrogates with U+FFFD (same length, so offsets still match). */
export function wellFormed(text: string): string;

/**
 * Lends bytes to a raw core module (not the library's API: for tools that
 * drive the module directly) as the file at `path`, until
 * `core.takeBackFile(path)`; the module has no file system.
 */
export function lendCoreFile(core: unknown, path: string, bytes: Uint8Array): void;

export const PLATFORMS: readonly Platform[];
export const KINDS: readonly Kind[];
