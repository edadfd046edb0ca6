// The core's native instruction count, held to a recorded baseline.
//
// callgrind counts the instructions of creating a checker (the dictionary and
// data files) and of checking each golden note (tests/fixtures/*.notes) in
// build/native-release/bench/handshake_count_instructions. The count is the
// same on every run of the same binary, so unlike a timing it can sit in a
// test: a change that makes loading, or checking the golden notes that the
// baseline knows, cost more than MARGIN above the baseline fails here.
//
// After an intended change (or new golden notes), record a new baseline:
//   HANDSHAKE_UPDATE_BASELINE=1 node --test tests/budget/
// and commit tests/budget/instructions.baseline.json with the change.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { after, before, test } from "node:test";
import { fileURLToPath } from "node:url";

const root = resolve(fileURLToPath(import.meta.url), "../../..");
const buildDir = resolve(root, process.env.HANDSHAKE_NATIVE_BUILD ?? "build/native-release");
const counter = join(buildDir, "bench/handshake_count_instructions");
const dataDir = join(buildDir, "data");
const fixturesDir = join(root, "tests/fixtures");
const baselinePath = fileURLToPath(new URL("./instructions.baseline.json", import.meta.url));
const updating = process.env.HANDSHAKE_UPDATE_BASELINE === "1";

// How far above the baseline a count may rise before the test fails.
const MARGIN = 0.03;

let outDir;
let counts; // { load: n, cases: { "file/case": n } }

function compilerVersion() {
  const cache = readFileSync(join(buildDir, "CMakeCache.txt"), "utf8");
  const compiler = /^CMAKE_CXX_COMPILER:\w+=(.*)$/m.exec(cache)?.[1] ?? "c++";
  const version = spawnSync(compiler, ["--version"], { encoding: "utf8" });
  return version.stdout.split("\n")[0];
}

// { trigger: count } from callgrind's dump files ("desc: Trigger: Client
// Request: NAME" and "summary: N" in each).
function readDumps(dir) {
  const dumps = {};
  for (const name of readdirSync(dir)) {
    const text = readFileSync(join(dir, name), "latin1");
    const trigger = /^desc: Trigger: Client Request: (.*)$/m.exec(text)?.[1];
    const summary = /^summary: (\d+)$/m.exec(text)?.[1];
    if (trigger !== undefined && summary !== undefined) dumps[trigger] = Number(summary);
  }
  return dumps;
}

before(() => {
  assert.ok(
    existsSync(counter),
    `${counter} is missing: build it with cmake --preset native-release -DHANDSHAKE_BUILD_BENCH=ON && cmake --build build/native-release`,
  );
  const valgrind = spawnSync("valgrind", ["--version"], { encoding: "utf8" });
  assert.equal(valgrind.status, 0, "valgrind is missing: scripts/setup.sh --test installs it");

  outDir = mkdtempSync(join(tmpdir(), "handshake-callgrind-"));
  const run = spawnSync(
    "valgrind",
    ["--tool=callgrind", `--callgrind-out-file=${join(outDir, "out")}`, counter, dataDir, fixturesDir],
    { encoding: "utf8", timeout: 10 * 60 * 1000 },
  );
  assert.equal(run.status, 0, `the instruction counter failed:\n${run.stdout}\n${run.stderr}`);
  const dumps = readDumps(outDir);
  counts = { load: dumps.load, cases: {} };
  for (const [trigger, count] of Object.entries(dumps)) {
    if (trigger.startsWith("check ")) counts.cases[trigger.slice("check ".length)] = count;
  }
  assert.ok(counts.load > 0, "callgrind reported no instructions for loading the checker");
  assert.ok(Object.keys(counts.cases).length > 0, "callgrind reported no golden notes checked");

  if (updating) {
    const baseline = {
      comment: "Instructions counted by tests/budget/instructions.test.mjs; rewrite with HANDSHAKE_UPDATE_BASELINE=1.",
      recorded: new Date().toISOString().slice(0, 10),
      compiler: compilerVersion(),
      load: counts.load,
      cases: counts.cases,
    };
    writeFileSync(baselinePath, `${JSON.stringify(baseline, null, 2)}\n`);
  }
});

after(() => {
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

function baseline() {
  assert.ok(existsSync(baselinePath), `no baseline at ${baselinePath}: record one with HANDSHAKE_UPDATE_BASELINE=1`);
  return JSON.parse(readFileSync(baselinePath, "utf8"));
}

const millions = (n) => `${(n / 1e6).toFixed(2)} M`;
const change = (now, was) => `${now >= was ? "+" : ""}${((100 * (now - was)) / was).toFixed(2)}%`;

test(`loading the checker costs at most ${100 * MARGIN}% more instructions than the baseline`, (t) => {
  const recorded = baseline();
  const compiler = compilerVersion();
  if (compiler !== recorded.compiler) t.diagnostic(`baseline recorded with ${recorded.compiler}, this build uses ${compiler}`);
  t.diagnostic(`load: ${millions(counts.load)} instructions, baseline ${millions(recorded.load)} (${change(counts.load, recorded.load)})`);
  assert.ok(
    counts.load <= recorded.load * (1 + MARGIN),
    `loading now costs ${counts.load} instructions, ${change(counts.load, recorded.load)} over the baseline ${recorded.load}`,
  );
});

test(`checking the golden notes costs at most ${100 * MARGIN}% more instructions than the baseline`, (t) => {
  const recorded = baseline();
  const shared = Object.keys(counts.cases).filter((name) => name in recorded.cases);
  const added = Object.keys(counts.cases).filter((name) => !(name in recorded.cases));
  assert.ok(shared.length > 0, "no golden note of the baseline is left: record a new baseline");
  if (added.length) t.diagnostic(`not in the baseline yet (not counted): ${added.join(", ")}`);

  const now = shared.reduce((sum, name) => sum + counts.cases[name], 0);
  const was = shared.reduce((sum, name) => sum + recorded.cases[name], 0);
  t.diagnostic(`check of ${shared.length} golden notes: ${millions(now)} instructions, baseline ${millions(was)} (${change(now, was)})`);
  if (now < was * (1 - MARGIN)) t.diagnostic("well under the baseline: record the gain with HANDSHAKE_UPDATE_BASELINE=1");

  const worst = shared
    .map((name) => ({ name, rise: counts.cases[name] - recorded.cases[name] }))
    .sort((a, b) => b.rise - a.rise)
    .slice(0, 5)
    .map(({ name }) => `${name}: ${counts.cases[name]} (${change(counts.cases[name], recorded.cases[name])})`);
  assert.ok(now <= was * (1 + MARGIN), `checking the golden notes rose ${change(now, was)}; largest rises:\n  ${worst.join("\n  ")}`);
});
