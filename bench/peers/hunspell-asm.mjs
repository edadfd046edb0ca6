// hunspell-asm: Hunspell itself compiled to WebAssembly with Emscripten; the
// closest peer to Handshake's own spelling engine.
import dictionary from "dictionary-en";
import { loadModule } from "hunspell-asm";
import { dictionaryFiles, packageVersion, proofreadWords } from "../lib/speller.mjs";

export const info = { name: "hunspell-asm", version: packageVersion("hunspell-asm"), kind: "spelling" };

export async function load() {
  const factory = await loadModule();
  const affPath = factory.mountBuffer(dictionary.aff, "en_US.aff");
  const dicPath = factory.mountBuffer(dictionary.dic, "en_US.dic");
  const speller = factory.create(affPath, dicPath);
  return {
    proofread: (note) => proofreadWords(note.text, (w) => speller.spell(w), (w) => speller.suggest(w)),
    suggest: (word) => speller.suggest(word),
  };
}

export const download = {
  entry: 'export { loadModule } from "hunspell-asm";',
  files: dictionaryFiles,
};
