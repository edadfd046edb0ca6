// The wasm module and the native build compile the same Hunspell source and
// must answer identically: a few hundred words, correct and misspelled.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { test } from "node:test";
import { ROOT, sharedChecker } from "./helpers.mjs";

const NATIVE = `${ROOT}/build/native-release/tests/core/handshake_spell_words`;
const DATA = `${ROOT}/build/native-release/data`;

// Every 250th stem of the en-US dictionary, and a misspelling of each made
// by a fixed edit (drop, swap or double a letter): deterministic, varied.
function parityWords() {
  const lines = readFileSync(`${DATA}/hunspell/en_US.dic`, "utf8").split("\n").slice(1);
  const words = [];
  for (let i = 0; i < lines.length; i += 250) {
    const stem = lines[i].split("/")[0].trim();
    if (stem.length < 4 || !/^[\p{L}']+$/u.test(stem)) continue;
    words.push(stem);
    const k = (i / 250) % 3;
    const p = 1 + (i % (stem.length - 2));
    words.push(k === 0 ? stem.slice(0, p) + stem.slice(p + 1)
      : k === 1 ? stem.slice(0, p) + stem[p + 1] + stem[p] + stem.slice(p + 2)
      : stem.slice(0, p) + stem[p] + stem.slice(p));
  }
  return words;
}

test("native and wasm give identical spell answers and suggestions", { skip: !existsSync(NATIVE) && "native build missing" }, async () => {
  const words = parityWords();
  assert.ok(words.length >= 300, `${words.length} words`);
  const native = execFileSync(NATIVE, [DATA], { input: `${words.join("\n")}\n`, maxBuffer: 1 << 24 })
    .toString("utf8").trim().split("\n").map((line) => JSON.parse(line));
  assert.equal(native.length, words.length);
  const checker = await sharedChecker();
  let misspelled = 0;
  for (const expected of native) {
    const correct = checker.spell(expected.word);
    const suggestions = correct ? [] : checker.suggest(expected.word, 5);
    assert.deepEqual({ word: expected.word, correct, suggestions }, expected);
    if (!correct) misspelled++;
  }
  assert.ok(misspelled >= 100, `${misspelled} misspelled words compared`);
});
