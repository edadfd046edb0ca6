// The two ways a report crosses the wasm boundary, and the two ways a draft
// does (wasm/bindings.cpp, wasm/handshake.mjs). check() packs a report into
// numbers and one text; a report holding a string that is not valid UTF-8
// is built property by property instead (to_object), which no valid draft
// reaches: checkUnpacked() builds every report that way, so these tests hold
// the fallback equal to the fast path, key order included. A draft of plain
// strings is written into the module's memory; one with history, or with a
// field check() would refuse, is read property by property.
import assert from "node:assert/strict";
import { before, test } from "node:test";
import { pathToFileURL } from "node:url";
import { enUsRequest, loadRawCore } from "../../bench/lib/raw-core.mjs";
import { loadGoldenCases } from "../fixtures/golden.mjs";
import { ROOT, sharedChecker } from "./helpers.mjs";

// The core module the library loads (HANDSHAKE_CORE picks the debug build).
const coreUrl = process.env.HANDSHAKE_CORE
  ? new URL(process.env.HANDSHAKE_CORE, pathToFileURL(`${process.cwd()}/`))
  : new URL("dist/handshake-core.mjs", pathToFileURL(ROOT));

const drafts = [
  ...loadGoldenCases().map((c) => c.draft),
  { text: "Hi Zoë, I enjoyed your talk 🎉 on naïve Bayes — would love to conect!", platform: "x", recipient: "Zoë" },
  { text: "hi there. i recieve your email and want to conect asap!!!", kind: "follow-up", sender: "Jo Ng" },
  { text: "", platform: "email" },
  // Empty names are as good as none; an empty platform or kind is an error.
  { text: "Hi Amy, thanks for the talk.", recipient: "", sender: "" },
];

let core;
let id;
let checker;

before(async () => {
  core = await loadRawCore(coreUrl);
  const created = core.createChecker(enUsRequest);
  assert.equal(created.error, undefined);
  ({ id } = created);
  checker = await sharedChecker();
});

test("there are drafts with issues, replacements and non-ASCII text to compare", () => {
  const reports = drafts.map((draft) => checker.check(draft));
  assert.ok(reports.some((r) => r.issues.some((issue) => issue.replacements.length > 0)));
  assert.ok(drafts.some((d) => /[^\x00-\x7f]/.test(d.text)));
});

test("the report built property by property equals the packed one, key order included", () => {
  for (const draft of drafts) {
    const unpacked = core.checkUnpacked(id, draft);
    const packed = checker.check(draft);
    assert.deepEqual(unpacked, packed, draft.text);
    assert.equal(JSON.stringify(unpacked), JSON.stringify(packed), draft.text);
  }
});

test("the layout the module states is the report's shape", () => {
  const layout = core.reportLayout();
  const report = checker.check(drafts[0]);
  assert.deepEqual(Object.keys(report.categories), layout.categories);
  assert.deepEqual(Object.keys(report.stats), layout.stats);
  assert.deepEqual(layout.severities, ["error", "warning", "info"]);
});

test("a draft read property by property gets the report of one written into memory", () => {
  for (const draft of drafts) {
    if (draft.history !== undefined) continue;
    // An empty history changes nothing in the report, but only check()
    // reads a draft that has one.
    assert.deepEqual(checker.check({ ...draft, history: [] }), checker.check(draft), draft.text);
  }
});

test("drafts check() refuses get the same error either way", () => {
  const long = "x".repeat(201);
  for (const draft of [
    { text: "Hi", platform: 7 },
    { text: "Hi", kind: "k".repeat(65) },
    { text: "Hi", recipient: long },
    { text: "Hi", sender: long },
    { text: "Hi", platform: "myspace" },
    { text: "Hi", platform: "" },
    { text: "Hi", kind: "" },
  ]) {
    const error = checker.check(draft).error;
    assert.equal(typeof error, "string", JSON.stringify(draft));
    assert.deepEqual(core.check(id, draft), { error }, JSON.stringify(draft));
  }
});
