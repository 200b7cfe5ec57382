/**
 * Dates of the price answer: working days (Monday to Friday) in UTC, as whole days since
 * 1970-01-01 (plain integers: the price route computes a dozen dates per call, and Date objects
 * and toISOString were most of its cost, profiled).
 */

const DAY_MS = 86_400_000;

/** The UTC day of a moment. */
export function dayOf(moment: Date): number {
  return Math.floor(moment.getTime() / DAY_MS);
}

// 1970-01-01 was a Thursday: day 0 is weekday 4 (0 = Sunday).
const isWeekend = (day: number): boolean => {
  const weekday = (day + 4) % 7;
  return weekday === 0 || weekday === 6;
};

/** `days` working days after `from` (0: the next working day if `from` is in a weekend). */
export function addWorkingDays(from: number, days: number): number {
  let d = from;
  while (isWeekend(d)) d++;
  for (let left = days; left > 0;) {
    d++;
    if (!isWeekend(d)) left--;
  }
  return d;
}

const formatted = new Map<number, string>();

/** Probo's date-time shape of a day: `2020-01-22T00:00:00+0000`. */
export function proboDateTime(day: number): string {
  let text = formatted.get(day);
  if (text === undefined) {
    text = `${new Date(day * DAY_MS).toISOString().slice(0, 10)}T00:00:00+0000`;
    if (formatted.size > 10_000) formatted.clear();
    formatted.set(day, text);
  }
  return text;
}
