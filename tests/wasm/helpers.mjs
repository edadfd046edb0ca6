// Shared by the node:test files: the checker under test (HANDSHAKE_CORE picks
// the debug build) and a runner for the CLI.
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { createChecker } from "../../wasm/handshake.mjs";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const CLI = fileURLToPath(new URL("../../wasm/cli.mjs", import.meta.url));

let shared;
export function sharedChecker() {
  shared ??= createChecker();
  return shared;
}

export { createChecker };

/** Runs the CLI; resolves to {code, stdout, stderr}. */
export function runCli(args, { input, timeout = 60000 } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: ROOT, env: process.env });
    const out = [];
    const err = [];
    child.stdout.on("data", (d) => out.push(d));
    child.stderr.on("data", (d) => err.push(d));
    const timer = setTimeout(() => child.kill("SIGKILL"), timeout);
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout: Buffer.concat(out).toString("utf8"), stderr: Buffer.concat(err).toString("utf8") });
    });
    if (input !== undefined) child.stdin.end(input);
    else child.stdin.end();
  });
}
