#!/usr/bin/env node
// How the cost of `check` grows with the note, in the WebAssembly module
// under Node: notes of 1 KB, 10 KB, 100 KB and 1 MB (the cap). For ordinary
// prose built from the golden fixtures and for the hostile patterns that
// once made a loop quadratic, prints the median time per size and the time
// per byte relative to the 1 KB note: 1.00 is linear.
//   node bench/scaling.mjs            a table
//   node bench/scaling.mjs --json     the same as JSON
// HANDSHAKE_CORE picks another build. Timings depend on the machine;
// compare the ratios measured in one run.
import { performance } from "node:perf_hooks";
import { loadGoldenCases } from "../tests/fixtures/golden.mjs";
import { createChecker } from "../wasm/handshake.mjs";

const SIZES = [1_000, 10_000, 100_000, 1_000_000];
const RUNS = { 1_000: 41, 10_000: 21, 100_000: 7, 1_000_000: 3 };
const asJson = process.argv.includes("--json");

const checker = await createChecker();

// Prose: the fixture notes in which the checker finds no misspelling, so
// the table measures the pipeline rather than the (capped) suggestions.
const prose = loadGoldenCases()
  .map((c) => c.draft.text)
  .filter((text) => text.length > 40)
  .filter((text) => {
    const report = checker.check({ text, platform: "generic" });
    return !report.error && !report.issues.some((i) => i.rule === "spelling");
  });
if (prose.length === 0) throw new Error("no clean fixture notes to build prose from");

function fill(units, size) {
  let out = "";
  for (let i = 0; out.length < size; i++) out += units[i % units.length];
  return out.slice(0, size);
}

const inputs = {
  "prose (fixture notes)": (size) => fill(prose.map((t) => `${t}\n\n`), size),
  "a,a,a, (a link tried at every letter)": (size) => fill(["a,"], size),
  "ab.ab. (a host name that never ends)": (size) => fill(["ab."], size),
  "x.com/))) (bracket balance)": (size) => `x.com/${fill([")"], size - 6)}`,
  "{{{ (merge fields never closed)": (size) => fill(["{"], size),
  "!!!…!I (a run of end marks)": (size) => `${fill(["!"], size - 1)}I`,
  "I I I (phrase matching)": (size) => fill(["I "], size),
  // Each lone surrogate becomes U+FFFD, three bytes: half as many units.
  "lone surrogates": (size) => fill(["\uD800x\uDC00 "], size / 2),
};

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

const results = [];
for (const [name, make] of Object.entries(inputs)) {
  const row = { input: name, sizes: [] };
  for (const size of SIZES) {
    const draft = { text: make(size), platform: "generic" };
    const first = checker.check(draft);  // warm-up, and proof that it is a report
    if (first.error) throw new Error(`${name} at ${size}: ${first.error}`);
    const times = [];
    for (let i = 0; i < RUNS[size]; i++) {
      const t0 = performance.now();
      checker.check(draft);
      times.push(performance.now() - t0);
    }
    row.sizes.push({ bytes: Buffer.byteLength(draft.text), ms: median(times), issues: first.issues.length });
  }
  const base = row.sizes[0];
  for (const s of row.sizes) s.perByteVs1KB = s.ms / base.ms / (s.bytes / base.bytes);
  results.push(row);
  if (!asJson) {
    const cells = row.sizes.map((s) => `${(s.bytes / 1000).toFixed(0).padStart(5)} KB ${s.ms.toFixed(2).padStart(8)} ms ×${s.perByteVs1KB.toFixed(2)}`);
    console.log(`${name.padEnd(38)} ${cells.join("   ")}`);
  }
}
if (asJson) console.log(JSON.stringify({ node: process.version, results }, null, 2));
else console.log("\nmedian ms per check; ×N: time per byte relative to the 1 KB note (1.00 is linear)");
