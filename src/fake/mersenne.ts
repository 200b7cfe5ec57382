import type { Randomizer } from '@faker-js/faker';

// MT19937 with 53-bit doubles: the generator faker uses by default, giving the same numbers for
// the same seed, but kept in an Int32Array. Faker's own seeding fills a plain array and costs
// ~0.04 ms, which was a third of the mock's time per order (profiled); this costs ~1 µs.
// Every read of a state goes through a bitwise operator, so int32 storage changes no result.
const N = 624;
const M = 397;
const UPPER = 0x80000000;
const LOWER = 0x7fffffff;
const MATRIX = 0x9908b0df;

/**
 * One element of MT's twist, in place. Twisting element by element as the numbers are read, in
 * index order, gives exactly what twisting all 624 at once gives (the full twist is itself an
 * in-place pass in that order); a faker that draws a handful of numbers per seed (most of ours)
 * then pays for a handful of twists, not 624.
 */
function twistAt(s: Int32Array, i: number): void {
  const next = i + 1 === N ? 0 : i + 1;
  const far = i + M < N ? i + M : i + M - N;
  const y = (s[i]! & UPPER) | (s[next]! & LOWER);
  s[i] = s[far]! ^ (y >>> 1) ^ (-(y & 1) & MATRIX);
}

/** A faker `Randomizer` seeded from a number, equal in output to faker's default one. */
export function mersenneRandomizer(): Randomizer {
  const states = new Int32Array(N);
  let index = N;
  // States 0..seeded-1 hold the seeding's values: each is made from the one before, when a
  // twist first reads it (the first twist reads up to index M), so a seed costs ~M steps, not N.
  // They are made 64 ahead of need, in a loop over locals: a call per number read cost more
  // than the steps themselves (profiled).
  let seeded = N;
  const seedUpTo = (end: number): void => {
    let i = seeded;
    let prev = states[i - 1]!;
    for (; i < end; i++) {
      prev = (Math.imul(1812433253, prev ^ (prev >>> 30)) + i) | 0; // as the Int32Array keeps it
      states[i] = prev;
    }
    seeded = i;
  };
  const nextU32 = (): number => {
    if (index >= N) index = 0;
    const i = index++;
    if (seeded < N && seeded <= i + M) seedUpTo(Math.min(N, i + M + 64));
    twistAt(states, i);
    let y = states[i]!;
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  };
  return {
    next: () => ((nextU32() >>> 5) * 67108864 + (nextU32() >>> 6)) * 2 ** -53,
    seed: (seed) => {
      if (typeof seed !== 'number') throw new TypeError('mersenneRandomizer takes a number seed');
      states[0] = seed;
      seeded = 1; // the rest as the twists read them
      index = 0; // the first twist happens as the first numbers are read
    },
  };
}
