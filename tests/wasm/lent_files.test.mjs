// The module has no file system (-sFILESYSTEM=0): it reads its data and a
// language's dictionary files as files lent in its memory (src/lent_files.h,
// wasm/bindings.cpp's lendFile / takeBackFile, wasm/handshake.mjs).
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { before, test } from "node:test";
import { pathToFileURL } from "node:url";
import { enUsRequest, loadRawCore } from "../../bench/lib/raw-core.mjs";
import { lendCoreFile } from "../../wasm/handshake.mjs";
import { ROOT } from "./helpers.mjs";

const coreUrl = process.env.HANDSHAKE_CORE
  ? new URL(process.env.HANDSHAKE_CORE, pathToFileURL(`${process.cwd()}/`))
  : new URL("dist/handshake-core.mjs", pathToFileURL(ROOT));

let core;

before(async () => {
  core = await loadRawCore(coreUrl);
});

test("the module has no file system: a path nothing is lent under is a missing file", () => {
  assert.equal(core.FS, undefined);
  const created = core.createChecker({ language: "en-US", aff: "/user/none.aff", dic: "/user/none.dic" });
  assert.match(created.error, /none\.(aff|dic)/);
  // The project data is lent at start-up: the raw core's en-US checker works.
  const { id, error } = core.createChecker(enUsRequest);
  assert.equal(error, undefined);
  assert.equal(core.spell(id, "receive"), true);
  core.destroyChecker(id);
});

test("files lent are read until they are taken back", async () => {
  const dictionaries = new URL("dictionaries/", coreUrl);
  const aff = await readFile(new URL("en_US.aff", dictionaries));
  const packed = await readFile(new URL("en_US.dic.packed", dictionaries));
  lendCoreFile(core, "/user/lent.aff", aff);
  lendCoreFile(core, "/user/lent.dic.packed", packed);
  const request = { language: "en-US", aff: "/user/lent.aff", dic: "/user/lent.dic" };
  const created = core.createChecker(request);
  assert.equal(created.error, undefined);
  core.takeBackFile("/user/lent.aff");
  core.takeBackFile("/user/lent.dic.packed");
  // The checker keeps what it read: suggestions (built later) still work.
  assert.equal(core.suggest(created.id, "recieve", 5)[0], "receive");
  core.destroyChecker(created.id);
  assert.match(core.createChecker(request).error, /lent\.(aff|dic)/);
  core.takeBackFile("/user/never-lent");  // harmless
});

test("lendFile refuses a size no file has, and lending again replaces", () => {
  for (const size of [-1, Number.NaN, Infinity, 2 ** 40]) assert.equal(core.lendFile("/user/x", size), 0, String(size));
  const first = core.lendFile("/user/x", 4);
  assert.notEqual(first, 0);
  const second = core.lendFile("/user/x", 8);
  assert.notEqual(second, 0);
  core.takeBackFile("/user/x");
});
