import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { NOT_ACCEPTED_VARIANTS, STATUSES } from '../../src/contract/index.js';
import {
  buildCallback,
  CallbackJson,
  createOrderContext,
  type BuildCallbackOptions,
  type OrderIdentity,
} from '../../src/fake/index.js';
import type { ProboStatus } from '../../src/contract/statuses.js';
import type { Scenario, ScenarioStep } from '../../src/generated/types.js';
import { loadScenarios } from '../../src/scenarios/index.js';
import { applyMergePatch } from '../../src/scenarios/merge-patch.js';
import { planScenario } from '../../src/scenarios/plan.js';

// Text as shops send it, and as they should not: unicode, quotes, backslashes, controls.
const oddText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.string({ unit: 'binary-ascii', maxLength: 12 }),
  fc.constantFrom('', 'weborder_1', '"quoted"', 'back\\slash', '\u0000\u001f\u2028', 'ü-🚚'),
);
const identity: fc.Arbitrary<OrderIdentity> = fc.record(
  { id: oddText, reference: oddText, customer: fc.stringMatching(/^[0-9]{4,5}$/) },
  { requiredKeys: ['id'] },
);
const seed = fc.oneof(fc.nat(100), fc.integer({ min: 0, max: 2 ** 32 - 1 }));
const request = fc.record({
  status: fc.constantFrom(...STATUSES),
  options: fc.record(
    {
      variant: fc.constantFrom(...NOT_ACCEPTED_VARIANTS),
      fileId: fc.nat(20),
      packages: fc.nat(3),
      message: oddText,
    },
    { requiredKeys: [] },
  ),
});

/** The reference: the body built as an object from a fresh context, then serialised. */
const reference = (
  order: OrderIdentity,
  orderSeed: number,
  status: ProboStatus,
  options: BuildCallbackOptions,
): string => JSON.stringify(buildCallback(createOrderContext(order, orderSeed), status, options));

describe('CallbackJson', () => {
  test('writes the bytes of JSON.stringify(buildCallback(…)) for every status, variant, file id and package count, in any reading order', () => {
    fc.assert(
      fc.property(
        identity,
        seed,
        fc.array(request, { minLength: 1, maxLength: 10 }),
        (o, s, rs) => {
          // One writer per order, read in the generated order: its shared parts are made by
          // whichever body comes first, and must serve every later one unchanged.
          const bodies = new CallbackJson(createOrderContext(o, s));
          for (const { status, options } of rs) {
            expect(bodies.of(status, options), `${status} ${JSON.stringify(options)}`).toBe(
              reference(o, s, status, options),
            );
          }
        },
      ),
      { numRuns: 1_000 },
    );
  });

  test('writes every status of every order of 300 seeds as buildCallback does, packages 0 to 3', () => {
    for (let s = 0; s < 300; s++) {
      const order = { id: `weborder_${s}`, ...(s % 3 ? { reference: `Banner "${s}" \\ ü` } : {}) };
      const bodies = new CallbackJson(createOrderContext(order, s));
      for (const status of STATUSES) {
        const options = { packages: s % 4 };
        expect(bodies.of(status, options)).toBe(reference(order, s, status, options));
      }
    }
  });
});

// Scenarios as a file may write them: any status, variant, file id, package count, and patches
// (the built-in ones have none) that add, replace and delete fields.
const patch = fc.constantFrom(
  { message: 'Shipment handed over' },
  { order: { reference: null, extra: 'x' } },
  { shipped_packages: null, status: 'accepted' },
  { file: { id: 7 }, note: ['a', 1] },
);
const stepArb = fc.record(
  {
    status: fc.constantFrom(...STATUSES),
    variant: fc.constantFrom(...NOT_ACCEPTED_VARIANTS),
    fileId: fc.integer({ min: 1, max: 9 }),
    packages: fc.nat(3),
    patch,
  },
  { requiredKeys: ['status'] },
);
const writtenScenario: fc.Arbitrary<Scenario> = fc
  .array(stepArb, { minLength: 1, maxLength: 12 })
  .map((steps) => ({ name: 'generated', description: 'generated', steps }));

describe('planned status bodies', () => {
  test('are the bytes of the built body, merge-patched where the step has a patch, for every built-in and generated scenario', async () => {
    const registry = await loadScenarios(undefined);
    const builtIn = registry.names().map((name) => registry.get(name));
    fc.assert(
      fc.property(
        identity,
        seed,
        fc.option(fc.integer({ min: 1, max: 9 }), { nil: undefined }),
        writtenScenario,
        (o, s, fileId, written) => {
          const plan = { seed: s, ...(fileId === undefined ? {} : { fileId }) };
          for (const scenario of [...builtIn, written]) {
            const name = scenario.name;
            const planned = planScenario(scenario, createOrderContext(o, s), plan);
            for (const step of planned) {
              if (step.bodyOptions === undefined) continue; // a raw body: no builder involved
              const built = buildCallback(createOrderContext(o, s), step.status!, step.bodyOptions);
              const patch = (scenario.steps[step.index] as ScenarioStep).patch;
              const expected = patch === undefined ? built : applyMergePatch(built, patch);
              expect(step.body, `${name} step ${step.index}`).toBe(JSON.stringify(expected));
            }
          }
        },
      ),
      { numRuns: 100 },
    );
  });
});
