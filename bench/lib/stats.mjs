// Small helpers for the figures: medians of repeated runs, rounding.

/** @param {number[]} values */
export function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** @param {number} value @param {number} [digits] */
export const round = (value, digits = 0) => Number(value.toFixed(digits));

/** Milliseconds since `start` (a `performance.now()`). */
export const since = (start) => performance.now() - start;
