// The golden fixtures shared with GoogleTest and the browser tests.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { loadGoldenCases, verifyCase } from "../fixtures/golden.mjs";
import { sharedChecker } from "./helpers.mjs";

const cases = loadGoldenCases();

describe("golden fixtures", () => {
  test("there are fixtures to run", () => assert.ok(cases.length >= 10));
  for (const c of cases) {
    test(`${c.file}: ${c.name}`, async () => {
      const checker = await sharedChecker();
      const failure = verifyCase(c, checker.check(c.draft));
      assert.equal(failure, "", `${c.file}:${c.line} ${c.name}`);
    });
  }
});
