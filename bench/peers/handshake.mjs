// Handshake: the project's own C++ core (Hunspell inside) compiled to
// WebAssembly, through its JavaScript library, as a page uses it.
import { createChecker } from "../../wasm/handshake.mjs";
import { checkerDownload } from "../lib/page-download.mjs";

export const info = { name: "handshake", version: "this tree", kind: "spelling + note checks" };

export async function load() {
  const checker = await createChecker({ language: "en-US" });
  return {
    proofread: (note) =>
      checker
        .check({ text: note.text, platform: "linkedin", kind: "invite", recipient: note.recipient })
        .issues.map((issue) => ({ word: note.text.slice(issue.start, issue.end), replacements: issue.replacements })),
    suggest: (word) => checker.suggest(word),
  };
}

export const download = {
  // Exactly the files the page fetches (from the built site, minified),
  // gzipped one by one.
  parts: () => {
    const { gzip, raw, files } = checkerDownload();
    return { gzip, raw, parts: files };
  },
};
