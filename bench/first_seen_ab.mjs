// Two builds side by side in one Node process, each note timed on both
// checkers back to back (which goes first alternates), so machine load
// falls on both alike:
//
//   node bench/first_seen_ab.mjs BASE_TREE NEW_TREE [VARIANTS] [FRESH_ROUNDS]
//
// BASE_TREE and NEW_TREE are checkouts with a dist/ (scripts/build.sh
// wasm-release). "warm": the notes of the peer benchmark's "notes without
// typos" figure (bench/run-peer.mjs): the templates of bench/data/notes.txt
// without [[typo]] slots, names cycled, after three warm-up variants of every
// template (the peer benchmark warms for 2 s; here both builds share the
// process, and the order alternates); the words are known, and past 32
// variants a note's text comes round again, which costs what a new text
// does (the checker keeps no whole-note memory). "fresh": the first check
// of each such note by a newly created checker (no word known), FRESH_ROUNDS
// checkers per build. "suggest": one suggest() of each of the first 1000
// plain-word misspellings (as in the peer benchmark) on both checkers, after
// both built their suggestion index. Prints the medians and the median
// per-note (per-word) ratio.
import { readFileSync } from "node:fs";

const [baseTree, newTree] = process.argv.slice(2, 4);
const variants = Number(process.argv[4] ?? 300);
const freshRounds = Number(process.argv[5] ?? 5);
if (!baseTree || !newTree) {
  console.error("usage: node bench/first_seen_ab.mjs BASE_TREE NEW_TREE [VARIANTS] [FRESH_ROUNDS]");
  process.exit(2);
}
const { loadMisspellingPairs, recipientNames } = await import("./lib/data.mjs");
const templates = readFileSync(new URL("./data/notes.txt", import.meta.url), "utf8")
  .split("\n")
  .filter((line) => line.trim() !== "" && !line.startsWith("#"));
const fill = (template, index, variant) => {
  const name = recipientNames[(variant + index) % recipientNames.length];
  // A template's own typos as written (the warm-up checks them too).
  const text = template.replaceAll("{name}", name).replace(/\[\[([^\]]+)\]\]/g, "$1");
  return { text, recipient: name, typos: template.includes("[[") };
};
const draft = (note) => ({ text: note.text, platform: "linkedin", kind: "invite", recipient: note.recipient });
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
// Times run(side) on both builds, in `order`, into a series: both builds'
// times and the per-item ratio (new / base).
const series = () => ({ ms: [[], []], ratios: [] });
const timeBoth = (into, order, run) => {
  const ms = [];
  for (const side of order) {
    const start = performance.now();
    run(side);
    ms[side] = performance.now() - start;
  }
  into.ms[0].push(ms[0]);
  into.ms[1].push(ms[1]);
  into.ratios.push(ms[1] / ms[0]);
};

const factories = [];
for (const tree of [baseTree, newTree]) factories.push((await import(`${tree}/wasm/handshake.mjs`)).createChecker);
const checkers = await Promise.all(factories.map((create) => create({ language: "en-US" })));

for (let v = variants + 1; v <= variants + 3; v += 1)
  templates.forEach((t, i) => checkers.forEach((c) => c.check(draft(fill(t, i, v)))));
const warm = series();
let turn = 0;
for (let v = 1; v <= variants; v += 1) {
  templates.forEach((t, i) => {
    const note = fill(t, i, v);
    if (note.typos) return;
    const order = turn++ % 2 === 0 ? [0, 1] : [1, 0];
    timeBoth(warm, order, (side) => checkers[side].check(draft(note)));
  });
}

const fresh = series();
for (let round = 0; round < freshRounds; round += 1) {
  const order = round % 2 === 0 ? [0, 1] : [1, 0];
  const freshCheckers = [];
  for (const side of order) freshCheckers[side] = await factories[side]({ language: "en-US" });
  templates.forEach((t, i) => {
    const note = fill(t, i, round);
    if (note.typos) return;
    timeBoth(fresh, order, (side) => freshCheckers[side].check(draft(note)));
  });
  freshCheckers.forEach((c) => c.dispose());
}

const suggest = series();
checkers.forEach((c) => c.prepareSuggestions());
loadMisspellingPairs(1000).forEach(({ misspelling }, k) => {
  timeBoth(suggest, k % 2 === 0 ? [0, 1] : [1, 0], (side) => checkers[side].suggest(misspelling));
});

const round4 = (x) => Number(x.toFixed(4));
const summary = (key, { ms, ratios }) => ({
  [key]: ms[0].length, baseMs: round4(median(ms[0])), newMs: round4(median(ms[1])), ratio: round4(median(ratios)),
});
console.log(JSON.stringify({
  warm: summary("notes", warm),
  fresh: summary("notes", fresh),
  suggest: summary("words", suggest),
}));
