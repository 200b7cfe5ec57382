/** Small seeded randomness for reproducible runs (`--seed`): mulberry32, a string hash, a shuffle. */
import { fnv1a } from './fnv1a.js';

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a: mixes an order id into the seed so orders of one run differ but stay reproducible. */
export function hashString(text: string): number {
  return fnv1a(text);
}

/**
 * A Fisher–Yates shuffle by `random` that returns none of the `avoid` orders (by default the
 * input order) for 2+ items: when it lands on one, the result is rotated by one, once.
 */
export function shuffleAwayFromOrder<T>(
  items: readonly T[],
  random: () => number,
  avoid: ReadonlyArray<readonly T[]> = [items],
): T[] {
  const out = [...items];
  if (out.length < 2) return out;
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  if (avoid.some((order) => out.every((item, i) => item === order[i]))) out.push(out.shift() as T);
  return out;
}
