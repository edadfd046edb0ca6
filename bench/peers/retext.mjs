// The retext stack: unified + retext-english, with retext-spell (nspell and
// dictionary-en underneath), retext-indefinite-article and
// retext-repeated-words: the nearest JavaScript equivalent of a proofreading
// pass over a note.
import dictionary from "dictionary-en";
import { retext } from "retext";
import retextIndefiniteArticle from "retext-indefinite-article";
import retextRepeatedWords from "retext-repeated-words";
import retextSpell from "retext-spell";
import { dictionaryFiles, packageVersion } from "../lib/speller.mjs";

export const info = {
  name: "retext",
  version: `${packageVersion("retext")}+spell ${packageVersion("retext-spell")}`,
  kind: "spelling + grammar",
};

// retext-spell stops suggesting after its 30th misspelling (`max`) for the
// processor's lifetime; unbounded, it proofreads every note the same way the
// other checkers do.
export async function load() {
  const processor = retext()
    .use(retextSpell, { dictionary, max: Number.POSITIVE_INFINITY })
    .use(retextIndefiniteArticle)
    .use(retextRepeatedWords)
    .freeze();
  return {
    proofread: (note) =>
      processor.processSync(note.text).messages.map((m) => ({ word: m.actual ?? "", replacements: m.expected ?? [] })),
  };
}

export const download = {
  entry: [
    'export { retext } from "retext";',
    'export { default as spell } from "retext-spell";',
    'export { default as article } from "retext-indefinite-article";',
    'export { default as repeated } from "retext-repeated-words";',
  ].join("\n"),
  files: dictionaryFiles,
};
