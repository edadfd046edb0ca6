// createChecker's `wasmModule` option: a module compiled elsewhere (the
// compose page compiles it for its worker) is the one instantiated; anything
// else, or a rejected promise, and the library compiles the .wasm itself.
// Each case runs in its own Node process: the library keeps one instance of
// the core per URL, so the first checker of a process decides how it loads.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { test } from "node:test";
import { ROOT } from "./helpers.mjs";

function runCase(given) {
  const script = `
    import { readFile } from "node:fs/promises";
    import { pathToFileURL } from "node:url";
    import { createChecker } from ${JSON.stringify(new URL("../../wasm/handshake.mjs", import.meta.url).href)};
    const core = process.env.HANDSHAKE_CORE ? new URL(process.env.HANDSHAKE_CORE, pathToFileURL(process.cwd() + "/"))
                                            : new URL("dist/handshake-core.mjs", pathToFileURL(${JSON.stringify(ROOT)}));
    const compiled = await WebAssembly.compile(await readFile(new URL("handshake-core.wasm", core)));
    let instantiatedFrom = null;
    const instantiate = WebAssembly.instantiate;
    WebAssembly.instantiate = (module, imports) => {
      instantiatedFrom = module;
      return instantiate(module, imports);
    };
    const given = ${given};
    const checker = await createChecker({ wasmModule: given });
    const report = checker.check({ text: "Hi Amy, I enjoyed your presentaton.", platform: "linkedin" });
    console.log(JSON.stringify({
      sameModule: instantiatedFrom === compiled,
      ownModule: instantiatedFrom instanceof WebAssembly.Module && instantiatedFrom !== compiled,
      spelling: report.issues.filter((issue) => issue.rule === "spelling").map((issue) => issue.replacements[0]),
    }));
  `;
  const child = spawnSync(process.execPath, ["--input-type=module", "-e", script],
    { cwd: ROOT, env: process.env, encoding: "utf8", timeout: 60000 });
  assert.equal(child.status, 0, child.stderr);
  return JSON.parse(child.stdout.trim().split("\n").pop());
}

test("a compiled module given as wasmModule is the one instantiated", () => {
  assert.deepEqual(runCase("compiled"), { sameModule: true, ownModule: false, spelling: ["presentation"] });
});

test("a promise of the module works the same", () => {
  assert.deepEqual(runCase("Promise.resolve(compiled)"), { sameModule: true, ownModule: false, spelling: ["presentation"] });
});

test("a rejected promise or something that is not a module: the library compiles the .wasm itself", () => {
  const fallback = { sameModule: false, ownModule: true, spelling: ["presentation"] };
  assert.deepEqual(runCase("Promise.reject(new Error('the page could not compile it'))"), fallback);
  assert.deepEqual(runCase("null"), fallback);
  assert.deepEqual(runCase("new Uint8Array(8)"), fallback);
});
