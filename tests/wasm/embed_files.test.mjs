// scripts/embed-files.mjs: the project data compiled into the wasm module
// comes back byte for byte, less what the module never reads.
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { test } from "node:test";
import { embedFiles, withoutNotes } from "../../scripts/embed-files.mjs";
import { ROOT } from "./helpers.mjs";

// The bytes of each C string literal in `source`, in order of the files.
function literalBytes(source) {
  const files = [];
  for (const [, body] of source.matchAll(/const char kFile\d+\[\] =\n([\s\S]*?);\n/gu)) {
    const bytes = [];
    for (const [, piece] of body.matchAll(/"((?:[^"\\]|\\[0-7]{3})*)"/gu)) {
      for (let i = 0; i < piece.length; i += 1) {
        if (piece[i] === "\\") {
          bytes.push(Number.parseInt(piece.slice(i + 1, i + 4), 8));
          i += 3;
        } else {
          bytes.push(piece.charCodeAt(i));
        }
      }
    }
    files.push(Buffer.from(bytes));
  }
  return files;
}

test("every byte comes back from the literal, empty files included", () => {
  const every = Buffer.from(Array.from({ length: 256 }, (_, i) => i));
  const files = [
    { name: "all.bin", bytes: Buffer.concat([every, every.reverse()]) },
    { name: "empty.txt", bytes: Buffer.alloc(0) },
    { name: "zero.bin", bytes: Buffer.from([0]) },
    { name: "tricky.txt", bytes: Buffer.from('a"b\\c??=d\n7\0' + "8".repeat(300)) },
  ];
  const source = embedFiles("/data", files);
  assert.deepEqual(literalBytes(source), files.map((f) => f.bytes));
  for (const { name } of files) assert.match(source, new RegExp(`\\{"/data/${name.replace(".", "\\.")}", kFile\\d+, sizeof\\(kFile\\d+\\) - 1\\}`, "u"));
});

test("comments and the tests' examples are left out, each line kept as an empty one", () => {
  const list = "# a comment\n@rule generic\n@recipient Amy\n@flag I'd love to connect.\n@allow Fine.\nhello there\n#another\n";
  assert.equal(withoutNotes("cues.txt", Buffer.from(list)).toString(), "\n@rule generic\n\n\n\nhello there\n\n");
  // A table keeps every line that is not a comment.
  const table = "# columns\nid\tlimit\n@x\t1\n";
  assert.equal(withoutNotes("platforms.tsv", Buffer.from(table)).toString(), "\nid\tlimit\n@x\t1\n");
});

test("the project's data lists keep every entry and rule through it", () => {
  const dir = `${ROOT}/dictionaries/data/`;
  for (const name of readdirSync(dir)) {
    const original = readFileSync(dir + name, "latin1").split("\n");
    const kept = withoutNotes(name, readFileSync(dir + name)).toString("latin1").split("\n");
    assert.equal(kept.length, original.length, name);
    const read = (lines) => lines.filter((line) => line.trim() !== "" && !line.startsWith("#") && !/^@(flag|allow|recipient)\b/u.test(line));
    assert.deepEqual(read(kept), read(original), name);
  }
});
