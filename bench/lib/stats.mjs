// Order statistics for latency samples: medians and tail percentiles, never
// means, because one GC pause or a neighbour's build would drag a mean.

export function percentile(samples, fraction) {
  if (samples.length === 0) return null;
  const sorted = Float64Array.from(samples).sort();
  // Nearest rank: the smallest sample with at least `fraction` of all samples
  // at or below it.
  const rank = Math.max(1, Math.ceil(fraction * sorted.length));
  return sorted[rank - 1];
}

export function median(samples) {
  if (samples.length === 0) return null;
  const sorted = Float64Array.from(samples).sort();
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export function summarize(samples) {
  return {
    n: samples.length,
    median: median(samples),
    p95: percentile(samples, 0.95),
    max: samples.length ? Math.max(...samples) : null,
  };
}
