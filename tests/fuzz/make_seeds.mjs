#!/usr/bin/env node
// Writes the fuzz targets' seed corpora, generated fresh from the project's
// own material so they follow it as it grows: every golden fixture's note
// (tests/fixtures/*.notes), the data files, the bundled Hunspell
// dictionaries (sampled), Hunspell's own UTF-8 test dictionaries when its
// source is at hand, and the hand-written seeds in tests/fuzz/seeds/.
// Nothing generated is committed; the corpora live in the build tree.
//   node tests/fuzz/make_seeds.mjs OUT_DIR DATA_DIR [HUNSPELL_TESTS_DIR]
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadGoldenCases } from "../fixtures/golden.mjs";

const [outDir, dataDir, hunspellTests] = process.argv.slice(2);
if (!outDir || !dataDir) {
  console.error("usage: make_seeds.mjs OUT_DIR DATA_DIR [HUNSPELL_TESTS_DIR]");
  process.exit(2);
}
const HERE = fileURLToPath(new URL(".", import.meta.url));
const FIELD = "\x1f";  // the structured draft's field separator (fuzz_support.h)
const DIC_MARKER = "\n@@dic@@\n";  // dictionary_fuzzer's .aff/.dic separator
const MAX_SEED_BYTES = 64 * 1024;

// UTF-8 as Emscripten writes a JS string: a lone surrogate becomes its own
// three-byte sequence (ED A0..BF xx) rather than U+FFFD, so those bytes reach
// the core too.
function wtf8(text) {
  const bytes = [];
  for (let i = 0; i < text.length; i++) {
    let cp = text.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        cp = 0x10000 + ((cp - 0xd800) << 10) + (low - 0xdc00);
        i++;
      }
    }
    if (cp < 0x80) bytes.push(cp);
    else if (cp < 0x800) bytes.push(0xc0 | (cp >> 6), 0x80 | (cp & 63));
    else if (cp < 0x10000) bytes.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
    else bytes.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
  }
  return Buffer.from(bytes);
}

const counts = {};
function seed(target, content) {
  const bytes = Buffer.isBuffer(content) ? content : wtf8(content);
  if (bytes.length > MAX_SEED_BYTES) return;
  const dir = join(outDir, target);
  mkdirSync(dir, { recursive: true });
  const name = createHash("sha1").update(bytes).digest("hex");
  writeFileSync(join(dir, name), bytes);
  counts[target] = (counts[target] ?? 0) + 1;
}

// Notes: the fixtures' drafts, for check, tokenizer and (whole) draft.
for (const c of loadGoldenCases()) {
  const d = c.draft;
  seed("check_fuzzer", d.text);
  seed("tokenizer_fuzzer", d.text);
  for (const h of d.history ?? []) seed("tokenizer_fuzzer", h);
  const fields = [d.text, d.platform ?? "", d.kind ?? "", d.recipient ?? "", d.sender ?? "", ...(d.history ?? [])];
  while (fields.length > 1 && fields.at(-1) === "") fields.pop();
  seed("draft_fuzzer", fields.join(FIELD));
}

// Data files: the selector byte is the file's index in the sorted list of
// *.txt and *.tsv files, as data_files_fuzzer.cpp builds it.
const dataFiles = readdirSync(dataDir)
  .filter((n) => (n.endsWith(".txt") || n.endsWith(".tsv")) && statSync(join(dataDir, n)).isFile())
  .sort();
dataFiles.forEach((name, index) => {
  const content = readFileSync(join(dataDir, name));
  seed("data_files_fuzzer", Buffer.concat([Buffer.from([index]), content]));
  // The list entries alone, as a short seed: phrase banks are long.
  const lines = content.toString("utf8").split("\n");
  seed("data_files_fuzzer", Buffer.concat([Buffer.from([index]), wtf8(lines.slice(0, 40).join("\n"))]));
  // And their examples as notes.
  for (const line of lines) {
    const m = /^@(flag|allow)\s+(.*)$/.exec(line);
    if (m) {
      seed("check_fuzzer", m[2]);
      seed("draft_fuzzer", [m[2], "", "", "Amy Chen", "John Smith"].join(FIELD));
    }
  }
});

// Dictionaries: each bundled .aff with a sample of its .dic (the word count
// rewritten to match), and Hunspell's own UTF-8 test dictionaries.
function sampleDic(dic, words) {
  const lines = dic.toString("utf8").split("\n").slice(1).filter(Boolean);
  const step = Math.max(1, Math.floor(lines.length / words));
  const picked = lines.filter((_, i) => i % step === 0).slice(0, words);
  return `${picked.length}\n${picked.join("\n")}\n`;
}
for (const name of readdirSync(join(dataDir, "hunspell")).filter((n) => n.endsWith(".aff")).sort()) {
  const aff = readFileSync(join(dataDir, "hunspell", name));
  const dic = readFileSync(join(dataDir, "hunspell", name.replace(/\.aff$/, ".dic")));
  for (const words of [20, 300]) seed("dictionary_fuzzer", Buffer.concat([aff, Buffer.from(DIC_MARKER), Buffer.from(sampleDic(dic, words))]));
}
if (hunspellTests && existsSync(hunspellTests)) {
  for (const name of readdirSync(hunspellTests).filter((n) => n.endsWith(".aff")).sort()) {
    const aff = readFileSync(join(hunspellTests, name));
    const dicPath = join(hunspellTests, name.replace(/\.aff$/, ".dic"));
    if (!existsSync(dicPath) || !/^SET UTF-8/m.test(aff.toString("latin1"))) continue;
    seed("dictionary_fuzzer", Buffer.concat([aff, Buffer.from(DIC_MARKER), readFileSync(dicPath)]));
  }
}

// Hand-written seeds: tests/fuzz/seeds/notes/* are notes (for the check,
// tokenizer and draft targets); tests/fuzz/seeds/<target>/* go to one target.
const handWritten = join(HERE, "seeds");
if (existsSync(handWritten)) {
  for (const dir of readdirSync(handWritten)) {
    for (const file of readdirSync(join(handWritten, dir))) {
      const bytes = readFileSync(join(handWritten, dir, file));
      const targets = dir === "notes" ? ["check_fuzzer", "tokenizer_fuzzer", "draft_fuzzer"] : [dir];
      for (const target of targets) seed(target, bytes);
    }
  }
}

for (const [target, n] of Object.entries(counts).sort()) console.log(`${target}: ${n} seeds`);
