// harper.js: Harper's grammar and spelling linter (Rust) compiled to
// WebAssembly, run in-thread (LocalLinter) with its full binary.
import { LocalLinter } from "harper.js";
import { binary } from "harper.js/binary";
import { modulePath, packageVersion } from "../lib/speller.mjs";

export const info = { name: "harper.js", version: packageVersion("harper.js"), kind: "grammar + spelling" };

const plain = { language: "plaintext" };

function freeAll(lints) {
  for (const lint of lints) lint.free();
}

export async function load() {
  const linter = new LocalLinter({ binary });
  await linter.setup();
  return {
    proofread: async (note) => {
      const lints = await linter.lint(note.text, plain);
      const findings = lints.map((lint) => ({
        word: lint.get_problem_text(),
        replacements: lint.suggestions().map((s) => s.get_replacement_text()),
      }));
      freeAll(lints);
      return findings;
    },
    // Harper has no suggest(word): lint the word alone and take the
    // replacements of its spelling lint.
    suggest: async (word) => {
      const lints = await linter.lint(word, plain);
      const spelling = lints.find((lint) => lint.lint_kind() === "Spelling");
      const replacements = spelling ? spelling.suggestions().map((s) => s.get_replacement_text()) : [];
      freeAll(lints);
      return replacements;
    },
  };
}

export const download = {
  entry: 'export { LocalLinter, WorkerLinter } from "harper.js"; export { binary } from "harper.js/binary";',
  files: [modulePath("harper.js/dist/harper_wasm_bg.wasm")],
};
