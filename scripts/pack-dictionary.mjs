#!/usr/bin/env node
// Packs a Hunspell .dic into the form the wasm module embeds: the same lines,
// front-coded, with the stems and their flags in two runs. A sorted word
// list shares most of each stem with the one before it, and flags ("/MS")
// compress best next to other flags, so the packed file gzips a quarter
// smaller than the .dic it holds (en_US: 302 KB -> 228 KB), and the module
// embeds a third of the bytes. src/packed_dictionary.cpp unpacks it at load.
//
//   node scripts/pack-dictionary.mjs IN.dic OUT.dic.packed
//
// Format (all counts decimal ASCII):
//   "HSDIC1 <entries>\n"
//   the .dic's first line (the word count), verbatim, "\n"
//   per entry: one byte = bytes shared with the previous stem (0-255), the
//              rest of the stem, "\n"
//   per entry: what followed the stem on its line ("/flags ..."), "\n"
// An entry's stem is its line up to the first "/" (the whole line when it
// has none); every line comes back byte for byte, ending in "\n".
import { readFileSync, writeFileSync } from "node:fs";

export function packDictionary(dic) {
  const text = Buffer.isBuffer(dic) ? dic : Buffer.from(dic);
  const lines = [];
  let start = 0;
  for (let i = 0; i < text.length; i += 1) {
    if (text[i] === 0x0a) {
      lines.push(text.subarray(start, i));
      start = i + 1;
    }
  }
  if (start < text.length) lines.push(text.subarray(start));
  if (lines.length === 0) throw new Error("empty dictionary");
  const [countLine, ...entries] = lines;

  const stems = [];
  const rests = [];
  let previous = Buffer.alloc(0);
  for (const line of entries) {
    const slash = line.indexOf(0x2f);
    const stem = slash < 0 ? line : line.subarray(0, slash);
    const rest = slash < 0 ? Buffer.alloc(0) : line.subarray(slash);
    let shared = 0;
    const limit = Math.min(255, stem.length, previous.length);
    while (shared < limit && stem[shared] === previous[shared]) shared += 1;
    stems.push(Buffer.from([shared]), stem.subarray(shared), Buffer.from("\n"));
    rests.push(rest, Buffer.from("\n"));
    previous = stem;
  }
  return Buffer.concat([
    Buffer.from(`HSDIC1 ${entries.length}\n`),
    countLine,
    Buffer.from("\n"),
    ...stems,
    ...rests,
  ]);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [input, output] = process.argv.slice(2);
  if (!input || !output) {
    console.error("usage: node scripts/pack-dictionary.mjs IN.dic OUT.dic.packed");
    process.exit(2);
  }
  writeFileSync(output, packDictionary(readFileSync(input)));
}
