// What "proofread a note" means for a checker that only spells words: split
// the note into words, look each one up, and fetch replacements for every
// word it rejects (a user is shown a fix, not just a red line).
import { readFileSync } from "node:fs";
import { wordsOf } from "./data.mjs";

export function proofreadWords(text, isCorrect, suggest) {
  const findings = [];
  for (const word of wordsOf(text)) {
    if (isCorrect(word)) continue;
    findings.push({ word, replacements: suggest(word) });
  }
  return findings;
}

const modules = new URL("../node_modules/", import.meta.url);

// A path inside bench/node_modules.
export function modulePath(relative) {
  return new URL(relative, modules).pathname;
}

export function packageVersion(name) {
  return JSON.parse(readFileSync(modulePath(`${name}/package.json`), "utf8")).version;
}

// The en-US Hunspell dictionary the JavaScript peers are used with: npm
// `dictionary-en` (SCOWL), the one their own docs pair them with.
export const dictionaryFiles = [modulePath("dictionary-en/index.aff"), modulePath("dictionary-en/index.dic")];
