// What touching memory for the first time costs on this machine, and how
// much of the wasm cold start it is. One fresh Node process per sample:
//   1. a fresh 16 MiB WebAssembly.Memory written once per 4 KB page, then
//      again (the second pass is the cost without page faults);
//   2. createChecker() and the suggestion index build, each as is and after
//      every page of the module's memory was touched first (not counted),
//      alternating.
//
//   node bench/first_touch.mjs [--runs N] [DIST_DIR]   (default: dist/)
import { execFileSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { enUsRequest, loadRawCore } from "./lib/raw-core.mjs";

const PAGE = 4096;

// Writes each page's first byte back: the page is mapped, its contents kept.
function touchPages(bytes) {
  for (let i = 0; i < bytes.length; i += PAGE) bytes[i] = bytes[i];
}

function pageCost() {
  const memory = new WebAssembly.Memory({ initial: 256, maximum: 32768 });
  const bytes = new Uint8Array(memory.buffer);
  let t = performance.now();
  touchPages(bytes);
  const first = performance.now() - t;
  t = performance.now();
  touchPages(bytes);
  return { pages: bytes.length / PAGE, firstMs: first, againMs: performance.now() - t };
}

async function load(dist, pretouch) {
  const core = await loadRawCore(pathToFileURL(path.join(dist, "handshake-core.mjs")));
  if (pretouch) touchPages(core.HEAPU8);
  let t = performance.now();
  const created = core.createChecker(enUsRequest);
  const createMs = performance.now() - t;
  if (created.error) throw new Error(created.error);
  t = performance.now();
  core.prepareSuggestions(created.id);
  return { createMs, prepareMs: performance.now() - t };
}

const self = fileURLToPath(import.meta.url);
const [mode, arg] = process.argv.slice(2);
if (mode === "--pages") {
  process.stdout.write(JSON.stringify(pageCost()));
} else if (mode === "--load" || mode === "--load-pretouched") {
  process.stdout.write(JSON.stringify(await load(arg, mode === "--load-pretouched")));
} else {
  const args = process.argv.slice(2);
  let runs = 9;
  const runsAt = args.indexOf("--runs");
  if (runsAt >= 0) runs = Number(args.splice(runsAt, 2)[1]);
  const dist = path.resolve(args[0] ?? path.join(path.dirname(self), "../dist"));
  const sample = (...a) => JSON.parse(execFileSync(process.execPath, [self, ...a]));
  const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];
  const pages = [], plain = [], pretouched = [];
  for (let r = 0; r < runs; r++) {
    pages.push(sample("--pages"));
    plain.push(sample("--load", dist));
    pretouched.push(sample("--load-pretouched", dist));
  }
  const first = median(pages.map((p) => p.firstMs));
  console.log(`first touch of ${pages[0].pages} pages: ${first.toFixed(1)} ms ` +
              `(${((first / pages[0].pages) * 1000).toFixed(1)} µs a page), again ` +
              `${median(pages.map((p) => p.againMs)).toFixed(2)} ms (medians of ${runs} processes)`);
  for (const [name, rows] of [["as is", plain], ["memory touched first", pretouched]]) {
    console.log(`${name.padEnd(22)} createChecker ${median(rows.map((r) => r.createMs)).toFixed(1)} ms, ` +
                `index build ${median(rows.map((r) => r.prepareMs)).toFixed(1)} ms`);
  }
}
