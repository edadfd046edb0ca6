// The span bookkeeping that keeps underlines on the right words between a
// keystroke and the report for it (web/lib/spans.mjs; pure functions).

import assert from "node:assert/strict";
import { test } from "node:test";
import { editBetween, segment, shiftSpans } from "../../web/lib/spans.mjs";

test("editBetween finds the changed region", () => {
  assert.deepEqual(editBetween("abc def", "abc xdef"), { start: 4, oldEnd: 4, newEnd: 5 });
  assert.deepEqual(editBetween("abc def", "abc de"), { start: 6, oldEnd: 7, newEnd: 6 });
  assert.deepEqual(editBetween("same", "same"), { start: 4, oldEnd: 4, newEnd: 4 });
  assert.deepEqual(editBetween("aaa", "aaaa"), { start: 3, oldEnd: 3, newEnd: 4 });
});

test("shiftSpans keeps spans before an edit, moves spans after it, drops spans it touched", () => {
  const spans = [{ start: 0, end: 3, rule: "a" }, { start: 4, end: 7, rule: "b" }, { start: 8, end: 11, rule: "c" }];
  const before = "abc def ghi";
  assert.deepEqual(shiftSpans(spans, before, "abc dXef ghi"), [spans[0], { ...spans[2], start: 9, end: 12 }]);
  assert.deepEqual(shiftSpans(spans, before, "Xabc def ghi").map((s) => [s.start, s.end]), [[1, 4], [5, 8], [9, 12]]);
  assert.deepEqual(shiftSpans(spans, before, "abc def ghi!"), spans);
  assert.deepEqual(shiftSpans(spans, before, ""), []);
  assert.equal(shiftSpans(spans, before, before), spans);
});

test("shiftSpans counts UTF-16 code units, as the report's offsets do", () => {
  const spans = [{ start: 10, end: 21 }];
  const shifted = shiftSpans(spans, "I enjoyed presentaton", "I 👋 enjoyed presentaton");
  assert.deepEqual(shifted, [{ start: 13, end: 24 }]);
  assert.equal("I 👋 enjoyed presentaton".slice(13, 24), "presentaton");
});

test("segment splits overlapping spans into runs and skips empty spans", () => {
  assert.deepEqual(segment(10, [{ start: 0, end: 5 }, { start: 3, end: 8 }, { start: 9, end: 9 }]), [
    { start: 0, end: 3, covering: [0] },
    { start: 3, end: 5, covering: [0, 1] },
    { start: 5, end: 8, covering: [1] },
    { start: 8, end: 10, covering: [] },
  ]);
  assert.deepEqual(segment(0, []), []);
  assert.deepEqual(segment(4, [{ start: 2, end: 99 }]), [
    { start: 0, end: 2, covering: [] },
    { start: 2, end: 4, covering: [0] },
  ]);
});
