// Cold start of the wasm checker, one fresh Node process per sample:
// import -> createChecker() -> first clean report -> first report of a note
// with a typo (which builds the suggestion index), and the module's memory
// after it. Builds given side by side run interleaved, so load on the
// machine falls on each alike.
//
//   node bench/coldstart.mjs [--runs N] [--node-flags FLAGS ...] [DIST_DIR ...]   (default: dist/)
//
// Prints the median of each figure per build. Each --node-flags (repeatable;
// "" for none) runs every build again under those V8/Node flags, for what
// the engine's choices cost: e.g. --node-flags "" --node-flags --liftoff-only.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const CLEAN = "Hi Amy, I enjoyed your talk on accessible design systems at the Berlin UX meetup last week. " +
  "I'm a front-end developer at a small fintech and would love to stay in touch. Best, John";
const TYPO = "Hi Amy, we met briefly at the data engineering summit in Austin. Your presentaton on streaming " +
  "pipelines answered a question my team has been stuck on for months. Thanks, Maria";

async function sample(dist) {
  const t0 = performance.now();
  // The library beside that core: the report's layout between the two
  // changes from build to build, so another checkout's core is read by its own.
  const beside = path.resolve(dist, "../wasm/handshake.mjs");
  const library = existsSync(beside) ? beside : path.resolve(ROOT, "wasm/handshake.mjs");
  const { createChecker } = await import(pathToFileURL(library).href);
  const checker = await createChecker({ coreUrl: pathToFileURL(path.resolve(dist, "handshake-core.mjs")).href });
  const t1 = performance.now();
  checker.check({ text: CLEAN, recipient: "Amy Chen" });
  const t2 = performance.now();
  const report = checker.check({ text: TYPO, recipient: "Amy Chen" });
  const t3 = performance.now();
  const spelling = report.issues.find((issue) => issue.rule === "spelling");
  const memory = checker.memoryUsage();
  return {
    ready: t1 - t0, clean: t2 - t1, typo: t3 - t2, total: t3 - t0,
    usedMiB: memory.used / 1048576, memoryMiB: memory.total / 1048576,
    suggestion: spelling?.replacements?.[0] ?? null,
  };
}

const ROOT = fileURLToPath(new URL("../", import.meta.url));

if (process.argv[2] === "--sample") {
  process.stdout.write(JSON.stringify(await sample(process.argv[3])));
} else {
  const args = process.argv.slice(2);
  let runs = 11;
  const runsAt = args.indexOf("--runs");
  if (runsAt >= 0) runs = Number(args.splice(runsAt, 2)[1]);
  const flagSets = [];
  for (let at; (at = args.indexOf("--node-flags")) >= 0;) flagSets.push(args.splice(at, 2)[1] ?? "");
  if (!flagSets.length) flagSets.push("");
  const dists = args.length ? args : [path.join(ROOT, "dist")];
  const variants = dists.flatMap((dist) => flagSets.map((flags) => ({ dist, flags })));
  const samples = variants.map(() => []);
  for (let r = 0; r < runs; r++) {
    variants.forEach(({ dist, flags }, i) => {
      const nodeArgs = [...flags.split(" ").filter(Boolean), fileURLToPath(import.meta.url), "--sample", dist];
      samples[i].push(JSON.parse(execFileSync(process.execPath, nodeArgs)));
    });
  }
  const median = (values) => {
    const sorted = [...values].sort((a, b) => a - b);
    const mid = sorted.length >> 1;
    return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  };
  variants.forEach(({ dist, flags }, i) => {
    const s = samples[i];
    const m = (key) => median(s.map((x) => x[key])).toFixed(key.endsWith("MiB") ? 2 : 1);
    console.log(`${dist}${flags ? ` [${flags}]` : ""} (${runs} runs, medians): createChecker ${m("ready")} ms, clean ${m("clean")} ms, ` +
      `typo ${m("typo")} ms, total ${m("total")} ms; heap in use ${m("usedMiB")} MiB, ` +
      `memory ${m("memoryMiB")} MiB; suggestion ${s[0].suggestion}`);
  });
}
