// Whether two builds' wasm modules give byte-identical reports:
//
//   node bench/compare_reports.mjs BASE_TREE NEW_TREE
//
// Every golden note (tests/fixtures), bench/notes.notes, the fuzz seeds and
// the bench/data/notes.txt templates, each as given, bare (no names or
// history) and named (names plus a history holding the note itself),
// checked twice by one checker per build, and three bad drafts. Each report
// is compared as JSON text; the first differences are printed.
import { readFileSync, readdirSync } from "node:fs";
const [baseTree, newTree] = process.argv.slice(2);
if (!baseTree || !newTree) {
  console.error("usage: node bench/compare_reports.mjs BASE_TREE NEW_TREE");
  process.exit(2);
}
const { parseGolden, loadGoldenCases } = await import(`${newTree}/tests/fixtures/golden.mjs`);
const drafts = loadGoldenCases().map((c) => c.draft);
for (const c of parseGolden("notes.notes", readFileSync(`${newTree}/bench/notes.notes`, "utf8"))) drafts.push(c.draft);
for (const f of readdirSync(`${newTree}/tests/fuzz/seeds/notes`)) drafts.push({ text: readFileSync(`${newTree}/tests/fuzz/seeds/notes/${f}`, "utf8") });
for (const l of readFileSync(`${newTree}/bench/data/notes.txt`, "utf8").split("\n")) if (l && !l.startsWith("#")) drafts.push({ text: l.replaceAll("{name}", "Amy").replace(/\[\[([^\]]+)\]\]/g, (_, w) => w), recipient: "Amy" });
const out = [];
for (const tree of [baseTree, newTree]) {
  const { createChecker } = await import(`${tree}/wasm/handshake.mjs`);
  const checker = await createChecker({ language: "en-US" });
  const lines = [];
  for (const d of drafts) {
    const bare = { ...d, recipient: undefined, sender: undefined, history: undefined };
    const named = { ...d, recipient: d.recipient || "Amy Chen", sender: d.sender || "John Smith", history: [...(d.history || []), "Hi Sam, great to meet you at the meetup!", d.text] };
    for (const v of [d, bare, named]) for (let k = 0; k < 2; k++) lines.push(JSON.stringify(checker.check(v)));
  }
  lines.push(JSON.stringify(checker.check("x".repeat(2e6))), JSON.stringify(checker.check({ text: 5 })), JSON.stringify(checker.check({ text: "hi", platform: 7 })));
  out.push(lines);
}
let diff = 0;
for (let i = 0; i < out[0].length; i++) if (out[0][i] !== out[1][i]) { if (diff++ < 3) console.log("DIFF", i, out[0][i].slice(0, 200), "\n    ", out[1][i].slice(0, 200)); }
console.log(`${drafts.length} drafts, ${out[0].length} reports compared, ${diff} differ`);
process.exitCode = diff === 0 ? 0 : 1;
