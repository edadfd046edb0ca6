// nspell: Hunspell's algorithm reimplemented in JavaScript.
import dictionary from "dictionary-en";
import nspell from "nspell";
import { dictionaryFiles, packageVersion, proofreadWords } from "../lib/speller.mjs";

export const info = { name: "nspell", version: packageVersion("nspell"), kind: "spelling" };

export async function load() {
  const speller = nspell(dictionary);
  return {
    proofread: (note) => proofreadWords(note.text, (w) => speller.correct(w), (w) => speller.suggest(w)),
    suggest: (word) => speller.suggest(word),
  };
}

export const download = {
  entry: 'export { default } from "nspell";',
  files: dictionaryFiles,
};
