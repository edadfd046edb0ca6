// What a browser downloads for the en-US checker, held to the budget: at
// most 400 KB gzipped, dictionary included. Bytes are deterministic (the
// build's output, gzipped at level 9 by Node's zlib), so this is a test and
// not a benchmark. The set of files is found by following the library's
// modules the way a browser does (bench/lib/page-download.mjs); a second test
// proves the set is complete by running the checker from a copy holding only
// those files.
import assert from "node:assert/strict";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { test } from "node:test";
import { pathToFileURL } from "node:url";
import { checkerDownload, downloadBudgetBytes, libraryEntry } from "../../bench/lib/page-download.mjs";
import { siteDir } from "../../scripts/build-site.mjs";

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

// The budget (400 KB) is not met yet: the download measured 478.3 KB on
// 2026-12-07, with the site's scripts minified (488.5 KB late on 2026-12-06
// as written; 485.4 KB that afternoon, before the faster suggestions' code;
// 554.2 KB that morning, before Hunspell's suggest() and
// morphology, the file system, most per-comparator sorts, the data files'
// comments and the hzip reader left the module;
// 630.5 KB before the case table's ranges, the packed dictionary's separate
// prefix lengths and the iostream-free file reading). Until it is, this
// ceiling keeps the size from drifting up unnoticed: it is the measured size
// plus 3%, and it is lowered, never raised, as the download shrinks.
const driftCeilingBytes = 493 * 1024;

test(`the en-US checker download does not grow past ${driftCeilingBytes / 1024} KB gzipped`, () => {
  const download = checkerDownload();
  assert.ok(
    download.gzip <= driftCeilingBytes,
    `the checker downloads ${download.gzip} bytes gzipped, over the recorded ceiling of ${driftCeilingBytes}`,
  );
});

test(`the en-US checker downloads at most ${downloadBudgetBytes / 1024} KB gzipped`, {
  todo: "over budget: see README, Performance, 'Where the budget stands'",
}, (t) => {
  const download = checkerDownload();
  for (const file of download.files) t.diagnostic(`${file.path}: ${kb(file.raw)} raw, ${kb(file.gzip)} gzip`);
  t.diagnostic(`total: ${kb(download.raw)} raw, ${kb(download.gzip)} gzip (budget ${kb(downloadBudgetBytes)})`);
  assert.ok(
    download.files.some((file) => file.path.endsWith(".wasm")),
    "the download set holds no .wasm file: the module graph was not followed to the core",
  );
  assert.ok(
    download.gzip <= downloadBudgetBytes,
    `the checker downloads ${download.gzip} bytes gzipped, over the budget of ${downloadBudgetBytes}`,
  );
});

test("the download set alone runs the checker: nothing it needs is left out of the count", async () => {
  const copy = mkdtempSync(join(tmpdir(), "handshake-download-"));
  try {
    for (const file of checkerDownload().files) {
      mkdirSync(dirname(join(copy, file.path)), { recursive: true });
      copyFileSync(join(siteDir, file.path), join(copy, file.path));
    }
    const { createChecker } = await import(pathToFileURL(join(copy, libraryEntry)).href);
    const checker = await createChecker({ language: "en-US" });
    const report = checker.check({ text: "Hi Amy, I enjoyed your presentaton at the summit.", recipient: "Amy" });
    assert.ok(
      report.issues.some((issue) => issue.rule === "spelling"),
      `no spelling issue in ${JSON.stringify(report.issues)}`,
    );
    assert.equal(checker.suggest("presentaton")[0], "presentation");
    checker.dispose();
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
});
