import type { Randomizer } from '@faker-js/faker';
import type { CarrierFaker } from './carriers.js';
import { mersenneRandomizer } from './mersenne.js';
import { hashSeed } from './seeded-faker.js';

const DIGITS = '0123456789';
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
// faker's hexadecimal draws from 0-9, a-f and A-F (22 characters) and lower-cases the result.
const HEX_LOWER = '0123456789abcdefabcdef';

/**
 * The few faker draws an order's context and its packages make, taken straight from the seeded
 * Mersenne Twister, each giving what a faker seeded with the same parts gives (faker 10.6):
 * `number.int({ min, max })` is floor(next × (max − min + 1) + min), and a string of n
 * characters is n `arrayElement` draws, one `number.int({ max: length − 1 })` each. faker walks
 * a chain of helpers per character (`fromCharacters` → `multiple` → `arrayElement` →
 * `number.int`): a 64-character token cost more than the rest of a callback body (profiled).
 * test/unit/fake-seeded-draws.test.ts compares every draw with faker's own.
 */
export interface SeededDraws extends CarrierFaker {
  /** `faker.helpers.arrayElement(items)` (items has 2 or more). */
  arrayElement<T>(items: readonly T[]): T;
  /** `faker.string.hexadecimal({ length, casing: 'lower', prefix: '' })`. */
  hexadecimal(length: number): string;
}

function drawsOn(random: Randomizer): SeededDraws {
  const index = (length: number): number => Math.floor(random.next() * length);
  const chars = (set: string, length: number): string => {
    let out = '';
    for (let i = 0; i < length; i++) out += set[index(set.length)];
    return out;
  };
  return {
    number: {
      // faker returns min without a draw when the range holds one integer.
      int: ({ min, max }) =>
        min === max ? min : Math.floor(random.next() * (max - min + 1) + min),
    },
    string: {
      numeric: (length) => chars(DIGITS, length),
      alpha: ({ length }) => chars(UPPER, length),
      alphanumeric: ({ length }) => chars(DIGITS + UPPER, length),
    },
    arrayElement: (items) => items[index(items.length)]!,
    hexadecimal: (length) => chars(HEX_LOWER, length),
  };
}

// Idle instances: reseeding one costs ~1 µs, a new one (its 624-word state) more.
const idle: Array<{ random: Randomizer; draws: SeededDraws }> = [];

/**
 * Runs `use` with draws seeded from the parts: the same values, in the same order, as
 * `seededFaker(...parts)` making the same calls, without loading faker. Nested calls get
 * distinct instances; the draws must not escape `use`.
 */
export function withSeededDraws<T>(
  parts: ReadonlyArray<string | number>,
  use: (draws: SeededDraws) => T,
): T {
  const instance = idle.pop() ?? newInstance();
  instance.random.seed(hashSeed(...parts));
  try {
    return use(instance.draws);
  } finally {
    idle.push(instance);
  }
}

function newInstance(): { random: Randomizer; draws: SeededDraws } {
  const random = mersenneRandomizer();
  return { random, draws: drawsOn(random) };
}
