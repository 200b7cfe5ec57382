/**
 * FNV-1a, 32 bits: the one string hash of the project (seeds per order, per faker, per check).
 * The callers differ only in what they feed it, so the options reproduce each of them exactly.
 */

/** The FNV-1a 32-bit offset basis. */
export const FNV1A_BASIS = 0x811c9dc5;
const PRIME = 0x01000193;

export interface Fnv1aOptions {
  /** Where to start: the offset basis (the default), or a hash so far, to chain parts. */
  basis?: number;
  /** Hash code points (a surrogate pair counts once) instead of UTF-16 code units. */
  codePoints?: boolean;
}

/** One FNV-1a step: xor a unit in, multiply by the prime. */
export function fnv1aStep(hash: number, unit: number): number {
  return Math.imul(hash ^ unit, PRIME) >>> 0;
}

/** FNV-1a of `text` as an unsigned 32-bit integer. */
export function fnv1a(text: string, options: Fnv1aOptions = {}): number {
  let hash = (options.basis ?? FNV1A_BASIS) >>> 0;
  if (options.codePoints) {
    for (let i = 0; i < text.length; i++) {
      const point = text.codePointAt(i)!;
      if (point > 0xffff) i++; // a surrogate pair is one code point
      hash = Math.imul(hash ^ point, PRIME) >>> 0;
    }
  } else {
    for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), PRIME);
  }
  return hash >>> 0;
}
