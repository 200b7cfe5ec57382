import { Faker, base, en, nl } from '@faker-js/faker';

/** FNV-1a over a string: turns (order id, seed, …) into a stable 32-bit faker seed. */
export function hashSeed(...parts: ReadonlyArray<string | number>): number {
  let hash = 0x811c9dc5;
  for (const char of parts.join('\u0000')) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/**
 * A fresh Dutch-first faker seeded from the parts: never the global instance, so builds do not
 * disturb each other and the same parts always give the same data.
 */
export function seededFaker(...parts: ReadonlyArray<string | number>): Faker {
  const faker = new Faker({ locale: [nl, en, base] });
  faker.seed(hashSeed(...parts));
  return faker;
}
