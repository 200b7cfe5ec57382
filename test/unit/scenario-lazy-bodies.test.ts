import { describe, expect, it } from 'vitest';
import { createOrderContext } from '../../src/fake/index.js';
import { loadScenarios } from '../../src/scenarios/index.js';
import { planScenario } from '../../src/scenarios/plan.js';

// A status step's body is built when first read: the bytes must not depend on when, or in which
// order, the bodies of an order are read.
describe('planned bodies, built on first read', () => {
  it('gives the same bytes whichever step of whichever built-in scenario is read first', async () => {
    const registry = await loadScenarios(undefined);
    for (const name of registry.names()) {
      for (const seed of [1, 7, 42]) {
        const ident = { id: `lazy-${seed}`, reference: `Banner ${seed}` };
        const forward = planScenario(registry.get(name), createOrderContext(ident, seed), { seed });
        const backward = planScenario(registry.get(name), createOrderContext(ident, seed), {
          seed,
        });
        const last = [...backward].reverse().map((s) => s.body);
        expect(
          forward.map((s) => s.body),
          `${name} seed ${seed}`,
        ).toEqual(last.reverse());
        // Read again: the same string, built once.
        expect(forward.map((s) => s.body)).toEqual(forward.map((s) => s.body));
      }
    }
  });

  it('reads the context fields drawn later as the eager draw gave them, whatever is read first', () => {
    const a = createOrderContext({ id: 'ctx-1' }, 3);
    const b = createOrderContext({ id: 'ctx-1' }, 3);
    const late = [b.carrier, b.customerNumber, b.statusPageUrl];
    expect([a.statusPageUrl, a.customerNumber, a.carrier]).toEqual(late.reverse());
    expect(a.statusPageUrl).toMatch(
      new RegExp(`^https://print-status\\.com/${a.supplierOrderNumber}/`),
    );
  });
});
