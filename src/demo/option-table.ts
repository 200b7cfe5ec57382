import type { OptionSpec } from '../shared/option-spec.js';

/** The options of `runDemo` and the flags of `probo-mock demo`, declared once. */
export const DEMO_OPTIONS = {
  seed: {
    name: 'seed',
    flag: 'seed',
    kind: 'integer',
    min: 0,
    default: 1,
    help: "Seed of the orders, the mock's bodies and the verify run",
  },
  stepDelayMs: {
    name: 'stepDelayMs',
    kind: 'integer',
    min: 0,
    // Quick, yet visibly one after another.
    default: 50,
    help: 'Milliseconds between scenario steps',
  },
} as const satisfies Record<string, OptionSpec>;
