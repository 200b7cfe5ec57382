import { createRequire } from 'node:module';
import type { Faker, LocaleDefinition } from '@faker-js/faker';
import { fnv1a, fnv1aStep, FNV1A_BASIS } from '../shared/fnv1a.js';

// The package's main entry loads every locale (~0.4 s at start-up); the `locale/nl` entry loads
// only nl, en and base, the same chain, and its instance's class is faker's own `Faker`. It is
// loaded when the first fake order is made, not at import: `serve` starts without it (about
// 45 ms), and takes orders and builds their callbacks without it (seeded-draws.ts makes the
// same draws). faker is an ES module: Node loads it synchronously through `require` since
// 20.19 (hence the engines field).
const require = createRequire(import.meta.url);
let dutch: { FakerClass: typeof Faker; definitions: LocaleDefinition } | undefined;

function dutchFirst(): { FakerClass: typeof Faker; definitions: LocaleDefinition } {
  if (dutch) return dutch;
  const { faker } = require('@faker-js/faker/locale/nl') as { faker: Faker };
  return (dutch = {
    FakerClass: faker.constructor as typeof Faker,
    definitions: faker.rawDefinitions,
  });
}

/**
 * FNV-1a over the code points of the parts joined by U+0000: turns (order id, seed, …) into a
 * stable 32-bit faker seed. Walks the parts in place (no joined string, no string iterator:
 * this runs once per order taken).
 */
export function hashSeed(...parts: ReadonlyArray<string | number>): number {
  let hash = FNV1A_BASIS;
  for (let p = 0; p < parts.length; p++) {
    if (p > 0) hash = fnv1aStep(hash, 0); // the U+0000 separator
    hash = fnv1a(String(parts[p]), { basis: hash, codePoints: true });
  }
  return hash;
}

/**
 * A fresh Dutch-first faker seeded from the parts: never the global instance, so builds do not
 * disturb each other and the same parts always give the same data.
 */
export function seededFaker(...parts: ReadonlyArray<string | number>): Faker {
  const { FakerClass, definitions } = dutchFirst();
  const faker = new FakerClass({ locale: definitions });
  faker.seed(hashSeed(...parts));
  return faker;
}
