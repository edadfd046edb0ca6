// Typo.js: a Hunspell-style spell checker in JavaScript.
import dictionary from "dictionary-en";
import Typo from "typo-js";
import { dictionaryFiles, packageVersion, proofreadWords } from "../lib/speller.mjs";

export const info = { name: "typo-js", version: packageVersion("typo-js"), kind: "spelling" };

export async function load() {
  const decoder = new TextDecoder();
  const speller = new Typo("en_US", decoder.decode(dictionary.aff), decoder.decode(dictionary.dic));
  return {
    proofread: (note) => proofreadWords(note.text, (w) => speller.check(w), (w) => speller.suggest(w)),
    suggest: (word) => speller.suggest(word),
  };
}

export const download = {
  entry: 'export { default } from "typo-js";',
  files: dictionaryFiles,
};
