// Span bookkeeping between the text a report was made for and the text in
// the box now. Reports arrive a moment after the keystroke that asked for
// them; until the next one lands, underlines outside the edit shift with it
// and those the edit touched are dropped, so nothing points at the wrong words.

/** The edited region between two strings: common prefix and suffix lengths. */
export function editBetween(before, after) {
  const shortest = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < shortest && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (
    suffix < shortest - prefix &&
    before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)
  ) {
    suffix++;
  }
  return { start: prefix, oldEnd: before.length - suffix, newEnd: after.length - suffix };
}

/**
 * Moves spans made for `before` onto `after`. Each span is an object with
 * `start` and `end`; returns new objects (the rest of each span copied) for
 * the spans the edit left intact, in the same order.
 */
export function shiftSpans(spans, before, after) {
  if (before === after) return spans;
  const edit = editBetween(before, after);
  const delta = edit.newEnd - edit.oldEnd;
  const kept = [];
  for (const span of spans) {
    if (span.end <= edit.start) kept.push(span);
    else if (span.start >= edit.oldEnd) kept.push({ ...span, start: span.start + delta, end: span.end + delta });
  }
  return kept;
}

/**
 * Splits `length` characters into runs covered by the same set of spans, for
 * drawing overlapping underlines: [{start, end, covering: [indexes]}].
 * Only spans with end > start are drawn.
 */
export function segment(length, spans) {
  const cuts = new Set([0, length]);
  spans.forEach((span) => {
    if (span.end > span.start) {
      cuts.add(Math.max(0, Math.min(length, span.start)));
      cuts.add(Math.max(0, Math.min(length, span.end)));
    }
  });
  const points = [...cuts].sort((a, b) => a - b);
  const runs = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i];
    const end = points[i + 1];
    const covering = [];
    spans.forEach((span, index) => {
      if (span.end > span.start && span.start <= start && span.end >= end) covering.push(index);
    });
    runs.push({ start, end, covering });
  }
  return runs;
}
