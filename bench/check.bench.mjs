// How long a full check takes in wasm under Node: the as-you-type budget is
// 0.5 ms median for a 300-character note. Times the notes in
// bench/notes.notes (the native benchmark, check_bench.cpp, times the same
// ones) through the public library, as the compose page calls it.
//   node bench/check.bench.mjs [--rounds N]
// HANDSHAKE_CORE picks another build (e.g. dist/debug/handshake-core.mjs).
import { readFileSync } from "node:fs";
import { parseGolden } from "../tests/fixtures/golden.mjs";
import { createChecker } from "../wasm/handshake.mjs";

const roundsArg = process.argv.indexOf("--rounds");
const rounds = roundsArg > 0 ? Number(process.argv[roundsArg + 1]) : 31;
const perRound = 200;
const notes = parseGolden("notes.notes", readFileSync(new URL("notes.notes", import.meta.url), "utf8"));
const checker = await createChecker();

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

console.log(`wasm check, ${rounds} rounds of ${perRound} checks each; microseconds per check`);
for (const note of notes) {
  const draft = note.draft;
  const report = checker.check(draft);
  if (report.error) throw new Error(`${note.name}: ${report.error}`);
  for (let i = 0; i < 500; i++) checker.check(draft);  // warm up the JIT and the caches
  const perCheck = [];
  for (let r = 0; r < rounds; r++) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < perRound; i++) checker.check(draft);
    perCheck.push(Number(process.hrtime.bigint() - start) / 1000 / perRound);
  }
  const sorted = [...perCheck].sort((a, b) => a - b);
  console.log(
    `${note.name.padEnd(24)} ${String(draft.text.length).padStart(4)} chars  ` +
      `median ${median(perCheck).toFixed(1)} us  min ${sorted[0].toFixed(1)}  max ${sorted[sorted.length - 1].toFixed(1)}  ` +
      `score ${report.score}, ${report.issues.length} issues`,
  );
}
