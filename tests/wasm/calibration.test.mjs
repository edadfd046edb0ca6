// The calibration corpus through the wasm module: the same notes, bands and
// promises as tests/core/calibration_test.cpp, with the pass rate per band.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { FIXTURES_DIR, parseGolden, verifyCase } from "../fixtures/golden.mjs";
import { sharedChecker } from "./helpers.mjs";

const cases = parseGolden("calibration.notes", readFileSync(join(FIXTURES_DIR, "calibration.notes"), "utf8"));

let scored;
async function scoredCases() {
  const checker = await sharedChecker();
  scored ??= cases.map((c) => ({ c, report: checker.check(c.draft) }));
  return scored;
}

test("calibration: pass rate per band", async (t) => {
  assert.ok(cases.length >= 120, `the corpus needs at least 120 notes, has ${cases.length}`);
  const bands = new Map();
  const failures = [];
  for (const { c, report } of await scoredCases()) {
    const counts = bands.get(c.band) ?? { passed: 0, total: 0 };
    counts.total += 1;
    const why = verifyCase(c, report);
    if (why === "") counts.passed += 1;
    else failures.push(`${c.name}: ${why}`);
    bands.set(c.band, counts);
  }
  let passed = 0;
  let total = 0;
  const lines = [...bands.keys()].sort().map((band) => {
    const b = bands.get(band);
    passed += b.passed;
    total += b.total;
    return `${band.padEnd(12)} ${b.passed}/${b.total} ${((100 * b.passed) / b.total).toFixed(1)}%`;
  });
  lines.push(`${"all".padEnd(12)} ${passed}/${total} ${((100 * passed) / total).toFixed(1)}%`);
  t.diagnostic(`pass rate per band:\n${lines.join("\n")}`);
  console.log(`calibration (wasm): pass rate per band\n  ${lines.join("\n  ")}`);
  assert.deepEqual(failures, []);
});

test("calibration: generic notes score below 40, strong notes above 70 with no warnings", async () => {
  for (const { c, report } of await scoredCases()) {
    if (c.band === "generic") assert.ok(report.score < 40, `${c.name}: ${report.score}`);
    if (c.band === "strong") {
      assert.ok(report.score > 70, `${c.name}: ${report.score}`);
      for (const issue of report.issues) assert.equal(issue.severity, "info", `${c.name}: ${issue.rule}`);
    }
  }
});

test("calibration: each strong twin outscores its generic twin", async () => {
  const scores = new Map();
  for (const { c, report } of await scoredCases()) {
    const m = /^(twin-\d+)-(strong|generic)$/.exec(c.name);
    if (m) scores.set(`${m[1]}/${m[2]}`, report.score);
  }
  const pairs = [...scores.keys()].filter((k) => k.endsWith("/strong")).map((k) => k.split("/")[0]);
  assert.ok(pairs.length >= 10);
  for (const pair of pairs) {
    assert.ok(scores.has(`${pair}/generic`), `${pair} has no generic twin`);
    assert.ok(scores.get(`${pair}/strong`) > scores.get(`${pair}/generic`), pair);
  }
});

test("calibration: every point lost is tied to an issue", async () => {
  for (const { c, report } of await scoredCases()) {
    const lost = {};
    for (const issue of report.issues) lost[issue.category] = (lost[issue.category] ?? 0) + issue.points;
    let total = 0;
    for (const [category, score] of Object.entries(report.categories)) {
      assert.equal(score, Math.max(0, 100 - (lost[category] ?? 0)), `${c.name}: ${category}`);
      total += 100 - score;
    }
    assert.equal(report.score, Math.max(0, 100 - total), c.name);
  }
});
