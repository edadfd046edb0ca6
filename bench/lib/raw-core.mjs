// The core module instantiated on its own, outside the library (its raw
// calls are not the library's API), with the en-US dictionary that ships
// beside it written into its file system the way wasm/handshake.mjs does:
// for the tests and benchmarks that call the core directly.
//
// Only Node built-ins here: tests/wasm/ imports this module without bench/'s
// node_modules.
import { readFile } from "node:fs/promises";

// What createChecker() takes for that dictionary (a packed word list is
// found beside the .dic path).
export const enUsRequest = Object.freeze({ language: "en-US", aff: "/user/en_US.aff", dic: "/user/en_US.dic" });

export async function loadRawCore(coreUrl) {
  const { default: factory } = await import(coreUrl.href);
  const wasmBinary = await readFile(new URL("handshake-core.wasm", coreUrl));
  const core = await factory({ wasmBinary, print: () => {}, printErr: () => {} });
  core.FS.mkdirTree("/user");
  for (const name of ["en_US.aff", "en_US.dic.packed", "en_US.freq"])
    core.FS.writeFile(`/user/${name}`, await readFile(new URL(`dictionaries/${name}`, coreUrl)));
  return core;
}
