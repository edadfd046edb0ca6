// write-good: a naive prose style linter (weasel words, passive voice,
// clichés); no spelling at all.
import writeGood from "write-good";
import { packageVersion } from "../lib/speller.mjs";

export const info = { name: "write-good", version: packageVersion("write-good"), kind: "style" };

export async function load() {
  return {
    proofread: (note) => writeGood(note.text).map((s) => ({ word: note.text.slice(s.index, s.index + s.offset), replacements: [] })),
  };
}

export const download = {
  entry: 'export { default } from "write-good";',
  files: [],
};
