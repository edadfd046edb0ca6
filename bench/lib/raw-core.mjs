// The core module instantiated on its own, outside the library (its raw
// calls are not the library's API), with the en-US dictionary that ships
// beside it lent to it the way wasm/handshake.mjs does: for the tests and
// benchmarks that call the core directly.
//
// Only Node built-ins and the library here: tests/wasm/ imports this module
// without bench/'s node_modules.
import { readFile, readdir } from "node:fs/promises";
import { lendCoreFile } from "../../wasm/handshake.mjs";

// What createChecker() takes for that dictionary (a packed word list is
// found beside the .dic path).
export const enUsRequest = Object.freeze({ language: "en-US", aff: "/user/en_US.aff", dic: "/user/en_US.dic" });

export async function loadRawCore(coreUrl) {
  const { default: factory } = await import(coreUrl.href);
  const wasmBinary = await readFile(new URL("handshake-core.wasm", coreUrl));
  const core = await factory({ wasmBinary, print: () => {}, printErr: () => {} });
  // Every en-US file the build ships (affix rules, packed word list, word
  // frequencies), under the names it ships them with, lent for good.
  const dictionaries = new URL("dictionaries/", coreUrl);
  for (const name of (await readdir(dictionaries)).filter((file) => file.startsWith("en_US.")))
    lendCoreFile(core, `/user/${name}`, await readFile(new URL(name, dictionaries)));
  return core;
}
